"""The fixed, human-written texts of safety turns, in one module for review.

Chosen by the routing (`assistant/understanding/reading.py` and the floor), never
generated and never followed by boundary scripts or couples advice.
"""

from __future__ import annotations

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

CHECK_IN_OPEN = (
    "What would you like to talk about? You can ask me about your relationships, or "
    "tell me a situation and I'll suggest a few ways to put it into words."
)

CONTROL_DECLINE_MESSAGE = (
    "I can't help with checking on, tracking or controlling another person, even when "
    "it comes from worry. Reading someone's messages or watching where they go without "
    "them knowing takes away their choice, and trust can't grow where one person is "
    "being watched. The article puts healthy relationships on mutual respect, emotional "
    "safety and *leading with curiosity, not control*.\n\n"
    "What I can help with is the worry underneath. If something makes you doubt them, "
    "I can help you find words to say so honestly, for example *\"I've been feeling "
    "insecure lately and I'd like to talk about it\"*, or to ask for what you need."
)
"""A request to spy on or control someone: a kind decline that says why, and an offer."""
