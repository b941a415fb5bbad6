"""One conversational turn, end to end: clean → screen → retrieve → respond → Turn.

Everything the chain needs comes in as a parameter (retriever, responder, screener,
script writer, clock), so tests swap them at this seam. Conversation state is the
`history` argument: a list of (user, assistant) pairs passed in by the caller, never
kept here.

Routing: the safety rules run first on the message itself (before any retrieval,
with or without a screener); then a follow-up is resolved against the history
(`followup.py`); then the screen picks `off_topic`, `boundary` or `question`.
Safety and off-topic replies are fixed texts; boundary turns carry rubric-checked
scripts; questions whose best passage is only loosely related get a plain note that
the article does not cover the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from .inputs import CleanInput, clean_input
from .replies import THIN_EVIDENCE_DENSE, is_thin
from .schema import Intent, Passage, Script, Source, Timings, Turn
from .texts import (
    BOUNDARY_DETAILS_NOTE,
    EMPTY_MESSAGE,
    NO_PASSAGES_MESSAGE,
    NO_PREVIOUS_SCRIPTS_MESSAGE,
    OFF_TOPIC_MESSAGE,
    PUSHBACK_HEADING,
    PUSHBACK_TEXT,
    RESTYLE_NOTES,
    SAFETY_FOLLOWUP_MESSAGE,
    SAFETY_MESSAGE,
    SMALL_TALK_MESSAGE,
    THIN_EVIDENCE_NOTE,
)

if TYPE_CHECKING:
    from .boundary import ScriptWriter
    from .followup import FollowUp
    from .screen import Screener

History = Sequence[tuple[str, str]]
"""Earlier turns as (user message, assistant answer), oldest first."""


class Retriever(Protocol):
    def retrieve(self, query: str, k: int = 4) -> list[Passage]: ...


@dataclass
class Draft:
    """What a responder produced for a question."""

    text: str
    """Markdown answer; [n] cites passage n (1-based)."""
    backend: str
    """Who wrote it, e.g. `extractive` or `llamacpp/qwen2.5-coder-1.5b`."""
    fallback: str | None = None
    """Set when another backend had to take over, with the reason."""


class Responder(Protocol):
    """Writes the answer to a question from retrieved passages."""

    name: str

    def answer(self, query: str, passages: Sequence[Passage], history: History = ()) -> Draft: ...


@runtime_checkable
class StreamingResponder(Responder, Protocol):
    """A responder that can also stream: yields text pieces, then the final Draft.

    The final Draft's text is authoritative (a post-check may have replaced what was
    streamed); front ends show it in place of the streamed text.
    """

    def stream(
        self, query: str, passages: Sequence[Passage], history: History = ()
    ) -> Iterator[str | Draft]: ...


def _ms(seconds: float) -> float:
    return round(seconds * 1000.0, 2)


SAFETY_LOOKBACK = 3
"""How many earlier user messages a follow-up is checked against for safety."""
FIXED_BACKEND = "fixed"
"""`backend` of turns whose answer is a fixed, human-written text."""
TEMPLATE_BACKEND = "extractive"
"""`backend` of boundary turns written entirely by the deterministic templates."""


@dataclass
class Coach:
    """The coaching chain shared by the CLI, the web UI and the eval runner."""

    retriever: Retriever
    responder: Responder
    k: int = 4
    max_input_chars: int = 4000
    clock: Callable[[], float] = time.perf_counter
    screener: Screener | None = None
    """Decides off-topic / boundary / question; without one every message that is not
    a safety case is a question."""
    script_writer: ScriptWriter | None = None
    """Writes boundary scripts (e.g. an LLM); None means the templates alone."""
    thin_evidence: float = THIN_EVIDENCE_DENSE

    def _prepare(self, message: str | bytes | None) -> tuple[str, CleanInput]:
        query = message.decode("utf-8", "replace") if isinstance(message, bytes) else message or ""
        return query, clean_input(message, self.max_input_chars)

    def _empty_turn(self, query: str, clean: CleanInput, start: float) -> Turn:
        return Turn(
            query=query,
            intent="empty",
            answer=clean.problem or EMPTY_MESSAGE,
            backend=self.responder.name,
            timings_ms=Timings(total=_ms(self.clock() - start)),
        )

    def _fixed_turn(
        self, query: str, intent: Intent, text: str, clean: CleanInput, start: float
    ) -> Turn:
        notices = [f"*{n}*" for n in clean.notices]
        return Turn(
            query=query,
            intent=intent,
            answer="\n\n".join([*notices, text]),
            backend=FIXED_BACKEND,
            timings_ms=Timings(total=_ms(self.clock() - start)),
            notices=clean.notices,
        )

    def run(self, message: str | bytes | None, history: History = ()) -> Turn:
        """Answer one message. Bad input gives a helpful Turn, never an exception."""
        turn: Turn | None = None
        for event in self.stream(message, history, stream_text=False):
            if isinstance(event, Turn):
                turn = event
        assert turn is not None
        return turn

    def stream(
        self, message: str | bytes | None, history: History = (), stream_text: bool = True
    ) -> Iterator[str | Turn]:
        """Yield answer text pieces as they are written, then the finished Turn."""
        from .followup import after_boundary, asks_about_reaction, resolve
        from .situation import parse_situation

        start = self.clock()
        query, clean = self._prepare(message)
        if clean.problem or not clean.text:
            yield self._empty_turn(query, clean, start)
            return
        follow = resolve(clean.text, list(history))
        disclosed = self._unsafe(clean.text)
        if disclosed or self._unsafe_context(clean.text, follow.kind, history):
            reply = SAFETY_MESSAGE if disclosed else SAFETY_FOLLOWUP_MESSAGE
            turn = self._fixed_turn(query, "safety", reply, clean, start)
            yield turn.answer
            yield turn
            return
        if follow.kind == "restyle":
            if follow.request is None or parse_situation(follow.request).vague:
                turn = self._fixed_turn(
                    query, "question", NO_PREVIOUS_SCRIPTS_MESSAGE, clean, start
                )
            else:
                yield from self._boundary(query, follow.request, clean, start, follow)
                return
            yield turn.answer
            yield turn
            return
        intent: Intent = "question"
        redirect = OFF_TOPIC_MESSAGE
        if self.screener is not None:
            if follow.kind == "query":  # the condensed query decides the topic only
                score = self.screener.topic_score(follow.query)
                intent = "off_topic" if score < 0 else "question"
            else:
                screening = self.screener.screen(follow.query)
                intent = screening.intent
                redirect = SMALL_TALK_MESSAGE if screening.small_talk else redirect
        if intent == "off_topic":
            turn = self._fixed_turn(query, "off_topic", redirect, clean, start)
            yield turn.answer
            yield turn
            return
        tail: list[str] = []
        if intent == "boundary":
            context = history[-1][0] if history else None
            if not parse_situation(clean.text, context).vague:
                yield from self._boundary(query, clean.text, clean, start, None, context)
                return
            tail.append(BOUNDARY_DETAILS_NOTE)  # nothing to word yet: guidance, then ask
        elif follow.kind == "query" and asks_about_reaction(clean.text) and after_boundary(history):
            tail.append(f"{PUSHBACK_HEADING}\n{PUSHBACK_TEXT}")
        yield from self._question(
            query, follow.query, clean, history, start, stream_text, tail, follow.search
        )

    def _unsafe(self, text: str) -> bool:
        from .safety import check_safety

        checker = self.screener.check_safety if self.screener is not None else check_safety
        return checker(text) is not None

    def _unsafe_context(self, text: str, kind: str, history: History) -> bool:
        """A follow-up or a wording request soon after a disclosure of crisis or danger
        stays a safety case: no scripts or advice aimed at an unsafe person."""
        from .screen import is_boundary_request

        if kind == "new" and not is_boundary_request(text):
            return False
        return any(self._unsafe(user) for user, _answer in list(history)[-SAFETY_LOOKBACK:])

    def _boundary(
        self,
        query: str,
        request: str,
        clean: CleanInput,
        start: float,
        follow: FollowUp | None,
        context: str | None = None,
    ) -> Iterator[str | Turn]:
        """Yields the introduction, each script as it is written, the rest, the Turn."""
        from .boundary import DEFAULT_TONES, iter_scripts, parse_situation, scripts_writer
        from .replies import boundary_head, boundary_query, boundary_tail, script_block

        situation = parse_situation(request, context)
        tones: tuple[str, ...] = DEFAULT_TONES
        lead = [f"*{n}*" for n in clean.notices]
        if follow is not None:
            tones, situation.short = follow.tones, follow.short
            if follow.at_limit:
                direction = "firm" if follow.at_limit == "firmer" else "gentle"
                lead.append(RESTYLE_NOTES["limit"].format(direction=direction))
            elif follow.modifiers:
                lead.append(RESTYLE_NOTES[follow.modifiers[-1]])
        t_retrieve = self.clock()
        passages = self.retriever.retrieve(boundary_query(request), k=self.k)
        t_generate = self.clock()
        pieces = [boundary_head(situation.addressee, lead)]
        yield pieces[0] + "\n\n"
        scripts: list[Script] = []
        fallbacks: list[str] = []
        for script, note in iter_scripts(situation, passages, self.script_writer, tones):
            scripts.append(script)
            fallbacks += [note] if note else []
            pieces.append(script_block(script))
            yield pieces[-1] + "\n\n"
        pieces.append(boundary_tail(scripts, passages))
        yield pieces[-1]
        writer = scripts_writer(self.script_writer, len(fallbacks), len(tones))
        end = self.clock()
        yield Turn(
            query=query,
            intent="boundary",
            answer="\n\n".join(pieces),
            sources=[Source.from_passage(p) for p in passages],
            scripts=scripts,
            backend=TEMPLATE_BACKEND if writer == "template" else writer,
            timings_ms=Timings(
                retrieve=_ms(t_generate - t_retrieve),
                generate=_ms(end - t_generate),
                total=_ms(end - start),
            ),
            fallback="; ".join(fallbacks) or None,
            notices=clean.notices,
        )

    def _question(
        self,
        query: str,
        search: str,
        clean: CleanInput,
        history: History,
        start: float,
        stream_text: bool,
        tail: Sequence[str] = (),
        lookup: str | None = None,
    ) -> Iterator[str | Turn]:
        """`search` is what the responder answers; `lookup` (default: the same) is what
        retrieval looks for."""
        t_retrieve = self.clock()
        passages = self.retriever.retrieve(lookup or search, k=self.k)
        t_generate = self.clock()
        thin = is_thin(passages, self.thin_evidence)
        lead = [f"*{n}*" for n in clean.notices] + ([THIN_EVIDENCE_NOTE] if thin else [])
        draft: Draft | None = None
        if passages:
            if stream_text and isinstance(self.responder, StreamingResponder):
                if lead:
                    yield "\n\n".join(lead) + "\n\n"
                for piece in self.responder.stream(search, passages, history):
                    if isinstance(piece, Draft):
                        draft = piece
                    else:
                        yield piece
            else:
                draft = self.responder.answer(search, passages, history)
        end = self.clock()
        answered = draft is not None and bool(draft.text)
        body = draft.text if draft is not None and draft.text else NO_PASSAGES_MESSAGE
        tail = tail if answered else ()
        if not answered:
            lead = [f"*{n}*" for n in clean.notices]
        yield Turn(
            query=query,
            intent="question",
            answer="\n\n".join([*lead, body, *tail]),
            sources=[Source.from_passage(p) for p in passages] if answered else [],
            backend=draft.backend if draft is not None else self.responder.name,
            timings_ms=Timings(
                retrieve=_ms(t_generate - t_retrieve),
                generate=_ms(end - t_generate),
                total=_ms(end - start),
            ),
            fallback=draft.fallback if draft is not None else None,
            notices=clean.notices,
        )
