"""The Gradio app: components and wiring only; the behaviour lives in `handlers.py`.

gradio is imported inside the functions (after the offline switches are set), so
importing this module costs nothing and phones nowhere.
"""

import logging
import tempfile
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.offline import ensure_offline_env
from ui import texts
from ui.serving import binding

if TYPE_CHECKING:
    import gradio as gr

    from assistant.settings import Settings
    from ui.handlers import StreamingCoach

log = logging.getLogger(__name__)

CHAT_CONCURRENCY = 1
"""Turns answered at once with an LLM (one local model on a small CPU); the rest queue."""
EXTRACTIVE_CONCURRENCY = 4
"""Turns answered at once when no LLM is involved (each takes tens of milliseconds)."""
QUEUE_SIZE = 64
CACHE_SWEEP_S = 3600
CACHE_KEEP_S = 86400
"""Gradio's copies of served files (the exports) are swept hourly, kept a day."""
"""Requests that may wait; beyond that Gradio tells the user the queue is full."""
CONCURRENCY_ID = "coach"
INPUT_SLACK = 5
"""The input box takes this many times the coach's limit; the coach truncates with a notice."""
TONES = ("any", "warm", "direct", "firm")


def chat_concurrency(coach: object) -> int:
    """How many turns may run at once: several for `extractive`, one for an LLM."""
    name = getattr(getattr(coach, "responder", None), "name", "")
    return EXTRACTIVE_CONCURRENCY if name == "extractive" else CHAT_CONCURRENCY


def build_app(
    coach: "StreamingCoach", settings: "Settings", export_dir: Path | None = None
) -> "gr.Blocks":
    """The Blocks app for one coach. State is per browser session (gr.State)."""
    ensure_offline_env()
    limit = chat_concurrency(coach)
    import gradio as gr

    from ui import handlers
    from ui.feedback import FeedbackStore, now_stamp, write_transcript
    from ui.theme import SHOW_SAFETY_TOP_JS

    store = FeedbackStore(settings.data_dir)
    # Exports live in a temporary folder removed with the app (or at exit), never in
    # the data dir: conversations are not kept on the server.
    scratch: tempfile.TemporaryDirectory[str] | None = None
    if export_dir is None:
        scratch = tempfile.TemporaryDirectory(prefix="coach-exports-")
        export_dir = Path(scratch.name)

    def run_turn(message: str) -> Any:
        result = None
        for event in coach.stream(message, []):
            result = event
        return result

    def chat(message: str, session: handlers.Session | None) -> Any:
        session = session or handlers.Session()
        view = handlers.add_message(session, message)
        yield "", *view.as_outputs(), gr.skip()
        # One view behind the stream: the final view goes out in the same update as the
        # export, so the answer never looks finished while Export is still out of date.
        pending = None
        for current in handlers.respond(coach, session):
            if pending is not None:
                yield gr.skip(), *pending.as_outputs(), gr.skip()
            pending = current
        final = pending or view
        try:
            transcript = handlers.transcript(session, now_stamp())
            written = write_transcript(transcript, export_dir, session.id)
            export_update: Any = str(written)  # `finish` then enables the button
        except OSError as exc:  # the answer is shown; only the export is unavailable
            log.warning("could not write the conversation export: %s", exc)
            export_update = gr.skip()
        yield gr.skip(), *final.as_outputs(), export_update

    def busy() -> Any:
        return gr.Textbox(submit_btn=False, stop_btn=True)

    def finish(session: handlers.Session | None) -> Any:
        ready = gr.Textbox(submit_btn=True, stop_btn=False)
        if session is None:
            return ready, gr.skip(), gr.skip()
        exportable = gr.DownloadButton(interactive=bool(session.exchanges))
        return ready, handlers.stop(session).messages, exportable

    def new_chat() -> Any:
        view = handlers.new_chat()
        return view.messages, view.session, view.sources_html, view.scripts, None

    def nothing_to_export() -> Any:
        return gr.DownloadButton(interactive=False)

    def like(session: handlers.Session | None, data: gr.LikeData) -> None:
        if session is None:
            return
        thanks = handlers.record_feedback(store, session, data.index, data.liked)
        if thanks:
            gr.Info(thanks, duration=3)

    def pick_example(data: gr.SelectData) -> str:
        value = data.value
        return value.get("text", "") if isinstance(value, dict) else str(value or "")

    def build(who: str, what: str, need: str, tone: str) -> Any:
        result = handlers.build_boundary(run_turn, who, what, need, tone)
        cards = [(c.label, c.text, c.rubric.markdown()) for c in result.cards]
        return result.message, cards

    with gr.Blocks(
        title=texts.TITLE, analytics_enabled=False, delete_cache=(CACHE_SWEEP_S, CACHE_KEEP_S)
    ) as app:
        session = gr.State(None)
        scripts = gr.State([])
        gr.Markdown(f"# {texts.TITLE}\n{texts.SUBTITLE}", elem_id="coach-header")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                chatbot = gr.Chatbot(
                    value=[],
                    elem_id="coach-chat",
                    show_label=False,
                    height="58vh",
                    min_height=320,
                    layout="panel",
                    buttons=["copy", "copy_all"],
                    feedback_options=("Like", "Dislike"),
                    placeholder=texts.PLACEHOLDER,
                    examples=[{"text": e} for e in texts.EXAMPLES],
                    latex_delimiters=[],
                    sanitize_html=True,
                )
                textbox = gr.Textbox(
                    show_label=False,
                    placeholder=texts.INPUT_PLACEHOLDER,
                    lines=1,
                    max_lines=6,
                    submit_btn=True,
                    autofocus=True,
                    max_length=settings.max_input_chars * INPUT_SLACK,
                    elem_id="coach-input",
                )
                with gr.Row(elem_id="coach-toolbar"):
                    clear = gr.Button("New chat", size="sm", variant="secondary")
                    export = gr.DownloadButton(
                        "Export as Markdown",
                        value=None,
                        size="sm",
                        variant="secondary",
                        interactive=False,  # enabled once there is a conversation to export
                    )

                @gr.render(inputs=scripts)
                def script_cards(current: list[Any]) -> None:
                    if not current:
                        return
                    gr.Markdown(
                        f"### {texts.SCRIPTS_HEADING}", elem_classes="coach-scripts-heading"
                    )
                    for script in current:
                        gr.Textbox(
                            value=script.text,
                            label=f"{script.tone.capitalize()} · {script.framework}",
                            interactive=False,
                            buttons=["copy"],
                            lines=2,
                            elem_classes="coach-card coach-script",
                        )

                with gr.Accordion("Sources for this answer", open=True, elem_id="coach-sources"):
                    sources = gr.HTML(handlers.view(handlers.Session()).sources_html)

            with gr.Tab("Boundary builder", id="builder"):
                gr.Markdown(texts.BUILDER_INTRO)
                who = gr.Textbox(label="Who is it with?", placeholder="my partner, my sister…")
                what = gr.Textbox(
                    label="What happens?", lines=2, placeholder="she calls me every night"
                )
                need = gr.Textbox(label="What do you need?", placeholder="evenings to myself")
                tone = gr.Radio(list(TONES), value="any", label="Tone")
                build_btn = gr.Button("Write scripts", variant="primary", elem_id="coach-build")
                builder_cards = gr.State([])

                @gr.render(inputs=builder_cards)
                def rubric_cards(current: list[Any]) -> None:
                    for label, text, verdict in current:
                        with gr.Group(elem_classes="coach-card coach-builder-card"):
                            gr.Textbox(value=text, label=label, interactive=False, buttons=["copy"])
                            gr.Markdown(verdict, elem_classes="coach-rubric")

                builder_message = gr.Markdown(elem_id="coach-builder-message")

        outputs = [textbox, chatbot, session, sources, scripts, export]
        quiet: dict[str, Any] = {"api_visibility": "private", "queue": False}
        # Listeners on one trigger: the instant button swap must be registered first
        # (registered after the queued chat listener, Gradio 6.31 never ran it).
        textbox.submit(busy, None, textbox, **quiet)
        chat_event = textbox.submit(
            chat,
            [textbox, session],
            outputs,
            api_name="chat",
            concurrency_limit=limit,
            concurrency_id=CONCURRENCY_ID,
            show_progress="minimal",
        )
        picked = chatbot.example_select(pick_example, None, textbox, **quiet)
        picked.then(busy, None, textbox, **quiet)
        example_event = picked.then(
            chat,
            [textbox, session],
            outputs,
            concurrency_limit=limit,
            concurrency_id=CONCURRENCY_ID,
            show_progress="minimal",
            api_visibility="private",
        )
        for event in (chat_event, example_event):
            event.then(finish, [session], [textbox, chatbot, export], **quiet).then(
                None, None, None, js=SHOW_SAFETY_TOP_JS
            )
        textbox.stop(None, None, None, cancels=[chat_event, example_event], **quiet)
        reset_outputs = [chatbot, session, sources, scripts, export]
        resets = (
            clear.click(
                new_chat,
                None,
                reset_outputs,
                cancels=[chat_event, example_event],
                api_name="new_chat",
            ),
            chatbot.clear(
                new_chat,
                None,
                reset_outputs,
                cancels=[chat_event, example_event],
                api_visibility="private",
            ),
        )
        for reset in resets:
            reset.then(nothing_to_export, None, export, **quiet)
        chatbot.like(like, [session], None, api_visibility="private")
        build_btn.click(
            build,
            [who, what, need, tone],
            [builder_message, builder_cards],
            api_name="build_boundary",
            concurrency_limit=limit,
            concurrency_id=CONCURRENCY_ID,
        )
    if scratch is not None:
        weakref.finalize(app, scratch.cleanup)
    return app


def launch_app(
    app: "gr.Blocks",
    *,
    host: str,
    port: int,
    auth: tuple[str, str] | None = None,
    block: bool = True,
) -> Any:
    """Start the server: offline, quiet, no share link, no error details to the browser."""
    from ui.theme import CSS, HEAD, make_theme

    app.queue(default_concurrency_limit=CHAT_CONCURRENCY, max_size=QUEUE_SIZE)
    return app.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        share=False,
        show_error=False,
        prevent_thread_lock=not block,
        footer_links=[],
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        run_history=False,
        enable_monitoring=False,
        theme=make_theme(),
        css=CSS,
        head=HEAD,
        quiet=not block,
    )


def serve(
    settings: "Settings",
    host: str | None = None,
    port: int | None = None,
    backend: str | None = None,
) -> None:
    """`coach serve`: build the coach once, then serve the chat UI until interrupted."""
    ensure_offline_env()
    from assistant.errors import CoachError
    from assistant.factory import build_coach

    host, port, auth = binding(settings, host, port)
    try:
        coach = build_coach(settings, backend=backend)
    except CoachError as exc:
        raise SystemExit(f"coach: {exc}") from None
    launch_app(build_app(coach, settings), host=host, port=port, auth=auth)
