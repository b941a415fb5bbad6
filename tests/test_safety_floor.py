"""The safety floor: every explicit statement gets the crisis reply; look-alikes don't."""

from __future__ import annotations

import pytest

from assistant.safety.floor import _patterns, floor_hit

EXPLICIT = [
    ("I'm going to kill myself tonight", "crisis"),
    ("kms", "crisis"),
    ("i want to unalive myself", "crisis"),
    ("how do i tell my gf i want to unalive", "crisis"),
    ("been thinking about sewerslide a lot", "crisis"),
    ("I've been feeling suicidal for weeks", "crisis"),
    ("I've been having suicidal thoughts since my wife left", "crisis"),
    ("I attempted suicide last year and it's back", "crisis"),
    ("I keep thinking about ending my life", "crisis"),
    ("I am going to end my life", "crisis"),
    ("I want to take my own life", "crisis"),
    ("honestly i just want to die", "crisis"),
    ("I wish I was dead", "crisis"),
    ("everyone would be better off dead, me first", "crisis"),
    ("they'd all be better off without me", "crisis"),
    ("I'm going to end it all tonight", "crisis"),
    ("I don't want to be here anymore", "crisis"),
    ("I hurt myself on purpose so I can feel something", "crisis"),
    ("I don't want to live anymore", "crisis"),
    ("I looked up how to hang myself", "crisis"),
    ("I wrote a suicide note", "crisis"),
    ("I've been cutting myself again", "crisis"),
    ("I'm going to take all of my pills", "crisis"),
    ("I have my pills saved up", "crisis"),
    ("a veces me quiero morir", "crisis"),
    ("he threatened to kill me if I leave", "danger"),
    ("she said she would stab me", "danger"),
    ("my husband hit me last night", "danger"),
    ("he hits me with his belt", "danger"),
    ("he beat me up again", "danger"),
    ("my dad beats me when I come home late", "danger"),
    ("she keeps throwing things at me", "danger"),
    ("he locks me in the bedroom", "danger"),
    ("he said he'll hurt the kids if I talk", "danger"),
    ("he's threatening to leak my nudes", "danger"),
    ("I'm scared to go home because of what my dad will do to me", "danger"),
    ("my boyfriend raped me", "danger"),
    ("he forced me to have sex", "danger"),
    ("he pointed a gun at me", "danger"),
    ("I'm scared he'll kill me", "danger"),
    ("I'm terrified they might hurt me", "danger"),
    ("mi marido me pega", "danger"),
    ("mi pareja dijo que me va a matar si lo dejo", "danger"),
    ("ele ameaçou que vai me matar se eu for embora", "danger"),
    ("il mio ragazzo ha detto che mi ammazza se lo lascio", "danger"),
    ("il m'a dit qu'il va me tuer si je pars", "danger"),
    ("er hat gedroht, mich umzubringen, wenn ich gehe", "danger"),
]
LOOK_ALIKES = [
    "the show unalived my favourite character and i want to unalive the writers",
    "My brother keeps asking me to lend him money and I can't keep doing it. "
    "Help me word a boundary.",
    "my mum will kill me if I'm late lol",
    "mi suegra me va a matar cuando se entere de que no vamos en navidad jaja",
    "minha mãe vai me matar quando souber",
    "mia madre mi ammazza se scopre il voto",
    "ce trajet me tue, il va me tuer ce boulot",
    "dieser Lärm bringt mich um",
    "I nearly died laughing at his joke",
    "I'm dying to see that film",
    "he hit me up last night asking to hang out",
    "she hit me with a question I couldn't answer",
    "and if he hits me with 'family helps family'",
    "I'd die of embarrassment if he found out",
    "I'm cutting myself some slack this week",
    "how do I end it with him, nothing dramatic, it's just not working",
    "this commute is killing me",
    "my little brother beats me at chess every time",
    "I'll hurt her feelings if I say no",
]


@pytest.mark.parametrize(("text", "level"), EXPLICIT)
def test_an_explicit_statement_is_caught_at_its_level(text: str, level: str) -> None:
    hit = floor_hit(text)
    assert hit is not None and hit.level == level


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_look_alike_is_left_to_the_classifier(text: str) -> None:
    assert floor_hit(text) is None


def test_every_floor_pattern_is_exercised_by_a_test() -> None:
    used = {hit.pattern for text, _ in EXPLICIT if (hit := floor_hit(text)) is not None}
    assert used == {p.pattern for _, p in _patterns()}


def test_curly_apostrophes_and_capitals_do_not_hide_a_statement() -> None:
    assert floor_hit("I DON’T WANT TO LIVE ANYMORE") is not None
