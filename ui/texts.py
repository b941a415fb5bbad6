"""Fixed texts of the web UI (labels, hints, notices). One place, so they can be reviewed."""

from __future__ import annotations

TITLE = "Interdependence Coach"

SUBTITLE = "Grounded in one article on interdependent relationships. A coach, not a therapist."

PLACEHOLDER = (
    "**Ask about closeness, independence, needs or boundaries.**\n\n"
    "Every answer cites the article; the passages appear under the chat."
)

EXAMPLES: tuple[str, ...] = (
    "What does an interdependent relationship look like?",
    "How do I ask for time alone without hurting my partner?",
    "Help me word a boundary: my sister calls me every night and I need evenings to myself.",
    "How can I keep my own friends while staying close to my partner?",
)

INPUT_PLACEHOLDER = "Type your question…"

SOURCES_EMPTY = "The passages behind the current answer will appear here."
SOURCES_NONE = "This answer does not draw on the article."

STOPPED = "Stopped. Ask again whenever you like."
SAFETY_LABEL = "Support first"
NOTICE_LABEL = "Note"
SCRIPTS_HEADING = "Ways to say it"
SCRIPTS_POINTER = "{n} ways to say it are in the cards below, each with a copy button."
SCRIPT_POINTER_ONE = "1 way to say it is in the card below, with a copy button."


def scripts_pointer(n: int) -> str:
    """The line that points from the chat to the script cards ("1 way", "3 ways")."""
    return SCRIPT_POINTER_ONE if n == 1 else SCRIPTS_POINTER.format(n=n)


FEEDBACK_THANKS_UP = "Thanks, noted that this helped."
FEEDBACK_THANKS_DOWN = "Thanks, noted that this missed. It helps improve the coach."
FEEDBACK_CLEARED = "Feedback removed."
FEEDBACK_NOT_SAVED = "Thanks, but your feedback couldn't be saved on this machine right now."

BUILDER_INTRO = (
    "Describe the situation in a few words. You will get a few ways to say it, each "
    "checked against the boundary rubric (first person, names the situation, states the "
    "need, blames no one, short)."
)
BUILDER_MISSING = "Please fill in at least who it is with and what you need."
BUILDER_NO_SCRIPTS = (
    "I couldn't write scripts for this one. Try describing what happens and what you "
    "need in plain words, e.g. *my partner reads my messages* / *privacy on my phone*."
)
BUILDER_MESSAGE = "Help me word a boundary: {who} {what}. I need {need}."
BUILDER_MESSAGE_PRONOUN = "Help me word a boundary with {who}: {what}. I need {need}."
RUBRIC_UNAVAILABLE = "Rubric check not available."
RUBRIC_PASSED = "Passes the rubric"
RUBRIC_FAILED = "Needs work"

EXPORT_TITLE = "# Conversation with the Interdependence Coach"
EXPORT_EMPTY = "_Nothing said yet._"

LOOPBACK_WARNING = (
    "Serving on %s without COACH_AUTH: anyone who can reach this address can use the "
    "coach. Set COACH_AUTH=user:password to require a login."
)
BAD_AUTH = "COACH_AUTH must look like user:password (both parts non-empty)."
