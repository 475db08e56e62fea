"""Guardrails: scanners on the prompt and the answer, the moderation endpoint, human review."""
