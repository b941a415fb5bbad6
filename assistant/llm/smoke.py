"""Does the installed llama.cpp run on this CPU? `python -m assistant.llm.smoke`.

Generates a few tokens with the tiny SmolLM2 GGUF in a child process and exits 0 if it
worked. A llama.cpp build made for another CPU (e.g. with AMX or AVX-512 kernels the
machine does not allow) crashes in its first decode; `make setup` then rebuilds it
with portable flags instead of leaving a coach that dies on its first answer.
"""

from __future__ import annotations

import subprocess
import sys

CHILD = (
    "from llama_cpp import Llama\n"
    "from assistant.llm import smollm2_path\n"
    "llama = Llama(model_path=str(smollm2_path()), n_ctx=256, n_threads=1, verbose=False)\n"
    "llama('Hello', max_tokens=4)\n"
    "llama.close()\n"
)


def main() -> int:
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, timeout=300)
    if done.returncode == 0:
        sys.stdout.write("llama.cpp runs on this CPU\n")
        return 0
    sys.stderr.write(f"llama.cpp failed its smoke test (exit {done.returncode})\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())
