"""Where the web UI listens and who may use it (no gradio here)."""

from __future__ import annotations

import ipaddress
import logging
from typing import TYPE_CHECKING

from ui import texts

if TYPE_CHECKING:
    from assistant.settings import Settings

log = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_auth(raw: str | None) -> tuple[str, str] | None:
    """`user:password` → a pair for Gradio; None when unset; ValueError when malformed."""
    if not raw:
        return None
    user, sep, password = raw.partition(":")
    if not sep or not user or not password:
        raise ValueError(texts.BAD_AUTH)
    return user, password


def binding(
    settings: Settings, host: str | None = None, port: int | None = None
) -> tuple[str, int, tuple[str, str] | None]:
    """Where to listen and with which login; warns when exposed without one."""
    host = host or settings.host
    port = port or settings.port
    try:
        auth = parse_auth(settings.auth)
    except ValueError as exc:
        raise SystemExit(f"coach: {exc}") from None
    if auth is None and not is_loopback(host):
        log.warning(texts.LOOPBACK_WARNING, host)
    return host, port, auth
