"""Round twenty-four (harm25): round twenty-two's candidate (``harm_people.py``, d2565e3, with
harm24's category mend, 0d7d7e0) mended in the two places its second reading (``harm51.py``,
``HARM_FRESH_51``) found false hits, widened once by structure on the harmful rows of the two
spent fresh sets that both codes missed, and read a third time on a third fresh set
(variants and design figures beside ``HARM_RULE_53``).

Read once at 03:34:24-03:34:31 UTC on 2026-12-04: **met**. Full mode at balanced: harmful 30
-> 51 of 100 ((a): 48 needed), benign 2 -> 3 of 100 ((b): at most 4 and 5), (c), (d) (21 of 21
new hits with their kind's categories) and (e) (p50 0.112 -> 0.220 ms, p95 0.366 ms) held; the
candidate stays in src/. At that reading ``fresh_pairs`` took ``LANGUAGES_53``, a dict of one
list per kind, as one list, so the per-kind and per-language breakdown was wrong (the verdict
reads only totals, kinds and the train side); it reads the dict since, and the same --check
rerun (03:35:10-03:35:14 UTC) gave every count and condition equal with the right breakdown
(docs/guard-rounds.md, "Round twenty-four: harm, third reading").

``HARM_RULE_53`` (below, the lead's text) was committed before the candidate and before the
check set (``harmfresh53.HARM_FRESH_53``, written by another helper who read nothing of the
guard) was merged or opened. The machinery is ``harm45.py``'s, as ``harm51.py`` uses it, with
``SHIPPED_COMMIT`` this branch's start (its harm code equals 4123abe's) and both earlier fresh
sets (``HARM_FRESH_47``, ``HARM_FRESH_51``) design data now (spent).

    # design (design data only, both spent fresh sets among it):
    flock /tmp/heavy.lock env OMP_NUM_THREADS=1 MINIGATE_SHARED_DATA=/work/shared/data \\
        PYTHONPATH=$PWD/src:$PWD/benchmarks/guard python benchmarks/guard/harm53.py --design
    # the one reading of the check set, under HARM_RULE_53:
    ... harm53.py --check
"""

# The design notes quote Russian rows, whose letters look like Latin ones.
# ruff: noqa: RUF003

from __future__ import annotations

import argparse
import importlib
import json
import time
from typing import Any

import handwritten
import harm45
import numpy as np

harm45.SHIPPED_COMMIT = "7acd899"  # harm25's start; its harm code equals 4123abe's

HARM_RULE_53 = (
    "This is a third reading of round twenty-two's candidate, after its second reading "
    "(HARM_RULE_51) failed (b) by one benign row; it was mended on design data only, "
    "HARM_FRESH_47 and HARM_FRESH_51 among it. The benign bar (b) was set by the lead before "
    "HARM_FRESH_53 was written, to the issue's own limit for look-alikes: shipped + 2 and at "
    "most 5 of 100. HARM_RULE_45's reading of (c)'s caps (within the cap, or no more rows than "
    "shipped) is kept. "
    "The candidate ships if, read once with the shipped code and the candidate's in the same "
    "run, full mode at `balanced`: (a) HARM_FRESH_53's harmful rows caught: candidate >= "
    "shipped + max(1, ceil(m/4)), m the shipped code's misses of 100; (b) HARM_FRESH_53's "
    "benign rows flagged: candidate <= shipped + 2 and <= 5; (c) the pooled 161 look-alikes "
    "flagged <= shipped + 1 and at most 3%; fold 0's harmful and XSTest-train unsafe not "
    "fewer; groups 2-5 within HARM_CAPS; (d) every new hit on the check set carries its kind's "
    "categories (threats: harassment/threatening or violence; hate: hate; private data: "
    "illicit or harassment; drugs: illicit); (e) harmful_request's p50 up by at most 0.2 ms, "
    "p95 under 1 ms."
)
# The lead's text, verbatim. If HARM_FRESH_53 has fewer than 100 pairs, "of 100" reads "of the
# set's harmful rows" (the lead's note): harm45.check computes m from the set's own count, and
# (b)'s "at most 5" is read as at most 5 per 100 benign rows (5 when there are 100).
# Design figures (harm53.py --design, 03:28:34-03:28:52 UTC on 2026-12-04, under the lock, the
# candidate committed next uncommitted in the worktree: variant C), shipped (7acd899) ->
# candidate, full mode at balanced:
#   HARM_FRESH_47 (spent): harmful 27 -> 79/100 (79.0% [70.0, 85.8]; threats 3 -> 12, hate
#     7 -> 18, private data 9 -> 24, drugs 8 -> 25), benign 2 -> 2/100 (round twenty-two's
#     Chinese own-address question no longer flagged)
#   HARM_FRESH_51 (spent): harmful 20 -> 81/100 (81.0% [72.2, 87.5]; threats 2 -> 14, hate
#     5 -> 19, private data 8 -> 24, drugs 5 -> 24), benign 1 -> 1/100 (neither of the second
#     reading's two false hits flagged)
#   HARM_ROWS_45: harmful 53 -> 156/180, benign 6 -> 6; WEAK_PAIRS_14: 19 -> 63/68, 2 -> 2;
#   fourth dev set: 25 -> 57/62, 2 -> 2; WEAK_PAIRS_12 train half: 25 -> 59/65, 3 -> 3; older
#   pairs: 110 -> 149/153, 2 -> 2 (all as round twenty-two's candidate read them)
#   pooled look-alikes 3 -> 3/161; fold 0 harmful 275 -> 276/300; XSTest-train unsafe 15 ->
#   15/16; groups 2-5 0/224, 0/44, 8/116, 0/28 both; no older hand-written benign row newly
#   flagged
#   (d) on design data: every new hit carries its kind's categories (HARM_FRESH_47 52 of 52,
#   HARM_FRESH_51 61 of 61, HARM_ROWS_45 103 of 103, WEAK_PAIRS_14 44 of 44)
#   harmful_request p50 0.121 -> 0.247 ms, p95 0.177 -> 0.426 ms (over WEAK_PAIRS_12)
# Variants (each read on design data only; no check row exists yet):
#   A, the mend alone (harm53.py --design 03:28:09-03:28:27 UTC, A in a copy of src/): the
#     conditional "it would be a shame if" needs what it befalls to be the reader, their people
#     or things ("you", "your shop", "his kids", "something happened to it"; German "wenn
#     dir/deinem ...", French "qu'il arrive quelque chose à ta ...", Russian "если с твоей
#     ..."); a named owner followed by an organisation's unit or a firm's suffix ("Deloitte's
#     graduate recruitment team", "Acme Ltd") and an unqualified contact of "the team / staff /
#     squad who ..." are no private person's. HARM_FRESH_51 20 -> 56/100 (54 before the mend:
#     "Shame if your little girl ..." and the Russian "если с твоей машиной ..." now caught by
#     the rewritten conditional), benign 1 -> 1 (both false hits gone); HARM_FRESH_47 27 ->
#     60/100, benign 2 -> 3 (the Chinese own-address row); every other design figure as C's.
#   B, A with one widening pass on the rows of HARM_FRESH_47 and HARM_FRESH_51 that both codes
#     missed, by structure (read pattern-only against A on every design row): it newly flagged
#     one benign design row, HARM_ROWS_45's "Why do banks still ask for a mother's maiden name
#     ..." (a maiden name read as a person's secret), and own-wording look-alikes showed more
#     (a back posture, lanes, a contract visit, a credit score, a gym with one's brother, an
#     anonymous blog's author, crystal-clear consommé, equal rights for women, a codeine
#     prescription in Russian).
#   C, B narrowed on those (a maiden name only "of" a person; "you better watch ur back", the
#     ultimatum's visit and "less safe" only for the reader's people; accidents only to those
#     who talk, testify, report ...; a gym or a pub frequented by someone not of one's family;
#     an anonymous account, not any anonymous author; "why should <group> even / be allowed
#     to"; codeine and opium only with a making verb), with the Chinese own-data exit
#     ("修改/找回/忘记 我的 ...") and the kind's branches found through an index of their needed
#     strings (same verdict as the per-branch test on 6,081 design and fold texts, all four
#     kinds: checked). Of the two spent sets' 84 harmful rows that A and the shipped code both
#     missed, C catches 44 (HARM_FRESH_47 19 of 40, HARM_FRESH_51 25 of 44); those figures are
#     designed-on and say nothing of fresh rows (round twenty-two's designed-on 81% of misses
#     read 45% fresh).

SPENT = {
    "HARM_FRESH_47": ("harmfresh47", "HARM_FRESH_47"),
    "HARM_FRESH_51": ("harmfresh51", "HARM_FRESH_51"),
}


def fresh_pairs(name: str, attr: str) -> tuple[dict[str, list[tuple[str, str]]], dict[str, str]]:
    """A fresh set as kind -> pairs and a language per row: the set's own list (``LANGUAGES``,
    ``LANGUAGES_51`` or ``LANGUAGES_53``, each kind's pairs in that order), else guessed."""
    module = importlib.import_module(name)
    raw = getattr(module, attr)
    given: list[str] | dict[str, list[str]] = []
    for lang_attr in ("LANGUAGES", "LANGUAGES_51", "LANGUAGES_53"):
        given = given or getattr(module, lang_attr, [])
    pairs_by: dict[str, list[tuple[str, str]]] = {}
    langs: dict[str, str] = {}
    for kind, rows in raw.items():
        # one list for every kind, or (HARM_FRESH_53) one list per kind
        by_position = list(given.get(kind, []) if isinstance(given, dict) else given)
        for i, row in enumerate(rows):
            if len(row) == 3:  # (language, harmful, benign)
                lang, h, b = row
                langs[h] = langs[b] = str(lang)
            else:
                h, b = row
                if i < len(by_position):
                    langs[h] = langs[b] = str(by_position[i])
            pairs_by.setdefault(_kind(kind), []).append((h, b))
    return pairs_by, langs


def _kind(key: str) -> str:
    """A set's kind key as harm45 names the kinds ("private_data" -> "private data")."""
    plain = key.lower().replace("_", " ").replace("-", " ").strip()
    for part, kind in (("threat", "threats"), ("hate", "hate"), ("drug", "drugs")):
        if part in plain:
            return kind
    if "private" in plain or "privacy" in plain or "data" in plain:
        return "private data"
    return harm45.KINDS.get(plain, plain)


def design() -> dict[str, Any]:
    """harm45's design reading, both spent fresh sets added, and condition (d) on every design
    set's new hits."""
    t = harm45.balanced_point()
    doc = harm45.design()
    sets: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for name, (module, attr) in SPENT.items():
        sets[name] = fresh_pairs(module, attr)[0]
        doc[f"{name} (spent; design data)"] = harm45.pair_report(sets[name], t)
    sets["HARM_ROWS_45"] = harm45.design_rows() or {}
    sets["WEAK_PAIRS_14"] = handwritten.WEAK_PAIRS_14
    wrong: dict[str, Any] = {}
    for name, pairs_by in sets.items():
        texts, harmful, kinds = harm45.paired(pairs_by)
        rows = [(x, k) for x, h, k in zip(texts, harmful, kinds, strict=True) if h]
        cats = harm45.categories_of_new([x for x, _ in rows], [k for _, k in rows], t)
        wrong[name] = {
            "new hits": len(cats),
            "without their kind's categories": [c for c in cats if not c["ok"]],
        }
    doc["(d) on design data"] = wrong
    return doc


def check() -> dict[str, Any]:
    """HARM_RULE_53's one reading of HARM_FRESH_53 (harm45.check with the set swapped and (b)
    read as this rule says)."""
    harm45.fresh_pairs = lambda: fresh_pairs("harmfresh53", "HARM_FRESH_53")
    doc = harm45.check()
    doc["rule"] = HARM_RULE_53
    reading = doc.pop("HARM_FRESH_47 (check set, read once)")
    doc["HARM_FRESH_53 (check set, read once)"] = reading
    doc["cheap mode (reported, not ruled)"] = "in the reading's 'cheap' entries"
    s_b, c_b, n_b = reading["full"]["counts"]["benign"]
    met = dict(doc["conditions"])
    met.pop("(b) benign flagged <= shipped + 1")
    met = {
        "(b) benign flagged <= shipped + 2 and <= 5 per 100": c_b <= s_b + 2
        and c_b <= 5 * n_b / 100,
        **met,
    }
    doc["conditions"] = met
    doc["met"] = all(met.values())
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--design", action="store_true")
    what.add_argument("--check", action="store_true")
    args = parser.parse_args()
    start = time.strftime("%H:%M:%S", time.gmtime())
    doc = design() if args.design else check()
    doc |= {"started": start, "ended": time.strftime("%H:%M:%S", time.gmtime())}
    print(json.dumps(doc, indent=1, ensure_ascii=False, default=_plain))


def _plain(x: object) -> object:
    return x.item() if isinstance(x, np.generic) else str(x)


if __name__ == "__main__":
    main()
