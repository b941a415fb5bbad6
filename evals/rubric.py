"""The boundary-script rubric as the eval suite reads issue 3, plus groundedness.

These checks are written from the issue, independently of the coaching chain's own
checker; when that checker exists (`assistant.coach.boundary.check_script`) the runner
also reports its verdict as the `coach_rubric` item.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from assistant.schema import Script, Turn
    from evals.cases import Case

MIN_SCRIPTS = 3
MAX_WORDS = 60
FRAMEWORKS = ("i-statement", "i statement", "dear man", "nonviolent communication", "nvc")
FIRST_PERSON_RE = re.compile(r"\b(i|i'm|i'd|i've|i'll|me|my|myself)\b")
NEED_RE = re.compile(
    r"\b(i need|i'd like|i would like|i want|i'm asking|i am asking|i'd love|i would love|"
    r"i'd appreciate|i would appreciate|please|can we|could we|could you|can you|will you|"
    r"would you|i can't|i cannot|i won't|i will|i'll|i'm going to|i am going to|"
    r"i'm not going to|from now on|going forward|i'd prefer|i prefer|it would help|"
    r"it would mean|i'm not comfortable|i'm not ready|i'm not willing|i'm not able|"
    r"it matters to me|it's important to me|i'm keeping|i keep)\b"
)
BLAME_RE = re.compile(r"\byou (always|never)\b|\byour fault\b")
WORD_RE = re.compile(r"\b[\w']+\b")

GROUNDED_SENTENCE = 0.58
"""A sentence counts as supported when its best cosine to a source sentence reaches this.

Calibrated with MiniLM on 20 sentences against the article: ten paraphrases of its
claims scored 0.60-0.96, ten plausible relationship claims it does not make (love
languages, Gottman ratios, insurance, date nights) scored 0.37-0.57."""
GROUNDED_PASS = 0.75
"""An answer passes when at least this share of its sentences is supported."""


def _norm(text: str) -> str:
    from evals.text import normalise

    return normalise(text)


def script_parts(script: Script, situation: Sequence[str]) -> dict[str, bool]:
    text = _norm(script.text)
    framework = _norm(script.framework)
    return {
        "first_person": bool(FIRST_PERSON_RE.search(text)),
        "names_situation": not situation or any(_norm(w) in text for w in situation),
        "states_need": bool(NEED_RE.search(text)),
        "no_blame": not BLAME_RE.search(text),
        "max_60_words": len(WORD_RE.findall(script.text)) <= MAX_WORDS,
        "named_framework": any(f in framework for f in FRAMEWORKS),
    }


def check_turn(scripts: Sequence[Script], situation: Sequence[str]) -> dict[str, bool]:
    """Rubric items for one boundary turn: each is True only if every script passes it."""
    tones = [_norm(s.tone) for s in scripts]
    parts = {
        "three_scripts": len(scripts) >= MIN_SCRIPTS,
        "distinct_tones": len(set(tones)) == len(tones) and all(tones),
    }
    per_script = [script_parts(s, situation) for s in scripts]
    for name in script_parts_names():
        parts[name] = bool(per_script) and all(p[name] for p in per_script)
    return parts


def script_parts_names() -> list[str]:
    return [
        "first_person",
        "names_situation",
        "states_need",
        "no_blame",
        "max_60_words",
        "named_framework",
    ]


def _verdict(result: Any) -> tuple[bool, dict[str, bool]]:
    """Reads what the coach's checker returns: a bool, or a result with `passed`/`checks`."""
    if isinstance(result, bool):
        return result, {}
    checks = getattr(result, "checks", None)
    items = {str(k): bool(v) for k, v in checks.items()} if isinstance(checks, dict) else {}
    passed = getattr(result, "passed", None)
    if isinstance(passed, bool):
        return passed, items
    if items:
        return all(items.values()), items
    return bool(result), items


def coach_rubric_parts(checker: Callable[..., Any], turn: Turn, case: Case) -> dict[str, bool]:
    """The coaching chain's own verdict on every script: `coach_rubric` plus its items.

    The situation given to the checker is everything the user said (history included),
    so a follow-up such as "make it firmer" is judged against the original request.
    """
    if not turn.scripts:
        return {"coach_rubric": False}
    said = " ".join([*(user for user, _ in case.input.history), case.input.text])
    takes_situation = len(inspect.signature(checker).parameters) >= 2
    overall = True
    items: dict[str, bool] = {}
    for script in turn.scripts:
        result = checker(script, said) if takes_situation else checker(script)
        passed, parts = _verdict(result)
        overall = overall and passed
        for name, ok in parts.items():
            items[f"coach:{name}"] = items.get(f"coach:{name}", True) and ok
    return {"coach_rubric": overall, **items}


def load_coach_rubric() -> Callable[..., Any] | None:
    """`assistant.coach.boundary.check_script` when the coaching chain provides it."""
    try:
        from assistant.coach import boundary
    except ImportError:
        return None
    checker = getattr(boundary, "check_script", None)
    return checker if callable(checker) else None


BOLD_LABEL_RE = re.compile(r"\*\*[^*\n]{1,160}?:\*\*\s*")
"""A bold label such as `**Healthy boundaries:**` names a section; it is not a claim."""


def claims(text: str) -> list[str]:
    """The sentences of an answer that assert something (framing lines ending in ':'
    such as "Here is what the article says:" and section labels are left out)."""
    text = BOLD_LABEL_RE.sub("", re.sub(r"\[\d+\]", " ", text))
    out = []
    for piece in re.split(r"(?<=[.!?])\s+|\n+", text):
        piece = piece.strip(" -*>#\t")
        if piece.endswith(":") or len(WORD_RE.findall(piece)) < 4:
            continue
        out.append(piece)
    return out


def embedding_groundedness(embeddings: Embeddings) -> Callable[[str, list[str]], float]:
    """Share of answer sentences whose closest source sentence is similar enough."""

    def score(answer: str, sources: list[str]) -> float:
        said = claims(answer)
        support = [s for text in sources for s in claims(text)]
        if not said:
            return 1.0
        if not support:
            return 0.0
        a = embeddings.embed_documents(said)
        b = embeddings.embed_documents(support)
        supported = 0
        for vec in a:
            best = max(sum(x * y for x, y in zip(vec, other, strict=False)) for other in b)
            supported += best >= GROUNDED_SENTENCE
        return supported / len(said)

    return score


class CachedEmbeddings:
    """Remembers every vector: eval answers keep citing the same few passages, so the
    groundedness scorers would otherwise embed the same sentences over and over."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner = inner
        self._cache: dict[str, list[float]] = {}

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        # Similar lengths batch together, so short sentences are not padded to a passage.
        todo = sorted(dict.fromkeys(t for t in texts if t not in self._cache), key=len)
        if todo:
            self._cache.update(zip(todo, self.inner.embed_documents(todo), strict=True))
        return [self._cache[t] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


def coach_groundedness(embeddings: Embeddings) -> tuple[Callable[[str, list[str]], float], float]:
    """The LLM post-check's own groundedness (`assistant.llm.grounding`) as a 0..1 score: the
    share of scored sentences it finds supported. Returns the scorer and its pass mark.
    Falls back to :func:`embedding_groundedness` when that module is not there."""
    try:
        from assistant.llm.grounding import MAX_UNSUPPORTED_SHARE, GroundingChecker
    except ImportError:
        return embedding_groundedness(embeddings), GROUNDED_PASS
    checker = GroundingChecker(embeddings)

    def score(answer: str, sources: list[str]) -> float:
        report = checker.check(answer, sources)
        if not report.scores:
            return 1.0
        return 1.0 - len(report.unsupported) / len(report.scores)

    return score, 1.0 - MAX_UNSUPPORTED_SHARE
