"""Every prompt the LLM backends send, as constants (one place to review and tune).

Layout of an answer prompt, chosen for llama.cpp's prefix cache and for a 1.5B model:

1. ``ANSWER_SYSTEM`` (fixed) - the rules.
2. ``ANSWER_EXAMPLE_USER`` / ``ANSWER_EXAMPLE_ASSISTANT`` (fixed) - one worked turn.
   Measured here (DESIGN.md): without it Qwen2.5-Coder-1.5B lists citations or
   narrates "Passage [1] explains..."; with it answers are coherent, second person
   and cited.
3. The real passages and question (a follow-up already made stand-alone by the chain).

Because 1 and 2 never change, llama.cpp serves them from its KV cache after the first
question and only the passages and question are prefilled per turn.
"""

from __future__ import annotations

ANSWER_SYSTEM = (
    "You are Interdependence Coach, a warm relationship coach. You answer only from "
    "the numbered passages of one article on interdependent relationships.\n"
    "Rules:\n"
    "- Speak to the person directly (you, your partner), kindly and concretely.\n"
    "- Use only what the passages say. Put the passage number in brackets, like [1], "
    "after each sentence that uses it.\n"
    "- If the passages do not cover the question, say that the article does not cover "
    "it, then share the closest thing it does say.\n"
    "- Do not mention 'passages' or 'the article says' in every sentence; just coach.\n"
    "- The first exchange is only an example of the style: never reuse its wording "
    "or its advice.\n"
    "- Keep it under 100 words unless the person asks for more. No headings."
)

ANSWER_EXAMPLE_USER = (
    "Passages:\n"
    "[1] Healthy boundaries: You're allowed to say no. Boundaries aren't walls - "
    "they're guidelines for healthy connection.\n"
    "[2] Communicate openly: Say what you feel before resentment builds, and listen "
    "fully when they answer.\n"
    "\n"
    "Question: My friend keeps cancelling our plans at the last minute. What can I do?"
)

ANSWER_EXAMPLE_ASSISTANT = (
    "That sounds frustrating, and it's fair to want plans you can count on. Tell your "
    "friend how the cancellations land for you before resentment builds, then listen "
    "fully to their side [2]. You're also allowed to say no: a boundary isn't a wall, "
    "it's a guideline that keeps the friendship healthy [1]."
)

ANSWER_USER = "Passages:\n{passages}\n\n{earlier}Question: {question}"
"""The real turn. `{passages}` is ``PASSAGE_LINE`` per passage, numbered from 1."""

PASSAGE_LINE = "[{n}] {section}: {text}"

EARLIER_LINE = "Earlier message: {earlier}\n"
"""Put before the question when the user's previous message may be what it points to."""
EARLIER_CHARS = 300

RETRY_NOTE = (
    "\n\nImportant: your last draft said things the passages do not support. Use only "
    "sentences you can back with a passage number, and cite only [1] to [{count}]."
)
"""Appended to the question when a draft failed the post-checks and is retried once."""

# -- reading a wording request ----------------------------------------------------------

READ_SYSTEM = (
    "You read a message from someone who wants help saying something to another "
    "person, and fill in a form with their own words. Never add anything they did not "
    'say: leave a field empty ("") when they did not say it. Leave out their worries '
    "about how the other person will react.\n"
    "to: who they will speak to (mom, boss, boyfriend...), or empty.\n"
    'they_do: what that person does, said to them, starting with "you".\n'
    "i_need: what they need, want, or will not do, said to that person, starting "
    'with "I".\n'
    "Reply with JSON only."
)

READ_USER = "Earlier: {context}\nMessage: {message}"
"""The real request, with the user's previous message (what "that" points back to)."""

READ_EXAMPLES: tuple[tuple[str, str], ...] = (
    (
        "Earlier: -\nMessage: my mom calls me every night at 9 and gets upset if i miss it. "
        "i want her to call every other night instead. how do i say that",
        '{"to": "mom", "they_do": "you call me every night at 9 and get upset if I miss '
        'it", "i_need": "I\'d like you to call every other night instead"}',
    ),
    (
        "Earlier: is it bad that i want one night a week to myself? my gf wants us "
        "together every evening\nMessage: ok but how do i actually tell her without her "
        "thinking i dont love her",
        '{"to": "girlfriend", "they_do": "you want us together every evening", '
        '"i_need": "I want one night a week to myself"}',
    ),
    (
        "Earlier: -\nMessage: my brother keeps asking to borrow money and i cant keep "
        "doing it, im so stressed about it. help me say no",
        '{"to": "brother", "they_do": "you keep asking to borrow money", '
        '"i_need": "I can\'t keep lending you money"}',
    ),
    (
        "Earlier: my best friend keeps cancelling our plans last minute\nMessage: how do "
        "i tell her it hurts",
        '{"to": "best friend", "they_do": "you cancel our plans last minute", "i_need": ""}',
    ),
    (
        "Earlier: -\nMessage: my manager texts me on sundays about stuff that isnt "
        "urgent. i dont reply on weekends and want him to know that without being rude",
        '{"to": "manager", "they_do": "you text me on Sundays about stuff that isn\'t '
        'urgent", "i_need": "I don\'t reply on weekends"}',
    ),
    (
        "Earlier: my bf and i moved in together and i love him but i never get an evening "
        "alone anymore. is that normal?\nMessage: how do i say that to him without him "
        "thinking somethings wrong",
        '{"to": "boyfriend", "they_do": "", "i_need": "I want an evening alone sometimes"}',
    ),
    (
        "Earlier: -\nMessage: my dad has a spare key and lets himself in whenever. i need "
        "to tell him to knock first but he gets upset so easily",
        '{"to": "dad", "they_do": "you let yourself in whenever with the spare key", '
        '"i_need": "I\'d like you to knock first"}',
    ),
    (
        "Earlier: -\nMessage: how do i ask my husband to take the kids on saturday mornings "
        "so i can go to the gym",
        '{"to": "husband", "they_do": "", "i_need": "I\'d like you to take the kids on '
        'Saturday mornings so I can go to the gym"}',
    ),
)
"""Worked examples (user words in, the form out), before every real request. Fixed, so
llama.cpp serves them from its cache."""

# -- does an answer sentence say the opposite of its passage? ---------------------------

JUDGE_SYSTEM = (
    "You check a chatbot's sentence against the article passage it came from. "
    "Answer 'contradicts' if the sentence says the opposite of the passage or something "
    "the passage rules out; 'agrees' if the passage says it; 'not_said' if the passage "
    "neither says nor rules it out. Reply in JSON."
)
JUDGE_USER = "Passage: {passage}\nSentence: {sentence}"
JUDGE_EXAMPLES: tuple[tuple[str, str, str], ...] = (
    (
        "Boundaries protect the relationship rather than push people away.",
        "A boundary can keep your relationship safe, not drive your partner off.",
        "agrees",
    ),
    (
        "You can spend a weekend apart without spiraling.",
        "If you need a weekend alone, it means something is wrong between you.",
        "contradicts",
    ),
    ("It's not weak to lean on someone.", "Leaning on someone isn't a weakness.", "agrees"),
    (
        "It's not weak to lean on someone.",
        "Needing to lean on people shows you are weak.",
        "contradicts",
    ),
    (
        "Boundaries aren't walls, they're guidelines for healthy connection.",
        "Boundaries are walls that keep people out.",
        "contradicts",
    ),
    (
        "Journaling, therapy, alone time, creative hobbies: these are all ways to "
        "reconnect with yourself.",
        "Meditation is the best way to reconnect with yourself.",
        "not_said",
    ),
)
"""(passage, sentence, verdict) worked examples before every real pair. Written for the
prompt, not taken from the contradiction sets. Chosen on the development pairs
(2026-12-08, Qwen2.5-Coder-1.5B, 140 pairs): with these six, 'contradicts' caught 43
of 60 contradictions and none of 45 supported sentences; asked yes/no ("does it say the
opposite?") the model answered no to all 100 pairs tried."""
