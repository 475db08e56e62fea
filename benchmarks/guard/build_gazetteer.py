#!/usr/bin/env python3
"""The name gazetteer the PERSON tagger reads: US given names and surnames, public domain.

    benchmarks/guard/fetch_sources.sh          # clones the two sources into .cache/
    .venv/bin/python benchmarks/guard/build_gazetteer.py

Sources (both US government works, in the public domain; the repositories only host them):

- Given names: the Social Security Administration's national baby-name files
  (ssa.gov/oact/babynames/names.zip), ``raw-data/yob1880.txt`` .. ``yob2020.txt`` as hosted
  by hackerb9/ssa-baby-names @ 0b1a131 (the repository's LGPL covers its scripts, which are
  not used). Kept: names given to at least ``MIN_GIVEN`` babies over all years.
- Surnames: the US Census Bureau's 1990 name files, ``sources/census-1990/dist.all.last``
  (88,799 surnames by frequency) and ``dist.{female,male}.first`` as hosted by
  nullstyle/name-database @ 46d2e01. Kept: the ``MAX_SURNAMES`` most frequent.

Names that are also common lower-case English words ("will", "rose", "white", "young") are
dropped: a word seen in lower case at least ``MIN_LOWER`` times in ordinary text (the shared
maths questions, headlines, Quora questions and SQuAD paragraphs) is a word first. The
output, ``src/minigate/guard/data/names_gazetteer.txt.gz``, has one ``<kind> <name>`` line
per name (``f`` given, ``l`` surname), lower case.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from pathlib import Path

import guardlib

SOURCES = guardlib.ROOT / ".cache" / "guard-sources"
SSA = SOURCES / "hackerb9+ssa-baby-names" / "raw-data"
CENSUS = SOURCES / "nullstyle+name-database" / "sources" / "census-1990"
OUT = guardlib.ROOT / "src" / "minigate" / "guard" / "data" / "names_gazetteer.txt.gz"
MIN_GIVEN = 1000
MAX_SURNAMES = 40000
MIN_LOWER = 3
_LOWER_WORD = re.compile(r"(?<![\w'])[a-z][a-z'-]*\b")


def given_names() -> set[str]:
    totals: Counter[str] = Counter()
    for path in sorted(SSA.glob("yob*.txt")):
        for line in path.read_text().splitlines():
            name, _, count = line.split(",")
            totals[name.lower()] += int(count)
    census = set()
    for part in ("dist.female.first", "dist.male.first"):
        census |= {line.split()[0].lower() for line in (CENSUS / part).read_text().splitlines()}
    return {n for n, c in totals.items() if c >= MIN_GIVEN} | census


def surnames() -> set[str]:
    lines = (CENSUS / "dist.all.last").read_text().splitlines()
    return {line.split()[0].lower() for line in lines[:MAX_SURNAMES]}


def common_words() -> set[str]:
    texts = [str(r["question"]) for r in guardlib.read_jsonl("tasks/gsm8k.jsonl")]
    texts += [str(r["headline"]) for r in guardlib.read_jsonl("tasks/headlines.jsonl")]
    texts += [str(r["text_a"]) for r in guardlib.read_jsonl("paraphrase/qqp_pairs.jsonl")]
    texts += [str(r["text"]) for r in guardlib.read_jsonl("rag/squad_sub_corpus.jsonl")]
    counts = Counter(w for t in texts for w in _LOWER_WORD.findall(t))
    return {w for w, c in counts.items() if c >= MIN_LOWER}


def main() -> None:
    if not SSA.is_dir() or not CENSUS.is_dir():
        raise SystemExit(f"{SSA} or {CENSUS} is missing: run benchmarks/guard/fetch_sources.sh")
    words = common_words()
    given = given_names() - words
    family = surnames() - words
    lines = [f"f {n}" for n in sorted(given)] + [f"l {n}" for n in sorted(family)]
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode(), mtime=0))
    size = Path(OUT).stat().st_size / 1024
    print(f"{len(given)} given names, {len(family)} surnames ({len(words)} common words out)")
    print(f"wrote {OUT.relative_to(guardlib.ROOT)} ({size:.0f} KiB)")


if __name__ == "__main__":
    main()
