"""What the name and address tagger reads and writes, shared by the model (``encoder.py``)
and the code that feeds it and reads its spans (``names.py``), without importing torch."""

from __future__ import annotations

Word = tuple[str, int, int]  # a word or punctuation mark, with its start and end offsets
FEATURES = ("title", "upper", "digit", "given", "surname", "start", "first_piece", "nonascii")
LABELS = ("O", "B-PERSON", "I-PERSON", "B-ADDRESS", "I-ADDRESS")
TAGGED = ("PERSON", "ADDRESS")  # the kinds it tags, in one pass
