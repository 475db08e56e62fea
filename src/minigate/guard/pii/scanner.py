"""The ``pii`` scanner: finds personal data and secrets, and rewrites the text without them.

On the way in each value becomes a reversible placeholder (``<EMAIL_1>``) kept in the
request's vault, so the model still sees which values are the same and ``restore`` gives the
caller their own values back in the answer. On the way out (leakage) a value the caller sent
is theirs to see and is not flagged; any other is masked for good (``[REDACTED EMAIL]``),
since a placeholder there would be "restored" into the very value it hides.
"""

from __future__ import annotations

import re
from collections import Counter

from pydantic import Field, field_validator

from minigate.backends.worker import ModelWorker, off_loop
from minigate.guard.pii.detect import DEFAULT_KINDS, KINDS, find_pii
from minigate.guard.pii.folding import folded
from minigate.guard.pii.names import set_torch_threads
from minigate.guard.pii.tagging import TAGGED
from minigate.guard.placeholders import placeholder_for, reserve_literals
from minigate.guard.protocol import Finding, GuardDeps, ScanContext, Verdict
from minigate.guard.registry import ScannerOptions, ScannerType

_NOUNS = {
    "SECRET": ("secret", "secrets"),
    "CN_ID": ("Chinese resident ID number", "Chinese resident ID numbers"),
    "CREDIT_CARD": ("payment card", "payment cards"),
    "IBAN": ("IBAN", "IBANs"),
    "EMAIL": ("email address", "email addresses"),
    "IP_ADDRESS": ("IP address", "IP addresses"),
    "PHONE": ("phone number", "phone numbers"),
    "US_SSN": ("US social security number", "US social security numbers"),
    "URL": ("link", "links"),
    "PERSON": ("person's name", "person names"),
    "ADDRESS": ("street address", "street addresses"),
}
_NUMERIC_KINDS = frozenset({"PHONE", "CREDIT_CARD", "IBAN", "CN_ID", "US_SSN"})
_NUMBER_SEPARATORS = re.compile(r"[\s().-]")


class PiiOptions(ScannerOptions):
    """``entities``: the kinds to look for (all but URL, PERSON and ADDRESS when left out);
    ``allow``: values never flagged, such as the company's own support address (compared
    ignoring case, and for numbers ignoring spaces, dashes, dots and parentheses);
    ``regions``: the countries whose local phone formats count without a phone word near;
    ``torch_threads``: the name and address tagger's torch threads (torch counts them per
    process: keep it equal to the embedding models' ``torch_threads``)."""

    entities: list[str] | None = None
    allow: list[str] = Field(default_factory=list)
    regions: list[str] | None = None
    torch_threads: int = Field(default=1, ge=1)

    @field_validator("regions")
    @classmethod
    def _known_regions(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        import phonenumbers

        upper = [region.upper() for region in value]
        unknown = [r for r in upper if r not in phonenumbers.SUPPORTED_REGIONS]
        if unknown:
            raise ValueError(f"unknown phone regions {unknown}; use ISO 3166 codes such as NL, US")
        return upper

    @field_validator("entities")
    @classmethod
    def _known_kinds(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        upper = [kind.upper() for kind in value]
        unknown = [kind for kind in upper if kind not in KINDS]
        if unknown or not upper:
            raise ValueError(
                f"unknown PII entities {unknown or '[]'}; choose from {', '.join(KINDS)}"
            )
        return upper


def _forms(value: str) -> set[str]:
    same = folded(value).casefold()
    return {same, _NUMBER_SEPARATORS.sub("", same)}


def _key(kind: str, value: str) -> str:
    """``value`` as the allow list and the caller's own values are compared: folded as the
    detectors read it, so that ``hank\\u200b@example.org`` is the caller's own address too."""
    same = folded(value).casefold()
    return _NUMBER_SEPARATORS.sub("", same) if kind in _NUMERIC_KINDS else same


class PiiScanner:
    """Regex-and-checksum PII detector; see ``minigate.guard.pii.detect`` for the kinds."""

    def __init__(self, options: PiiOptions, name: str = "pii") -> None:
        self.name = name
        wanted = DEFAULT_KINDS if options.entities is None else options.entities
        self.kinds = tuple(k for k in KINDS if k in wanted)
        self.regions = options.regions
        self._allowed = set().union(*(_forms(value) for value in options.allow))
        # The name and address tagger is a transformer: it runs off the event loop, on one
        # worker thread, as the embedding models do, so that concurrent scans queue for the
        # cores instead of each taking them all.
        self._worker: ModelWorker | None = None
        if set(TAGGED) & set(self.kinds):
            self._worker = ModelWorker(f"{name}-tagger", max_queue=256, queue_timeout_s=120)
            self._threads = options.torch_threads

    def find(self, text: str, ctx: ScanContext) -> list[Finding]:
        """The findings in ``text`` that count: allowed values and, on the way out, the
        caller's own values are left out."""
        skip = self._allowed
        if ctx.direction == "output" and ctx.vault:
            skip = skip.union(*(_forms(value) for value in ctx.vault.values()))
        return [
            finding
            for finding in find_pii(text, self.kinds, self.regions)
            if _key(finding.kind, text[finding.start : finding.end]) not in skip
        ]

    def _find_tagged(self, text: str, ctx: ScanContext) -> list[Finding]:
        set_torch_threads(self._threads)
        return self.find(text, ctx)

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        if ctx.direction == "input":  # before any placeholder is made, in any turn
            reserve_literals(text, ctx.vault)
        if self._worker is not None:
            findings = await self._worker.run(lambda: self._find_tagged(text, ctx))
        else:
            # Pure Python, linear in the text but ~10 us a character at worst (a long run of
            # digit groups): a long text is read on a thread so that the loop keeps serving.
            findings = await off_loop(lambda: self.find(text, ctx), len(text))
        if not findings:
            return Verdict.clean(self.name)
        counts = Counter(finding.kind for finding in findings)
        return Verdict(
            scanner=self.name,
            flagged=True,
            score=1.0,
            labels=tuple(sorted(counts)),
            reason=describe(counts),
            findings=tuple(findings),
            rewritten=redact(text, findings, ctx),
        )


def describe(counts: Counter[str]) -> str:
    """ "found 2 email addresses, 1 payment card": kinds and counts, never a value."""
    parts = [f"{counts[kind]} {_NOUNS[kind][counts[kind] != 1]}" for kind in KINDS if counts[kind]]
    return "found " + ", ".join(parts)


def redact(text: str, findings: list[Finding], ctx: ScanContext) -> str:
    """``text`` with each finding replaced: by its vault placeholder on the way in, by a
    permanent mask on the way out."""
    pieces: list[str] = []
    last = 0
    for finding in findings:
        value = text[finding.start : finding.end]
        if ctx.direction == "input":
            mask = placeholder_for(finding.kind, value, ctx.vault)
        else:
            mask = f"[REDACTED {finding.kind}]"
        pieces += (text[last : finding.start], mask)
        last = finding.end
    pieces.append(text[last:])
    return "".join(pieces)


def _build(options: PiiOptions, name: str, deps: GuardDeps) -> PiiScanner:
    return PiiScanner(options, name)


SCANNER_TYPE = ScannerType(
    options=PiiOptions,
    build=_build,
    description=(
        "Emails, phone numbers, payment cards, IBANs, US SSNs, Chinese resident IDs, IP addresses "
        "and secrets, checked by checksum where the format has one; links, names and street "
        "addresses on request; redacts to <KIND_n> placeholders."
    ),
    redacts=frozenset({"input", "output"}),
)
