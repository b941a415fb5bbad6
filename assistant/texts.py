"""Fixed, human-written texts the coach shows. One place, so they can be reviewed."""

from __future__ import annotations

EMPTY_MESSAGE = (
    "I didn't catch a question there. You can ask me about your relationships, for "
    'example *"How do I ask for space without hurting my partner?"* or *"What does a '
    'healthy boundary sound like?"*'
)

NOT_TEXT_MESSAGE = (
    "That message didn't come through as readable text (it isn't valid UTF-8). "
    "Could you type or paste it again as plain text?"
)

TRUNCATED_NOTICE = "Your message was very long, so I read only the first {limit:,} characters."

NO_PASSAGES_MESSAGE = (
    "I couldn't find anything in the article that speaks to this. I'm a coach grounded "
    "in one article on interdependent relationships, so I can help with things like "
    "balancing closeness and independence, expressing needs, and setting boundaries."
)

INDEX_PROBLEM_MESSAGE = (
    "I can't reach my knowledge base right now, so I can't answer from the article. {detail}"
)

INTERNAL_ERROR_MESSAGE = (
    "Something went wrong on my side while answering. Nothing you wrote was lost; "
    "please try again in a moment."
)
