"""The ``batch:`` section of the config: uploaded files, batch jobs and their worker."""

from __future__ import annotations

from pydantic import Field

from minigate.section import Section

MB = 1024 * 1024
GB = 1024 * MB


class BatchSettings(Section):
    """OpenAI's Files and Batch API (see docs/batch.md)."""

    enabled: bool = True
    files_dir: str | None = Field(
        default=None,
        description="Where uploaded and output files live; default: beside a SQLite store "
        "(minigate.db -> minigate.db.files/), else .minigate/files. Workers sharing a "
        "PostgreSQL store must see the same folder.",
    )
    max_file_bytes: int = Field(default=200 * MB, ge=1, description="Largest upload accepted.")
    max_stored_bytes_per_key: int | None = Field(
        default=2 * GB,
        ge=1,
        description="Bytes of uploaded files one key may keep at once (expired and deleted "
        "ones free theirs; batch output files and the master key's uploads do not count); "
        "null: no limit.",
    )
    max_files_per_key: int | None = Field(
        default=10_000,
        ge=1,
        description="Uploaded files one key may keep at once (as counted for "
        "max_stored_bytes_per_key; one page of GET /v1/files lists them all); null: no limit.",
    )
    max_lines: int = Field(default=50_000, ge=1, description="Most lines in one batch file.")
    max_line_bytes: int = Field(default=MB, ge=1, description="Longest line accepted.")
    worker: bool = Field(
        default=True,
        description="Run the batch worker inside the gateway; off when separate "
        "'minigate worker' processes do the work.",
    )
    concurrency: int = Field(default=8, ge=1, description="Lines one worker runs at once.")
    per_batch_concurrency: int = Field(
        default=1,
        ge=1,
        description="Lines of one batch that one worker runs at once. 1 keeps interactive "
        "latency on a local model within 2x of idle (benchmarks/batch.py); raise it for "
        "batches on upstream models.",
    )
    lease_s: float = Field(
        default=60.0,
        gt=0,
        description="A claimed line returns to the queue when its worker has not renewed "
        "its claim for this long (the worker died).",
    )
    retries: int = Field(
        default=6,
        ge=0,
        description="Retries of a line the model was too busy for (503), an upstream failed "
        "(502, 504) or a rate limit refused (429), 1 s apart and doubling up to 30 s.",
    )
    max_attempts: int = Field(
        default=3,
        ge=1,
        description="A line whose worker died this many times while running it fails instead "
        "of running again.",
    )
    poll_s: float = Field(
        default=0.5,
        gt=0,
        description="How often a worker looks again while a batch is active but gave it "
        "nothing to do (its lines wait to retry, or run elsewhere).",
    )
    idle_poll_s: float = Field(
        default=5.0,
        gt=0,
        description="How often a worker with no active batch looks for one. A batch created "
        "or cancelled through this process wakes it at once; one created through another "
        "process sharing the store waits up to this long.",
    )
    upstream_poll_s: float = Field(
        default=30.0,
        gt=0,
        description="How often a batch passed through to an upstream's Batch API is polled "
        "there (models with batch_passthrough).",
    )
    completion_window_s: float = Field(
        default=24 * 3600.0,
        gt=0,
        description="How long '24h' lasts; shorter only to test expiry.",
    )
