"""Load test: concurrent chat sessions against a running `coach serve` (extractive).

    python -m benchmarks.load_ui --sessions 20 --turns 2

Starts `coach serve --backend extractive` on a free loopback port with a private
data dir, then runs N sessions at once, each its own `gradio_client.Client` asking
its own questions (marked with a per-session name). Checks: no request fails, each
session's history holds exactly its own messages in order (no cross-talk), and
reports per-turn latency p50/p95. Writes bench-out/load-ui.json.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from assistant.offline import ensure_offline_env
from benchmarks.common import machine, percentile, say, write_json

QUESTIONS = [
    "My friend {name} keeps cancelling plans. How do I set a boundary?",
    "How can {name} and I be close without losing ourselves?",
    "What does interdependence mean for me and {name}?",
    "How do I ask {name} for time alone without hurting them?",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(port: int, data: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "COACH_DATA_DIR": str(data), "COACH_BACKEND": "extractive"}
    coach = str(Path(sys.executable).parent / "coach")
    proc = subprocess.Popen([coach, "serve", "--port", str(port)], env=env)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"coach serve exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise RuntimeError("coach serve did not start within 300 s")


def text_of(message: dict[str, Any]) -> str:
    content = message.get("content", "")
    if isinstance(content, list):
        return "".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return str(content)


def session(url: str, number: int, turns: int) -> dict[str, Any]:
    """One user: `turns` questions in one conversation; latency and history per turn."""
    from gradio_client import Client

    name = f"Robin{number:02d}"
    client = Client(url, verbose=False)
    asked, latencies, problems = [], [], []
    messages: list[dict[str, Any]] = []
    for turn in range(turns):
        question = QUESTIONS[(number + turn) % len(QUESTIONS)].format(name=name)
        start = time.perf_counter()
        try:
            result = client.predict(question, api_name="/chat")
        except Exception as exc:  # any failure is a finding, not a crash of the benchmark
            problems.append(f"turn {turn}: {type(exc).__name__}: {exc}")
            break
        latencies.append((time.perf_counter() - start) * 1000)
        asked.append(question)
        messages = result[1] if isinstance(result, list | tuple) else []
    users = [text_of(m) for m in messages if m.get("role") == "user"]
    answers = [text_of(m) for m in messages if m.get("role") == "assistant"]
    if not problems and [u.strip() for u in users] != asked:
        problems.append(f"history holds other messages: {users!r}")
    if not problems and (len(answers) != turns or not all(a.strip() for a in answers)):
        problems.append(f"expected {turns} non-empty answers, got {len(answers)}")
    return {
        "session": number,
        "name": name,
        "latencies_ms": latencies,
        "problems": problems,
        "history": " ".join(users + answers),
    }


def run(sessions: int, turns: int) -> dict[str, Any]:
    ensure_offline_env()
    with tempfile.TemporaryDirectory(prefix="coach-load-") as tmp:
        port = free_port()
        say(f"starting coach serve on 127.0.0.1:{port} (builds its index first)")
        server = start_server(port, Path(tmp) / "data")
        url = f"http://127.0.0.1:{port}/"
        try:
            say(f"{sessions} sessions x {turns} turns, all at once")
            start = time.perf_counter()
            with ThreadPoolExecutor(max_workers=sessions) as pool:
                results = list(pool.map(lambda n: session(url, n, turns), range(sessions)))
            wall = time.perf_counter() - start
        finally:
            server.terminate()
            server.wait(timeout=30)
    latencies = [ms for r in results for ms in r["latencies_ms"]]
    problems = [f"session {r['session']}: {p}" for r in results for p in r["problems"]]
    problems += [
        f"session {r['session']} saw {other['name']}"
        for r in results
        for other in results
        if other is not r and other["name"] in r["history"]
    ]
    outcome = {
        "sessions": sessions,
        "turns_per_session": turns,
        "requests_ok": len(latencies),
        "requests_expected": sessions * turns,
        "errors": problems,
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "max_ms": round(max(latencies, default=float("nan")), 1),
        "wall_s": round(wall, 1),
        "machine": machine(),
    }
    say(
        f"{outcome['requests_ok']}/{outcome['requests_expected']} ok, {len(problems)} problems, "
        f"p50 {outcome['p50_ms']} ms, p95 {outcome['p95_ms']} ms"
    )
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--turns", type=int, default=2)
    args = parser.parse_args(argv)
    outcome = run(args.sessions, args.turns)
    say(f"wrote {write_json('load-ui', outcome)}")
    for problem in outcome["errors"]:
        print(problem)
    return 1 if outcome["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
