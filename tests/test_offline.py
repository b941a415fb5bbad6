"""No telemetry, no downloads: ingest, ask, serve and a chat request stay on loopback.

Each command runs in a fresh network namespace (`unshare -n`: only a loopback
interface) under `strace -f`, which records every connect/sendto the process tree
attempts. The namespace makes outside traffic impossible; strace proves none was
even tried. Without `unshare`, strace alone still records the attempts.
"""

from __future__ import annotations

import ipaddress
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
INET = re.compile(r'sa_family=AF_INET, sin_port=htons\((\d+)\), sin_addr=inet_addr\("([^"]+)"\)')
INET6 = re.compile(r'sa_family=AF_INET6, sin6_port=htons\((\d+)\).*?inet_pton\(AF_INET6, "([^"]+)"')

SERVE_AND_CHAT = """
import os, socket, subprocess, sys, time
from assistant.offline import ensure_offline_env
ensure_offline_env()  # for gradio_client, the test's own HTTP client
port = int(sys.argv[1])
server = subprocess.Popen([sys.argv[2], "serve", "--port", str(port), "--backend", "extractive"])
try:
    deadline = time.monotonic() + 240
    while True:
        assert server.poll() is None, "coach serve exited"
        assert time.monotonic() < deadline, "coach serve did not start"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.5)
    from gradio_client import Client
    client = Client(f"http://127.0.0.1:{port}/", verbose=False)
    result = client.predict("What does interdependence mean?", api_name="/chat")
    assert "interdependence" in str(result).lower(), result
    print("CHAT-OK")
finally:
    server.terminate()
    server.wait(timeout=30)
"""

DIAL_OUT = """
import socket
for host in ("192.0.2.1", "2001:db8::1"):
    try:
        socket.create_connection((host, 80), timeout=1)
    except OSError:
        pass
"""


def outside_addresses(log: Path) -> list[str]:
    """Every non-loopback IPv4/IPv6 address the traced processes tried to reach."""
    found = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        for port, host in INET.findall(line) + INET6.findall(line):
            address = ipaddress.ip_address(host)
            mapped = getattr(address, "ipv4_mapped", None)
            if mapped is not None:
                address = mapped
            if not (address.is_loopback or address.is_unspecified):
                found.append(f"{host}:{port}")
    return found


def traced(args: list[str], tmp_path: Path, env: dict[str, str]) -> tuple[Path, str]:
    """Run args with networking cut to loopback and every connection attempt logged."""
    if not shutil.which("strace"):
        pytest.skip("strace is not installed")
    log = tmp_path / f"strace-{len(list(tmp_path.glob('strace-*')))}.log"
    strace = ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(log)]
    if can_unshare():
        script = 'ip link set lo up && exec "$@"'
        cmd = ["unshare", "-n", "sh", "-c", script, "sh", *strace, *args]
    else:
        cmd = [*strace, *args]
    done = subprocess.run(cmd, env=env, cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return log, done.stdout


def can_unshare() -> bool:
    if not shutil.which("unshare") or not shutil.which("ip"):
        return False
    probe = ["unshare", "-n", "sh", "-c", "ip link set lo up"]
    return subprocess.run(probe, capture_output=True).returncode == 0


@pytest.fixture()
def env(tmp_path: Path) -> dict[str, str]:
    """The user's environment as a fresh shell would have it: no offline switches set."""
    from assistant.offline import OFFLINE_ENV

    clean = {k: v for k, v in os.environ.items() if k not in OFFLINE_ENV}
    clean.pop("COACH_CHROMA_URL", None)
    return {**clean, "COACH_DATA_DIR": str(tmp_path / "data"), "COACH_BACKEND": "extractive"}


def test_the_tracer_catches_an_outside_connection_attempt(tmp_path: Path, env):
    log, _ = traced([sys.executable, "-c", DIAL_OUT], tmp_path, env)
    assert outside_addresses(log) == ["192.0.2.1:80", "2001:db8::1:80"]


def test_ingest_and_ask_stay_on_loopback(tmp_path: Path, env):
    env = {**env, "COACH_EMBEDDINGS": "auto"}  # the default retrieval model, as users run it
    log, _ = traced([str(BIN / "coach"), "ingest"], tmp_path, env)
    assert outside_addresses(log) == []
    ask = [str(BIN / "coach"), "ask", "--json", "How do I ask for space?"]
    log, out = traced(ask, tmp_path, env)
    assert '"sources"' in out
    assert outside_addresses(log) == []


def test_serve_and_one_chat_request_stay_on_loopback(tmp_path: Path, env):
    from tests.test_chroma_server import free_port

    args = [sys.executable, "-c", SERVE_AND_CHAT, str(free_port()), str(BIN / "coach")]
    log, out = traced(args, tmp_path, env)
    assert "CHAT-OK" in out
    assert outside_addresses(log) == []
