"""How wording requests are read: `python -m evals.kind_report --set=NAME`.

Every message of a set is a request for words (a boundary, an apology, a message to
reconnect, support, congratulations, thanks, or saying a feeling), labelled with the
kind of message the person wants. Each is read on its own by the chain's reader and
counted twice:

- routed as a wording request (`boundary` route, the path that writes messages) or
  not (a question, a check-in, off-topic ...);
- the kind the classifier's kind head gives, against the label (accuracy, per kind,
  and the confusions).

Sets live in `tests/data/` (`kind_holdout1`: blind, written by a helper who read no
code or training data). `-v` lists every miss.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def main(argv: list[str]) -> int:
    from assistant.offline import ensure_offline_env

    ensure_offline_env()
    from assistant.factory import make_reader
    from assistant.knowledge.embeddings import MiniLMEmbeddings
    from assistant.settings import get_settings
    from assistant.understanding.classifier import KINDS

    verbose = "-v" in argv
    names = [a.split("=", 1)[1] for a in argv if a.startswith("--set=")] or ["kind_holdout1"]
    reader = make_reader(get_settings(), MiniLMEmbeddings())
    for name in names:
        data = rows(DATA / f"{name}.jsonl")
        routes: Counter[str] = Counter()
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        confused: Counter[tuple[str, str]] = Counter()
        notes: list[str] = []
        for row in data:
            text, want = row["text"], row["kind"]
            route = reader.read(text).route
            got, p = reader.classifier.kind_of(text)
            routes[route] += 1
            total[want] += 1
            if got == want:
                right[want] += 1
            else:
                confused[(want, got)] += 1
                notes.append(f"  {want} read as {got} ({p:.2f}): {text}")
            if route != "boundary":
                notes.append(f"  routed {route}: {text}")
        n = len(data)
        accuracy = sum(right.values()) / n if n else float("nan")
        worded = routes["boundary"] / n if n else float("nan")
        sys.stdout.write(
            f"{name}: n={n}  kind accuracy {accuracy:.3f}  routed as a wording request "
            f"{worded:.3f}\n  routes: {dict(routes.most_common())}\n"
        )
        for kind in KINDS:
            if total[kind]:
                sys.stdout.write(
                    f"  {kind:10} {right[kind] / total[kind]:.3f} ({right[kind]}/{total[kind]})\n"
                )
        if confused:
            top = ", ".join(f"{a}->{b} {c}" for (a, b), c in confused.most_common(8))
            sys.stdout.write(f"  confusions: {top}\n")
        if verbose:
            sys.stdout.write("".join(line + "\n" for line in notes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
