"""The hardening probes of issue 13, run again: memory under hostile bodies, and a soak.

Starts the stub upstream and a gateway (`minigate serve`, SQLite store, a budgeted virtual key)
and prints JSON:

- ``amplification``: 32 concurrent 4 MiB bodies, each an unknown field of ~2M numbers: their
  statuses, and the gateway's RSS before and its peak (VmHWM) after (before the fix: 683 MB
  peak from a 136 MB baseline);
- ``soak``: chat completions at concurrency 16 for ``--soak-s`` seconds: requests, 5xx, and RSS
  before and after.

Figures from a shared, busy machine are rough; the load average is printed with them.

    python benchmarks/hardening_probe.py --soak-s 60
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import yaml

from minigate.testing.stub_upstream import StubThread, StubUpstream

MASTER = "sk-master-key-for-the-probe"
HELLO = [{"role": "user", "content": "Hello"}]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def start_gateway(work: Path, stub: StubThread) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    config = {
        "models": [
            {
                "id": "mini",
                "backend": "openai",
                "base_url": stub.base_url,
                "upstream_model": "gpt-4o-mini",
            }
        ],
        "store": {"url": f"sqlite:///{work / 'store' / 'minigate.db'}"},
        "audit": {"signing_key_path": str(work / "keys" / "audit.pem")},
        "cache": {"enabled": False},
        "server": {"access_log": False},
    }
    (work / "store").mkdir()
    path = work / "minigate.yaml"
    path.write_text(yaml.safe_dump(config))
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINIGATE_")}
    env["MINIGATE_MASTER_KEY"] = MASTER
    args = [sys.executable, "-m", "minigate", "serve", "--port", str(port), "--config", str(path)]
    log = (work / "gateway.log").open("wb")
    process = subprocess.Popen(args, cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the gateway did not start")


def amplification(url: str, pid: int, key: str) -> dict[str, Any]:
    numbers = ",".join(["1"] * 2_000_000)
    body = f'{{"model":"mini","messages":[{{"role":"user","content":"Hi"}}],"x":[{numbers}]}}'
    raw = body.encode()
    before = rss_mb(pid)

    errors: list[str] = []

    def send(_: int) -> int:
        headers = {"authorization": f"Bearer {key}", "content-type": "application/json"}
        response = httpx.post(
            f"{url}/v1/chat/completions", content=raw, headers=headers, timeout=120
        )
        if response.status_code >= 500:
            errors.append(response.text[:300])
        return response.status_code

    with ThreadPoolExecutor(32) as pool:
        statuses = list(pool.map(send, range(32)))
    return {
        "bodies": 32,
        "body_mb": round(len(raw) / 2**20, 2),
        "statuses": {str(s): statuses.count(s) for s in sorted(set(statuses))},
        "rss_before_mb": round(before, 1),
        "rss_peak_mb": round(rss_mb(pid, "VmHWM"), 1),
        "server_error_samples": errors[:2],
    }


def soak(url: str, pid: int, key: str, seconds: float) -> dict[str, Any]:
    before = rss_mb(pid)
    counts: dict[int, int] = {}
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker() -> None:
        with httpx.Client(headers={"authorization": f"Bearer {key}"}, timeout=60) as client:
            while time.monotonic() < stop:
                body = {"model": "mini", "messages": HELLO, "max_tokens": 16}
                status = client.post(f"{url}/v1/chat/completions", json=body).status_code
                with lock:
                    counts[status] = counts.get(status, 0) + 1

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "seconds": seconds,
        "concurrency": 16,
        "requests": sum(counts.values()),
        "server_errors": sum(n for s, n in counts.items() if s >= 500),
        "statuses": {str(s): n for s, n in sorted(counts.items())},
        "rss_before_mb": round(before, 1),
        "rss_after_mb": round(rss_mb(pid), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--soak-s", type=float, default=60.0)
    parser.add_argument("--no-soak", action="store_true")
    args = parser.parse_args()
    stub = StubThread(StubUpstream(record=False))
    with tempfile.TemporaryDirectory() as tmp:
        process, url = start_gateway(Path(tmp), stub)
        try:
            made = httpx.post(
                f"{url}/v1/admin/keys",
                json={"name": "probe", "budget_usd": "1000"},
                headers={"authorization": f"Bearer {MASTER}"},
            )
            key = made.json()["key"]
            report = {
                "load_average": os.getloadavg(),
                "amplification": amplification(url, process.pid, key),
                "soak": None if args.no_soak else soak(url, process.pid, key, args.soak_s),
            }
        finally:
            process.terminate()
            process.wait(30)
            stub.close()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
