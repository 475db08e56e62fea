"""Batch jobs: OpenAI's Files and Batch API, run line by line through the pipeline.

An uploaded JSONL file (``files``) becomes a batch (``jobs``): its lines are checked up front
(``validate``) and queued in the store, one row each. Workers (``worker``), in the gateway or
in separate ``minigate worker`` processes, claim lines under a lease, run each through the
whole pipeline as the batch owner's key at background priority, and commit each result
together with its ledger row. A finished batch gets its output and error files
(``finalize``).
"""
