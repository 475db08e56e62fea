"""OpenAI wire models: what clients send and what they get back."""
