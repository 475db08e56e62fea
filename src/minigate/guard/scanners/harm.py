"""Harmful requests and answers, scored in OpenAI moderation's categories.

Offline, over the MiniLM embedding of each window of the text (``chunks``): a gate says
*whether* a text is harmful (logistic regression; its threshold keeps safe look-alikes such
as "how do I kill a Python process" mostly unblocked), and one head per category says *how*
(``harm_categories``: fitted on OpenAI's labelled moderation samples and AdvBench; the
threat, self-harm intent and instructions and violent-illicit categories are a head gated by
a phrase pattern). A stated threat ("I am going to kill you") is flagged by its pattern alone.

``use_embeddings: false`` swaps the classifier for keyword hints, which over-block badly;
it exists for gateways without an embeddings model, and as a baseline.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydantic import Field

from minigate.errors import ConfigError
from minigate.guard.chunks import windows
from minigate.guard.normalize import fold
from minigate.guard.protocol import EmbedFn, GuardDeps, ScanContext, Verdict
from minigate.guard.registry import ScannerOptions, ScannerType
from minigate.guard.scanners.artifacts import LinearModel, linear_model, load_json
from minigate.guard.scanners.harm_categories import HEADS, derived, hinted, threat

MODEL_FILE = "harm.json"
MAX_WINDOWS = 16
_DERIVED_THRESHOLD = 0.5


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
        where = str(path or MODEL_FILE)
        doc = load_json(MODEL_FILE, path)
        dims = int(doc["dims"])
        self.gate = linear_model(doc, "classifier", dims, where)
        self.threshold = options.threshold if options.threshold is not None else self.gate.threshold
        try:
            self.heads: dict[str, LinearModel] = {
                head: linear_model(doc["heads"], head, dims, where) for head in HEADS
            }
        except (KeyError, TypeError) as exc:
            raise ConfigError(
                f"Guard model file '{where}' lacks the category heads ({exc})."
            ) from None

    async def assess(self, text: str) -> tuple[float, dict[str, float], set[str]]:
        """The harm probability, a score per moderation category, and the categories that
        pass their own thresholds."""
        if self.embed is None or not text.strip():
            hints = set(hinted(text))
            scores = {c: float(c in hints) for c in (*HEADS, *derived({}, text))}
            return max(scores.values(), default=0.0), scores, hints
        pieces = windows(fold(text))[:MAX_WINDOWS]
        vectors = (await self.embed(pieces)).astype(np.float32)
        harm = float(self.gate.prob(vectors).max())
        heads = {h: float(m.prob(vectors).max()) for h, m in self.heads.items()}
        passed = {h for h, m in self.heads.items() if heads[h] >= m.threshold}
        extra = derived(heads, text)
        passed |= {c for c, s in extra.items() if s >= _DERIVED_THRESHOLD}
        return harm, {**heads, **extra}, passed

    async def categories(self, text: str) -> dict[str, float]:
        """A calibrated score per moderation category (each head's own probability)."""
        return (await self.assess(text))[1]

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        harm, scores, passed = await self.assess(text)
        threatens = threat(fold(text))
        if harm < self.threshold and not threatens:
            return Verdict.clean(self.name, harm)
        if threatens:
            passed |= {"harassment/threatening", "violence"}
        top = max(scores, key=scores.__getitem__)
        labels = sorted(passed or {top})
        how = "harm classifier" if self.embed else "harm keywords"
        return Verdict(
            scanner=self.name,
            flagged=True,
            score=max(harm, 0.9 if threatens else 0.0),
            labels=("harmful", *labels),
            reason=f"{how} score {harm:.2f}, categories {', '.join(labels)}",
        )


def _build(options: HarmOptions, name: str, deps: GuardDeps) -> HarmScanner:
    return HarmScanner(options, name, deps.embed)


SCANNER_TYPE = ScannerType(
    options=HarmOptions,
    build=_build,
    description="Harmful requests or answers in OpenAI's moderation categories: an offline "
    "classifier over sentence embeddings, with stated threats caught by pattern.",
)
