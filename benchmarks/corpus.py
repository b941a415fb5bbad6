"""A seeded synthetic corpus of relationship-style text, up to 100k chunks and more.

Sentences come from templates filled with relationship vocabulary; a chunk is a
heading path plus 3-7 sentences drawn from a fixed pool, so chunks average about
the length of the real article's (~460 characters). The same seed always yields
the same corpus, files and queries.

For the query benchmarks the chunk vectors are composed, not embedded: each pool
sentence is embedded once with the real model, and a chunk's vector is the
normalised mean of its sentences' vectors (close to what mean-pooled MiniLM gives
for the joined text, at a fraction of the cost).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.knowledge.chunking import chunk_id
from assistant.schema import Chunk

if TYPE_CHECKING:
    import numpy as np

PEOPLE = [
    "my partner", "your partner", "my husband", "my wife", "my boyfriend", "my girlfriend",
    "a close friend", "my sister", "my brother", "my mother", "my father", "our roommate",
    "my coworker", "your spouse", "my best friend", "my fiance", "my ex", "my teenager",
]  # fmt: skip
FEELINGS = [
    "anxious", "overwhelmed", "resentful", "lonely", "guilty", "hurt", "relieved",
    "defensive", "ignored", "smothered", "grateful", "calm", "frustrated", "hopeful",
]  # fmt: skip
TOPICS = [
    "alone time", "household chores", "money", "family visits", "texting all day",
    "weekend plans", "career moves", "separate hobbies", "social media", "jealousy",
    "date nights", "holiday plans", "shared finances", "sleep schedules", "old friends",
    "emotional labour", "apologies", "personal space", "phone checking", "decisions",
]  # fmt: skip
ACTIONS = [
    "asks for space", "cancels plans", "checks in every hour", "forgets to listen",
    "offers support", "sets a limit", "says no kindly", "shares a worry",
    "makes a repair attempt", "names a need", "takes a break", "plans a ritual",
    "respects a boundary", "pushes back", "leans on others", "keeps score",
]  # fmt: skip
TEMPLATES = [
    "When {person} {action}, I often feel {feeling} about {topic}.",
    "Interdependence means {person} and I can talk about {topic} without feeling {feeling}.",
    "A healthy boundary around {topic} protects both of us when {person} {action}.",
    "If you feel {feeling} every time {person} {action}, name it calmly and early.",
    "Try an I-statement: I feel {feeling} about {topic}, and I need us to slow down.",
    "Codependency shows up when {topic} decides whether I feel {feeling} or safe.",
    "Independence alone can leave {person} feeling {feeling} about {topic}.",
    "A small ritual around {topic} helps when {person} {action}.",
    "Self-regulation first: notice you are {feeling} before {person} {action} again.",
    "Trust grows when {person} {action} and nobody keeps score about {topic}.",
    "It is fine to feel {feeling}; the boundary is about {topic}, not about {person}.",
    "Ask {person} what support around {topic} would look like this week.",
]
SECTIONS = [
    "Understanding interdependence", "Boundaries that build trust", "Signs of codependency",
    "Keeping your independence", "Communication under stress", "Repair after conflict",
    "Support without smothering", "Everyday rituals", "Family and friends", "Money and work",
]  # fmt: skip
QUESTIONS = [
    "How do I ask {person} for {topic} without sounding cold?",
    "What can I say when {person} {action}?",
    "Why do I feel {feeling} about {topic}?",
    "How is interdependence different from codependency with {person}?",
    "boundary {topic} {feeling}",
    "{person} {action} {topic}",
]


@dataclass(frozen=True)
class Synthetic:
    """A synthetic corpus: the chunks and, per chunk, which pool sentences it uses."""

    chunks: list[Chunk]
    sentence_ids: list[list[int]]
    pool: list[str]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        person=rng.choice(PEOPLE),
        feeling=rng.choice(FEELINGS),
        topic=rng.choice(TOPICS),
        action=rng.choice(ACTIONS),
    )


def sentence_pool(size: int, seed: int = 7) -> list[str]:
    """`size` distinct template sentences (deterministic for a seed)."""
    rng = random.Random(seed)
    seen: dict[str, None] = {}
    while len(seen) < size:
        seen.setdefault(_fill(rng.choice(TEMPLATES), rng))
    return list(seen)


def generate(n_chunks: int, seed: int = 7, pool_size: int = 3000) -> Synthetic:
    """`n_chunks` chunks in files of 100 sections, each under a two-level heading path."""
    pool = sentence_pool(pool_size, seed)
    rng = random.Random(seed + 1)
    chunks: list[Chunk] = []
    used: list[list[int]] = []
    for i in range(n_chunks):
        picks = rng.sample(range(len(pool)), rng.randint(3, 7))
        section = f"{rng.choice(SECTIONS)} > {rng.choice(TOPICS).capitalize()} {i % 100 + 1}"
        text = " ".join(pool[p] for p in picks)
        source = f"synthetic-{i // 100:05d}.md"
        chunks.append(
            Chunk(
                chunk_id=chunk_id(source, section, text),
                source=source,
                section=section,
                text=text,
                ordinal=i % 100,
            )
        )
        used.append(picks)
    return Synthetic(chunks=chunks, sentence_ids=used, pool=pool)


def queries(n: int, seed: int = 11) -> list[str]:
    """`n` user-style queries over the same vocabulary (some natural, some keyword)."""
    rng = random.Random(seed)
    return [_fill(rng.choice(QUESTIONS), rng) for _ in range(n)]


def write_markdown(corpus: Synthetic, folder: Path) -> list[Path]:
    """Write the chunks as Markdown files (one `##`/`###` section per chunk)."""
    folder.mkdir(parents=True, exist_ok=True)
    by_source: dict[str, list[Chunk]] = {}
    for chunk in corpus.chunks:
        by_source.setdefault(chunk.source, []).append(chunk)
    paths = []
    for source, chunks in by_source.items():
        lines = [f"# {source.removesuffix('.md').replace('-', ' ').title()}", ""]
        for chunk in chunks:
            outer, inner = chunk.section.split(" > ")
            lines += [f"## {outer}", "", f"### {inner}", "", chunk.text, ""]
        path = folder / source
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def pool_vectors(pool: Sequence[str], cache_dir: Path, embed: object) -> np.ndarray:
    """Real embeddings of the pool sentences, cached on disk by content hash."""
    import numpy as np

    digest = hashlib.sha256("\n".join(pool).encode()).hexdigest()[:16]
    path = cache_dir / f"pool-{digest}.npy"
    if path.is_file():
        return np.load(path)
    vectors = np.asarray(embed.embed_many(list(pool)), dtype=np.float32)  # type: ignore[attr-defined]
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def chunk_vectors(corpus: Synthetic, pool_vecs: np.ndarray, seed: int = 5) -> np.ndarray:
    """Per chunk: the normalised mean of its sentences' vectors, plus a little seeded noise."""
    import numpy as np

    rng = np.random.default_rng(seed)
    out = np.empty((len(corpus.chunks), pool_vecs.shape[1]), dtype=np.float32)
    for i, ids in enumerate(corpus.sentence_ids):
        out[i] = pool_vecs[ids].mean(axis=0)
    out += rng.normal(scale=0.01, size=out.shape).astype(np.float32)
    out /= np.linalg.norm(out, axis=1, keepdims=True)
    return out
