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

# -- Off-topic --------------------------------------------------------------------------

OFF_TOPIC_MESSAGE = (
    "That's outside what I can help with: I'm a relationship coach grounded in one "
    "article on interdependent relationships. I can help with things like balancing "
    "closeness and independence, expressing your needs, or finding the words for a "
    'boundary, for example *"How do I tell my roommate I need quiet evenings?"*'
)

SMALL_TALK_MESSAGE = (
    "Hi! I'm a relationship coach grounded in one article on interdependent "
    "relationships (I'm not a therapist). Ask me about balancing closeness and "
    "independence or expressing your needs, or tell me a situation and I'll suggest a "
    'few ways to word a boundary, for example *"How do I tell my mom to stop calling '
    'me every day?"*'
)

SMALL_TALK_AFTER_SCRIPTS = (
    "Glad that helps. I can make them softer, firmer or shorter, add a sentence you give "
    "me, or help with what to say if they push back."
)
"""Small talk ("thx, the second one is perfect") after a turn that gave scripts."""

SMALL_TALK_LATER = (
    "Happy to help. Ask me anything else about your relationships, or tell me a "
    "situation and I'll suggest a few ways to word it."
)
"""Small talk later in a conversation, when a greeting and introduction would be odd."""

# -- Thin evidence ----------------------------------------------------------------------

THIN_EVIDENCE_NOTE = (
    "The article doesn't cover this directly. Here is the closest guidance it does give; "
    "for the rest of your question it has nothing specific to say."
)

# -- Boundary coaching ------------------------------------------------------------------

BOUNDARY_INTRO = "Here are a few ways to say it to {who}. Pick the one that sounds most like you."

SCRIPT_HEADING = "**{tone}** ({framework})"
"""How each script is labelled in the answer; follow-ups read the labels back."""

FRAMEWORK_NOTES = {
    "I-statement": "an **I-statement** keeps it about your experience, not their character",
    "DEAR MAN": (
        "**DEAR MAN** describes the situation, expresses how you feel, asserts what you "
        "need and reinforces why it helps"
    ),
    "Nonviolent Communication": (
        "**Nonviolent Communication** moves from what happened to how you feel, what you "
        "need, and a clear request"
    ),
}

WHY_IT_WORKS_HEADING = "**Why this works**"
WHY_IT_WORKS_LEAD = "Each script is built on a named structure: {notes}."
WHY_IT_WORKS_NO_SOURCES = (
    "A boundary says what you need without blaming the other person, so it protects the "
    "relationship instead of attacking it."
)

PUSHBACK_HEADING = "**If they push back**"
PUSHBACK_TEXT = (
    '- Acknowledge their feeling without taking the boundary back: *"I can hear this is '
    'hard to hear."*\n'
    "- Repeat the need once, calmly, in the same words; you don't owe a longer "
    "justification.\n"
    "- Offer the alternative again, and take a break if the conversation heats up: "
    '*"Let\'s pick this up tomorrow."*\n'
    "- If pushback ever turns into threats, intimidation or you feel afraid, that is no "
    "longer a boundary conversation: contact a domestic-violence hotline or your local "
    "emergency number."
)

PUSHBACK_SCRIPT_LEAD = "If it comes to that, you can say it again, calmly:"

RESTYLE_NOTES = {
    "firmer": "Here they are a notch firmer.",
    "softer": "Here they are a little gentler.",
    "shorter": "Here are shorter versions.",
    "longer": "Here are fuller versions.",
    "limit": "These are already as {direction} as I'd suggest while keeping them respectful.",
    "added": "Here they are with that added.",
    "we": "Here they are said by both of you.",
    "other": (
        'I can make them softer, firmer or shorter, add a sentence you give me (*"add that '
        'I appreciate her"*) or say them as "we". Here they are again:'
    ),
}

BOUNDARY_DETAILS_NOTE = (
    "If you'd like help with the exact words, tell me what happens and what you need, "
    'for example *"My sister borrows my clothes without asking; I need her to ask '
    "first.\"* I'll suggest a few ways to say it."
)

NO_PREVIOUS_SCRIPTS_MESSAGE = (
    "I don't have earlier wording to change yet. Tell me the situation, for example "
    "*\"How do I tell my sister I can't lend her money again?\"*, and I'll suggest a few "
    "ways to say it."
)

# -- Boundary script templates ------------------------------------------------------------
# A script is put together from parts, each filled only from what the user said
# (situation.py): {action} what they do, said to them ("you keep calling me every
# day"); {feeling} the user's own word for it; {ask} the change asked of them, after
# "could you"; {want} what the user wants for themselves; {limit} what the user won't
# do. A part whose slot is empty is left out; nothing is invented.

TONE_FRAMEWORKS = {
    "gentle": "I-statement",
    "warm": "Nonviolent Communication",
    "direct": "I-statement",
    "firm": "DEAR MAN",
    "very firm": "DEAR MAN",
}
"""Tones from softest to firmest, each with the structure its parts follow."""

SCRIPT_OPENERS = {
    "gentle": "I love our time together, and I want to share something gently.",
    "warm": "I care about you, so I want to be honest.",
    "direct": "I want to be straightforward with you.",
    "firm": "I need to be clear about something.",
    "very firm": "I've raised this before, so I'll be clear.",
}
SCRIPT_WHEN = "When {action}, I feel {feeling}."
SCRIPT_WHEN_NO_FEELING = "When {action}, it's hard for me."
SCRIPT_ASK = {
    "gentle": "I'd like to ask you something: could you {ask}? It would mean a lot to me.",
    "warm": "I'd like you to {ask}. Would you be willing to do that?",
    "direct": "I'm asking you to {ask}. Could we try that?",
    "firm": "I need you to {ask}. If it keeps happening, I'll step away from the conversation.",
    "very firm": "I need you to {ask}. If it happens again, I will step away until we can "
    "talk calmly.",
}
SCRIPT_ASK_NEW = {
    "gentle": "I'd like to ask you something: could you {ask}? It would mean a lot to me.",
    "warm": "I'd like you to {ask}. Would you be willing to do that?",
    "direct": "I'm asking you to {ask}. Could we try that?",
    "firm": "I need you to {ask}. It's important to me, and I'll keep asking for it.",
    "very firm": "I need you to {ask}. This matters to me, and I won't let it slide.",
}
"""The ask when nothing is wrong yet: something new the user wants from them."""
SCRIPT_CHANGE = {
    "gentle": "I'd like us to find a way to change that together, if we can.",
    "warm": "I'd like us to find a way to change that. Would you be willing to?",
    "direct": "I'm asking you to change that. Could we try?",
    "firm": "I need that to change. If it keeps happening, I'll step away from the conversation.",
    "very firm": "I need that to stop now. If it happens again, I will step away until we "
    "can talk calmly.",
}
SCRIPT_WANT = {
    "gentle": "{want}, and I'd like us to make room for that together.",
    "warm": "{want}. It matters to me, and it doesn't change how much I care about you.",
    "direct": "{want}, and I'd like us to make room for that.",
    "firm": "{want}. It matters to me, and I'm going to keep to it.",
    "very firm": "{want}. That's decided, and I need you to respect it.",
}
SCRIPT_LIMIT = {
    "gentle": "{limit}. I hope you understand, and I'd like to help in another way if I can.",
    "warm": "{limit}. I care about you, and I'd like you to understand.",
    "direct": "{limit}. I'd like you to respect that, and I'm glad to talk it through.",
    "firm": "{limit}. That's my decision, and I need you to respect it.",
    "very firm": "{limit}, and that's final. I need you to respect it.",
}

WORK_OPENERS = {
    "I love our time together": "I appreciate working with you",
    "I care about you": "I value working with you",
    "I care about us": "I value how we work together",
    "I really value you": "I really value working with you",
}
"""The templates' affectionate openings, reworded for someone the user works with."""

REPLACED_DRAFT_NOTICE = (
    "*(That draft didn't pass my check against the article, so here is what the "
    "article itself says instead:)*"
)
