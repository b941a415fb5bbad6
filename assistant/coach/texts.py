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
    "firm": "I need you to {ask}. It would make things a lot easier between us.",
    "very firm": "I need you to {ask}, and I'm not going to let it slide again.",
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
    "firm": "I need that to change. It would make things a lot easier between us.",
    "very firm": "I need that to stop now, and I'm not going to let it slide again.",
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

# -- Other kinds of message ------------------------------------------------------------------
# An apology, reaching out again, support, congratulations, thanks, or saying a feeling
# (`coach/kinds.py`). {event} is what happened, said to them, in the user's own words:
# "mine" when the user did it ("I snapped at you when you asked about my job"),
# "theirs" otherwise ("you got the job"); "for" takes an act after "for" ("helping me
# move"). A message with nothing read uses the generic text of its kind.

KIND_FRAMEWORKS = {
    "apology": "Repair",
    "reconnect": "Low-pressure reach-out",
    "support": "Empathy first",
    "celebrate": "Active-constructive response",
    "gratitude": "Specific thanks",
    "express": "Nonviolent Communication",
}
"""The structure each kind is written on (Nonviolent Communication: what happened, the
feeling, the need, a request)."""

KIND_TONES = {
    "gentle": "gentle",
    "warm": "warm",
    "direct": "direct",
    "firm": "brief",
    "very firm": "brief",
}
"""The boundary tones (a restyle asks for them) as the tones these kinds are written
in: `gentle` (a softer or more casual restyle) is relaxed and asks for nothing back;
`brief` is the direct message's first two sentences."""

KIND_PARTS: dict[str, dict[str, dict[str, str]]] = {
    "apology": {
        "gentle": {
            "mine": "Hey, I keep thinking about it, and I'm sorry {event}. You didn't deserve "
            "that. No rush to reply; I just wanted you to know.",
            "theirs": "Hey, I keep thinking about what happened: {event}. I'm sorry for my part "
            "in it. No rush to reply; I just wanted you to know.",
            "for": "Hey, I'm sorry for {act}. You didn't deserve that. No rush to reply; I just "
            "wanted you to know.",
        },
        "warm": {
            "mine": "I'm sorry {event}. That wasn't fair to you, and I own it. I care about "
            "you and I want to make it right. Could we talk when you're ready?",
            "theirs": "I'm sorry about what happened: {event}. I own my part in it, and I "
            "care about you. Could we talk when you're ready?",
            "for": "I'm sorry for {act}. That wasn't fair to you, and I own it. I care about "
            "you and I want to make it right. Could we talk when you're ready?",
        },
        "direct": {
            "mine": "I'm sorry {event}. That was on me, not you, and I'll do better. Is there "
            "anything you need from me?",
            "theirs": "I'm sorry about what happened: {event}. My part in it was on me, and "
            "I'll do better. Is there anything you need from me?",
            "for": "I'm sorry for {act}. That was on me, not you, and I'll do better. Is there "
            "anything you need from me?",
        },
    },
    "reconnect": {
        "gentle": {
            "mine": "Hey you, I know {event}, and I'm sorry. I miss you. No need to reply if now "
            "isn't a good time; I'd just love to hear from you sometime.",
            "theirs": "Hey you, I was just thinking about you. {Event}, and I miss you. No need to "
            "reply if now isn't a good time.",
            "for": "Hey you, I'm sorry for {act}. I miss you, and I'd love to hear from you "
            "whenever you feel like it.",
        },
        "warm": {
            "mine": "Hi, I've been thinking about you. I know {event}, and I'm sorry about "
            "that. I've missed you. No pressure at all, but I'd love to catch up whenever "
            "you're up for it.",
            "theirs": "Hi, I've been thinking about you. {Event}, and I've missed you. No "
            "pressure at all, but I'd love to catch up whenever you're up for it.",
            "for": "Hi, I've been thinking about you. I'm sorry for {act}, and I've missed "
            "you. No pressure at all, but I'd love to catch up whenever you're up for it.",
        },
        "direct": {
            "mine": "Hey, it's been a while. I know {event}. I miss talking to you. Would you "
            "be up for a call or a coffee sometime soon?",
            "theirs": "Hey, it's been a while. {Event}. I miss talking to you. Would you be up "
            "for a call or a coffee sometime soon?",
            "for": "Hey, it's been a while, and I'm sorry for {act}. I miss talking to you. "
            "Would you be up for a call or a coffee sometime soon?",
        },
    },
    "support": {
        "gentle": {
            "mine": "Just thinking of you. {Event}, and I'm here for you. No need to reply at all.",
            "theirs": "Just thinking of you. I heard that {event}, and I'm so sorry. No need to "
            "reply at all; I'm here if you want me.",
            "for": "Just thinking of you. I'm here for you, and there's no need to reply at all.",
        },
        "warm": {
            "mine": "I've been thinking of you. {Event}, and I'm here for you. You don't "
            "have to reply; I'm around whenever you want to talk or need anything.",
            "theirs": "I heard that {event}, and I'm so sorry. I'm thinking of you. You don't "
            "have to reply; I'm here whenever you want to talk or need anything.",
            "for": "I've been thinking of you. I'm here for you, whatever you need. You don't "
            "have to reply; I'm around whenever you want to talk.",
        },
        "direct": {
            "mine": "{Event}, and I want you to know I'm here for you. Would it help if I "
            "came by, or would you rather have some space for now?",
            "theirs": "I'm so sorry that {event}. I'm here for you. Would it help if I came "
            "by, or would you rather have some space for now?",
            "for": "I'm here for you, whatever you need. Would it help if I came by, or "
            "would you rather have some space for now?",
        },
    },
    "celebrate": {
        "gentle": {
            "mine": "{Event}, and I'm so happy for you! Tell me everything when you get a minute.",
            "theirs": "{Event}! I'm so happy for you. Tell me everything when you get a minute.",
            "for": "Congratulations on {act}! I'm so happy for you. Tell me everything when you "
            "get a minute.",
        },
        "warm": {
            "mine": "{Event}, and I'm so happy for you. I'm proud of you, and I'd love to "
            "hear all about it. Let's celebrate soon.",
            "theirs": "{Event}! I'm so happy for you, and so proud of you. I'd love to hear "
            "all about it. Let's celebrate soon.",
            "for": "Congratulations on {act}! I'm so happy for you, and so proud of you. "
            "I'd love to hear all about it.",
        },
        "direct": {
            "mine": "Congratulations! {Event}, and I'm proud of you. Let's celebrate soon.",
            "theirs": "Congratulations, {event}! That's wonderful news, and I'm proud of you. "
            "Let's celebrate soon.",
            "for": "Congratulations on {act}! That's wonderful news, and I'm proud of you. "
            "Let's celebrate soon.",
        },
    },
    "gratitude": {
        "gentle": {
            "mine": "Just wanted to say thank you. {Event}, and you were there for me. It meant a "
            "lot.",
            "theirs": "Just wanted to say thank you. {Event}, and it meant a lot to me.",
            "for": "Just wanted to say thank you for {act}. It meant a lot to me.",
        },
        "warm": {
            "mine": "I wanted to say thank you. {Event}, and you were there for me. It meant "
            "so much to me, and I'm lucky to have you.",
            "theirs": "I wanted to say thank you. {Event}, and it meant so much to me. I'm "
            "lucky to have you.",
            "for": "I wanted to say thank you for {act}. It meant so much to me, and I'm "
            "lucky to have you.",
        },
        "direct": {
            "mine": "Thank you. {Event}, and you were there for me. It made a real difference.",
            "theirs": "Thank you. {Event}, and I noticed. It made a real difference for me.",
            "for": "Thank you for {act}. It made a real difference for me, and I noticed.",
        },
    },
    "express": {
        "gentle": {
            "mine": "Can I share something with you? {Event}. No need to fix anything; I just "
            "want you to know where I'm at.",
            "theirs": "Can I share something with you? {Event}, and it's been on my mind. No need "
            "to fix anything; I just want you to know.",
            "for": "Can I share something with you, about {act}? No need to fix anything; I "
            "just want you to know what's on my mind.",
        },
        "warm": {
            "mine": "There's something I'd like to share with you. {Event}. I wanted you to "
            "know, and I'd love to talk about it together when you have time.",
            "theirs": "There's something I'd like to share with you. {Event}, and it's been "
            "on my mind. Could we talk about it together when you have time?",
            "for": "There's something I'd like to share with you, about {act}. Could we talk "
            "about it together when you have time?",
        },
        "direct": {
            "mine": "I want to be honest with you. {Event}. It matters to me that you know, "
            "and I'd like us to talk about it.",
            "theirs": "I want to be honest with you. {Event}, and it matters to me. I'd like "
            "us to talk about it.",
            "for": "I want to be honest with you about {act}. It matters to me, and I'd like "
            "us to talk about it.",
        },
    },
}

KIND_GENERIC = {
    "apology": {
        "gentle": "Hey, I'm sorry for how I acted. You didn't deserve that. No rush to reply; I "
        "just wanted you to know.",
        "warm": "I'm sorry for how I acted. That wasn't fair to you, and I own it. I care "
        "about you and I want to make it right. Could we talk when you're ready?",
        "direct": "I'm sorry for what I did. That was on me, not you, and I'll do better. Is "
        "there anything you need from me?",
    },
    "reconnect": {
        "gentle": "Hey you, I was just thinking about you, and I miss you. No need to reply if "
        "now isn't a good time.",
        "warm": "Hi, I've been thinking about you, and I've missed you. No pressure at all, "
        "but I'd love to catch up whenever you're up for it.",
        "direct": "Hey, it's been a while, and I miss talking to you. Would you be up for a "
        "call or a coffee sometime soon?",
    },
    "support": {
        "gentle": "Just thinking of you. I'm so sorry you're going through this. No need to "
        "reply at all; I'm here if you want me.",
        "warm": "I heard what happened, and I'm so sorry. I'm thinking of you. You don't "
        "have to reply; I'm here whenever you want to talk or need anything.",
        "direct": "I'm so sorry you're going through this. I'm here for you. Would it help "
        "if I came by, or would you rather have some space for now?",
    },
    "celebrate": {
        "gentle": "I heard the news and I'm so happy for you! Tell me everything when you get a "
        "minute.",
        "warm": "I heard the news, and I'm so happy for you! I'm proud of you, and I'd love "
        "to hear all about it.",
        "direct": "Congratulations! That's wonderful news, and I'm proud of you. Let's "
        "celebrate soon.",
    },
    "gratitude": {
        "gentle": "Just wanted to say thank you for everything you did for me. It meant a lot.",
        "warm": "I wanted to say thank you for everything you did for me. It meant so much "
        "to me, and I'm lucky to have you.",
        "direct": "Thank you for what you did for me. It made a real difference, and I noticed.",
    },
    "express": {
        "gentle": "Can I share something with you about how I've been feeling? No need to fix "
        "anything; I just want you to know.",
        "warm": "There's something I'd like to share with you about how I've been feeling. "
        "Could we talk about it together when you have time?",
        "direct": "I want to be honest with you about how I've been feeling. It matters to "
        "me, and I'd like us to talk about it.",
    },
}
"""Each kind said without the event, when nothing usable was read."""

KIND_NOTES = {
    "apology": (
        "A **repair** apology owns what you did without excuses, shows you see how it "
        "landed, and offers to make it right; then it leaves them room to answer in "
        "their own time."
    ),
    "reconnect": (
        "A **low-pressure reach-out** says you miss them and invites, without asking them "
        "to explain the silence or answer fast."
    ),
    "support": (
        "**Empathy first**: name what happened, say you're there, and offer something "
        "concrete they can take or leave, with no need to reply."
    ),
    "celebrate": (
        "An **active-constructive response** meets good news with real enthusiasm and "
        "interest in it, which is what makes people feel close."
    ),
    "gratitude": (
        "**Specific thanks** names what they did and what it meant to you, so it lands as "
        "seen, not as politeness."
    ),
    "express": (
        "**Nonviolent Communication** says what is going on for you and asks to talk, "
        "without blame, so they can hear it."
    ),
}
"""Why each kind's structure works, shown under its messages."""
