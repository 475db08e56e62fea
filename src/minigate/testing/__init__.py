"""Helpers for testing against minigate: a stand-in OpenAI-compatible upstream."""
