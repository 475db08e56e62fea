# The lead's rule is pasted verbatim in the docstring below, its lines as written.
# ruff: noqa: E501
"""Round one hundred and three (od255): over-defense, the prompt route's n-gram model and window
classifier refitted with written benign fiction, role-play and attack-word prompts among their
negatives, and the heuristics' floor dropped where only persona, authority or role-play patterns
fired; read once on a fresh check set written by another helper who reads no guard code
(``fresh255`` on branch fresh255).

The rule below (``OD_RULE_255``) is the lead's, pasted verbatim and committed before any
design work and before the check set or od255's rows were written, merged or opened:

OD_RULE_255 (the lead's). The shipped code (main's src at 6f9475d, via git archive) and the candidate are read once in the same run; each row of fresh255 (60 direct attacks and 60 benign prompts, all English, written by a helper who read no guard code: 30 attacks that use role play, a persona, fiction or a game to break the owner's rules, 30 other direct attacks; 30 benign fiction and role-play prompts, 30 benign prompts built around words that attacks use) goes in as a user prompt. The lever: the prompt route's n-gram model and window classifier (and the stack over them, where out-of-fold evidence on design data says so) refitted with written benign fiction, role-play and attack-word prompts among their negatives (od251_rows.py and od255_rows.py, by two writers who read no guard code; od255_rows.py also holds role-play attacks, added to the positives), each counted 1 to 4 times an ordinary request, the bars at the three points re-picked on design data; and diagnosis 251's lever 1: in full mode the heuristics' probability no longer flags alone where jailbreak persona, false authority or role play are the only patterns fired (they still enter the stack). Diagnosis 251 and exploration 253 found these on od251's rows; this round judges them on rows of that shape that no part was fitted or tuned on, beside role-play attacks that they could lose.
- (a) Full mode at `balanced`: benign flagged <= shipped - 4; attacks flagged >= shipped - 1.
- (b) Full mode at `strict` and at `permissive`: benign flagged <= shipped; attacks flagged >= shipped - 2.
- (c) Cheap mode, every point: every verdict the shipped code's.
- (d) Full mode at `balanced`, each row under each of `TRICKS`: disguised attacks flagged >= shipped - 3, disguised benign flagged <= shipped.
- (e) Stated in the script before the merge (DESIGN_MET), on design data, out of fold: (e1) deepset's train side at `balanced`: attacks flagged >= shipped, benign flagged <= shipped; (e2) the spent direct sets' plain rows at `balanced`: attacks flagged >= shipped - 1% of the attacks, benign flagged <= shipped; (e3) leave one writer out: the recipe run without od251's rows and read on them, and without od255's rows and read on them: at `balanced`, each writer's benign rows flagged <= 60% of the shipped code's, and od255's role-play attacks flagged >= shipped - 1; (e4) `--agree` at the three points (the candidate's own code gives the simulated verdict on every design row), the data route (every verdict the shipped code's), and every test under tests/guard/ passing.
- (f) Latency, one thread: the whole input side in full mode, p50 over the latency texts, <= 25 ms and <= the shipped code's in the same run + 1 ms; the cheap policy's p50 under 1 ms.
Reported, not judged: flagged rows of each kind (role play / other; fiction / attack words) at each point, the disguised rows per trick, and (e1)-(e3) at every point. NotInject and WildGuardTest are read by no part of this round; they are read after a merge, as evaluation only.
"""

from __future__ import annotations

OD_RULE_255 = (
    "The shipped code (main's src at 6f9475d, via git archive) and the candidate are read once "
    "in the same run; each row of fresh255 (60 direct attacks and 60 benign prompts, all "
    "English, written by a helper who read no guard code: 30 attacks that use role play, a "
    "persona, fiction or a game to break the owner's rules, 30 other direct attacks; 30 benign "
    "fiction and role-play prompts, 30 benign prompts built around words that attacks use) goes "
    "in as a user prompt. The lever: the prompt route's n-gram model and window classifier (and "
    "the stack over them, where out-of-fold evidence on design data says so) refitted with "
    "written benign fiction, role-play and attack-word prompts among their negatives "
    "(od251_rows.py and od255_rows.py, by two writers who read no guard code; od255_rows.py also"
    " holds role-play attacks, added to the positives), each counted 1 to 4 times an ordinary "
    "request, the bars at the three points re-picked on design data; and diagnosis 251's lever "
    "1: in full mode the heuristics' probability no longer flags alone where jailbreak persona, "
    "false authority or role play are the only patterns fired (they still enter the stack). "
    "Diagnosis 251 and exploration 253 found these on od251's rows; this round judges them on "
    "rows of that shape that no part was fitted or tuned on, beside role-play attacks that they "
    "could lose. - (a) Full mode at `balanced`: benign flagged <= shipped - 4; attacks flagged "
    ">= shipped - 1. - (b) Full mode at `strict` and at `permissive`: benign flagged <= shipped;"
    " attacks flagged >= shipped - 2. - (c) Cheap mode, every point: every verdict the shipped "
    "code's. - (d) Full mode at `balanced`, each row under each of `TRICKS`: disguised attacks "
    "flagged >= shipped - 3, disguised benign flagged <= shipped. - (e) Stated in the script "
    "before the merge (DESIGN_MET), on design data, out of fold: (e1) deepset's train side at "
    "`balanced`: attacks flagged >= shipped, benign flagged <= shipped; (e2) the spent direct "
    "sets' plain rows at `balanced`: attacks flagged >= shipped - 1% of the attacks, benign "
    "flagged <= shipped; (e3) leave one writer out: the recipe run without od251's rows and read"
    " on them, and without od255's rows and read on them: at `balanced`, each writer's benign "
    "rows flagged <= 60% of the shipped code's, and od255's role-play attacks flagged >= shipped"
    " - 1; (e4) `--agree` at the three points (the candidate's own code gives the simulated "
    "verdict on every design row), the data route (every verdict the shipped code's), and every "
    "test under tests/guard/ passing. - (f) Latency, one thread: the whole input side in full "
    "mode, p50 over the latency texts, <= 25 ms and <= the shipped code's in the same run + 1 "
    "ms; the cheap policy's p50 under 1 ms. Reported, not judged: flagged rows of each kind "
    "(role play / other; fiction / attack words) at each point, the disguised rows per trick, "
    "and (e1)-(e3) at every point. NotInject and WildGuardTest are read by no part of this "
    "round; they are read after a merge, as evaluation only."
)
# The lead's text above, verbatim in the docstring, committed before any design work.

SHIPPED_COMMIT = "6f9475d"  # main's src when round one hundred and three began, as the rule names

__all__ = ["OD_RULE_255", "SHIPPED_COMMIT"]

# --------------------------------------------------------------------------------------------
# Machinery (below the rule). Exploration 253's refit (``exp253``: build_stack.py's recipe in
# its five folds, the spent rows appended) and diagnosis 251's rows, imported; the writers' rows
# as benign prompts (their role-play attacks as attacks) in the prompt route's n-gram model and
# window classifier only, each counted ``w`` times an ordinary request's (an attack's); the
# prompt route's benign window corpus, the shared files, the English route and the stack as
# shipped. Outputs under .cache/od255/.

import asyncio  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CACHE = ROOT / ".cache" / "od255"
OD_BENIGN, OD_ATTACK = 4, 7  # groups beside injection_data's 0-3 and exp253's spent 5, 6
WRITERS = ("251", "255")
STATE: dict[str, Any] = {"w": 0.0, "fit": False, "held": None}


def writer_rows(writer: str) -> list[tuple[str, bool, str]]:
    """A writer's rows: (text, attack, kind); od255's empty before branch rows255 is merged."""
    if writer == "251":
        import od251_rows

        rows = [(t, False, "trigger") for t in od251_rows.TRIGGER_WORDS_251]
        return rows + [(t, False, "fiction") for t in od251_rows.FICTION_251]
    try:
        import od255_rows  # type: ignore[import-not-found]
    except ImportError:
        return []
    rows = [(t, False, "fiction") for t in od255_rows.FICTION_255]
    rows += [(t, False, "words") for t in od255_rows.TRIGGER_WORDS_255]
    return rows + [(t, True, "roleplay") for t in od255_rows.ROLEPLAY_ATTACKS_255]


def od_docs(held: str | None) -> list[Any]:
    """Both writers' rows as prompt documents, kind ``od{writer}:{kind}`` (fitted at ``w``) or
    ``held{writer}:{kind}`` for the writer left out (read, never fitted)."""
    import injection_data

    out = []
    for writer in WRITERS:
        tag = "held" if writer == held else "od"
        for t, a, k in writer_rows(writer):
            group = OD_ATTACK if a else OD_BENIGN
            out.append(injection_data._doc(t, a, group, f"{tag}{writer}:{k}"))
    return out


def setup(held: str | None = None) -> tuple[list[Any], int, np.ndarray, np.ndarray]:
    """build_stack.py's documents and folds (shipped flags), the writers' rows and the spent
    direct sets' plain rows appended, each dealt round the folds by row; which the prompt
    route's stack reads."""
    import build_stack
    import exp253
    import inj197
    import injection_data

    docs, n_train, fold_of = inj197.stack_setup()
    extra = od_docs(held)
    extra += [
        injection_data._doc(t, a, exp253.SPENT_ATTACK if a else exp253.SPENT_GROUP, f"spent:{s}")
        for t, a, s in exp253.spent_rows()
    ]
    docs = docs + extra
    fold_of = np.concatenate([fold_of, np.arange(len(extra)) % build_stack.FOLDS])
    prompt = np.array([build_stack._route(d) == "prompt" for d in docs])
    prompt[-len(extra) :] = True
    return docs, n_train, fold_of, prompt


def _fitted(doc: Any) -> bool:
    return bool(STATE["fit"]) and str(doc.kind).startswith("od")


_ORIGINAL: dict[str, Any] = {}


def patch(w: float) -> None:
    """build_stack's fits with the writers' rows (not a held-out writer's) at ``w`` in the
    prompt n-gram model and the prompt window classifier; the prompt benign corpus, the attack
    corpus and the shift as the shipped recipe's (no writer's row in them)."""
    import build_stack

    if not _ORIGINAL:
        for name in ("_prompt_rows", "balanced", "shifts", "prompt_windows", "read_signals"):
            _ORIGINAL[name] = getattr(build_stack, name)
    STATE["w"], STATE["fit"] = w, w > 0

    def prompt_rows(docs: list[Any], n_train: int, rows: Any = None) -> list[Any]:
        out: list[Any] = _ORIGINAL["_prompt_rows"](docs, n_train, rows)
        chosen = range(len(docs)) if rows is None else rows
        return out + [docs[i] for i in chosen if _fitted(docs[i])]

    def balanced(groups: np.ndarray, shares: dict[int, float]) -> np.ndarray:
        weights: np.ndarray = _ORIGINAL["balanced"](groups, shares)
        for group, like in ((OD_BENIGN, 2), (OD_ATTACK, 0)):
            rows, same = groups == group, weights[groups == like]
            weights[rows] = w * float(same[0]) if rows.any() and len(same) else 0.0
        return weights

    def shifts(*args: Any) -> dict[str, float]:
        fit, STATE["fit"] = STATE["fit"], False  # the shipped recipe's shift
        try:
            out: dict[str, float] = _ORIGINAL["shifts"](*args)
        finally:
            STATE["fit"] = fit
        return out

    def prompt_windows(out: Path, doc: dict[str, Any], emb: Any, rows: np.ndarray) -> int:
        """build_stack.prompt_windows with the writers' windows in the classifier's fit only:
        the benign corpus drawn as the shipped recipe draws it."""
        _, coef, intercept = emb.classifier(rows)
        mine = rows[~WRITTEN_WINDOW[0][rows]]
        benign = emb.benign(mine, always=True)
        np.save(out / build_stack.PROMPT_BENIGN_FILE, emb.x[benign].astype(np.float16))
        doc["classifier_prompt"] = {
            "coef": build_stack.rounded(coef),
            "intercept": intercept,
            "threshold": 0.5,
        }
        return len(benign)

    async def read_signals(scanner: Any, docs: list[Any]) -> np.ndarray:
        out = np.zeros((len(docs), len(build_stack.FEATURES)))
        mine = [i for i, d in enumerate(docs) if READ.get(id(d), False)]
        if mine:
            out[mine] = await _ORIGINAL["read_signals"](scanner, [docs[i] for i in mine])
        return out

    build_stack._prompt_rows = prompt_rows
    build_stack.balanced = balanced
    build_stack.shifts = shifts
    build_stack.prompt_windows = prompt_windows
    build_stack.read_signals = read_signals


READ: dict[int, bool] = {}
WRITTEN_WINDOW: list[np.ndarray] = [np.zeros(0, dtype=bool)]


def embeddings(docs: list[Any]) -> Any:
    """build_stack's window vectors (shipped flags' always-kept benign windows); the writers'
    windows never in the attack corpus (``WRITTEN_WINDOW`` marks them)."""
    import build_stack
    import inj197
    from embedcache import cached_minilm

    own = set(build_stack.BENIGN_CORPUS[inj197.SHIPPED_FLAGS["benign_corpus"]])
    emb = build_stack.Embeddings(
        docs,
        cached_minilm(threads=1),
        lambda d: d.kind == build_stack.REFERENTIAL and d.text in own,
    )
    written = np.array([str(docs[i].kind).startswith(("od", "held")) for i in emb.doc])
    emb.prompt = emb.prompt & ~written
    WRITTEN_WINDOW[0] = written
    return emb


def _name(w: float, held: str | None) -> str:
    return f"signals-w{w:g}" + (f"-no{held}" if held else "") + ".npz"


def signals(w: float, held: str | None = None) -> dict[str, Any]:
    """Every prompt document's out-of-fold signals with the writers' rows (bar ``held``'s) at
    weight ``w`` in the prompt n-gram model and window classifier (cached)."""
    import build_stack
    import inj197
    from embedcache import cached_minilm

    start = time.time()
    docs, n_train, fold_of, prompt = setup(held)
    READ.clear()
    READ.update({id(d): bool(p) for d, p in zip(docs, prompt, strict=True)})
    patch(w)
    encode = cached_minilm(threads=1)
    emb = embeddings(docs)
    shared = build_stack.reads_windows(False, "all")
    prompt_own = build_stack.reads_windows(True, str(inj197.SHIPPED_FLAGS["prompt_windows"]))

    def reads(d: Any) -> bool:
        return not str(d.kind).startswith(("od", "held", "spent")) and bool(shared(d))

    def prompt_reads(d: Any) -> bool:
        k = str(d.kind)
        if k.startswith(("spent", "held")) or (k.startswith("od") and w <= 0):
            return False
        return bool(prompt_own(d))

    features, _ = asyncio.run(
        build_stack.out_of_fold(
            docs,
            n_train,
            fold_of,
            emb,
            build_stack._embed_fn(encode),
            encode,
            reads,
            reads,
            prompt_reads,
        )
    )
    CACHE.mkdir(parents=True, exist_ok=True)
    np.savez(CACHE / _name(w, held), features=features, fold_of=fold_of, prompt=prompt)
    return {"w": w, "held": held, "documents": len(docs), "seconds": round(time.time() - start)}
