"""HTTP routes: the OpenAI API under /v1 and the operator endpoints."""
