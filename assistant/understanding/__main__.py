"""`python -m assistant.understanding`: train the turn classifier at build time.

Stores it in `assistant/data/trained/` so that no process waits for training later.
The training texts' vectors are kept in the data dir's embedding cache, so a second
build on the same machine (a new clone, an edited example file) embeds only new texts.
"""

from __future__ import annotations

import logging
import sys
import time

from assistant.knowledge.embedding_cache import DiskCachedEmbeddings
from assistant.knowledge.embeddings import MiniLMEmbeddings
from assistant.settings import get_settings
from assistant.understanding.classifier import BUILD_DIR, load_or_train
from assistant.understanding.features import classifier_embeddings, installed_nomic


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    start = time.perf_counter()
    settings = get_settings()
    nomic = installed_nomic(settings.data_dir / "models", settings.llm_threads)
    features, tag = classifier_embeddings(MiniLMEmbeddings(), nomic)
    cached = DiskCachedEmbeddings(features, settings.data_dir / "cache" / "embeddings.sqlite", tag)
    classifier = load_or_train(features, BUILD_DIR, tag, examples=cached)
    elapsed = time.perf_counter() - start
    logging.getLogger(__name__).info(
        "turn classifier ready in %.1f s (features: %s; intents: %s; risks: %s)",
        elapsed,
        tag,
        ", ".join(classifier.intent.labels),
        ", ".join(classifier.risk.labels),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
