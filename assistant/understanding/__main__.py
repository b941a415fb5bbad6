"""`python -m assistant.understanding`: train the turn classifier at build time.

Stores it in `assistant/data/trained/` so that no process waits for training later.
"""

from __future__ import annotations

import logging
import sys
import time

from assistant.knowledge.embeddings import MiniLMEmbeddings
from assistant.understanding.classifier import BUILD_DIR, load_or_train
from assistant.understanding.features import FEATURES_TAG, classifier_embeddings


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    start = time.perf_counter()
    classifier = load_or_train(classifier_embeddings(MiniLMEmbeddings()), BUILD_DIR, FEATURES_TAG)
    elapsed = time.perf_counter() - start
    logging.getLogger(__name__).info(
        "turn classifier ready in %.1f s (intents: %s; risks: %s)",
        elapsed,
        ", ".join(classifier.intent.labels),
        ", ".join(classifier.risk.labels),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
