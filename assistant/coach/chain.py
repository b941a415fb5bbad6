"""One conversational turn, end to end: clean → read → retrieve → respond → Turn.

Everything the chain needs comes in as a parameter (retriever, responder, reader,
script writer, clock), so tests swap them at this seam. Conversation state is the
`history` argument: a list of (user, assistant) pairs passed in by the caller, never
kept here.

Routing comes from the reader (`understanding/reading.py`): the safety floor and the
trained classifier read every message, with the conversation, before any retrieval.
Crisis, danger, check-in, control and small-talk replies are fixed texts; boundary
turns (and restyle or pushback follow-ups, tied to the request whose scripts they
change) carry rubric-checked scripts; questions whose best passage is only loosely
related get a plain note that the article does not cover the rest.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant.coach.inputs import CleanInput, clean_input
from assistant.coach.replies import is_thin
from assistant.coach.texts import (
    BOUNDARY_DETAILS_NOTE,
    EMPTY_MESSAGE,
    NO_PASSAGES_MESSAGE,
    NO_PREVIOUS_SCRIPTS_MESSAGE,
    OFF_TOPIC_MESSAGE,
    PUSHBACK_HEADING,
    PUSHBACK_SCRIPT_LEAD,
    PUSHBACK_TEXT,
    SMALL_TALK_AFTER_SCRIPTS,
    SMALL_TALK_LATER,
    SMALL_TALK_MESSAGE,
    THIN_EVIDENCE_NOTE,
)
from assistant.knowledge.embeddings import SCALE as MINILM_SCALE
from assistant.safety.texts import (
    CHECK_IN_MESSAGE,
    CHECK_IN_OPEN,
    CHECK_IN_THANKS,
    CONTROL_DECLINE_MESSAGE,
    SAFETY_FOLLOWUP_MESSAGE,
    SAFETY_MESSAGE,
)
from assistant.schema import (
    Coverage,
    DenseScale,
    Draft,
    History,
    Intent,
    Passage,
    Responder,
    Retriever,
    Script,
    Source,
    StreamingResponder,
    Timings,
    Turn,
)

if TYPE_CHECKING:
    from assistant.coach.followup import Restyle
    from assistant.coach.runnable import CoachRunnable
    from assistant.understanding.reading import Reader, Reading
    from assistant.understanding.situation import RoleReader, Situation, SituationReader


def _moves_tone(reading: Reading, restyle: Restyle | None) -> bool:
    """Whether this turn's restyle moved the tones a step (softer or firmer, not at the
    limit): the scripts of the tones that stay were just shown."""
    from assistant.coach.followup import modifiers_of

    if restyle is None or restyle.at_limit is not None:
        return False
    said = modifiers_of(reading.restyles[-1]) if reading.restyles else []
    return bool({"softer", "firmer"} & set(said))


def _not_repeating(scripts: Iterable[Script], shown: str) -> Iterator[Script]:
    """The scripts whose words are not already in `shown`; all of them if every one is."""
    repeated: list[Script] = []
    fresh = False
    for script in scripts:
        if script.text in shown:
            repeated.append(script)
        else:
            fresh = True
            yield script
    if not fresh:
        yield from repeated


def _words_turn(
    query: str,
    reading: Reading,
    pieces: Sequence[str],
    passages: Sequence[Passage],
    scripts: list[Script],
    backend: str,
    times: tuple[float, float, float, float],
    clean: CleanInput,
    fallback: str | None,
) -> Turn:
    """The Turn of a wording answer; `times`: start, retrieval, writing, end."""
    start, t_retrieve, t_generate, end = times
    return Turn(
        route=reading.route,
        query=query,
        intent="boundary",
        answer="\n\n".join(pieces),
        sources=[Source.from_passage(p) for p in passages],
        scripts=scripts,
        backend=backend,
        timings_ms=Timings(
            retrieve=_ms(t_generate - t_retrieve),
            generate=_ms(end - t_generate),
            total=_ms(end - start),
        ),
        fallback=fallback,
        notices=clean.notices,
    )


def _ms(seconds: float) -> float:
    return round(seconds * 1000.0, 2)


FIXED_BACKEND = "fixed"
"""`backend` of turns whose answer is a fixed, human-written text."""
TEMPLATE_BACKEND = "extractive"
PUSHBACK_TONES = ("direct", "firm")
"""A pushback follow-up gets the boundary said again, steadily, in these tones; after
a softer or firmer restyle, in the two firmest tones the user last chose."""
KIND_MIN_P = 0.5
"""How sure the kind head must be before a wording request is written as something
other than a boundary (an apology, thanks, support ...)."""
KINDS_WITH_A_CHANGE = ("gratitude", "reconnect", "express", "celebrate")
"""Kinds of message that may come with a change asked for in the same request."""
FIXED_REPLIES: dict[str, tuple[Intent, str]] = {
    "crisis": ("safety", SAFETY_MESSAGE),
    "danger": ("safety", SAFETY_MESSAGE),
    "safety_followup": ("safety", SAFETY_FOLLOWUP_MESSAGE),
    "control": ("safety", CONTROL_DECLINE_MESSAGE),
    "check_in": ("check_in", CHECK_IN_MESSAGE),
    "safe_reply": ("off_topic", f"{CHECK_IN_THANKS}\n\n{CHECK_IN_OPEN}"),
    "small_talk": ("off_topic", SMALL_TALK_MESSAGE),
    "off_topic": ("off_topic", OFF_TOPIC_MESSAGE),
}
"""Routes whose reply is a fixed, human-written text (texts.py), with their intent."""
"""`backend` of boundary turns written entirely by the deterministic templates."""


@dataclass
class Coach:
    """The coaching chain shared by the CLI, the web UI and the eval runner."""

    retriever: Retriever
    responder: Responder
    k: int = 4
    max_input_chars: int = 4000
    clock: Callable[[], float] = time.perf_counter
    reader: Reader | None = None
    """Reads intent and risk with the conversation; without one the safety floor alone
    guards and every other message is a question."""
    situation_reader: SituationReader | None = None
    """Reads a wording request into the slots the scripts are written from (e.g. an
    LLM); None, or a reading it cannot give, means the rules read it."""
    coverage: Coverage | None = None
    """Scores how well the passages match a question, to decide when the article does
    not cover it and when a message is in the article's own words ("What are the four
    key ingredients?", never off-topic). None: the passages' dense scores, read on
    MiniLM's scale (right when MiniLM did the retrieving)."""

    def as_runnable(self) -> CoachRunnable:
        """This coach as a LangChain Runnable (`invoke`, `stream`, `batch`, callbacks)."""
        from assistant.coach.runnable import CoachRunnable

        return CoachRunnable(self)

    def _prepare(self, message: str | bytes | None) -> tuple[str, CleanInput]:
        """The message as the Turn echoes it (always encodable: undecodable bytes and lone
        surrogates from argv become replacement marks), and as the coach reads it."""
        if isinstance(message, bytes):
            query = message.decode("utf-8", "replace")
        else:
            query = (message or "").encode("utf-8", "replace").decode("utf-8")
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
        self,
        query: str,
        intent: Intent,
        text: str,
        clean: CleanInput,
        start: float,
        reading: Reading | None = None,
    ) -> Turn:
        notices = [f"*{n}*" for n in clean.notices]
        return Turn(
            route=reading.route if reading is not None else None,
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
        start = self.clock()
        query, clean = self._prepare(message)
        if clean.problem or not clean.text:
            yield self._empty_turn(query, clean, start)
            return
        reading = self._read(clean.text, history)
        if reading.carry_on is not None:
            # "I'm safe" after a check-in on a request: answer the request, as if the
            # check-in had not come between.
            clean = replace(clean, text=reading.carry_on)
            history = tuple(history)[:-1]
        if reading.route == "off_topic" and self._in_article_words(clean.text):
            reading.route = "question"
        fixed = FIXED_REPLIES.get(reading.route)
        if fixed is not None:
            intent, text = fixed
            if reading.route == "small_talk" and history:
                from assistant.understanding.reading import is_script_answer

                later = is_script_answer(history[-1][1])
                text = SMALL_TALK_AFTER_SCRIPTS if later else SMALL_TALK_LATER
            turn = self._fixed_turn(query, intent, text, clean, start, reading)
            yield turn.answer
            yield turn
            return
        if reading.route == "restyle" and reading.request is None:
            if history and self._tells_a_situation(history[-1][0]):
                # "firmer please, nothing changed last time" right after the story
                # itself: the scripts it asks to change are the ones that story calls for.
                reading.request, reading.restyles = history[-1][0], [clean.text]
                reading.earlier = [user for user, _answer in history[:-1]]
            elif self._told_by_rules(clean.text):
                # Nothing to restyle, but the message tells its own situation ("my mil
                # wants to be in the delivery room"): it is a request for words.
                reading.route = "boundary"
            else:
                turn = self._fixed_turn(
                    query, "boundary", NO_PREVIOUS_SCRIPTS_MESSAGE, clean, start
                )
                yield turn.answer
                yield turn
                return
        if reading.route in ("restyle", "pushback") and reading.request is not None:
            shown = history[-1][1] if history else ""
            yield from self._boundary(query, reading.request, clean, start, reading, shown=shown)
            return
        if reading.route == "boundary":
            reading.earlier = [user for user, _answer in history]
            yield from self._boundary(query, clean.text, clean, start, reading)
            return
        from assistant.coach.followup import condensed_question

        short = condensed_question(clean.text, history)
        search = short.query if short else clean.text
        yield from self._question(
            query,
            search,
            clean,
            history,
            start,
            stream_text,
            reading.lead,
            (),
            short.search if short else None,
        )

    def _tells_a_situation(self, message: str) -> bool:
        """Whether a message reads as something to word (a reading that is not vague)."""
        situation, _reader, _fallback = self._situation(message, None)
        return not situation.vague

    @property
    def _roles(self) -> RoleReader | None:
        """The classifier's clause-role reader, when there is a classifier."""
        return self.reader.classifier.roles if self.reader is not None else None

    def _told_by_rules(self, message: str) -> bool:
        """The same, read by the rules alone (milliseconds, never an LLM call)."""
        from assistant.understanding.situation import read_situation

        return not read_situation(message, None, self._roles).vague

    def _in_article_words(self, text: str) -> bool:
        passages = self.retriever.retrieve(text, k=1)
        scale, best = self._closeness(text, passages)
        return bool(passages) and not is_thin(passages, scale.in_article, best)

    def _closeness(
        self, query: str, passages: Sequence[Passage]
    ) -> tuple[DenseScale, float | None]:
        if self.coverage is None or not passages:
            return MINILM_SCALE, None
        return self.coverage.scale, self.coverage.best(query, passages)

    def _read(self, text: str, history: History) -> Reading:
        """The reader's view of the message; without a reader, the floor alone guards
        and everything else is a question."""
        from assistant.safety.floor import floor_hit
        from assistant.understanding.reading import Reading

        if self.reader is not None:
            return self.reader.read(text, history)
        hit = floor_hit(text)
        if hit is not None:
            return Reading(hit.level, hit.level, floor=hit)
        return Reading("question", "none")

    def _situation(self, request: str, context: str | None) -> tuple[Situation, str, str | None]:
        """The request read into slots, who read it, and why not the situation reader:
        the situation reader (an LLM) when it gives a reading, else the rules. The
        user's side of it (`Situation.fact`) is the rules' reading of their own
        background clauses either way, and so is what the user needs when the reader
        read what they do but no need."""
        from dataclasses import replace

        from assistant.understanding.situation import read_situation
        from assistant.understanding.wording import keywords

        fallback = None
        if self.situation_reader is not None:
            read = self.situation_reader.read(request, context)
            if read is not None:
                rules = read_situation(request, context, self._roles)
                read = replace(read, fact=read.fact or rules.fact)
                if not (read.ask or read.want or read.limit):
                    read = replace(read, ask=rules.ask, want=rules.want, limit=rules.limit)
                    read.keywords = keywords(read.action, read.ask, read.want, read.limit)
                return read, self.situation_reader.name, None
            fallback = f"{self.situation_reader.name}: no usable reading; read by the rules"
        return read_situation(request, context, self._roles), TEMPLATE_BACKEND, fallback

    def _boundary(
        self,
        query: str,
        request: str,
        clean: CleanInput,
        start: float,
        reading: Reading,
        shown: str = "",
    ) -> Iterator[str | Turn]:
        """Yields the introduction, each script as it is written, the rest, the Turn.

        `shown` is the coach's previous answer: a softer or firmer restyle moves the
        tones one step, so the scripts of the tones that stay would be the same words
        again; those are left out (unless nothing else is left)."""
        from assistant.coach.boundary import DEFAULT_TONES, iter_scripts, template_can_write
        from assistant.coach.context import context_for
        from assistant.coach.followup import restyle_note, restyle_of
        from assistant.coach.replies import (
            boundary_head,
            boundary_query,
            boundary_tail,
            script_block,
        )
        from assistant.coach.revise import acknowledgement, revision_of

        context = context_for(request, reading.earlier, self._told_by_rules)
        lead = [f"*{n}*" for n in clean.notices] + reading.lead
        # The user's edits so far (a pushback after "firmer" or "add that...") carry
        # into the new scripts.
        chosen = restyle_of(reading.restyles) if reading.restyles else None
        restyle = chosen if reading.route == "restyle" else None
        kind = self._kind(request, context)
        if kind != "boundary" and reading.route == "pushback":
            # "what if she doesn't answer" after an apology or a reach-out: the
            # article's guidance on it, not the same messages again.
            yield from self._question(query, clean.text, clean, (), start, True, lead)
            return
        if kind != "boundary":
            yield from self._other_kind(
                query, request, context, kind, clean, start, reading, lead, shown
            )
            return
        situation, reader, fallback = self._situation(request, context)
        tones: tuple[str, ...] = DEFAULT_TONES
        if chosen is not None:
            tones, situation.short = chosen.tones, chosen.short
            revision = revision_of(reading.restyles, situation.who, self._roles)
            situation.added, situation.we = revision.added, revision.we
        if reading.route == "pushback":
            tones = tones[-len(PUSHBACK_TONES) :]
            situation.acknowledge = acknowledgement(clean.text)
        if situation.vague or not template_can_write(situation, tones):
            # Nothing to word yet, or a reading the templates cannot say well (a restyle
            # of such a request included): the article's guidance, then ask for the
            # details; never empty scripts or ones that fail the rubric.
            yield from self._question(
                query, request, clean, (), start, True, lead, [BOUNDARY_DETAILS_NOTE], None, True
            )
            return
        if restyle is not None:
            lead.append(restyle_note(reading.restyles[-1], restyle, situation.who))
        elif reading.route == "pushback":
            lead.append(f"{PUSHBACK_HEADING}\n{PUSHBACK_TEXT}")
            lead.append(PUSHBACK_SCRIPT_LEAD)
        t_retrieve = self.clock()
        passages = self.retriever.retrieve(boundary_query(request), k=self.k)
        t_generate = self.clock()
        pieces = [boundary_head(situation.addressee, lead)]
        yield pieces[0] + "\n\n"
        scripts: list[Script] = []
        written = iter_scripts(situation, tones)
        if _moves_tone(reading, restyle):
            written = _not_repeating(written, shown)
        for script in written:
            scripts.append(script)
            pieces.append(script_block(script))
            yield pieces[-1] + "\n\n"
        pieces.append(boundary_tail(scripts, passages, pushback=reading.route != "pushback"))
        yield pieces[-1]
        times = (start, t_retrieve, t_generate, self.clock())
        yield _words_turn(query, reading, pieces, passages, scripts, reader, times, clean, fallback)

    def _kind(self, request: str, context: str | None) -> str:
        """The kind of message a wording request wants (`boundary` without a kind head,
        or when the head is not sure): the surer of two readings, the request alone and
        the request with the story it points to. A short follow-up ("what do I say to
        HIM about it, not her") is ambiguous alone and plain with its story."""
        if self.reader is None:
            return "boundary"
        from assistant.understanding.situation import read_situation

        texts = (request, f"{context}\n{request}") if context else (request,)
        kind, p = max((self.reader.classifier.kind_of(t) for t in texts), key=lambda r: r[1])
        if kind in KINDS_WITH_A_CHANGE:
            # "thank my mom for the move but ask her to stop rearranging my kitchen": the
            # change asked for must be said; the boundary scripts say the thanks with it.
            asked = read_situation(request, None, self._roles)
            if asked.ask or asked.limit:
                return "boundary"
        return kind if p >= KIND_MIN_P else "boundary"

    def _other_kind(
        self,
        query: str,
        request: str,
        context: str | None,
        kind: str,
        clean: CleanInput,
        start: float,
        reading: Reading,
        lead: list[str],
        shown: str = "",
    ) -> Iterator[str | Turn]:
        """Messages of a kind that is not a boundary (an apology, thanks, support ...):
        read, written and checked by `coach/kinds.py`, with the article's guidance on it.
        A softer or firmer restyle shows only the messages not in `shown` (the coach's
        previous answer), as for boundaries."""
        from assistant.coach.boundary import DEFAULT_TONES
        from assistant.coach.followup import restyle_note, restyle_of
        from assistant.coach.kinds import read_occasion, write_messages
        from assistant.coach.replies import boundary_head, kind_query, kind_tail, script_block

        occasion = read_occasion(request, kind, context, self._roles)
        chosen = restyle_of(reading.restyles) if reading.restyles else None
        tones = chosen.tones if chosen is not None else DEFAULT_TONES
        occasion.short = chosen.short if chosen is not None else False
        restyle = chosen if reading.route == "restyle" else None
        if restyle is not None:
            lead.append(restyle_note(reading.restyles[-1], restyle, occasion.who))
        t_retrieve = self.clock()
        passages = self.retriever.retrieve(kind_query(kind, request), k=self.k)
        t_generate = self.clock()
        scripts = write_messages(occasion, tones)
        if _moves_tone(reading, restyle):
            scripts = list(_not_repeating(scripts, shown))
        pieces = [boundary_head(occasion.addressee, lead)]
        yield pieces[0] + "\n\n"
        for script in scripts:
            pieces.append(script_block(script))
            yield pieces[-1] + "\n\n"
        pieces.append(kind_tail(kind, passages))
        yield pieces[-1]
        times = (start, t_retrieve, t_generate, self.clock())
        yield _words_turn(
            query, reading, pieces, passages, scripts, TEMPLATE_BACKEND, times, clean, None
        )

    def _question(
        self,
        query: str,
        search: str,
        clean: CleanInput,
        history: History,
        start: float,
        stream_text: bool,
        lead: Sequence[str] = (),
        tail: Sequence[str] = (),
        lookup: str | None = None,
        wording: bool = False,
    ) -> Iterator[str | Turn]:
        """`search` is what the responder answers; `lookup` (default: the same) is what
        retrieval looks for. `wording`: the user asked for words that cannot be written
        yet, so the turn is a boundary turn (with no scripts) answered with guidance."""
        t_retrieve = self.clock()
        passages = self.retriever.retrieve(lookup or search, k=self.k)
        t_generate = self.clock()
        scale, best = self._closeness(lookup or search, passages)
        thin = is_thin(passages, scale.thin, best)
        notices = [f"*{n}*" for n in clean.notices]
        given = [line for line in lead if line not in notices]
        lead = [*notices, *given] + ([THIN_EVIDENCE_NOTE] if thin else [])
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
            lead = [*notices, *given]
        yield Turn(
            route="boundary" if wording else "question",
            query=query,
            intent="boundary" if wording else "question",
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
