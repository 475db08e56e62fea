"""Running the CLI with stderr on a terminal, as a user at a shell sees it: the long commands
draw their progress bar only there (cli.common.progress_bar)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path


def on_terminal(*args: str, cwd: Path | None = None) -> tuple[str, str]:
    """Run ``minigate ARGS`` with stderr on a terminal (a pty) and stdout piped; returns what
    each received. The command must succeed."""
    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100", "LINES": "30"}
    with subprocess.Popen(
        [sys.executable, "-m", "minigate", *args],
        cwd=cwd, stdout=subprocess.PIPE, stderr=follower, env=env, text=True,
    ) as process:  # fmt: skip
        os.close(follower)
        stdout, _ = process.communicate(timeout=120)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the terminal's other end is closed, and all of it read
            break
        if not chunk:
            break
        drawn += chunk
    os.close(leader)
    assert process.returncode == 0, drawn
    return stdout, drawn.decode(errors="replace")
