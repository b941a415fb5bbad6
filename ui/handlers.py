"""What the UI does on each event, as plain functions over plain data (no gradio).

`app.py` wires these to components; tests call them directly. Conversation state is a
:class:`Session` value that Gradio keeps per browser session (gr.State), never a global.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from assistant.coach.texts import INDEX_PROBLEM_MESSAGE, INTERNAL_ERROR_MESSAGE
from assistant.errors import CoachError, IndexUnavailable
from assistant.schema import Script, Turn
from ui import render, texts
from ui.feedback import FeedbackStore
from ui.rubric import RubricView, check_script

log = logging.getLogger(__name__)

SHOWN_INPUT_CHARS = 4000
"""A user bubble shows at most this much of a message (the coach reads its own limit)."""


class StreamingCoach(Protocol):
    """The one thing the UI needs from the chain (see assistant.coach.chain.Coach)."""

    def stream(self, message: str, history: Sequence[tuple[str, str]] = ()) -> Iterator[Any]: ...


@dataclass
class Exchange:
    """One user message and what the coach answered."""

    user: str
    turn: Turn | None = None
    """None while the answer is being written, or when answering failed."""
    shown: str = ""
    """The assistant bubble exactly as displayed (Markdown)."""
    stopped: bool = False
    """The user pressed stop before the answer was finished."""


@dataclass
class Session:
    """One browser session's conversation."""

    id: str = ""
    exchanges: list[Exchange] = field(default_factory=list)

    def ensure_id(self) -> str:
        if not self.id:
            self.id = uuid.uuid4().hex
        return self.id

    def history(self) -> list[tuple[str, str]]:
        """Finished earlier turns as (user, answer) pairs, the chain's history format."""
        return [(e.user, e.turn.answer) for e in self.exchanges if e.turn is not None]

    def messages(self) -> list[dict[str, str]]:
        """The chatbot value: alternating user / assistant messages."""
        out: list[dict[str, str]] = []
        for e in self.exchanges:
            out.append({"role": "user", "content": _user_bubble(e.user)})
            if e.shown:
                out.append({"role": "assistant", "content": e.shown})
        return out

    def current_turn(self) -> Turn | None:
        return self.exchanges[-1].turn if self.exchanges else None


@dataclass
class ChatView:
    """Everything a chat event updates."""

    session: Session
    messages: list[dict[str, str]]
    sources_html: str
    scripts: list[Script]

    def as_outputs(self) -> tuple[list[dict[str, str]], Session, str, list[Script]]:
        """Chatbot, session state, sources panel and script cards, in the app's order."""
        return self.messages, self.session, self.sources_html, self.scripts


def _user_bubble(message: str) -> str:
    shown = message if len(message) <= SHOWN_INPUT_CHARS else message[:SHOWN_INPUT_CHARS] + " …"
    return render.user_markdown(shown)


def view(session: Session) -> ChatView:
    turn = session.current_turn()
    return ChatView(
        session=session,
        messages=session.messages(),
        sources_html=render.sources_html(turn),
        scripts=list(turn.scripts) if turn is not None and turn.intent == "boundary" else [],
    )


def new_chat() -> ChatView:
    return view(Session())


def add_message(session: Session, message: str | None) -> ChatView:
    """First, instant step of a chat event: show the user's message."""
    session.ensure_id()
    session.exchanges.append(Exchange(user=message or ""))
    return view(session)


def friendly_error(exc: BaseException) -> str:
    """What the user sees when answering failed: never a stack trace."""
    if isinstance(exc, IndexUnavailable):
        return INDEX_PROBLEM_MESSAGE.format(detail=str(exc))
    return INTERNAL_ERROR_MESSAGE


def respond(coach: StreamingCoach, session: Session) -> Iterator[ChatView]:
    """Second step: stream the answer to the last message, then show the final Turn."""
    if not session.exchanges or session.exchanges[-1].turn is not None:
        yield view(session)
        return
    exchange = session.exchanges[-1]
    history = session.history()  # the pending exchange has no turn yet, so it is left out
    partial = ""
    turn: Turn | None = None
    try:
        for event in coach.stream(exchange.user, history):
            if exchange.stopped:
                return
            if isinstance(event, Turn):
                turn = event
            elif isinstance(event, str) and event:
                partial += event
                exchange.shown = render.streaming_markdown(partial)
                yield view(session)
        if turn is None:
            raise RuntimeError("the coach finished without a result")
        exchange.turn = turn
        exchange.shown = render.answer_markdown(turn)
    except CoachError as exc:
        log.warning("turn failed: %s", exc)
        exchange.shown = friendly_error(exc)
    except Exception:
        log.exception("turn failed")
        exchange.shown = friendly_error(RuntimeError())
    yield view(session)


def stop(session: Session) -> ChatView:
    """After a chat event ends: an unfinished answer (stop pressed) is marked as stopped."""
    if session.exchanges and session.exchanges[-1].turn is None:
        exchange = session.exchanges[-1]
        if not exchange.stopped and (not exchange.shown or exchange.shown.endswith(render.CURSOR)):
            exchange.stopped = True
            partial = exchange.shown.removesuffix(render.CURSOR).rstrip()
            exchange.shown = "\n\n".join(p for p in (partial, f"*{texts.STOPPED}*") if p)
    return view(session)


def record_feedback(
    store: FeedbackStore, session: Session, index: int | Sequence[int], liked: Any
) -> str:
    """Thumbs up / down on an assistant message: append it with its turn to the log."""
    position = index if isinstance(index, int) else int(index[0])
    number = position // 2
    if not 0 <= number < len(session.exchanges):
        return ""
    exchange = session.exchanges[number]
    rating = "up" if liked is True else "down" if liked is False else str(liked or "cleared")
    try:
        store.append(
            session_id=session.ensure_id(),
            rating=rating,
            query=exchange.user,
            turn=exchange.turn,
            shown=exchange.shown,
            history=[(e.user, e.turn.answer) for e in session.exchanges[:number] if e.turn],
        )
    except OSError as exc:
        log.warning("could not store feedback in %s: %s", store.path, exc)
        return texts.FEEDBACK_NOT_SAVED
    return {
        "up": texts.FEEDBACK_THANKS_UP,
        "down": texts.FEEDBACK_THANKS_DOWN,
    }.get(rating, texts.FEEDBACK_CLEARED)


def transcript(session: Session, stamp: str) -> str:
    return render.transcript_markdown(
        [(e.user, e.turn, e.shown) for e in session.exchanges if e.shown], stamp
    )


# --- Boundary builder -------------------------------------------------------------


@dataclass
class Card:
    """One script in the builder, with its rubric verdict."""

    label: str
    text: str
    rubric: RubricView


@dataclass
class BuilderView:
    message: str
    """Markdown above the cards: the coach's answer, or what to fix in the form."""
    cards: list[Card]


_PRONOUN_START = re.compile(r"^(?:she|he|they|it|we|i|you)\b", re.IGNORECASE)
_NEED_START = re.compile(r"^(?:i\s+need|i'd\s+like|i\s+want)\s+", re.IGNORECASE)


def builder_message(who: str, what: str, need: str) -> str:
    """The form as one boundary request, phrased the way the situation parser reads best."""
    what = what.strip().rstrip(".!") or "keeps doing this"
    need = _NEED_START.sub("", need.strip()).rstrip(".!")
    template = (
        texts.BUILDER_MESSAGE_PRONOUN if _PRONOUN_START.match(what) else texts.BUILDER_MESSAGE
    )
    return template.format(who=who.strip().rstrip(".:"), what=what, need=need)


def build_boundary(
    run: Callable[[str], Turn],
    who: str | None,
    what: str | None,
    need: str | None,
    tone: str | None,
    checker: Callable[[Script, str], RubricView] = check_script,
) -> BuilderView:
    """The builder tab: compose a boundary request, run it, check every script."""
    who, what, need, tone = (who or "").strip(), (what or "").strip(), (need or ""), tone or ""
    if not who or not need.strip():
        return BuilderView(message=texts.BUILDER_MISSING, cards=[])
    message = builder_message(who, what, need)
    try:
        turn = run(message)
    except Exception as exc:
        log.warning("builder failed: %s", exc, exc_info=not isinstance(exc, CoachError))
        return BuilderView(message=friendly_error(exc), cards=[])
    if turn.intent == "safety":
        return BuilderView(message=render.answer_markdown(turn), cards=[])
    if not turn.scripts:
        return BuilderView(message=texts.BUILDER_NO_SCRIPTS, cards=[])
    scripts = sorted(turn.scripts, key=lambda s: s.tone.lower() != tone.lower())
    cards = [Card(render.script_label(s), s.text, checker(s, message)) for s in scripts]
    return BuilderView(message=render.answer_markdown(turn, pointer=False), cards=cards)
