"""One settings object, read from the environment and `.env` (prefix ``COACH_``).

Every field is documented in `.env.example`.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def default_data_dir() -> Path:
    """Per-user data dir: ``$XDG_DATA_HOME/interdependence-coach`` (or ~/.local/share)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "interdependence-coach"


class Settings(BaseSettings):
    """Runtime configuration. Environment variables win over `.env`."""

    model_config = SettingsConfigDict(
        env_prefix="COACH_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(default_factory=default_data_dir)
    """Where the index, the assembled model file, feedback and transcripts live."""

    corpus_dir: Path = PROJECT_ROOT / "corpus"
    """Folder whose `.md` files form the knowledge base."""

    collection: str = "interdependence"
    """Chroma collection name."""

    chroma_url: str | None = None
    """`http://host:port` of a Chroma server; unset means the embedded store in data_dir."""

    embeddings: Literal["auto", "nomic", "minilm"] = "auto"
    """Retrieval embedding model: `auto` is nomic-embed-text-v1.5 when installed (the
    default set-up), else MiniLM; `minilm` ingests ~3x faster, retrieves less well."""

    views: bool = True
    """Index each chunk's body and sentences too (better recall; ingest ~5x slower).
    Switch off for very large corpora."""

    k: int = Field(default=4, ge=1, le=20)
    """How many passages a turn retrieves."""

    max_input_chars: int = Field(default=4000, ge=100)
    """Longer messages are truncated (with a notice) before anything else runs."""

    backend: str | None = None
    """LLM backend: `extractive`, `llamacpp/<name or .gguf path>`, `ollama/<model>`,
    `openai/<model>`. Unset: the local model when installed, else `extractive`."""

    openai_base_url: str | None = None
    """Base URL of an OpenAI-compatible server (vLLM, llama.cpp server, LM Studio)."""

    openai_api_key: str | None = None
    """API key for the OpenAI-compatible server, if it needs one."""

    ollama_url: str = "http://127.0.0.1:11434"
    """Base URL of an Ollama server."""

    check_meaning: bool = True
    """Ask the LLM whether each supported answer sentence says the opposite of its
    passage (about 1 s a sentence on two cores, after the answer has streamed)."""

    llm_threads: int = Field(default=2, ge=1)
    """CPU threads for the embedded llama.cpp model."""

    host: str = "127.0.0.1"
    """Address the web UI binds to. Anything but loopback needs COACH_AUTH."""

    port: int = 7860
    """Port of the web UI."""

    auth: str | None = None
    """`user:password` that turns on login for the web UI."""

    @property
    def index_dir(self) -> Path:
        """Folder of the embedded Chroma store."""
        return self.data_dir / "index"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read once)."""
    return Settings()
