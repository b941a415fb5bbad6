"""How well the answer check sees contradiction: `python -m evals.contradiction_report`.

Each row of a set is a premise copied from the article, a sentence a coaching chatbot
might write, and a label: `supports`, `contradicts` or `not_stated`. The judge the LLM
backends use (`assistant/llm/contradiction.py`) reads every pair, and the report gives:

- contradictions caught (judged `contradicts`), the recall the check exists for;
- supported sentences wrongly judged `contradicts` (a good answer thrown away);
- sentences the premise does not discuss, judged `contradicts` (the grounding check
  scores those; a false alarm here costs an answer too).

Each share is given twice: over every pair, and as the answer check sees them, where
only a sentence with support (MiniLM cosine to the premise) at or above the grounding
threshold is judged, so a far-off contradiction goes unjudged and counts as missed.

Sets live in `tests/data/`: `contradiction_dev` (development: the judge's prompt was
chosen on part of it) and `contradiction_holdout1` (blind, written by a helper who saw
neither the code nor the development set). `--backend=` picks the chat model (default:
the local model), `--limit=N` reads the first N rows, `-v` lists every miss.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
LABELS = ("supports", "contradicts", "not_stated")


def rows(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _option(argv: list[str], name: str) -> str | None:
    found = [a.split("=", 1)[1] for a in argv if a.startswith(f"--{name}=")]
    return found[-1] if found else None


def _share(flagged: Counter[str], total: Counter[str], label: str) -> str:
    n = total[label]
    return f"{flagged[label] / n:.3f} ({flagged[label]}/{n})" if n else "-"


def main(argv: list[str]) -> int:
    from assistant.offline import ensure_offline_env

    ensure_offline_env()
    from assistant.knowledge.embeddings import MiniLMEmbeddings
    from assistant.llm import default_backend, make_chat_model
    from assistant.llm.contradiction import ContradictionJudge
    from assistant.llm.grounding import SUPPORT_THRESHOLD
    from assistant.settings import get_settings

    spec = _option(argv, "backend") or default_backend()
    limit = int(_option(argv, "limit") or 0)
    names = [a.split("=", 1)[1] for a in argv if a.startswith("--set=")] or ["contradiction_dev"]
    judge = ContradictionJudge(make_chat_model(spec, get_settings()), spec)
    embeddings = MiniLMEmbeddings()
    for name in names:
        data = rows(DATA / f"{name}.jsonl")[: limit or None]
        flagged: Counter[str] = Counter()
        checked: Counter[str] = Counter()
        premises = embeddings.embed_documents([row["premise"] for row in data])
        statements = embeddings.embed_documents([row["statement"] for row in data])
        total: Counter[str] = Counter()
        misses: list[str] = []
        start = time.perf_counter()
        for i, (row, p, q) in enumerate(zip(data, premises, statements, strict=True), 1):
            verdict = judge.verdict(row["premise"], row["statement"])
            total[row["label"]] += 1
            said_opposite = verdict == "contradicts"
            flagged[row["label"]] += said_opposite
            supported = sum(a * b for a, b in zip(p, q, strict=True)) >= SUPPORT_THRESHOLD
            checked[row["label"]] += said_opposite and supported
            if said_opposite != (row["label"] == "contradicts"):
                misses.append(f"  {row['label']} judged {verdict}: {row['statement']}")
            if i % 50 == 0:
                sys.stderr.write(f"{name}: {i}/{len(data)}\n")
        seconds = (time.perf_counter() - start) / max(len(data), 1)

        sys.stdout.write(f"{name} ({spec}): n={len(data)}  {seconds:.2f} s a pair\n")
        for label, what in (
            ("contradicts", "contradictions caught"),
            ("supports", "supported sentences flagged"),
            ("not_stated", "sentences not discussed, flagged"),
        ):
            sys.stdout.write(
                f"  {what:34} {_share(flagged, total, label)}; in the answer check "
                f"{_share(checked, total, label)}\n"
            )
        if "-v" in argv:
            sys.stdout.write("".join(line + "\n" for line in misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
