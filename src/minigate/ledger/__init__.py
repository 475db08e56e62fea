"""The ledger: API keys, per-token cost accounting, budgets, rate limits and usage reports."""
