"""The `coach` command line. Heavy modules are imported inside the commands."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from assistant.offline import ensure_offline_env

if TYPE_CHECKING:
    from assistant.coach.chain import Coach
    from assistant.settings import Settings

app = typer.Typer(
    name="coach",
    help="Interdependence Coach: grounded answers and boundary wording from one article.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def emit(text: str = "", *, err: bool = False, end: str = "\n") -> None:
    """The one place the CLI writes output (flushed, so pipes see each line at once)."""
    stream = sys.stderr if err else sys.stdout
    stream.write(text + end)
    stream.flush()


def fail(message: str, code: int = 1) -> typer.Exit:
    emit(f"coach: {message}", err=True)
    return typer.Exit(code)


def _settings() -> Settings:
    ensure_offline_env()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from assistant.settings import Settings

    return Settings()


def _coach(settings: Settings, backend: str | None) -> Coach:
    from assistant.errors import CoachError
    from assistant.factory import build_coach

    try:
        return build_coach(settings, backend=backend)
    except CoachError as exc:
        raise fail(str(exc)) from exc


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders of .md (default: corpus/)")
    ] = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Drop the index first.")] = False,
) -> None:
    """Index the corpus (an upsert: unchanged chunks are kept, gone ones removed)."""
    settings = _settings()
    from rich.progress import Progress

    from assistant.errors import CoachError
    from assistant.factory import ingest as run_ingest
    from assistant.factory import make_index, query_centre

    targets = paths or [settings.corpus_dir]
    index = make_index(settings)
    try:
        with Progress(transient=True, console=_stderr_console()) as bar:
            task = bar.add_task("Embedding chunks", total=None)
            views = bar.add_task("Embedding sentences", total=None, visible=False)
            report = run_ingest(
                index,
                targets,
                rebuild=rebuild,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                views=settings.views,
                view_progress=lambda done, total: bar.update(
                    views, completed=done, total=total, visible=True
                ),
            )
            centre = query_centre(index.embeddings, settings.data_dir / "cache")
            if centre is not None:
                bar.add_task("Embedding typical messages (query centring)", total=None)
                centre.prepare()
    except CoachError as exc:
        raise fail(str(exc)) from exc
    for error in report.errors:
        emit(f"skipped: {error}", err=True)
    where = settings.chroma_url or str(settings.index_dir)
    emit(
        f"Indexed {report.files} file(s) into {where}: {report.added} added, "
        f"{report.updated} updated, {report.removed} removed, {report.unchanged} unchanged."
    )


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What to look for.")],
    k: Annotated[int, typer.Option("--k", min=1, max=50, help="How many passages.")] = 4,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show the passages the coach would read for a question."""
    settings = _settings()
    from assistant.errors import CoachError

    coach = _coach(settings, "extractive")
    try:
        passages = coach.retriever.retrieve(query, k=k)
    except CoachError as exc:
        raise fail(str(exc)) from exc
    if as_json:
        emit(json.dumps([p.model_dump() for p in passages], ensure_ascii=False))
        return
    if not passages:
        emit("No passages found.")
    for n, p in enumerate(passages, 1):
        emit(f"[{n}] {p.section}  (score {p.score:.4f})")
        emit("    " + p.text.replace("\n", "\n    "))
        emit()


def _read_batch_line(raw: bytes, number: int) -> tuple[Any, list[tuple[str, str]], str | None]:
    """Parse one `--batch` line into (query, history, problem)."""
    try:
        obj = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return "", [], f"Line {number} is not a JSON object ({exc.__class__.__name__})."
    if isinstance(obj, str):
        return obj, [], None
    if not isinstance(obj, dict) or not isinstance(obj.get("query", ""), str):
        return "", [], f'Line {number} needs the form {{"query": "...", "history": [...]}}.'
    history = obj.get("history") or []
    pairs = [(str(h[0]), str(h[1])) for h in history if isinstance(h, list | tuple) and len(h) == 2]
    return obj.get("query", ""), pairs, None


@app.command()
def ask(
    query: Annotated[str | None, typer.Argument(help="Your question or request.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the turn as JSON.")] = False,
    batch: Annotated[
        bool, typer.Option("--batch", help="Read JSON lines {query, history} from stdin.")
    ] = False,
    backend: Annotated[
        str | None, typer.Option("--backend", help="e.g. extractive, llamacpp/qwen2.5-coder-1.5b")
    ] = None,
) -> None:
    """Ask the coach. Prints the answer and its sources (or JSON with --json)."""
    settings = _settings()
    from assistant.coach.texts import INTERNAL_ERROR_MESSAGE
    from assistant.errors import CoachError
    from assistant.schema import Turn

    coach = _coach(settings, backend)

    def answer(q: Any, history: list[tuple[str, str]], stream: bool = False) -> Turn:
        try:
            return _stream_turn(coach, q) if stream else coach.run(q, history)
        except CoachError as exc:
            raise fail(str(exc)) from exc
        except Exception as exc:  # last line of defence: never a traceback
            log = logging.getLogger(__name__)
            log.error("turn failed: %s: %s", type(exc).__name__, exc)
            log.debug("turn failed", exc_info=True)
            raise fail(INTERNAL_ERROR_MESSAGE) from exc

    if batch:
        for number, raw in enumerate(sys.stdin.buffer, 1):
            if not raw.strip():
                continue
            q, history, problem = _read_batch_line(raw, number)
            turn = answer(q, history)
            if problem:
                turn = turn.model_copy(update={"answer": problem, "intent": "empty"})
            emit(turn.to_json())
        return
    if query is None:
        raise fail('Give a question, e.g. coach ask "How do I ask for space?"', 2)
    turn = answer(query, [], stream=not as_json)
    if as_json:
        emit(turn.to_json())
    if turn.intent == "empty":
        raise typer.Exit(2)


def _stream_turn(coach: Coach, query: str) -> Any:
    """Print the answer as the model writes it (then scripts and sources); the Turn."""
    from assistant.coach.texts import REPLACED_DRAFT_NOTICE
    from assistant.llm.grounding import CITATION_RE
    from assistant.schema import Turn

    streamed: list[str] = []
    turn: Turn | None = None
    for event in coach.stream(query):
        if isinstance(event, Turn):
            turn = event
        else:
            streamed.append(event)
            emit(event, end="")
    assert turn is not None
    if not streamed:
        _print_turn(turn)
        return turn

    def plain(text: str) -> str:  # citations may be added or renumbered by the post-check
        return " ".join(CITATION_RE.sub("", text).split())

    shown = plain("".join(streamed))[:60]
    if shown and shown not in plain(turn.answer):
        # The streamed draft failed its post-checks and was replaced.
        emit(f"\n\n{REPLACED_DRAFT_NOTICE}\n")
        emit(turn.answer)
    else:
        emit()
    _print_sources(turn)  # scripts, if any, were part of the streamed text
    return turn


def _print_turn(turn: Any) -> None:
    emit(turn.answer)
    _print_extras(turn)


def _print_extras(turn: Any) -> None:
    for script in turn.scripts:
        emit(f"\n[{script.tone} · {script.framework}]\n{script.text}")
    _print_sources(turn)


def _print_sources(turn: Any) -> None:
    if turn.sources:
        emit("\nSources:")
        for n, source in enumerate(turn.sources, 1):
            emit(f"  [{n}] {source.section}")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 7860).")] = None,
    backend: Annotated[str | None, typer.Option("--backend", help="LLM backend.")] = None,
) -> None:
    """Start the web chat UI (Gradio) on 127.0.0.1:7860."""
    settings = _settings()
    from ui.app import serve as run_server

    run_server(settings, host=host, port=port, backend=backend)


@app.command("eval")
def eval_(
    backend: Annotated[str | None, typer.Option("--backend", help="LLM backend.")] = None,
    sets: Annotated[
        list[str] | None, typer.Option("--sets", help="Datasets to run (default: all).")
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="Report folder.")] = Path("eval-out"),
    compare: Annotated[
        Path | None, typer.Option("--compare", help="An earlier report.json to diff against.")
    ] = None,
) -> None:
    """Run the offline evaluation suite; exits non-zero under a threshold."""
    settings = _settings()
    from evals.runner import run_cli

    raise typer.Exit(
        run_cli(settings, backend=backend, sets=sets or [], out=out, compare=compare, emit=emit)
    )


model_app = typer.Typer(help="The embedded local LLM.", no_args_is_help=True)
app.add_typer(model_app, name="model")


@model_app.command("status")
def model_status() -> None:
    """Say which local model is installed, where, and whether it verified."""
    settings = _settings()
    from assistant.llm.status import status_lines

    for line in status_lines(settings):
        emit(line)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
