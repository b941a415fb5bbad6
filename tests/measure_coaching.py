"""Measure the coaching chain on the labelled development sets in tests/data/.

    .venv/bin/python -m tests.measure_coaching [-v]

Prints safety recall / false-positive rate (rules alone and rules + embedding
backstop), off-topic precision / recall, boundary-request accuracy, the rubric pass
rate of the template scripts, thin-evidence detection on the coverage set, and the
screen's time per message. Not a test (pytest does not collect it): the tests assert
the thresholds, this prints the numbers for reports. `-v` lists the missed
crisis/danger messages too.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from assistant.offline import ensure_offline_env
from evals.safety_report import DEV_SETS, ORDINARY_SETS, ordinary_messages

DATA = Path(__file__).resolve().parent / "data"
# The development sets (their history is in evals/safety_report.py's docstring and the
# closing notes): older hold-outs and probe rounds, each measured once when it was new.
SAFETY_SETS = DEV_SETS
INTENT_SETS = ("intent_dev", "intent_fresh")
"""Eval sets of ordinary messages (questions, wording requests, off-topic): the screen
must flag at most ~1% of them as safety."""


def rows(name: str) -> list[dict]:
    lines = (DATA / f"{name}.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def rate(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.3f}" if whole else "n/a"


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    ensure_offline_env()
    from assistant.boundary import (
        DEFAULT_TONES,
        TONES,
        check_script,
        parse_situation,
        write_scripts,
    )
    from assistant.chain import is_thin
    from assistant.embeddings import MiniLMEmbeddings
    from assistant.factory import ingest
    from assistant.index import ChunkIndex
    from assistant.retrieval import HybridRetriever
    from assistant.safety import check_safety
    from assistant.screen import Screener

    embeddings = MiniLMEmbeddings()
    tmp = tempfile.TemporaryDirectory()
    index = ChunkIndex(embeddings, Path(tmp.name) / "index")
    ingest(index, [Path(__file__).resolve().parent.parent / "corpus"])
    retriever = HybridRetriever(index, embeddings)

    def outline() -> list[str]:
        return [c.section for c in retriever.chunks]

    screener = Screener(embeddings, outline=outline)
    screener.screen("warm up")

    out("## Safety (crisis + danger)")
    all_neg = [r["text"] for s in INTENT_SETS for r in rows(s)]
    for name in SAFETY_SETS:
        data = rows(name)
        pos = [r["text"] for r in data if r["safety"]]
        neg = [r["text"] for r in data if not r["safety"]]
        all_neg += neg
        for label, check in (("rules", check_safety), ("rules+backstop", screener.check_safety)):
            hits = sum(check(t) is not None for t in pos)
            fps = sum(check(t) is not None for t in neg)
            kinds = "  ".join(
                f"{kind} {rate(sum(check(t) is not None for t in group), len(group))}"
                for kind in ("crisis", "danger")
                if (group := [r["text"] for r in data if r["safety"] and r.get("kind") == kind])
            )
            out(f"{name:14} {label:15} recall {rate(hits, len(pos))}  FPR {rate(fps, len(neg))}")
            out(f"{'':14} {'':15} {kinds}")
        if verbose:
            for text in pos:
                if screener.check_safety(text) is None:
                    out(f"  missed: {text}")
    fps = [t for t in all_neg if screener.check_safety(t) is not None]
    out(f"all non-safety messages (safety + intent sets): FPR {rate(len(fps), len(all_neg))}")
    for t in fps:
        out(f"  false positive: {t}")
    pool = ordinary_messages()
    flagged = [t for t in pool if screener.check_safety(t) is not None]
    out(
        f"ordinary eval messages ({', '.join(ORDINARY_SETS)}): "
        f"flagged {rate(len(flagged), len(pool))}"
    )
    for t in flagged:
        out(f"  flagged: {t}")

    out("\n## Intents (off_topic / boundary / question)")
    for name in INTENT_SETS:
        data = rows(name)
        got = [(r["intent"], screener.screen(r["text"]).intent, r["text"]) for r in data]
        tp = sum(w == h == "off_topic" for w, h, _ in got)
        pred = sum(h == "off_topic" for _, h, _ in got)
        act = sum(w == "off_topic" for w, _, _ in got)
        right = sum(w == h for w, h, _ in got)
        out(f"{name}: off_topic precision {rate(tp, pred)}  recall {rate(tp, act)}")
        out(f"{name}: all intents accuracy {rate(right, len(got))}")
        for want, have, text in got:
            if want != have:
                out(f"  {want} -> {have}: {text}")

    out("\n## Boundary scripts (template writer) against the rubric")
    requests = [r["text"] for s in INTENT_SETS for r in rows(s) if r["intent"] == "boundary"]
    for tones, short in ((DEFAULT_TONES, False), (TONES, False), (TONES, True)):
        passed = total = 0
        for request in requests:
            situation = parse_situation(request)
            situation.short = short
            for script in write_scripts(situation, tones=tones).scripts:
                total += 1
                passed += check_script(script, situation).passed
        label = f"{len(tones)} tones, {'short' if short else 'full'}"
        out(f"{len(requests)} requests, {label}: pass rate {rate(passed, total)}")

    out("\n## Screen latency (fresh embedding cache, prototypes already embedded)")
    timed = Screener(MiniLMEmbeddings(), outline=outline)
    timed.screen("warm up")
    texts = [r["text"] for s in (*INTENT_SETS, *SAFETY_SETS) for r in rows(s)]
    start = time.perf_counter()
    for text in texts:
        timed.screen(text)
    per = (time.perf_counter() - start) / len(texts) * 1000
    out(f"{len(texts)} messages: {per:.1f} ms/message (safety rules + backstop + topic)")

    out("\n## Thin evidence (best dense score under the threshold)")
    data = rows("coverage_dev")
    flagged = [(r["covered"], is_thin(retriever.retrieve(r["text"], 4))) for r in data]
    unc = [thin for covered, thin in flagged if not covered]
    cov = [thin for covered, thin in flagged if covered]
    out(f"uncovered flagged thin {rate(sum(unc), len(unc))}")
    out(f"covered flagged thin   {rate(sum(cov), len(cov))}")
    tmp.cleanup()


if __name__ == "__main__":
    main()
