"""`coach ask` on an LLM backend prints its JSON every time (a regression test).

The model warm-up runs in a background thread while the main thread answers. When
llama.cpp was loaded with its own quiet mode, it swapped file descriptors 1 and 2
process-wide during the load, and a race could leave the process writing to
/dev/null: `coach ask` printed nothing and exited 0. Real subprocesses, the tiny
SmolLM2 GGUF through llama.cpp, several runs in a row.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import CORPUS

pytestmark = [pytest.mark.slow, pytest.mark.llm]

COACH = [sys.executable, "-m", "assistant.cli"]
RUNS = 3


@pytest.fixture(scope="module")
def llm_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    data = tmp_path_factory.mktemp("cli-llm-data")
    env = {k: v for k, v in os.environ.items() if not k.startswith("COACH_")}
    env.update(
        COACH_DATA_DIR=str(data),
        COACH_CORPUS_DIR=str(CORPUS),
        COACH_BACKEND="llamacpp/smollm2-135m",
    )
    done = subprocess.run([*COACH, "ingest"], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return env


def test_ask_json_prints_one_object_every_time(llm_env):
    for _ in range(RUNS):
        done = subprocess.run(
            [*COACH, "ask", "--json", "hello there"], env=llm_env, capture_output=True, timeout=300
        )
        assert done.returncode == 0, done.stderr.decode()
        lines = done.stdout.decode().strip().splitlines()
        assert len(lines) == 1, (done.stdout, done.stderr)
        assert json.loads(lines[0])["query"] == "hello there"


def test_batch_prints_a_line_per_input_every_time(llm_env):
    stdin = "\n".join(
        json.dumps({"query": q}) for q in ("hello there", "What is interdependence?")
    ).encode()
    for _ in range(RUNS):
        done = subprocess.run(
            [*COACH, "ask", "--json", "--batch"],
            env=llm_env,
            input=stdin,
            capture_output=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr.decode()
        lines = done.stdout.decode().strip().splitlines()
        assert [json.loads(line)["query"] for line in lines] == [
            "hello there",
            "What is interdependence?",
        ], done.stderr.decode()
