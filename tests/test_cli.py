"""The `coach` CLI in real subprocesses: the JSON contract, batch mode, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS

COACH = [sys.executable, "-m", "assistant.cli"]
CONTRACT_KEYS = {"query", "intent", "answer", "sources", "scripts", "backend", "timings_ms"}
INTENTS = {"question", "boundary", "safety", "check_in", "off_topic", "empty"}


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    data = tmp_path_factory.mktemp("cli-data")
    env = {k: v for k, v in os.environ.items() if not k.startswith("COACH_")}
    env.update(COACH_DATA_DIR=str(data), COACH_CORPUS_DIR=str(CORPUS), COACH_BACKEND="extractive")
    done = subprocess.run([*COACH, "ingest"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return env


def run(env: dict[str, str], *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*COACH, *args], env=env, input=stdin, capture_output=True, timeout=300)


def check_contract(obj: dict) -> None:
    assert set(obj) == CONTRACT_KEYS
    assert isinstance(obj["query"], str) and isinstance(obj["answer"], str)
    assert obj["intent"] in INTENTS
    assert isinstance(obj["backend"], str) and obj["backend"]
    assert set(obj["timings_ms"]) == {"retrieve", "generate", "total"}
    assert all(isinstance(v, int | float) for v in obj["timings_ms"].values())
    for source in obj["sources"]:
        assert set(source) == {"section", "chunk_id", "score", "text"}
        assert isinstance(source["score"], float)
    for script in obj["scripts"]:
        assert set(script) == {"tone", "text", "framework"}


def test_ask_json_follows_the_contract_and_cites_the_four_ingredients(cli_env):
    done = run(cli_env, "ask", "--json", "What are the four key ingredients?")
    assert done.returncode == 0, done.stderr.decode()
    lines = done.stdout.decode().strip().splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    check_contract(obj)
    assert obj["intent"] == "question"
    sections = [s["section"] for s in obj["sources"]]
    assert sections[0] == "What interdependence actually means > The four key ingredients"
    assert "[1]" in obj["answer"]


def test_ingest_again_reports_everything_unchanged(cli_env):
    done = run(cli_env, "ingest")
    assert done.returncode == 0
    assert "0 added, 0 updated, 0 removed" in done.stdout.decode()


def test_batch_answers_each_line_in_order_with_history(cli_env):
    lines = [
        {"query": "How can we disagree without it feeling like a threat?"},
        {"query": "why does that matter?", "history": [["How do I repair?", "Own your part."]]},
        "not an object but a string query about trust",
        {"query": ""},
    ]
    stdin = ("\n".join(json.dumps(x) for x in lines) + "\nnot json at all\n").encode()
    done = run(cli_env, "ask", "--json", "--batch", stdin=stdin)
    assert done.returncode == 0, done.stderr.decode()
    out = [json.loads(x) for x in done.stdout.decode().strip().splitlines()]
    assert len(out) == 5
    for obj in out:
        check_contract(obj)
    assert out[0]["query"] == lines[0]["query"]
    assert out[3]["intent"] == "empty"
    assert out[4]["intent"] == "empty" and "Line 5" in out[4]["answer"]


@pytest.mark.parametrize(
    "message",
    ["", "   \n\t  "],
)
def test_empty_input_gets_a_helpful_answer_and_nonzero_exit(cli_env, message):
    done = run(cli_env, "ask", "--json", message)
    assert done.returncode == 2
    obj = json.loads(done.stdout)
    check_contract(obj)
    assert obj["intent"] == "empty" and "ask me" in obj["answer"]
    assert b"Traceback" not in done.stderr


def test_huge_input_is_truncated_with_a_notice_not_a_traceback(cli_env):
    message = "How do I ask for alone time without hurting my partner? " * 900  # ~50k chars
    done = run(cli_env, "ask", "--json", message)
    assert done.returncode == 0, done.stderr.decode()
    obj = json.loads(done.stdout)
    check_contract(obj)
    assert "first 4,000 characters" in obj["answer"]
    assert b"Traceback" not in done.stderr


def test_non_utf8_batch_line_gets_a_clear_message(cli_env):
    done = run(cli_env, "ask", "--json", "--batch", stdin=b'{"query": "caf\xe9"}\n')
    assert done.returncode == 0
    obj = json.loads(done.stdout)
    assert obj["intent"] == "empty" and "Line 1" in obj["answer"]
    assert b"Traceback" not in done.stderr


def test_non_utf8_argument_gets_a_clear_message(cli_env):
    done = subprocess.run(
        [*COACH, "ask", "--json", b"\xff\xfe how do i ask for space"],
        env=cli_env,
        capture_output=True,
        timeout=300,
    )
    assert b"Traceback" not in done.stderr
    obj = json.loads(done.stdout)
    assert obj["intent"] == "empty" and obj["query"].endswith("how do i ask for space")
    assert done.returncode == 2


def test_binary_file_in_corpus_is_skipped_with_its_name(cli_env, tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "article.md").write_text(
        (CORPUS / "interdependent-relationships.md").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (corpus / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    env = dict(cli_env, COACH_DATA_DIR=str(tmp_path / "data"))
    done = run(env, "ingest", str(corpus))
    assert done.returncode == 0
    assert "photo.md" in done.stderr.decode()
    assert "Indexed 1 file(s)" in done.stdout.decode()
    assert b"Traceback" not in done.stderr


def test_search_json_lists_passages_best_first(cli_env):
    done = run(cli_env, "search", "--json", "--k", "3", "apologise after hurting someone")
    assert done.returncode == 0
    passages = json.loads(done.stdout)
    assert len(passages) == 3
    scores = [p["score"] for p in passages]
    assert scores == sorted(scores, reverse=True)
    assert passages[0]["section"].endswith("Embrace repair after rupture")
