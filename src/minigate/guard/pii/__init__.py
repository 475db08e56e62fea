"""PII and secrets: regex candidates confirmed by checksums, names and street addresses by a
fine-tuned MiniLM token tagger (``names.py``), all redacted to reversible placeholders."""
