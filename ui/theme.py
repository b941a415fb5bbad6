"""Look and feel: a calm theme on system fonts (nothing fetched from a font service)."""

from __future__ import annotations

from typing import Any

SYSTEM_FONTS = (
    "system-ui",
    "-apple-system",
    "Segoe UI",
    "Roboto",
    "Noto Sans",
    "Helvetica Neue",
    "Arial",
    "sans-serif",
)
MONO_FONTS = ("ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace")

CSS = """
.gradio-container { max-width: 860px !important; margin: 0 auto !important; }
#coach-header h1 { font-size: 1.5rem; margin: 0.2rem 0 0.1rem; font-weight: 650; }
#coach-header p { margin: 0; color: var(--body-text-color-subdued); font-size: 0.95rem; }
#coach-chat { border-radius: var(--radius-lg); }
#coach-chat .message { line-height: 1.55; }
#coach-toolbar { gap: 0.5rem; flex-wrap: wrap; }
#coach-toolbar button { flex: 0 1 auto; min-width: 0; }
.coach-safety {
  border: 1px solid #d97706; border-left: 6px solid #d97706; border-radius: 10px;
  background: #fffbeb; color: #3b2a06; padding: 0.6rem 0.9rem;
}
.coach-safety-label {
  margin: 0 0 0.3rem !important; font-weight: 700; text-transform: uppercase;
  letter-spacing: 0.04em; font-size: 0.8rem; color: #92400e;
}
.dark .coach-safety { background: #2b1d05; color: #fde9c4; }
.dark .coach-safety-label { color: #fbbf24; }
.coach-notice {
  border-left: 4px solid #64748b; background: rgba(100, 116, 139, 0.12);
  border-radius: 8px; padding: 0.4rem 0.75rem; margin-bottom: 0.6rem; font-size: 0.92rem;
}
.coach-notice p { display: inline; margin: 0 0 0 0.3rem; }
.coach-muted { color: var(--body-text-color-subdued); margin: 0.2rem 0; }
.coach-sources { padding-left: 0; margin: 0; list-style: none; }
.coach-source { margin: 0 0 0.5rem; }
.coach-source summary { cursor: pointer; font-weight: 600; }
.coach-source p { margin: 0.35rem 0 0.2rem 1.9rem; line-height: 1.5; white-space: normal; }
.coach-source-n { color: var(--color-accent); font-variant-numeric: tabular-nums; }
.coach-card { border: 1px solid var(--border-color-primary); border-radius: 12px; }
.coach-card textarea {
  font-size: 1rem !important; line-height: 1.5 !important;
  field-sizing: content; height: auto !important; max-height: none !important;
}
.coach-rubric { font-size: 0.88rem; padding: 0 0.75rem 0.4rem; }
.coach-scripts-heading h3 { margin: 0.6rem 0 0.2rem; font-size: 1.05rem; }
@media (max-width: 480px) {
  #coach-header h1 { font-size: 1.25rem; }
  .coach-source p { margin-left: 0.4rem; }
}
"""

HEAD = """<style>
@media (max-width: 480px) {
  .gradio-container > .main.app { padding-left: 10px !important; padding-right: 10px !important; }
}
</style>"""
"""Raw styles for the page around the app (Gradio scopes `CSS` inside the app's content)."""


def make_theme() -> Any:
    """A soft teal-and-stone theme; only system fonts, so the page loads nothing remote."""
    import gradio as gr

    return gr.themes.Base(
        primary_hue="teal",
        secondary_hue="amber",
        neutral_hue="stone",
        radius_size="lg",
        font=list(SYSTEM_FONTS),
        font_mono=list(MONO_FONTS),
    ).set(
        body_background_fill="#faf9f7",
        block_shadow="none",
        button_primary_background_fill="*primary_600",
        button_primary_background_fill_hover="*primary_700",
        button_primary_text_color="white",
    )


SHOW_SAFETY_TOP_JS = """() => {
  const show = () => {
    const bots = document.querySelectorAll('#coach-chat [data-testid="bot"]');
    const last = bots.length ? bots[bots.length - 1].querySelector('.coach-safety') : null;
    if (last) last.scrollIntoView({block: "start"});
  };
  [0, 300, 900].forEach((ms) => setTimeout(show, ms));
}"""
"""After a safety reply, bring its first line into view. The chat's autoscroll shows the
end and runs after the event completes, hence the short retries."""
