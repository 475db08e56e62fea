"""Prompt-injection and jailbreak detection: phrase heuristics plus a classifier over the
prompt's embedding and its similarity to known attacks.

The score is the stronger of two signals. Heuristics (``injection_patterns``) catch the
classic phrasings in any length of text. The classifier, a logistic regression over the
MiniLM embedding plus the cosine of the nearest attack in a corpus of known injections (the
train split of deepset/prompt-injections), catches paraphrases the patterns miss. MiniLM
reads the first 256 tokens only, so an attack buried deep in a long prompt is left to the
heuristics. Without an embedding function the scanner runs on heuristics alone.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydantic import Field

from minigate.guard.protocol import EmbedFn, GuardDeps, ScanContext, Verdict
from minigate.guard.registry import ScannerOptions, ScannerType
from minigate.guard.scanners.artifacts import LinearModel, linear_model, load_json, load_vectors
from minigate.guard.scanners.injection_patterns import fired, heuristic_score

MODEL_FILE = "injection.json"
CORPUS_FILE = "injection_corpus.npy"
_JAILBREAK = {"jailbreak persona", "DAN", "role play"}


class InjectionOptions(ScannerOptions):
    threshold: float | None = Field(
        default=None,
        gt=0.0,
        le=1.0,
        description="Flag at this score or above; by default the one chosen on the train split "
        "(0.73: out-of-fold false positives at most 5% on deepset benign prompts).",
    )
    use_embeddings: bool = Field(
        default=True, description="Also run the classifier (needs the gateway's embeddings)."
    )


class InjectionScanner:
    def __init__(
        self,
        options: InjectionOptions,
        name: str,
        embed: EmbedFn | None,
        data_dir: Path | None = None,
    ) -> None:
        self.name = name
        path = data_dir / MODEL_FILE if data_dir else None
        doc = load_json(MODEL_FILE, path)
        self.threshold = (
            options.threshold if options.threshold is not None else float(doc["threshold"])
        )
        self.embed = embed if options.use_embeddings else None
        self.model: LinearModel | None = None
        self.corpus: np.ndarray | None = None
        if self.embed is not None:
            dims = int(doc["dims"])
            self.model = linear_model(doc, "classifier", dims + 1, str(path or MODEL_FILE))
            self.corpus = load_vectors(
                CORPUS_FILE, dims, data_dir / CORPUS_FILE if data_dir else None
            )

    async def score(self, text: str) -> tuple[float, str, tuple[str, ...]]:
        """The score, the reason it names and the labels, for any threshold."""
        patterns = fired(text)
        heuristic = heuristic_score(patterns)
        labels = (
            ("prompt_injection", "jailbreak")
            if _JAILBREAK & {p.name for p in patterns}
            else ("prompt_injection",)
        )
        reason = f"prompt-injection phrasing ({', '.join(p.name for p in patterns)})"
        if self.embed is None or self.model is None or self.corpus is None or not text.strip():
            return heuristic, reason, labels
        vector = (await self.embed([text]))[0].astype(np.float32)
        nearest = float((self.corpus @ vector).max())
        prob = float(self.model.prob(np.append(vector, nearest)[None, :])[0])
        if prob > heuristic:
            return (
                prob,
                f"injection classifier (nearest known attack at cosine {nearest:.2f})",
                ("prompt_injection",),
            )
        return heuristic, reason, labels

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        score, reason, labels = await self.score(text)
        if score < self.threshold:
            return Verdict.clean(self.name, score)
        return Verdict(
            scanner=self.name,
            flagged=True,
            score=score,
            labels=labels,
            reason=f"{reason}, score {score:.2f}",
        )


def _build(options: InjectionOptions, name: str, deps: GuardDeps) -> InjectionScanner:
    return InjectionScanner(options, name, deps.embed)


SCANNER_TYPE = ScannerType(
    options=InjectionOptions,
    build=_build,
    directions=frozenset({"input"}),
    description="Prompt injection and jailbreak: phrase heuristics plus an embedding classifier.",
)
