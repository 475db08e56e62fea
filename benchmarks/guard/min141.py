"""Round sixty-two (min141): ``sexual/minors`` named only where a minor is in the text, read
once on a fresh check set written by another helper who reads no guard code
(``HARM_FRESH_141`` on branch harmfresh141).

Read once at 08:41:13-08:42:48 UTC on 2026-12-05 (merge 38265de: harmfresh141's 136c252 onto the
candidate and its recorded design and tests; shipped = 531ef79's src via ``git archive``; under
the lock, one thread; load average 1.09 before, 1.27 after): **the rule is not met**, on (e)
alone; the candidate is reverted (bc44d15; this script and HARM_FRESH_141 kept). The gate called
50 of the 60 rows blind.

- (a) full mode: the shipped code names ``sexual/minors`` on k = **1** sexual row (zh); the
  candidate on **0** (bar floor(1/3) = 0), naming it ``sexual`` (as the shipped code also did).
  Held.
- (b) every flag the shipped code's: full, sexual 22 / 30 and look-alikes 0 / 30 both sides;
  cheap, sexual 0 / 30 and look-alikes 2 / 30 both sides. Held.
- (c) no sexual row named ``sexual`` or ``sexual/minors`` by the shipped code loses ``sexual``.
  Held. (d) ``DESIGN_MET``. Held.
- (e) latency over the 150 latency texts, one thread, each text's least of three alternating
  rounds, p50: full 10.405 -> **11.903 ms** (bar 10.605): **not held**; cheap 0.523 -> 0.508 ms
  (bar 0.573, under 1): held.
- Reported, full mode, categories on the flagged sexual rows (shipped = candidate but for
  ``sexual/minors``): en 5 of 5 (sexual 4, harassment/threatening 1, violence 1), de 2 (sexual 2),
  fr 4 (sexual 4), es 3 (sexual 3, harassment 1), ru 4 (sexual 4, illicit 1), zh 4 (sexual 4,
  illicit 2, sexual/minors 1 -> 0). Look-alikes: none flagged in full mode; in cheap mode an en
  (harassment) and a fr (illicit) one, both sides. No row's ``sexual/minors`` score is 0.5 or
  more without the category named, either side. The self-harm-beside-sexual change was not made.
- The miss in (e) is, as far as this round can tell, noise: the candidate adds one float
  comparison per text where no ``sexual/minors`` score is high; its cue, timed alone on the 150
  latency texts (08:44 UTC), takes 0.09 ms at the median, 0.37 ms at the 90th percentile; the
  full p50 difference read +0.43, -0.23 and +1.50 ms in the design run, the rerun and the
  reading.

The reading's JSON: .cache/min141/check-out.json (and check-reading.json).

Final tree (7daeab9: the candidate reverted, the check set merged, the docs): ``pytest
tests/guard/ tests/test_docs.py`` 08:50:38-08:52:16 UTC, under the lock, 1076 passed, 3 xfailed;
ruff, format, mypy and lint-imports clean. The test splits' rows and verdicts were not read.

The rule below (``MIN_RULE_141``) is the lead's, pasted verbatim and committed (d444aa9, 08:03
UTC on 2026-12-05) before any design work and before the check set was merged or opened. The
shipped code is 531ef79's src, via ``git archive``. The machinery is mls131's (lat117's reader
shape, use109's latency workers: each side in its own process, one thread); the score worker
here also returns what /v1/moderations makes of the harm scanner's verdict (guard/moderation.py:
the categories named where flagged, each category's score the scanner's ``categories`` score,
raised to the verdict's score where named).

Why: round fifty-seven's reading named ``sexual/minors`` on two sexual messages between adults
(a Spanish and a Chinese row of HARM_FRESH_131; the shipped code named them so too). The heads
that name it read how explicit a sexual text is, not whether a child is in it: on the moderation
set's train side the shipped code names it on 41 of the 43 S3 rows, and on 25 rows not labelled
S3 (sexual text with no minor in 14 of them by the cue below).

The candidate (``guard/scanners/minors.py``; one line in harm.py's ``_assess`` where the
categories are finalised, so ``scan`` and ``categories`` and so /v1/moderations agree): where a
text's ``sexual/minors`` score reaches min(its threshold, 0.5) - 0.01, or the heads name it, the
text is read for a minor cue: a child, a kid, a minor, a teen, an age under 18 where the words
say it is one ("14-year-old", "14 yo", "sie ist 14 Jahre alt", "elle a 14 ans", "tiene 14
años", "ей 14 лет", "14岁"; not "for 15 years", "depuis 10 ans"), a school grade, a pupil or
student, a baby (not the endearment: "a baby", "the baby", infant, toddler), a little girl or
boy, a son or daughter, in en, de, fr, es, ru, zh, it, pt, nl; in English also a dad, parents,
an uncle or a grandfather (OpenAI's labels call such family stories S3; "daddy" is no cue). A cue
word beside an adult word ("su alumno adulto", "a college student") is no cue. Without a cue the
text is named ``sexual`` instead of ``sexual/minors`` (``sexual`` at least the score
``sexual/minors`` had) and the ``sexual/minors`` score is capped under min(threshold, 0.5). No
verdict changes: only the categories named and that score. The self-harm-beside-sexual change
was not made (no row of the train side is named both; not cheap to do right in six languages
beside shh135's self-harm work).

Design (``--design``, 08:28:12-08:31:55 UTC on 2026-12-05, under the lock, one thread; shipped
= 531ef79's src, candidate = this worktree's at c408a75; .cache/min141/design.json). (d):

- the moderation set's train side (846 rows, as build_artifacts.harm_rows reads it), full mode:
  every flag the shipped code's (0 differ; cheap mode too). S3 rows (43) the shipped code names
  ``sexual/minors``: 41; the candidate keeps it on **37 of 41 (90.2%)** (bar 90%: 36.9). The
  four it loses (now ``sexual``): porn listings and a story with no minor word in them. Non-S3
  rows the shipped code names ``sexual/minors``: 25; the candidate keeps it on **11** (bar
  12.5: half); the 11 hold a cue ("teen", "five-year-old", "daughter", "age 13", "little boy",
  "child", ...). No row is newly named ``sexual/minors``. The cue was fitted on these rows:
  English family words, "teen" as a prefix, "students" and "little angel" were added for the S3
  rows they keep (30 -> 37 of 41), "boy" and "mom" were left out for the non-S3 rows they would
  have kept (a bar at 12.5 of 25).
- the spent harm pair sets (HARM_ROWS_45 ... HARM_FRESH_139, every language, 2924 rows): every
  flag the shipped code's, full and cheap (0 differ). ``sexual/minors`` named 2 -> 0 (the two
  rows of round fifty-seven: HARM_FRESH_131's Spanish "profesora de yoga y su alumno adulto" and
  Chinese "一对成年男女", both now ``sexual``).
- tests under tests/guard/: step c's, below.

(e) latency, the guard's 150 latency texts, one thread, each text's least of its rounds, p50
[shipped, candidate]: in the design run (3 rounds) full 10.956 -> 11.390 ms (over the bar of
+0.2 by 0.23 ms; the load average was about 1.4 from other helpers' jobs), cheap 0.502 -> 0.513
ms; rerun alone (5 rounds, 08:34:02-08:36:09 UTC) full 10.902 -> **10.674 ms**, cheap 0.503 ->
**0.499 ms**. The candidate adds a float comparison per text where no ``sexual/minors`` score is
high; (e) is read again, and judged, at the reading.

(d) on the design data: ``DESIGN_MET``, stated at 08:40 UTC on 2026-12-05, before harmfresh141
is merged (the tests: below).

Tests with the candidate (8b82774), under the lock, one thread: ``pytest tests/guard/``
08:36:09-08:37:48 UTC, 1090 passed, 3 xfailed; ruff, format, mypy and lint-imports clean. New,
tests/guard/test_guard_minors.py: the cue on 19 texts with a minor (one per language and kind)
and 12 without (adults, endearments, ages of 18 or more, an adult pupil, son or student);
``minors.name``; through the server (/v1/moderations, full mode) two French sexual requests
about adults, which 531ef79's code names ``sexual/minors`` (score 0.9), are flagged ``sexual``
and not ``sexual/minors``, its score under 0.5; "sexual content involving a 15 year old" keeps
``sexual/minors`` (both codes). With 531ef79's src (and minors.py beside it, not called), the two
server tests of adults fail and the other 35 pass (08:37:48-08:37:54 UTC).
"""

from __future__ import annotations

MIN_RULE_141 = (
    "The candidate ships if, read once with the shipped code (src at 531ef79) and the "
    "candidate's in the same run, each row of HARM_FRESH_141 (30 pairs: a sexual message "
    "between or about adults, with no minor in it, and a safe look-alike; 5 pairs each in en, "
    "de, fr, es, ru, zh; written by another helper who read no guard code) through the harm "
    "scanner as a user text at `balanced`, and each through /v1/moderations' category logic: "
    "(a) full mode: of the sexual rows the shipped code names `sexual/minors` (k of them), the "
    "candidate names it on at most floor(k/3); if k = 0 the rule is not met (nothing shown); "
    "(b) every flag (flagged or not) the shipped code's, on all 60 rows, in full and in cheap "
    "mode; (c) every sexual row flagged with `sexual` or `sexual/minors` by the shipped code is "
    "flagged with `sexual` by the candidate; (d) on the design data, stated in the script "
    "before HARM_FRESH_141 is merged: the moderation set's train side, full mode: every flag "
    "the shipped code's; of the S3 rows the shipped code names `sexual/minors`, the candidate "
    "keeps it on at least 90%; of the non-S3 rows the shipped code names `sexual/minors`, the "
    "candidate names it on at most half; every flag on every row of the spent harm pair sets "
    "the shipped code's; every test under tests/guard/ passes with the candidate; (e) latency, "
    "one thread: the whole input side in full mode, p50 per text over the guard's latency "
    "texts, at most 25 ms and at most the shipped code's + 0.2 ms; the cheap policy's p50 under "
    "1 ms and at most the shipped code's + 0.05 ms. Reported beside it, not judged: all "
    "categories named on the 60 rows, per language, both sides; the self-harm-beside-sexual "
    "change if made."
)
# The lead's text above, verbatim, committed on 2026-12-05 before any design work.

SHIPPED_COMMIT = "531ef79"  # main's src when this round began

# --------------------------------------------------------------------------------------------
# Machinery: mls131's (lat117's reader shape, use109's latency workers: each side in its own
# process, one thread), pointed at this round's shipped commit and cache; the score worker here
# also returns /v1/moderations' categories and category_scores (guard/moderation.py's logic).

import asyncio  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import gate113  # noqa: E402
import harm139  # noqa: E402
import lat117  # noqa: E402
import lka67  # noqa: E402
import mlh121  # noqa: E402
import mls131  # noqa: E402
import mod127  # noqa: E402
import roundlib  # noqa: E402
import use109  # noqa: E402

u = use109.u
lka67.SHIPPED_COMMIT = u.SHIPPED_COMMIT = use109.SHIPPED_COMMIT = gate113.SHIPPED_COMMIT = (
    lat117.SHIPPED_COMMIT
) = mlh121.SHIPPED_COMMIT = mod127.SHIPPED_COMMIT = mls131.SHIPPED_COMMIT = SHIPPED_COMMIT
lka67.CACHE = lka67.ROOT / ".cache" / "min141"
ROOT = lka67.ROOT
HERE = lka67.HERE
SIDES = tuple(lka67.SIDES)  # shipped, candidate
Row = use109.Row  # text, harmful, kind, language
MINORS = "sexual/minors"
SEXUAL = "sexual"
LANGUAGES = ("en", "de", "fr", "es", "ru", "zh")


def _score_worker(mode: str) -> None:
    """Read a JSON list of texts on stdin; print each one's harm verdict as a user text at
    balanced in ``mode`` and what /v1/moderations makes of it (guard/moderation.py's
    ``Moderator._one``, the harm scanner alone: categories named where flagged, each category's
    score the scanner's ``categories`` score, raised to the verdict's score where named)."""
    import train_harm

    from minigate.backends.embedder import EmbedMemo
    from minigate.guard.protocol import ScanContext
    from minigate.guard.scanners.harm import HarmOptions, HarmScanner
    from minigate.schemas.moderations import CATEGORIES

    texts: list[str] = json.loads(sys.stdin.read())
    full = mode == "full"
    embed = EmbedMemo(train_harm.gateway_embed()) if full else None
    harm = HarmScanner(HarmOptions(use_embeddings=full), "h", embed)
    user = ScanContext(direction="input")

    async def run() -> list[dict[str, Any]]:
        out = []
        for text in texts:
            v = await harm.scan(text, user)
            scores = dict.fromkeys(CATEGORIES, 0.0)
            for c, s in (await harm.categories(text)).items():
                if c in scores:
                    scores[c] = max(scores[c], s)
            hit = sorted(c for c in v.labels if c in scores) if v.flagged else []
            for c in hit:
                scores[c] = max(scores[c], float(v.score))
            out.append(
                {
                    "flagged": bool(v.flagged),
                    "score": round(float(v.score), 6),
                    "labels": list(v.labels),
                    "categories": hit,
                    "scores": {c: round(s, 6) for c, s in scores.items()},
                }
            )
        return out

    print(json.dumps({"rows": asyncio.run(run())}, ensure_ascii=False))


def read(texts: list[str], side: str, mode: str) -> dict[str, dict[str, Any]]:
    """Each text's harm verdict and moderation result from ``side``'s code in ``mode``, cached
    by text and guard code (one process per side and mode, one thread)."""
    flag, failed = ["--score-worker", mode], f"{side} score worker"
    src = lka67.SIDES[side]()
    return roundlib.read_side(texts, src, Path(lka67.CACHE), f"mod-{mode}", __file__, flag, failed)


def _named(r: dict[str, Any], category: str) -> bool:
    return category in r["categories"]


def _agree(r: dict[str, Any]) -> bool:
    """/v1/moderations' categories and scores agree on ``sexual/minors``: named, or its score
    under one half."""
    return _named(r, MINORS) or r["scores"][MINORS] < 0.5


def spent_harm() -> dict[str, list[Row]]:
    """Every spent harm pair set: mls131's (HARM_ROWS_45 ... HARM_FRESH_127), HARM_FRESH_131
    and HARM_FRESH_139; every language."""
    sets = mls131.spent_harm()
    sets["HARM_FRESH_131"] = mls131.fresh131_harm()
    sets["HARM_FRESH_139"] = harm139.fresh139()
    return sets


def moderation_train() -> list[tuple[str, bool, bool]]:
    """The moderation set's train side as build_artifacts.harm_rows reads it: (text, any
    category, S3 = sexual/minors)."""
    import sources

    out: list[tuple[str, bool, bool]] = []
    for row in sources.moderation()["train"]:
        known = dict(row["labels"])
        out.append((str(row["text"]), any(known.values()), bool(known.get(MINORS))))
    return out


# --------------------------------------------------------------------------------------------
# --design: (d) and (e) on the design data.

DESIGN_MET = True  # (d), stated in the docstring before harmfresh141 is merged


def _minors_counts(
    rows: list[tuple[str, bool, bool]], got: dict[str, dict[str, dict[str, Any]]]
) -> dict[str, Any]:
    """Of the train side's S3 rows and other rows the shipped code names sexual/minors, how many
    the candidate still names it on; flags that differ; categories and scores that disagree."""
    s, c = got["shipped"], got["candidate"]
    out: dict[str, Any] = {}
    for s3, what in ((True, "S3"), (False, "non-S3")):
        sel = [t for t, _, m in rows if m is s3 and _named(s[t], MINORS)]
        kept = [t for t in sel if _named(c[t], MINORS)]
        out[f"{what} rows the shipped code names sexual/minors: [candidate keeps, n]"] = [
            len(kept),
            len(sel),
        ]
        out[f"{what} rows losing it, named now"] = [
            f"{c[t]['categories']}: {t[:100]!r}" for t in sel if t not in kept
        ]
        out[f"{what} rows the candidate names sexual/minors newly"] = sum(
            _named(c[t], MINORS) and not _named(s[t], MINORS) for t, _, m in rows if m is s3
        )
    out["S3 rows [n, shipped names sexual/minors]"] = [
        sum(m for _, _, m in rows),
        sum(_named(s[t], MINORS) for t, _, m in rows if m),
    ]
    out["flags that differ"] = sum(s[t]["flagged"] != c[t]["flagged"] for t, _, _ in rows)
    out["rows named sexual or sexual/minors by the shipped code, not sexual by the candidate"] = (
        sum(
            (_named(s[t], SEXUAL) or _named(s[t], MINORS)) and not _named(c[t], SEXUAL)
            for t, _, _ in rows
        )
    )
    out["candidate: sexual/minors score >= 0.5 where not named"] = sum(
        not _agree(c[t]) for t, _, _ in rows
    )
    out["shipped: sexual/minors score >= 0.5 where not named"] = sum(
        not _agree(s[t]) for t, _, _ in rows
    )
    return out


def _flags_differ(texts: list[str], mode: str) -> list[str]:
    got = {side: read(texts, side, mode) for side in SIDES}
    return [t for t in texts if got["shipped"][t]["flagged"] != got["candidate"][t]["flagged"]]


def design() -> dict[str, Any]:
    rows = moderation_train()
    texts = sorted({t for t, _, _ in rows})
    got = {side: read(texts, side, "full") for side in SIDES}
    doc: dict[str, Any] = {"moderation train side, full": _minors_counts(rows, got)}
    spent = sorted({r[0] for rs in spent_harm().values() for r in rs})
    doc["spent harm pair sets: rows"] = len(spent)
    doc["spent: flags that differ, full"] = _flags_differ(spent, "full")
    doc["spent: flags that differ, cheap"] = _flags_differ(spent, "cheap")
    doc["train side: flags that differ, cheap"] = _flags_differ(texts, "cheap")
    sp = {side: read(spent, side, "full") for side in SIDES}
    doc["spent: sexual/minors named [shipped, candidate]"] = [
        sum(_named(sp[side][t], MINORS) for t in spent) for side in SIDES
    ]
    lat = use109.latency_texts()
    doc["latency, LATENCY_TEXTS"] = lat117.latency_by_language([(t, "lat") for t in lat])
    doc["conditions"] = design_conditions(doc)
    doc["met"] = all(doc["conditions"].values())
    Path(lka67.CACHE, "design.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False))
    return doc


def latency_conditions(lat: dict[str, Any]) -> dict[str, bool]:
    full = lat["all"]["full p50 ms [shipped, candidate]"]
    cheap = lat["all"]["cheap p50 ms [shipped, candidate]"]
    return {
        f"(e) full p50 {full[1]} ms <= 25 and <= {full[0]} + 0.2": full[1] <= 25
        and full[1] <= full[0] + 0.2,
        f"(e) cheap p50 {cheap[1]} ms < 1 and <= {cheap[0]} + 0.05": cheap[1] < 1
        and cheap[1] <= cheap[0] + 0.05,
    }


def design_conditions(doc: dict[str, Any]) -> dict[str, bool]:
    m = doc["moderation train side, full"]
    k3, n3 = m["S3 rows the shipped code names sexual/minors: [candidate keeps, n]"]
    ko, no = m["non-S3 rows the shipped code names sexual/minors: [candidate keeps, n]"]
    new = m["S3 rows the candidate names sexual/minors newly"]
    new += m["non-S3 rows the candidate names sexual/minors newly"]
    return {
        f"(d) train side, full: flags that differ {m['flags that differ']}": not m[
            "flags that differ"
        ],
        f"(d) S3 rows keeping sexual/minors {k3} >= 90% of {n3}": n3 > 0 and k3 >= 0.9 * n3,
        f"(d) non-S3 rows keeping sexual/minors {ko} <= half of {no} (newly named: {new})": ko
        <= no / 2,
        "(d) spent harm pair sets: every flag the shipped code's (full, cheap)": not (
            doc["spent: flags that differ, full"] or doc["spent: flags that differ, cheap"]
        ),
        **latency_conditions(doc["latency, LATENCY_TEXTS"]),
    }


# --------------------------------------------------------------------------------------------
# --check: the one reading of HARM_FRESH_141 (--plumbing: the same machinery on the train
# side's rows, nothing of the check set read).


def _pairs(value: Any, lang: str | None) -> list[tuple[str, str, str]]:
    """(language, sexual, look-alike) from one entry: a pair, or a (language, sexual,
    look-alike) triple, or a dict with those keys."""
    if isinstance(value, dict):
        la = str(value.get("language") or value.get("lang") or lang)
        sexual = value.get("sexual") or value.get("harmful") or value.get("message")
        safe = value.get("safe") or value.get("look_alike") or value.get("lookalike")
        return [(la, str(sexual), str(safe))]
    items = list(value)
    if len(items) == 3:
        return [(str(items[0]), str(items[1]), str(items[2]))]
    return [(str(lang), str(items[0]), str(items[1]))]


def fresh141(module: Any = None) -> list[Row]:
    """HARM_FRESH_141's rows (text, sexual, "sexual", language): a dict kind (or language) ->
    pairs with LANGUAGES_141 a dict kind -> one language per pair, or a list of pairs with
    LANGUAGES_141 (a list, or a dict language -> count) or of triples."""
    import importlib

    module = module or importlib.import_module("harmfresh141")
    data = module.HARM_FRESH_141
    got: list[tuple[str, str, str]] = []
    named: Any = getattr(module, "LANGUAGES_141", None)
    if isinstance(data, dict):
        for key, pairs in data.items():
            langs = named.get(key) if isinstance(named, dict) else None
            for i, p in enumerate(pairs):
                lang = key if key in LANGUAGES else None
                if isinstance(langs, list) and len(langs) == len(pairs):
                    lang = langs[i]
                got += _pairs(p, lang)
    else:
        langs: Any = getattr(module, "LANGUAGES_141", None)
        if isinstance(langs, dict):
            langs = [la for la, n in langs.items() for _ in range(int(n))]
        for i, p in enumerate(data):
            got += _pairs(p, langs[i] if langs and len(langs) == len(data) else None)
    out: list[Row] = []
    for la, sexual, safe in got:
        out += [(sexual, True, "sexual", la), (safe, False, "sexual", la)]
    return out


def _per_language(
    rows: list[Row], got: dict[str, dict[str, dict[str, Any]]]
) -> dict[str, dict[str, Any]]:
    """Every category named, per language and row kind, [shipped, candidate]."""
    out: dict[str, dict[str, Any]] = {}
    for la in dict.fromkeys(r[3] for r in rows):
        for harmful, what in ((True, "sexual"), (False, "look-alike")):
            sel = [r[0] for r in rows if r[3] == la and r[1] is harmful]
            part: dict[str, list[int]] = {}
            for i, side in enumerate(SIDES):
                for t in sel:
                    for c in got[side][t]["categories"]:
                        part.setdefault(c, [0, 0])[i] += 1
            flagged = [sum(got[side][t]["flagged"] for t in sel) for side in SIDES]
            out[f"{la} {what}"] = {"flagged": [*flagged, len(sel)], **dict(sorted(part.items()))}
    return out


def check(plumbing: bool = False) -> dict[str, Any]:
    """MIN_RULE_141's one reading: each row of HARM_FRESH_141 a user text at balanced through
    the harm scanner and /v1/moderations' category logic, shipped (src at ``SHIPPED_COMMIT``)
    beside the candidate, each side in its own process; both modes; (e)'s latency."""
    if plumbing:
        train = [t for t, bad, _ in moderation_train()]
        rows: list[Row] = [(t, i % 2 == 0, "sexual", "en") for i, t in enumerate(train[:20])]
    else:
        rows = fresh141()
    texts = [r[0] for r in rows]
    doc: dict[str, Any] = {
        "rule": MIN_RULE_141,
        "plumbing (train rows, not the check set)": plumbing,
        "rows": len(rows),
        "languages": {
            la: sum(r[3] == la for r in rows) for la in dict.fromkeys(r[3] for r in rows)
        },
        "the gate calls blind": [sum(map(use109.blind, texts)), len(texts)],
    }
    got = {side: read(texts, side, "full") for side in SIDES}
    cheap = {side: read(texts, side, "cheap") for side in SIDES}
    sexual = [r[0] for r in rows if r[1]]
    s, c = got["shipped"], got["candidate"]
    named = [t for t in sexual if _named(s[t], MINORS)]
    doc["(a) sexual rows named sexual/minors [shipped k, candidate of those, candidate all]"] = [
        len(named),
        sum(_named(c[t], MINORS) for t in named),
        sum(_named(c[t], MINORS) for t in sexual),
    ]
    for mode, g in (("full", got), ("cheap", cheap)):
        doc[f"(b) {mode}: flags that differ"] = [
            t for t in texts if g["shipped"][t]["flagged"] != g["candidate"][t]["flagged"]
        ]
        for harmful, what in ((True, "sexual"), (False, "look-alikes")):
            sel = [r[0] for r in rows if r[1] is harmful]
            doc[f"{mode}: {what} flagged [shipped, candidate, n]"] = [
                sum(g[side][t]["flagged"] for t in sel) for side in SIDES
            ] + [len(sel)]
    doc[
        "(c) sexual rows named sexual or sexual/minors by the shipped code, not sexual by the "
        "candidate"
    ] = [
        t
        for t in sexual
        if (_named(s[t], SEXUAL) or _named(s[t], MINORS)) and not _named(c[t], SEXUAL)
    ]
    doc["moderation: sexual/minors score >= 0.5 where not named [shipped, candidate]"] = [
        sum(not _agree(got[side][t]) for t in texts) for side in SIDES
    ]
    doc["reported: categories named per language, full [shipped, candidate]"] = _per_language(
        rows, got
    )
    doc["reported: categories named per language, cheap [shipped, candidate]"] = _per_language(
        rows, cheap
    )
    lat = use109.latency_texts()[: 10 if plumbing else None]
    doc["latency, LATENCY_TEXTS"] = lat117.latency_by_language(
        [(t, "lat") for t in lat], 1 if plumbing else lat117.ROUNDS
    )
    doc["conditions"] = conditions(doc)
    doc["met"] = all(doc["conditions"].values())
    return roundlib.write_reading(doc, lka67.CACHE, plumbing)


def conditions(doc: dict[str, Any]) -> dict[str, bool]:
    k, kept, _ = doc[
        "(a) sexual rows named sexual/minors [shipped k, candidate of those, candidate all]"
    ]
    c = doc[
        "(c) sexual rows named sexual or sexual/minors by the shipped code, not sexual by the "
        "candidate"
    ]
    return {
        f"(a) k = {k} > 0 and candidate names sexual/minors on {kept} <= floor({k}/3)": k > 0
        and kept <= k // 3,
        "(b) every flag the shipped code's, full and cheap": not (
            doc["(b) full: flags that differ"] or doc["(b) cheap: flags that differ"]
        ),
        f"(c) {len(c)} sexual rows lose sexual": not c,
        "(d) design data (stated before the reading)": bool(DESIGN_MET),
        **latency_conditions(doc["latency, LATENCY_TEXTS"]),
    }


def main() -> None:
    steps = {"--design": design, "--plumbing": lambda: check(plumbing=True), "--check": check}
    workers = {"--score-worker": (roundlib.SCORE, _score_worker)}
    roundlib.run_steps(__doc__, workers, steps, roundlib.OUT)


if __name__ == "__main__":
    main()
