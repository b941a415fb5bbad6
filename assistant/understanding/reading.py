"""Reading a turn in its conversation: the route the chain takes, and why.

The classifier judges every message (intent and risk); the safety floor overrides it
for explicit statements; the conversation raises or lowers the level: a recent
crisis reply keeps wording help and vague follow-ups on safety, and a person who
says they are safe after a check-in is taken at their word. Restyle and pushback
follow-ups are tied to the latest boundary request whose scripts are in the history,
however many turns back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, cast

from assistant.safety.floor import FloorHit, floor_hit, normalise
from assistant.safety.texts import (
    CHECK_IN_MESSAGE,
    CHECK_IN_THANKS,
    SAFETY_FOLLOWUP_MESSAGE,
    SAFETY_MESSAGE,
)
from assistant.understanding.classifier import Prediction, TurnClassifier

Route = Literal[
    "question",
    "boundary",
    "restyle",
    "pushback",
    "off_topic",
    "small_talk",
    "control",
    "crisis",
    "danger",
    "safety_followup",
    "check_in",
    "safe_reply",
]
Risk = Literal["none", "concern", "crisis", "danger"]

SAFETY_THRESHOLD = 0.97
"""Crisis + danger probability of the message at or above which the full reply shows.
Chosen on the development sets of tests/data and the conversation set, never on the
blind hold-outs (`python -m evals.safety_report --dev`). 0.9 for the softmax risk head;
the network's probabilities are sharper, so its threshold is the lowest at which the
development sets' look-alikes and ordinary messages get the crisis reply no more often
than with the softmax head (look-alikes, mean per set: 0.070 at 0.9, 0.049 at 0.96,
0.042 at 0.97, 0.041 at 0.98; softmax 0.047)."""
SEGMENT_THRESHOLD = 0.99
"""The same for one sentence or clause of a longer message (a plan told inside a
story): only a near-certain one decides alone (0.97 for the softmax risk head).
Development sets, 2026-12-05 (never the
hold-outs): at 0.9, with a segment's distress also raising a check-in at 0.6, clauses
cut out of ordinary stories ("i need her to leave by the end of the month") gave 24%
of the ordinary first turns of the conversation sets a check-in or the crisis reply;
with this threshold and `SEGMENT_CHECK_IN` 5%. Crisis and danger caught unchanged
(0.844 / 0.846); the full reply for crisis 0.533 -> 0.511 (0.495 at 0.99)."""
SEGMENT_CHECK_IN = 0.8
"""A sentence or clause this likely to show crisis or danger (not distress alone) gets
a check-in: without it the change above cost 1.5 points of crisis recall on the
development sets; with it, a gentle question on about 1% more ordinary turns."""
SEGMENT_WHOLE_MIN = 0.05
"""The distress the whole message must show before one clause's risk asks for a
check-in: cut out of "I love spending Saturdays with my friends but my girlfriend gets
hurt when I go. Is that a bad sign?", the clause "my girlfriend gets hurt when I go"
reads as danger (0.96) while the message reads as none (0.00), and the person was
asked whether they were safe. Development sets (2026-12-08, the same ones as the risk
guard in `neighbours.py`): crisis and danger caught unchanged, ambiguous distress
checked in 0.670 -> 0.660, ordinary check-ins 0.027 -> 0.024, conversation turns
checked in 0.013 -> 0.011. A near-certain clause still decides alone
(`SEGMENT_THRESHOLD`)."""
CHECK_IN_THRESHOLD = 0.6
"""Crisis + danger + concern probability at or above which the coach checks in."""
RISK_CHECK_IN = 0.7
"""Crisis + danger probability that gets at least a check-in when it is under the
full-reply threshold: a false alarm there costs one gentle question, not a crisis page
in the middle of an ordinary conversation (set on the conversation set, 2026-12-02)."""
EXPLICIT_THRESHOLD = 0.8
"""Probability from the explicit head (a plan, a method, a time, means at hand, an
attempt, a threat or violence that happened) at or above which a message that would get
a check-in gets the full reply instead. The head is trained only when an
`explicit*.jsonl` file is in `data/train/`; its examples are in `data/candidates/`
(measured 2026-12-07 and not adopted: see the README there), so it reads 0 today."""
EXPLICIT_MIN_RISK = RISK_CHECK_IN
"""The crisis + danger probability a message needs before its explicitness counts: the
head says how plainly something is stated, the risk head whether it is risk at all
("doing it friday" about a surprise party is plain too). At the check-in level, the
head never raises an alarm of its own; it turns a check-in into the full reply.

Chosen on the development sets (2026-12-07; the dev safety sets and hold-outs 4-14,
mean per set, with the eval sets' 229 ordinary messages and the message-kind sets' 420
wording requests as ordinary), explicit full reply / look-alikes given the crisis reply
/ kind-set requests given it: no head 0.860 / 0.046 / 0.024; this rule (0.8 at 0.7)
0.919 / 0.068 / 0.031 (crisis full reply 0.633 -> 0.676, danger 0.736 -> 0.762; the
eval sets' ordinary messages unchanged at 0.000); at 0.7 with risk 0.5, 0.936 / 0.081
/ 0.050; at 0.6 with 0.2, 0.958 / 0.120 / 0.079: each point of plain statements caught
costs more false crisis replies."""
DECLINE_MIN_P = {"off_topic": 0.5, "control": 0.9}
"""How sure the classifier must be before the coach declines. Off-topic: more sure than
not, since turning away a real relationship question costs more than answering an odd
one with the note that the article does not cover it. A request to control someone:
sure, since a wrong decline lectures a person who asked something kind ("I want to cheer
her on"); set by looking at the eval sets' messages (so their numbers are development
numbers), while a real request ("read her texts without her knowing") scores near 1.
Raised from 0.8 on 2026-12-05: a friend who overstayed ("i need her to leave by the end
of the month") scored 0.85-0.90 and got the decline; the real requests of the eval sets
and probes scored 0.95-0.99 (`DAN... secretly read my girlfriend's texts` 0.95)."""
PART_BOUNDARY_P = 0.5
"""How sure the classifier must be that one sentence of a longer message asks for
wording before that sentence decides the route: more likely than not. On the
development conversation sets (487 turns) 0.5 and 0.8 route every turn the same; it
was lowered from 0.8 on 2026-12-06 when new training examples left "Help me word a
boundary." at 0.56 inside "A colleague interrupts me in every meeting. Help me word
a boundary." (an item of the gated boundary set, so that gate is now a development
number)."""
RELATED_MIN = 0.65
"""Cosine similarity to the previous user message (classifier features) at or above
which an off-topic reading is not trusted. On the development conversation sets the 45
off-topic and small-talk turns that follow another turn scored 0.40-0.61 against the
message before them; the fun-money-budget follow-up above, 0.75."""
SAFETY_LOOKBACK = 3
"""How many earlier turns a crisis reply keeps the conversation on safety."""
SCRIPT_LOOKBACK = 10
"""How many earlier turns a restyle or pushback may reach back to find the scripts."""

SCRIPT_LABEL_RE = re.compile(
    r"\*\*[A-Z][\w ]*\*\* \((?:I-statement|DEAR MAN|Nonviolent Communication|Repair|"
    r"Low-pressure reach-out|Empathy first|Active-constructive response|Specific thanks)\)"
)
NOT_HARM = (
    r"\b(?:i'?m|im|i am) not (?:going to|gonna) (?:do anything|hurt myself|harm myself|"
    r"do anything to myself)\b|\bi (?:won'?t|will not|wouldn'?t) (?:do anything|hurt myself)\b|"
    r"\b(?:i'?m|im|i am) not in (?:any )?danger\b"
)
"""Saying outright that one will not act or is not in danger: "im not gonna do anything",
"I won't hurt myself", "no im not in danger, just tired"."""
SAFE_RE = re.compile(
    r"\b(?:i'?m|im|i am|am|feel|feeling|i feel)\s+(?:ok|okay|fine|safe|alright|all right|good)\b|"
    r"^(?:yes|yeah|yep|yup|ya|yh|sure)\b|"
    r"^(?:ok|okay|fine|safe|alright|all good|good)\W*(?:\w+\W*){0,2}$|" + NOT_HARM
)
"""Saying one is safe: "I'm ok", "yes", a short "ok thanks", or "I'm not going to do
anything"; an "ok so how do I..." that goes straight on to something else does not
answer the check-in."""
NOT_SAFE_RE = re.compile(
    r"\bnot (?:really |totally |entirely |very )?(?:ok|okay|fine|safe|alright|good)\b|"
    r"^(?:no|nope|nah|not really|idk|i don'?t know|not sure|i'?m not sure)\b"
    r"(?!.*(?:\b(?:i'?m|im|i am) (?:ok|okay|fine|safe|alright|good)\b|" + NOT_HARM + "))"
)


@dataclass
class Reading:
    """How the coach reads one message in its conversation."""

    route: Route
    risk: Risk
    prediction: Prediction | None = None
    floor: FloorHit | None = None
    request: str | None = None
    """For restyle and pushback: the boundary request whose scripts are being changed."""
    earlier: list[str] = field(default_factory=list)
    """The user messages before that request, oldest first (what a request that names
    no situation of its own points back to)."""
    restyles: list[str] = field(default_factory=list)
    """For restyle: every restyle message since that request, oldest first."""
    lead: list[str] = field(default_factory=list)
    """Lines shown before the answer (e.g. thanks for saying they are safe)."""
    carry_on: str | None = None
    """The earlier message to answer instead of this one ("I'm safe" after a check-in on
    a request for words: the request is answered)."""
    reason: str = ""


def routed_intent(prediction: Prediction) -> str:
    """The likeliest intent, passing over a decline the classifier is not sure enough of."""
    ranked = sorted(prediction.intent_p, key=prediction.intent_p.__getitem__, reverse=True)
    for intent in ranked:
        if prediction.intent_p[intent] >= DECLINE_MIN_P.get(intent, 0.0):
            return intent
    return "question"


def is_script_answer(answer: str) -> bool:
    return bool(SCRIPT_LABEL_RE.search(answer))


def was_safety_reply(answer: str) -> bool:
    return answer.startswith((SAFETY_MESSAGE[:60], SAFETY_FOLLOWUP_MESSAGE[:60]))


def was_check_in(answer: str) -> bool:
    return CHECK_IN_MESSAGE[:60] in answer


def asked_if_safe(recent: Sequence[tuple[str, str]]) -> bool:
    """Whether the coach's last turn is still waiting to hear if the person is safe: a
    check-in, or the safety follow-up that came after one (no full crisis reply among
    the recent turns: after a disclosure, saying "I'm ok" does not end the focus on
    safety)."""
    if not recent:
        return False
    last = recent[-1][1]
    if was_check_in(last):
        return True
    answers = [answer for _user, answer in recent]
    return (
        last.startswith(SAFETY_FOLLOWUP_MESSAGE[:60])
        and any(was_check_in(a) for a in answers)
        and not any(a.startswith(SAFETY_MESSAGE[:60]) for a in answers)
    )


SENTENCE_RE = re.compile(r"(?<=[.!?;])\s+|\n+|,?\s+but\s+|,\s+(?=(?:i|i'?m|im|and)\b)", re.I)


def without_safe_statements(text: str) -> str:
    """The message without its sentences that say the person is safe."""
    parts = (p.strip(" ,") for p in SENTENCE_RE.split(text))
    return " ".join(p for p in parts if p and says_safe(p) is not True)


def says_safe(text: str) -> bool | None:
    """After a check-in: True if the person says they are safe, False if not, else None."""
    clean = normalise(text)
    if NOT_SAFE_RE.search(clean):
        return False
    return True if SAFE_RE.search(clean) else None


WORDING_INTENTS = ("boundary", "restyle", "pushback")
WORDING_CONFIDENCE = 0.6
WORDING_CHECK_IN = 0.7
"""A confident request for wording (money, privacy, phones, time, in-laws: everyday
boundary topics) gets the full reply at the same risk threshold as any message, but
only the message as a whole decides: one sentence or clause of it never does (out of
its request, "standing up there would feel so fake" read as risk), and its distress
band gets no check-in (people asking for words about a hard talk sound upset). Crisis
and danger this likely get a check-in. A request to control someone is not one of
them: a person who is being controlled writes with the same words, and the safe reply
must reach them before any decline.

Until 2026-12-06 a wording request needed 0.97 for the full reply and never got a
check-in, so "I was raped by my date, how do I tell my parents?" (0.94) got scripts.
Development sets (`python -m evals.safety_report --dev`; first turns of the
development conversation sets as ordinary stories), crisis / danger caught, ordinary
and story check-ins:

- before: 0.816 / 0.879, 0.083 / 0.078;
- this rule: 0.835 / 0.915, 0.083 / 0.083;
- this rule and `train/risk_wording.jsonl`: 0.883 / 0.924, 0.092 / 0.100."""


def _level(p: dict[str, float]) -> Risk:
    return "crisis" if p["crisis"] >= p["danger"] else "danger"


def risk_of(prediction: Prediction, hit: FloorHit | None, after_scripts: bool = True) -> Risk:
    """The risk level of a message. `after_scripts`: the conversation has scripts a
    restyle could be about; without them, a message read as one ("I won't be dealing
    with this much longer") is not a request for words and gets no wording exemption
    (a pushback still is: "what if she says she has nowhere else to go" asks for
    words about the story told)."""
    if hit is not None:
        return hit.level
    if prediction.risk_score >= SAFETY_THRESHOLD:
        return _level(prediction.risk_p)
    if prediction.explicit_p >= EXPLICIT_THRESHOLD and prediction.risk_score >= EXPLICIT_MIN_RISK:
        return _level(prediction.risk_p)
    wording = (
        prediction.intent in WORDING_INTENTS
        and prediction.intent_p[prediction.intent] >= WORDING_CONFIDENCE
        and (after_scripts or prediction.intent != "restyle")
    )
    part = prediction.segment_p
    if part is not None and prediction.segment_risk >= SEGMENT_THRESHOLD and not wording:
        return _level(part)
    if wording:
        return "concern" if prediction.risk_score >= WORDING_CHECK_IN else "none"
    if (
        prediction.distress_score >= CHECK_IN_THRESHOLD
        or prediction.risk_score >= RISK_CHECK_IN
        or (
            prediction.segment_risk >= SEGMENT_CHECK_IN
            and prediction.distress_score >= SEGMENT_WHOLE_MIN
        )
    ):
        return "concern"
    return "none"


class Reader:
    """Reads each message with the classifier, the floor and the conversation."""

    def __init__(self, classifier: TurnClassifier) -> None:
        self.classifier = classifier

    def read(self, message: str, history: Sequence[tuple[str, str]] = ()) -> Reading:
        history = list(history)
        hit = floor_hit(message)
        prediction = self.classifier.predict(message)
        recent = history[-SAFETY_LOOKBACK:]
        asked = asked_if_safe(recent)
        safe = says_safe(message) if asked else None
        scripts = any(is_script_answer(answer) for _user, answer in history[-SCRIPT_LOOKBACK:])
        risk = risk_of(prediction, hit, scripts)
        if safe and hit is None and risk != "none":
            # Taken at their word: "im safe, im not going to hurt myself" names the harm
            # it rules out. What else the message says is still read.
            rest = without_safe_statements(message)
            risk = risk_of(self.classifier.predict(rest), None) if rest else "none"
        if risk in ("crisis", "danger"):
            return Reading(risk, risk, prediction, hit, reason="risk in the message")
        lead: list[str] = []
        if asked:
            if safe is False or (safe is None and risk == "concern"):
                return Reading(
                    "safety_followup", "concern", prediction, reason="not safe after a check-in"
                )
            if safe and prediction.intent in ("small_talk", "off_topic"):
                carried = self._carry_on(history)
                if carried is not None:
                    return carried
                return Reading("safe_reply", "none", prediction, reason="safe after a check-in")
            lead = [CHECK_IN_THANKS] if safe else []
        after_crisis = not lead and any(was_safety_reply(answer) for _user, answer in recent)
        if risk == "concern" and not lead:
            if after_crisis:
                return Reading(
                    "safety_followup", risk, prediction, reason="soon after a crisis reply"
                )
            return Reading("check_in", risk, prediction, reason="possible distress")
        reading = self._by_intent(message, history, prediction, risk, lead)
        if after_crisis and reading.route in (*WORDING_INTENTS, "small_talk"):
            # Soon after a crisis reply, wording help and small talk stay on safety, never
            # scripts, whether the whole message asks for words or only its parts do (a
            # story, then a wish: "he's at work until 6, i want to get out with the kids
            # before he's back").
            return Reading("safety_followup", risk, prediction, reason="soon after a crisis reply")
        return reading

    def _carry_on(self, history: list[tuple[str, str]]) -> Reading | None:
        """After "I'm safe" in answer to a check-in, the message that got the check-in,
        read for what it asked (its risk taken as answered), so a request for words or
        a question is not lost to a false alarm; None when it asked nothing."""
        if not history or not was_check_in(history[-1][1]):
            return None
        pending = history[-1][0]
        reading = self._by_intent(
            pending, history[:-1], self.classifier.predict(pending), "none", [CHECK_IN_THANKS]
        )
        if reading.route not in ("question", "boundary", "restyle", "pushback"):
            return None
        reading.carry_on = pending
        reading.reason = "safe after a check-in: what the checked message asked"
        return reading

    def _by_intent(
        self,
        message: str,
        history: list[tuple[str, str]],
        prediction: Prediction,
        risk: Risk,
        lead: list[str],
    ) -> Reading:
        """The route by what the message asks, once safety has had its say."""
        intent = cast(Route, routed_intent(prediction))
        if intent == "off_topic" and history:
            intent = self._in_conversation(message, history[-1][0])
        if intent == "question" and prediction.part_boundary_p >= PART_BOUNDARY_P:
            intent = "boundary"  # a story, then "what should I say to her?": the ask decides
        if intent in ("restyle", "pushback"):
            found = self._scripts_request(history)
            if found is not None:
                request, earlier, restyles = found
                return Reading(
                    intent,
                    risk,
                    prediction,
                    request=request,
                    earlier=earlier,
                    restyles=[*restyles, message] if intent == "restyle" else restyles,
                    lead=lead,
                )
            if intent == "restyle":
                return Reading("restyle", risk, prediction, reason="no earlier scripts")
            # "what if she says she has nowhere else to go" with no scripts yet still asks
            # for words (about the situation told before, or told in the message).
            intent = "boundary"
        return Reading(intent, risk, prediction, lead=lead)

    def _in_conversation(self, message: str, previous: str) -> Route:
        """An off-topic reading checked against the conversation: "how do I suggest we
        each get a fun money budget" right after a question about fighting over money
        is about that relationship, not finance advice. A message this close in meaning
        to the previous one is read again together with it."""
        if self.classifier.similarity(previous, message) < RELATED_MIN:
            return "off_topic"
        joint = routed_intent(self.classifier.predict(f"{previous}\n{message}"))
        return cast(Route, joint) if joint in ("question", "boundary") else "question"

    def _scripts_request(
        self, history: list[tuple[str, str]]
    ) -> tuple[str, list[str], list[str]] | None:
        """The latest boundary request with scripts in the history, the user messages
        before it, and the restyle messages that came after it (oldest first)."""
        restyles: list[str] = []
        start = max(0, len(history) - SCRIPT_LOOKBACK)
        window = history[start:]
        labels = [p.intent for p in self.classifier.predict_many([u for u, _ in window])]
        worded: int | None = None
        for offset in range(len(window) - 1, -1, -1):
            user, answer = window[offset]
            if labels[offset] == "pushback":
                continue
            if not is_script_answer(answer) and labels[offset] != "boundary":
                continue
            if labels[offset] == "restyle":
                restyles.insert(0, user)
                worded = start + offset
                continue
            return user, [u for u, _a in history[: start + offset]], restyles
        if worded:
            # The first scripts came from a restyle right after a story ("firmer please"
            # after a story that got guidance): that story is the request.
            return history[worded - 1][0], [u for u, _a in history[: worded - 1]], restyles
        return None
