"""minigate: an OpenAI-compatible gateway that makes small language models practical."""

__version__ = "0.1.0"
