"""Turning typed results into what the browser shows. Pure functions, no gradio.

Everything that came from a person or a model is escaped before it reaches the page:
the chat renders Markdown, so `<` and `&` become entities and any HTML a user (or a
model) wrote is shown as text, never run. Only the wrappers written here are markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from assistant.schema import Script, Source, Turn
from ui import texts

_NOTICE_LINE = re.compile(r"^\*(?P<text>[^*\n]+)\*$")


def escape_text(text: str) -> str:
    """Make text safe inside Markdown: no tag can open (`<`) and no entity can form (`&`)."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


def user_markdown(message: str) -> str:
    return escape_text(message)


def strip_notices(answer: str, notices: Sequence[str]) -> str:
    """Drop the chain's own italic copies of the notices; the UI shows them as a banner."""
    if not notices:
        return answer
    wanted = {n.strip() for n in notices}
    parts = answer.split("\n\n")
    kept = [
        p
        for p in parts
        if not ((m := _NOTICE_LINE.match(p.strip())) and m.group("text").strip() in wanted)
    ]
    return "\n\n".join(kept)


def notices_html(notices: Sequence[str]) -> str:
    if not notices:
        return ""
    items = "".join(f"<p>{html.escape(n)}</p>" for n in notices)
    return (
        f'<div class="coach-notice" role="status"><strong>{texts.NOTICE_LABEL}:</strong>'
        f"{items}</div>\n\n"
    )


def _squash(text: str) -> str:
    return " ".join(text.replace(">", " ").split())


def without_scripts(
    answer: str, scripts: Sequence[Script], pointer: bool = True
) -> tuple[str, bool]:
    """Take the scripts' own paragraphs out of an answer (the cards show them instead).

    Returns the answer with a pointer to the cards where the first script stood, and
    whether any paragraph was taken out (answers from other backends may differ).
    """
    wanted = [_squash(s.text) for s in scripts if s.text.strip()]
    kept: list[str] = []
    removed = False
    for part in answer.split("\n\n"):
        if any(w and w in _squash(part) for w in wanted):
            if not removed and pointer:
                kept.append(f"*{texts.scripts_pointer(len(scripts))}*")
            removed = True
            continue
        kept.append(part)
    return "\n\n".join(kept), removed


def answer_markdown(turn: Turn, pointer: bool = True) -> str:
    """The assistant bubble for a finished turn: notices, then the (escaped) answer.

    Scripts are shown as cards, so their paragraphs leave the text; with `pointer` a
    line says where the cards are."""
    answer = strip_notices(turn.answer, turn.notices)
    if turn.intent == "safety":
        # Safety replies come first and look different: a framed card, before anything else.
        return (
            f'<div class="coach-safety" role="alert"><p class="coach-safety-label">'
            f"{texts.SAFETY_LABEL}</p>\n\n{escape_text(answer)}\n\n</div>"
        )
    tail = ""
    if turn.scripts:
        answer, removed = without_scripts(answer, turn.scripts, pointer)
        if not removed and pointer:
            tail = f"\n\n*{texts.scripts_pointer(len(turn.scripts))}*"
    return f"{notices_html(turn.notices)}{escape_text(answer)}{tail}"


CURSOR = " ▍"
"""Ends an answer that is still being written."""


def streaming_markdown(partial: str) -> str:
    return escape_text(partial) + CURSOR


def sources_html(turn: Turn | None) -> str:
    """The sources panel: numbered like the [n] in the answer, each with its passage."""
    if turn is None:
        return f'<p class="coach-muted">{html.escape(texts.SOURCES_EMPTY)}</p>'
    if not turn.sources or turn.intent in ("safety", "off_topic", "empty"):
        return f'<p class="coach-muted">{html.escape(texts.SOURCES_NONE)}</p>'
    return '<ol class="coach-sources">' + "".join(_source_item(turn.sources)) + "</ol>"


def _source_item(sources: Sequence[Source]) -> list[str]:
    items = []
    for n, source in enumerate(sources, 1):
        section = html.escape(source.section)
        text = html.escape(source.text).replace("\n", "<br>")
        items.append(
            f'<li class="coach-source" data-n="{n}"><details{" open" if n == 1 else ""}>'
            f'<summary><span class="coach-source-n">[{n}]</span> {section}</summary>'
            f"<p>{text}</p></details></li>"
        )
    return items


def script_label(script: Script) -> str:
    return f"{script.tone.capitalize()} · {script.framework}"


def transcript_markdown(exchanges: Sequence[tuple[str, Turn | None, str]], stamp: str) -> str:
    """A conversation as a Markdown document (user text verbatim, answers as shown)."""
    lines = [texts.EXPORT_TITLE, "", f"_Exported {stamp}_", ""]
    if not exchanges:
        lines += [texts.EXPORT_EMPTY, ""]
    for user, turn, shown in exchanges:
        lines += ["## You", "", user.strip(), "", "## Coach", ""]
        answer = turn.answer if turn is not None else shown
        lines += [answer.strip(), ""]
        if turn is not None and turn.scripts and not without_scripts(answer, turn.scripts)[1]:
            lines += [f"### {texts.SCRIPTS_HEADING}", ""]
            for script in turn.scripts:
                lines += [f"- **{script_label(script)}**: {script.text}"]
            lines.append("")
        if turn is not None and turn.sources and turn.intent not in ("safety", "off_topic"):
            lines += ["### Sources", ""]
            lines += [f"{n}. {s.section}" for n, s in enumerate(turn.sources, 1)]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
