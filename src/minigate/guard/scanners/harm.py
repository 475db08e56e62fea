"""Harmful requests and answers, scored in OpenAI moderation's categories.

Each window of the text (``chunks``) is read by two gates that say *whether* it is harmful:
a logistic regression over hashed n-grams (``ngrams``; fitted on OpenAI's labelled
moderation samples, AdvBench, XSTest, ordinary requests and hand-written hard negatives) and,
with the gateway's embedding model, the first round's regression over MiniLM embeddings. With
both, a text is harmful when both agree: the embedding gate alone over-blocks figures of
speech, the n-gram gate alone misses paraphrases. One head per category says *how*
(``harm_categories``: n-gram heads on the same data; the threat, self-harm intent and
instructions and violent-illicit categories are a head gated by a phrase pattern). A stated
threat ("I am going to kill you") is flagged by its pattern alone, and so is a request whose
wording names a harm and its target (``harm_patterns``: "how do I kill my neighbour").

With both gates, a regression stacked on out-of-fold scores weighs their logits and (round
six) the cosines of the text's windows to the nearest known harmful row and to the nearest
safe look-alike (XSTest's safe prompts, hand-written hard negatives): a k = 1 nearest-neighbour
reading of vectors the gate already computed.

Round eight (``harm_finetuned``): where ``harm.json`` has a ``finetuned`` part, all-MiniLM-L6-v2
fine-tuned for harm (``guard/classifier.py``) reads the same windows; its gate is averaged
with the stack in logit space (``mode: mean``) or replaces it (``alone``), and its category
heads replace round seven's where the build found them better on the dev fold.

``use_embeddings: false`` runs the n-gram gate alone, for gateways without an embeddings
model.

Round forty-nine (``benchmarks/guard/lat117.py``): on a user text the language gate
(``multilingual.blind``) calls blind, the English models are not read: neither the frozen
MiniLM gate and its stack nor the fine-tuned classifier. On the spent sets' 1121 such rows they
decided three verdicts alone (one harmful row caught, two benign rows flagged) and cost about
30 ms of a non-English prompt's 37; the request patterns, the stated-threat pattern and the
multilingual threat head decide there, and the category scores are the n-gram heads'.

Round fifty-one (``benchmarks/guard/mlh121.py``): on such a text, a harm head over the same
multilingual vector flags a harmful request of any kind (hate, private data, drugs, fraud...),
as the threat head flags a threat, with the moderation categories its category heads name.

Round fifty-nine (``harm_self_head``, ``benchmarks/guard/shh135.py``): on an English user text
in full mode, a self-harm head over the same window vectors, with a threshold of its own,
flags a self-harm message (a plan, the means, a farewell, a lethal dose asked for) with
``self-harm`` where the gates pass it.

Round seventy (``harm_frame_head``, ``benchmarks/guard/xst159.py``; shipped in round
seventy-three, ``benchmarks/guard/xst173.py``, once read on two fresh sets together): on an
English user text in full mode that asks the assistant for something
(``harm_frame_head.request_shaped``), a frame head over the same window vectors moves a verdict
the gates decided near the threshold: a harmful request just under it is flagged, a look-alike
just over it released. Text that asks nothing (posts, comments, adverts, prose) keeps the gates'
verdict.

Round cat309 (``benchmarks/guard/cat309.py``): in full mode a head's category is named only at a
calibrated probability of at least ``harm_categories.CATEGORY_FLOOR`` and with ground in the text
(``harm_categories.ungrounded``); what a pattern decides is named as before, and no verdict moves.
"""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import Field

from minigate.backends.worker import ModelWorker, off_loop
from minigate.errors import ConfigError
from minigate.guard.chunks import windows
from minigate.guard.normalize import fold
from minigate.guard.protocol import EmbedFn, GuardDeps, ScanContext, Verdict
from minigate.guard.registry import ScannerOptions, ScannerType
from minigate.guard.scanners import harm_frame_head, harm_people, harm_self_head, multilingual
from minigate.guard.scanners.artifacts import (
    REBUILD,
    LinearModel,
    data_path,
    linear_model,
    load_json,
    load_vectors,
    logit,
    platt,
    sigmoid,
)
from minigate.guard.scanners.harm_categories import (
    CATEGORY_FLOOR,
    DERIVED,
    HEADS,
    Phrases,
    derived,
    phrases,
    threat,
    ungrounded,
)
from minigate.guard.scanners.harm_finetuned import FineTunedHarm, load_finetuned
from minigate.guard.scanners.harm_mlp import MlpModel, mlp_model
from minigate.guard.scanners.harm_patterns import CUE_NAMES, cues, harmful_request
from minigate.guard.scanners.ngrams import unique_columns

MODEL_FILE = "harm.json"
# Vectors of known harmful rows and of safe look-alikes, when the stack reads their cosines.
NEIGHBOUR_FILES = ("harm_harmful.npy", "harm_safe.npy")
MAX_WINDOWS = 16
# Round forty-six: a threat head over the user text's multilingual vector (guard/multilingual)
THREAT_LABELS = frozenset({"harassment/threatening", "violence"})
_DERIVED_THRESHOLD = 0.5
PATTERN_SCORE = 0.9
# Categories the heads give a request whose wording names only a crime without violence (a
# drug made or sold, a lock picked, a card skimmed): the heads learnt violence and harassment
# from OpenAI's samples, where crime and violence come together, and read "how do I make meth"
# as both. Where the wording says the harm is `illicit` alone, they are not flagged (a stated
# threat still is: `scan` adds its categories after).
_NOT_OF_A_CRIME = frozenset({"violence", "illicit/violent", "harassment", "harassment/threatening"})


@dataclass(frozen=True, slots=True)
class _Words:
    """What the harm scanner reads from a text without a model."""

    pieces: list[str]  # the folded text's windows the models read
    ngram: dict[str, float]  # the n-gram model's probability per head and for "harmful"
    cues: list[float]  # the combiner's cue inputs (harm_patterns.cues), when it takes them
    asked: set[str]  # categories a request for harm names by its wording
    threatens: bool  # a threat in the folded text
    phrases: Phrases  # the derived categories' phrases in the text as written


class HarmOptions(ScannerOptions):
    threshold: float | None = Field(
        default=None,
        gt=0.0,
        le=1.0,
        description="Flag at this harm probability or above; by default the one chosen on the "
        "train split (out-of-fold over-blocking of safe look-alikes at most 5%).",
    )
    use_embeddings: bool = Field(
        default=True, description="Use the classifier (needs embeddings), not keyword hints."
    )
    operating_point: Literal["strict", "balanced", "permissive"] = Field(
        default="balanced",
        description="The threshold chosen on the train split for this trade-off (docs/guard.md); "
        "ignored when threshold is set.",
    )


@dataclass(frozen=True, slots=True)
class NgramHeads:
    """The gate (row 0) and category heads over hashed n-grams: no embeddings needed."""

    names: tuple[str, ...]
    weights: np.ndarray  # (len(names), buckets)
    intercepts: np.ndarray
    thresholds: dict[str, float]

    def probs(self, pieces: list[str]) -> dict[str, float]:
        buckets = self.weights.shape[1]
        best = np.zeros(len(self.names))
        for piece in pieces:
            unique = unique_columns(piece, buckets)
            z = self.weights[:, unique].sum(axis=1) / max(1.0, float(np.sqrt(unique.size)))
            best = np.maximum(best, 1.0 / (1.0 + np.exp(-(z + self.intercepts))))
        return {name: float(p) for name, p in zip(self.names, best, strict=True)}


def _ngram_heads(doc: dict[str, Any], data_dir: Path | None, where: str) -> NgramHeads:
    try:
        part = doc["ngram"]
        names = tuple(part["rows"])
        path = data_dir / part["file"] if data_dir else data_path(part["file"])
        buckets = int(part["buckets"])
        weights = load_vectors(part["file"], buckets, path)
        if weights.shape[0] != len(names):
            raise ValueError(f"{weights.shape[0]} rows for {len(names)} heads")
        return NgramHeads(
            names,
            weights,
            np.array([part["intercepts"][n] for n in names], dtype=np.float32),
            {n: float(part["thresholds"][n]) for n in names},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"Guard model file '{where}' lacks its n-gram heads ({exc}).") from None


class HarmScanner:
    def __init__(
        self,
        options: HarmOptions,
        name: str,
        embed: EmbedFn | None,
        data_dir: Path | None = None,
    ) -> None:
        if options.use_embeddings and embed is None:
            raise ConfigError(
                f"Guard scanner '{name}' (harm) needs an embeddings model in the gateway; "
                "configure one, or set use_embeddings: false for the n-gram model."
            )
        self.name = name
        harm_people.warm()  # compiled lazily: not at import
        self.embed = embed if options.use_embeddings else None
        path = data_dir / MODEL_FILE if data_dir else None
        where = str(path or MODEL_FILE)
        doc = load_json(MODEL_FILE, path)
        dims = int(doc["dims"])
        self.ngram = _ngram_heads(doc, data_dir, where)
        self.gate: LinearModel | None = None
        self.heads: dict[str, LinearModel] = {}
        self.mlp: MlpModel | None = None
        self.calibration: dict[str, tuple[float, float]] = {}
        self.threat_head: multilingual.Head | None = None
        self.harm_heads: multilingual.HarmHeads | None = None
        self.self_harm: harm_self_head.SelfHarmHead | None = None
        self.frame: harm_frame_head.FrameHead | None = None
        if self.embed is not None:
            self.gate = linear_model(doc, "classifier", dims, where)
            self.self_harm = harm_self_head.load(dims, data_dir)
            self.frame = harm_frame_head.load(dims, data_dir)
            self.threat_head = multilingual.head("threat", data_dir)
            self.harm_heads = multilingual.harm_heads(data_dir)
            part = doc.get("gate_mlp")
            if part:  # round seven: the gate is a small network (harm_mlp)
                file = str(part.get("file", "")) if isinstance(part, dict) else ""
                self.mlp = mlp_model(
                    part, dims, data_dir / file if data_dir else data_path(file), where
                )
            if "heads" in doc:
                self.heads = {h: linear_model(doc["heads"], h, dims, where) for h in HEADS}
                self.calibration = _calibration(doc["heads"], where)
        points = doc["ngram"].get("operating_points", {})
        ngram_threshold = float(
            points.get(options.operating_point, self.ngram.thresholds["harmful"])
        )
        default = self.gate.threshold if self.gate is not None else ngram_threshold
        # Both gates' logits weighed by a regression stacked on out-of-fold scores, where the
        # build found it better than "both agree" (benchmarks/guard/build_artifacts.py).
        self.combine: LinearModel | None = None
        self.cues = False
        self.neighbours: list[np.ndarray] = []
        if self.gate is not None and doc.get("combine"):
            stacked_with_neighbours = "neighbours" in doc["combine"]
            self.cues = _cues_wanted(doc["combine"], where)
            width = (4 if stacked_with_neighbours else 2) + (len(CUE_NAMES) if self.cues else 0)
            self.combine = linear_model(doc, "combine", width, where)
            if stacked_with_neighbours:
                self.neighbours = [
                    load_vectors(n, dims, data_dir / n if data_dir else None)
                    for n in NEIGHBOUR_FILES
                ]
            stacked = doc["combine"].get("operating_points", {})
            default = float(stacked.get(options.operating_point, self.combine.threshold))
        # Round eight: all-MiniLM-L6-v2 fine-tuned for harm (harm_finetuned), where shipped.
        self.finetuned: FineTunedHarm | None = None
        if self.gate is not None and doc.get("finetuned"):
            self.finetuned = load_finetuned(doc["finetuned"], data_dir, where)
            # its forward pass runs on one worker thread, as the embedding model's and the
            # PII tagger's do: concurrent scans queue for it instead of each taking a core
            self._worker = ModelWorker(f"{name}-finetuned", max_queue=256, queue_timeout_s=120)
            default = self.finetuned.points.get(options.operating_point, default)
        self.threshold = options.threshold if options.threshold is not None else float(default)
        # Round forty-nine: user texts whose harm gate read the English models (the frozen
        # MiniLM embedding, the fine-tuned classifier), and those the language gate kept from
        # them; public counters, so a test can see which path a text took.
        self.english_reads = 0
        self.blind_skips = 0
        # With both gates, a text is harmful when both say so (see ``_both``): the n-gram
        # probability is moved in logit space so that its own threshold lands on this one.
        self._ngram_shift = logit(default) - logit(ngram_threshold)

    async def assess(self, text: str) -> tuple[float, dict[str, float], set[str]]:
        """The harm probability, a score per moderation category, and the categories that
        pass their own thresholds."""
        words = await off_loop(lambda: self._look(text), len(text))
        return (await self._assess(text, words))[:3]

    def _look(self, text: str) -> _Words:
        """What the scanner reads without a model (pure Python, off the loop for a long
        text)."""
        folded = fold(text)
        pieces = windows(folded)[:MAX_WINDOWS]
        return _Words(
            pieces=pieces,
            ngram=self.ngram.probs(pieces) if text.strip() else {},
            cues=cues(folded) if self.cues and self.embed is not None and text.strip() else [],
            asked=harmful_request(folded),
            threatens=threat(folded),
            phrases=phrases(text),
        )

    async def _assess(
        self, text: str, words: _Words, user: bool = True
    ) -> tuple[float, dict[str, float], set[str], str | None]:
        """``user``: the text is a user's (the input side), which the threat head reads. The
        last part names the rule that lifted the score over the threshold where the models'
        own score was below it (for the reason: not a score that reads as too low to block)."""
        if not text.strip():
            return 0.0, dict.fromkeys((*HEADS, *DERIVED), 0.0), set(), None
        decided: str | None = None
        pieces = words.pieces
        harm = words.ngram["harmful"]
        heads = {h: words.ngram[h] for h in HEADS}
        thresholds = {h: self.ngram.thresholds[h] for h in HEADS}
        # round forty-nine: the English models have no say on a user text the language gate
        # calls blind (the module's docstring); the category scores are the n-gram heads'
        blind = self.embed is not None and user and multilingual.blind(text)
        if self.embed is not None and self.gate is not None and blind:
            harm = 0.0
            self.blind_skips += 1
        elif self.embed is not None and self.gate is not None:
            self.english_reads += 1
            vectors = (await self.embed(pieces)).astype(np.float32)
            gate = self.mlp or self.gate
            embedding = float(gate.prob(vectors).max())
            if self.combine is not None:
                inputs = [logit(embedding), logit(harm)]
                inputs += [float((vectors @ corpus.T).max()) for corpus in self.neighbours]
                inputs += words.cues
                harm = float(self.combine.prob(np.array(inputs, dtype=np.float32)))
            else:
                harm = _both(embedding, harm, self._ngram_shift)
            if self.heads:
                heads = {h: self._head(h, m, vectors) for h, m in self.heads.items()}
                thresholds = {h: m.threshold for h, m in self.heads.items()}
            if self.finetuned is not None:
                model = self.finetuned.model
                probs = await self._worker.run(lambda: model.probs(pieces))
                harm = self.finetuned.gate(probs, harm)
                heads |= self.finetuned.heads(probs)
                thresholds |= self.finetuned.thresholds
            # round seventy: the English frame head (harm_frame_head), on a user text that asks
            # the assistant for something, moves only a verdict the gates decided near the
            # threshold
            if self.frame is not None and user:
                harm = self.frame.adjust(harm, self.threshold, vectors, text)
            # round fifty-nine: the English self-harm head (harm_self_head), on a user text;
            # where it fires, the text is flagged with self-harm whatever the gate
            own = self.self_harm if user else None
            if own is not None and (said := own.prob(vectors)) >= own.threshold:
                decided = decided or self._lifts(harm, "the self-harm head")
                harm = max(harm, self.threshold)
                heads["self-harm"] = max(heads["self-harm"], said)
                thresholds["self-harm"] = min(thresholds["self-harm"], said)
        # CAT_RULE_309 (harm_categories.CATEGORY_FLOOR, ungrounded): in full mode, where the
        # heads are calibrated, a head's category needs a probability of at least the floor and
        # ground in the text; categories a pattern decides (below) need neither
        floor = CATEGORY_FLOOR if self.embed is not None else 0.0
        passed = {h for h in HEADS if heads[h] >= max(thresholds[h], floor)}
        extra = derived(heads, words.phrases)
        passed |= {c for c, s in extra.items() if s >= _DERIVED_THRESHOLD}
        if self.embed is not None:
            passed -= ungrounded(text, passed, words.threatens)
        scores = {**heads, **extra}
        # a request for harm by its wording (harm_patterns): flagged whatever the gate
        if words.asked:
            decided = decided or self._lifts(harm, "a harmful request's wording (pattern)")
            harm = max(harm, PATTERN_SCORE, self.threshold)
            scores.update({c: max(scores.get(c, 0.0), PATTERN_SCORE) for c in words.asked})
            if words.asked == {"illicit"}:
                passed -= _NOT_OF_A_CRIME
            passed |= words.asked
        # a stated threat: its categories scored as the pattern that decides them (scan flags
        # the text whatever the gate), not left at heads that may read it lower
        if words.threatens:
            scores.update({c: max(scores.get(c, 0.0), PATTERN_SCORE) for c in THREAT_LABELS})
            passed |= THREAT_LABELS
        # round forty-six: a threat by the multilingual threat head (full mode, user text
        # only): flagged whatever the gate, with the threat's categories, as a stated one is;
        # round forty-seven: only on a text the English encoder cannot read (the language gate)
        head = self.threat_head
        if head is not None and blind:
            said = await asyncio.to_thread(head.prob, text)
            if said >= head.threshold:
                decided = decided or self._lifts(harm, "the multilingual threat head")
                harm = max(harm, PATTERN_SCORE, self.threshold)
                scores.update({c: max(scores.get(c, 0.0), said) for c in THREAT_LABELS})
                passed |= THREAT_LABELS
        # round fifty-one: a harmful request of any kind by the multilingual harm head, on the
        # same blind user text, with the categories its category heads name
        if self.harm_heads is not None and blind:
            said, named = await asyncio.to_thread(self.harm_heads.read, text)
            if said >= self.harm_heads.harm.threshold:
                decided = decided or self._lifts(harm, "the multilingual harm head")
                harm = max(harm, PATTERN_SCORE, self.threshold)
                scores.update({c: max(scores.get(c, 0.0), p) for c, p in named.items()})
                passed |= set(named)
        return harm, scores, passed, decided

    def _lifts(self, harm: float, rule: str) -> str | None:
        """``rule``, where it is what takes ``harm`` over the threshold."""
        return rule if harm < self.threshold else None

    def _head(self, head: str, model: LinearModel, vectors: np.ndarray) -> float:
        """The head's probability on its most telling window, Platt-scaled where the build
        calibrated it (heads are fitted on class-balanced weights, so their raw scores
        overstate the odds)."""
        raw = float(model.prob(vectors).max())
        if head not in self.calibration:
            return raw
        a, b = self.calibration[head]
        return platt(raw, a, b)

    async def categories(self, text: str) -> dict[str, float]:
        """A calibrated score per moderation category (each head's own probability)."""
        return (await self.assess(text))[1]

    @property
    def reads_multilingual(self) -> bool:
        """Whether a multilingual head is loaded (the threat head, the harm heads): the guard
        then loads the encoder at start (protocol.ReadsMultilingual)."""
        return self.threat_head is not None or self.harm_heads is not None

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        words = await off_loop(lambda: self._look(text), len(text))
        harm, scores, passed, decided = await self._assess(text, words, ctx.direction == "input")
        threatens = words.threatens
        if harm < self.threshold and not threatens:
            return Verdict.clean(self.name, harm)
        if threatens:
            decided = decided or self._lifts(harm, "a threat's wording (pattern)")
        top = max(scores, key=scores.__getitem__)
        labels = sorted(passed or {top})
        # What decided, never the text: a pattern's block read as "score 0.04" looked wrong.
        how = "harm classifier" if self.embed else "harm n-gram model"
        said = decided or f"{how} score {harm:.2f}"
        return Verdict(
            scanner=self.name,
            flagged=True,
            score=max(harm, 0.9 if threatens else 0.0),
            labels=("harmful", *labels),
            reason=f"{said}, categories {', '.join(labels)}",
        )


def _cues_wanted(combine: dict[str, Any], where: str) -> bool:
    """Whether the stack weighs the request patterns' parts, checked against the parts this
    version computes (a stack fitted on other cues would read them in the wrong places)."""
    wanted = combine.get("cues")
    if not wanted:
        return False
    if list(wanted) != list(CUE_NAMES):
        raise ConfigError(
            f"Guard model file '{where}' was fitted on other request cues than this version "
            f"computes ({', '.join(map(str, wanted))}); {REBUILD}."
        )
    return True


def _calibration(heads: dict[str, Any], where: str) -> dict[str, tuple[float, float]]:
    """Each head's Platt scaling ``(a, b)``, where the build stored one."""
    out: dict[str, tuple[float, float]] = {}
    for head in HEADS:
        platt = heads[head].get("calibration")
        if platt is None:
            continue
        try:
            a, b = (float(v) for v in platt)
        except (TypeError, ValueError) as exc:
            raise ConfigError(
                f"Guard model file '{where}': the '{head}' head's calibration is not two "
                f"numbers ({exc}); {REBUILD}."
            ) from None
        if not (math.isfinite(a) and math.isfinite(b)):
            raise ConfigError(
                f"Guard model file '{where}': the '{head}' head's calibration is not finite; "
                f"{REBUILD}."
            )
        out[head] = (a, b)
    return out


def _both(embedding: float, ngram: float, shift: float) -> float:
    """Harmful when both gates agree: the embedding gate alone over-blocks figures of speech
    ("steal someone's heart"), the n-gram gate alone misses paraphrases."""
    shifted = sigmoid(logit(ngram) + shift)
    return min(embedding, shifted)


def _build(options: HarmOptions, name: str, deps: GuardDeps) -> HarmScanner:
    return HarmScanner(options, name, deps.embed)


SCANNER_TYPE = ScannerType(
    options=HarmOptions,
    build=_build,
    description="Harmful requests or answers in OpenAI's moderation categories: an offline "
    "classifier over sentence embeddings, with stated threats caught by pattern.",
)
