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

# -- Safety ---------------------------------------------------------------------------
# Shown, unchanged, whenever the screen sees a crisis (suicidal thoughts, self-harm) or
# danger from someone else (violence, threats, forced sex, stalking, coercive control).
# Never generated, never followed by boundary scripts or couples advice.

SAFETY_MESSAGE = (
    "I'm really glad you told me this, and I'm sorry you're going through it. What you're "
    "describing sounds serious, and you deserve to be safe and supported right now.\n\n"
    "I'm a coach grounded in one article about relationships, not a crisis service, so "
    "please reach out to people who can help right away:\n\n"
    "- **If you are in immediate danger**, call your local emergency number (911 in the "
    "US, 112 in the EU, 999 in the UK).\n"
    "- **If you are thinking about suicide or hurting yourself**, call or text **988** "
    "(Suicide & Crisis Lifeline, US), or find your country's line at "
    "findahelpline.com.\n"
    "- **If someone is hurting, threatening, controlling or following you**, call the "
    "National Domestic Violence Hotline on **1-800-799-7233** or text START to 88788 "
    "(US), or your local domestic-violence helpline. They can help you plan for your "
    "safety, confidentially.\n\n"
    "If you can, tell someone you trust what is happening: a friend, a family member, a "
    "doctor. You don't have to handle this alone.\n\n"
    "I'm here and happy to keep talking if that helps."
)

SAFETY_FOLLOWUP_MESSAGE = (
    "I'm glad you're still talking with me. Because of what you shared, I'll keep the "
    "focus on your safety rather than on scripts or relationship advice: right now that "
    "needs people who can really be there with you.\n\n"
    "- **In immediate danger:** your local emergency number (911 in the US, 112 in the "
    "EU, 999 in the UK).\n"
    "- **Thoughts of suicide or hurting yourself:** call or text **988** (US), or "
    "findahelpline.com.\n"
    "- **Someone hurting, threatening or controlling you:** **1-800-799-7233** or text "
    "START to 88788 (US), or your local domestic-violence helpline.\n\n"
    "I'm still here if you want to keep talking."
)
"""A follow-up soon after a disclosure (thanks, wording help, "what if he..."): the same
resources, shorter, without repeating the whole first reply."""

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

RESTYLE_NOTES = {
    "firmer": "Here they are a notch firmer.",
    "softer": "Here they are a little gentler.",
    "shorter": "Here are shorter versions.",
    "longer": "Here are fuller versions.",
    "limit": "These are already as {direction} as I'd suggest while keeping them respectful.",
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
# Slots: {action} what happens, as a clause addressed to the other person ("you keep
# calling me every day"); {limit} the speaker's own limit ("I can't keep lending you
# money"); {feeling}; {need} (follows "I need"); {alternative} (a verb phrase);
# {consequence} (what the speaker will do). Keys: (family, tone, length).

TONE_FRAMEWORKS = {
    "gentle": "I-statement",
    "warm": "Nonviolent Communication",
    "direct": "I-statement",
    "firm": "DEAR MAN",
    "very firm": "DEAR MAN",
}
"""Tones from softest to firmest, each with the structure its template follows."""

SCRIPT_TEMPLATES = {
    ("behaviour", "gentle", "full"): (
        "I love our time together, and I want to share something gently. I feel {feeling} "
        "when {action}. I need {need}. Could you {alternative}?"
    ),
    ("behaviour", "warm", "full"): (
        "I care about you, so I want to be honest. When {action}, I feel {feeling}, "
        "because I need {need}. Would you be willing to {alternative}?"
    ),
    ("behaviour", "direct", "full"): (
        "I feel {feeling} when {action}. I need {need}. From now on, could you "
        "{alternative}? That would help us a lot."
    ),
    ("behaviour", "firm", "full"): (
        "When {action}, I feel {feeling}. I need {need}, so I'm asking you to stop. If it "
        "happens again, I will {consequence}."
    ),
    ("behaviour", "very firm", "full"): (
        "I've raised this before, so I'll be clear. When {action}, I feel {feeling}. I "
        "need {need}. This has to stop. If it happens again, I will {consequence}."
    ),
    ("behaviour", "gentle", "short"): (
        "I feel {feeling} when {action}. I need {need}. Could you {alternative}?"
    ),
    ("behaviour", "warm", "short"): (
        "I care about us. When {action}, I feel {feeling}; I need {need}. Could you {alternative}?"
    ),
    ("behaviour", "direct", "short"): (
        "When {action}, I feel {feeling}. I need {need}. Could you {alternative} instead?"
    ),
    ("behaviour", "firm", "short"): (
        "When {action}, I feel {feeling}. I need {need}. Please stop; if it continues, I "
        "will {consequence}."
    ),
    ("behaviour", "very firm", "short"): (
        "When {action}, I feel {feeling}. I need {need}. This stops now, or I will {consequence}."
    ),
    ("limit", "gentle", "full"): (
        "I really value you, and this is hard to say: {limit}. I need {need}. Could we "
        "{alternative}?"
    ),
    ("limit", "warm", "full"): (
        "I care about you, and I want to be honest: {limit}. I feel {feeling} about it, "
        "because I need {need}. Could we {alternative}?"
    ),
    ("limit", "direct", "full"): (
        "I want to be straightforward: {limit}. I need {need}. I'd be glad to "
        "{alternative} instead."
    ),
    ("limit", "firm", "full"): (
        "I've thought about it, and {limit}. I need {need}. That's my decision, and I'm "
        "asking you to respect it."
    ),
    ("limit", "very firm", "full"): (
        "I've made up my mind: {limit}, and that won't change. I need {need}. If I'm "
        "asked again, I will {consequence}."
    ),
    ("limit", "gentle", "short"): "{Limit}, and I need {need}. Could we {alternative}?",
    ("limit", "warm", "short"): (
        "I care about you, but {limit}. I need {need}. Could we {alternative}?"
    ),
    ("limit", "direct", "short"): "{Limit}. I need {need}. Let's {alternative} instead.",
    ("limit", "firm", "short"): "{Limit}. I need {need}, and I'm asking you to respect that.",
    ("limit", "very firm", "short"): (
        "{Limit}, and that's final. I need {need}. If asked again, I will {consequence}."
    ),
}

WORK_RELATIONS = frozenset(
    "boss|manager|coworker|co-worker|colleague|colleagues|coworkers|client|clients|"
    "customer|customers|team lead|teacher|landlord|tenant|mentor|teammate|classmate".split("|")
)
WORK_OPENERS = {
    "I love our time together": "I appreciate working with you",
    "I care about you": "I value working with you",
    "I care about us": "I value how we work together",
    "I really value you": "I really value working with you",
}
"""The templates' affectionate openings, reworded for someone the user works with."""

SITUATION_DEFAULTS = {
    # topic: (trigger words, feeling, need, alternative, consequence, topic noun)
    "privacy": (
        (
            "read",
            "reads",
            "reading",
            "snoop",
            "snooping",
            "go through",
            "goes through",
            "going through",
            "diary",
            "check my phone",
            "checks my phone",
            "checking my phone",
            "password",
            "passwords",
        ),
        "uneasy",
        "privacy and trust",
        "ask me directly when something worries you",
        "keep my things private",
        "privacy",
    ),
    "work": (
        (
            "boss",
            "manager",
            "after hours",
            "overtime",
            "weekend work",
            "work emails",
            "late at night",
            "deadline",
            "shift",
            "shifts",
        ),
        "stretched thin",
        "my evenings and weekends to rest",
        "leave non-urgent things until working hours",
        "reply only during working hours",
        "work",
    ),
    "visits": (
        (
            "show up",
            "shows up",
            "showing up",
            "drop by",
            "drops by",
            "dropping by",
            "unannounced",
            "visit",
            "visits",
            "visiting",
            "come over",
            "comes over",
            "coming over",
            "stay with",
            "staying with",
        ),
        "caught off guard",
        "a heads-up before visits",
        "text me a day before you come",
        "not open the door for unplanned visits",
        "visits",
    ),
    "money": (
        (
            "money",
            "lend",
            "lending",
            "loan",
            "loans",
            "borrow money",
            "pay for",
            "paying for",
            "bills",
            "rent",
        ),
        "stretched",
        "to keep my own finances steady",
        "look at other ways I can help",
        "say no to further loans",
        "money",
    ),
    "comments": (
        (
            "joke",
            "jokes",
            "joking",
            "comment",
            "comments",
            "commenting",
            "criticize",
            "criticise",
            "criticizing",
            "criticising",
            "tease",
            "teasing",
            "remarks",
            "weight",
            "appearance",
            "mock",
            "mocking",
            "makes fun",
            "making fun",
        ),
        "hurt",
        "to be spoken about with respect",
        "skip that topic",
        "leave the conversation",
        "those comments",
    ),
    "listening": (
        (
            "interrupt",
            "interrupts",
            "interrupting",
            "talk over",
            "talks over",
            "talking over",
            "cut me off",
            "cuts me off",
            "cutting me off",
        ),
        "unheard",
        "to finish my thoughts",
        "let me finish, and then I'll listen to you",
        "pause the conversation",
        "our conversations",
    ),
    "chores": (
        ("dishes", "chores", "cleaning", "clean up", "mess", "laundry", "housework", "tidy"),
        "frustrated",
        "a fair share of the work at home",
        "set up a chore plan together",
        "only clean up after myself",
        "chores",
    ),
    "belongings": (
        (
            "my clothes",
            "my stuff",
            "my things",
            "my food",
            "my car",
            "my room",
            "without asking",
            "borrow",
            "borrows",
            "borrowing",
        ),
        "uneasy",
        "to be asked first",
        "ask me before you borrow anything",
        "keep my things locked away",
        "my things",
    ),
    "contact": (
        (
            "call",
            "calls",
            "calling",
            "text",
            "texts",
            "texting",
            "message",
            "messages",
            "messaging",
            "phone",
            "facetime",
            "ring",
        ),
        "overwhelmed",
        "some breathing room during my day",
        "check in a couple of times a week",
        "let calls wait until I'm free",
        "calls",
    ),
    "time": (
        (
            "space",
            "alone time",
            "time alone",
            "time to myself",
            "me time",
            "every weekend",
            "all the time",
            "every day",
            "every night",
            "clingy",
            "together all",
            "hang out",
            "hanging out",
            "plans",
            "party",
            "invite",
            "favor",
            "favour",
            "help move",
            "babysit",
            "come to",
            "go to",
        ),
        "drained",
        "some time to myself to recharge",
        "plan something together later this week",
        "take that time for myself",
        "our plans",
    ),
}

SITUATION_FALLBACK = (
    "uncomfortable",
    "to take care of myself too",
    "find a way that works for both of us",
    "step back from this for a while",
    "this",
)

REPLACED_DRAFT_NOTICE = (
    "*(That draft didn't pass my check against the article, so here is what the "
    "article itself says instead:)*"
)

# -- Check-in and declines ----------------------------------------------------------------

CHECK_IN_MESSAGE = (
    "It sounds like a lot is weighing on you right now, and I'm glad you said it. "
    "Can I ask you directly: **are you safe right now?**\n\n"
    "If you're having thoughts of hurting yourself, or someone is hurting or "
    "threatening you, you can call or text **988** (US) or find a local line at "
    "findahelpline.com, any time.\n\n"
    "If you're okay, just tell me, and we'll carry on with whatever you want to talk about."
)
"""Ambiguous distress: one warm, direct question and one line of resources."""

CHECK_IN_THANKS = (
    "Thank you for telling me. I'm glad you're safe. If that changes, 988 (US) or "
    "findahelpline.com are there any time."
)
"""The person said they are safe after a check-in: a short acknowledgement, then on."""
