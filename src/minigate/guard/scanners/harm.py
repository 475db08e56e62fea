"""Harmful requests and answers: an offline classifier over MiniLM sentence embeddings.

A logistic regression trained on the train splits of AdvBench and XSTest (harmful) against
XSTest's safe look-alikes, ordinary requests and benign deepset prompts decides *whether* a
text is harmful; its probability is then shared out over OpenAI moderation's top-level
categories by closeness to a few descriptions of each (``harm_categories``), which is a
guess: no category labels were available to measure it.

``use_embeddings: false`` swaps the classifier for keyword hints, which over-block badly
(see docs/guard.md); it exists for gateways without an embeddings model, and as a baseline.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydantic import Field

from minigate.errors import ConfigError
from minigate.guard.protocol import EmbedFn, GuardDeps, ScanContext, Verdict
from minigate.guard.registry import ScannerOptions, ScannerType
from minigate.guard.scanners.artifacts import linear_model, load_json
from minigate.guard.scanners.harm_categories import NAMES, hinted

MODEL_FILE = "harm.json"
# Softmax temperature over cosine similarities: 0.05 of cosine is a factor e between
# categories, so one clearly closer description takes most of the probability.
_SHARPNESS = 20.0


class HarmOptions(ScannerOptions):
    threshold: float | None = Field(
        default=None,
        gt=0.0,
        le=1.0,
        description="Flag at this harm probability or above; by default the one chosen on the "
        "train split (out-of-fold over-blocking of XSTest safe prompts at most 10%).",
    )
    use_embeddings: bool = Field(
        default=True, description="Use the classifier (needs embeddings), not keyword hints."
    )


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
                "configure one, or set use_embeddings: false for keyword hints (which over-block)."
            )
        self.name = name
        self.embed = embed if options.use_embeddings else None
        path = data_dir / MODEL_FILE if data_dir else None
        doc = load_json(MODEL_FILE, path)
        dims = int(doc["dims"])
        self.model = linear_model(doc, "classifier", dims, str(path or MODEL_FILE))
        self.threshold = (
            options.threshold if options.threshold is not None else self.model.threshold
        )
        try:
            self.prototypes = np.array([doc["categories"][n] for n in NAMES], dtype=np.float32)
        except (KeyError, ValueError) as exc:
            raise ConfigError(
                f"Guard model file '{path or MODEL_FILE}' lacks a category ({exc})."
            ) from None
        if self.prototypes.shape != (len(NAMES), dims):
            raise ConfigError(f"Guard model file '{path or MODEL_FILE}' has malformed categories.")

    async def categories(self, text: str) -> dict[str, float]:
        """A score per moderation category; their sum is the harm probability."""
        hints = hinted(text)
        if self.embed is None or not text.strip():
            return {n: float(n in hints) for n in NAMES}
        vector = (await self.embed([text]))[0].astype(np.float32)
        prob = float(self.model.prob(vector[None, :])[0])
        weights = np.exp(_SHARPNESS * (self.prototypes @ vector - 1.0))
        # A keyword of a category is weak evidence for it, not for harm: it only tilts the split.
        weights *= np.array([2.0 if n in hints else 1.0 for n in NAMES])
        shares = weights / weights.sum()
        return {n: prob * float(s) for n, s in zip(NAMES, shares, strict=True)}

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        scores = await self.categories(text)
        score = min(1.0, sum(scores.values())) if self.embed else max(scores.values())
        if score < self.threshold:
            return Verdict.clean(self.name, score)
        top = max(scores, key=scores.__getitem__)
        how = "harm classifier" if self.embed else "harm keywords"
        return Verdict(
            scanner=self.name,
            flagged=True,
            score=score,
            labels=("harmful", top),
            reason=f"{how} score {score:.2f}, closest category {top}",
        )


def _build(options: HarmOptions, name: str, deps: GuardDeps) -> HarmScanner:
    return HarmScanner(options, name, deps.embed)


SCANNER_TYPE = ScannerType(
    options=HarmOptions,
    build=_build,
    description="Harmful requests or answers: an offline classifier over sentence embeddings.",
)
