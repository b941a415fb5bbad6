"""Switch off every known phone-home before the heavy libraries are imported.

Call :func:`ensure_offline_env` at the top of each entry point (CLI, UI, tests).
It only sets variables the user has not set already.
"""

from __future__ import annotations

import os

OFFLINE_ENV: dict[str, str] = {
    "ORT_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "DO_NOT_TRACK": "1",
    "TOKENIZERS_PARALLELISM": "false",
}


def ensure_offline_env() -> None:
    """Set the telemetry and hub switches (without overriding explicit user values)."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
