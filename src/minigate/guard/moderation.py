"""``POST /v1/moderations`` backed by the guard's own scanners (``guard.moderation``)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from minigate.errors import BackendFailed
from minigate.guard.engine import FAILED, ArmedScanner, arm, close_scanners, run_chain
from minigate.guard.protocol import GuardDeps, ScanContext
from minigate.guard.settings import GuardSettings, ScannerSpec
from minigate.schemas.common import new_id
from minigate.schemas.moderations import (
    CATEGORIES,
    ModerationResponse,
    ModerationResult,
    with_parents,
)

MODERATION_MODEL = "minigate-guard"


@runtime_checkable
class ScoresCategories(Protocol):
    """A scanner that can score each moderation category, not only flag."""

    async def categories(self, text: str) -> dict[str, float]: ...


def default_moderation(deps: GuardDeps) -> list[ScannerSpec]:
    """The shipped harm classifier; on keyword hints alone when there is no embedding model."""
    return [ScannerSpec(type="harm", use_embeddings=deps.embed is not None)]


class Moderator:
    def __init__(self, settings: GuardSettings, deps: GuardDeps) -> None:
        specs = settings.moderation
        if specs is None:
            specs = default_moderation(deps)
        # Every scanner runs whatever its configured action: moderation only reports.
        self.chain: list[ArmedScanner] = [
            ArmedScanner(a.scanner, "flag", a.on_error) for a in arm(specs, deps, settings.on_error)
        ]

    async def aclose(self) -> None:
        await close_scanners(self.chain)

    async def moderate(self, texts: list[str]) -> ModerationResponse:
        return ModerationResponse(
            id=new_id("modr"),
            model=MODERATION_MODEL,
            results=[await self._one(text) for text in texts],
        )

    async def _one(self, text: str) -> ModerationResult:
        scores = dict.fromkeys(CATEGORIES, 0.0)
        hit: set[str] = set()
        outcome = await run_chain(self.chain, text, ScanContext(direction="input"))
        if (failed := outcome.blocked) is not None and FAILED in failed.labels:
            # A verdict of "flagged" for no category is no answer: say the scanner failed.
            raise BackendFailed(
                f"The moderation scanner '{failed.scanner}' failed, and a scanner that fails "
                "blocks (guard.on_error); no verdict was made. Its log line says why."
            )
        for armed, verdict in zip(self.chain, outcome.verdicts, strict=False):
            if FAILED in verdict.labels:
                continue
            scored = False
            if isinstance(armed.scanner, ScoresCategories):
                scored = True
                for category, score in (await armed.scanner.categories(text)).items():
                    if category in scores:
                        scores[category] = max(scores[category], score)
            for label in verdict.labels if verdict.flagged else ():
                if label in scores:
                    hit.add(label)
                    if not scored:
                        # Only a scanner without category scores lends its verdict's score to
                        # the labels it names: copied onto a scoring scanner's categories, the
                        # overall harm score read as each category's own (issue 18).
                        scores[label] = max(scores[label], verdict.score)
        with_parents(hit, scores)
        flagged_by = [v for v in outcome.verdicts if v.flagged]
        return ModerationResult(
            flagged=bool(flagged_by),
            categories={c: c in hit for c in CATEGORIES},
            category_scores=scores,
            category_applied_input_types={c: ["text"] for c in CATEGORIES},
            scanners=[v.summary() for v in flagged_by],
        )
