"""PII and secrets: regex candidates confirmed by checksums, redacted to reversible
placeholders. PERSON and street ADDRESS are out of reach of patterns and are not detected."""
