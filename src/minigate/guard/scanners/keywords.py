"""Deny and allow lists of terms and regular expressions, in any language.

A deny match is ignored when an allow match covers it, so ``allow: ["kill the process"]``
lets a support question through that ``deny: ["kill"]`` would stop. Latin-script terms match
whole words only ("kill" does not match "skill"); CJK terms match anywhere, since Chinese
has no spaces between words.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, Field, model_validator

from minigate.guard.protocol import Finding, GuardDeps, ScanContext, Verdict
from minigate.guard.registry import ScannerOptions, ScannerType

_WORD = re.compile(r"\w", re.ASCII)


def _valid_regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
    return pattern


Regex = Annotated[str, AfterValidator(_valid_regex)]


class KeywordOptions(ScannerOptions):
    deny: list[str] = Field(default_factory=list, description="Terms, matched without case.")
    deny_regex: list[Regex] = Field(default_factory=list)
    deny_files: list[str] = Field(
        default_factory=list, description="One term per line; 're:' starts a regex; '#' a comment."
    )
    allow: list[str] = Field(default_factory=list)
    allow_regex: list[Regex] = Field(default_factory=list)
    allow_files: list[str] = Field(default_factory=list)
    label: str = Field(default="denied_term", description="The label (category) of a match.")

    @model_validator(mode="after")
    def _compiles(self) -> KeywordOptions:
        if not (self.deny or self.deny_regex or self.deny_files):
            # Accepted, it never flagged anything: a policy that looked on and was not.
            raise ValueError(
                "no terms to deny: give deny, deny_regex or deny_files (allow lists only "
                "exempt text from the deny lists)"
            )
        compile_list(self.deny, self.deny_regex, self.deny_files, "deny")
        compile_list(self.allow, self.allow_regex, self.allow_files, "allow")
        return self


def _term_pattern(term: str) -> str:
    escaped = re.escape(term.strip())
    before = r"(?<!\w)" if _WORD.match(term.strip()[:1]) else ""
    after = r"(?!\w)" if _WORD.match(term.strip()[-1:]) else ""
    return f"{before}{escaped}{after}"


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"{where}: invalid regular expression {pattern!r}: {exc}") from None


def _read_list(path: str, kind: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Terms and (regex, 'file:line') pairs from a list file."""
    try:
        lines = Path(path).expanduser().read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ValueError(f"{kind}_files: cannot read {path}: {exc.strerror}") from None
    terms: list[str] = []
    regexes: list[tuple[str, str]] = []
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("re:"):
            regexes.append((line[3:].strip(), f"{path}:{number}"))
        else:
            terms.append(line)
    return terms, regexes


def compile_list(
    terms: list[str], regexes: list[str], files: list[str], kind: str
) -> re.Pattern[str] | None:
    """One alternation of every term and regex of a list, or None when the list is empty."""
    patterns = [_compile(r, f"{kind}_regex.{n}").pattern for n, r in enumerate(regexes)]
    all_terms = [t for t in terms if t.strip()]
    for path in files:
        file_terms, file_regexes = _read_list(path, kind)
        all_terms += file_terms
        patterns += [_compile(r, where).pattern for r, where in file_regexes]
    patterns += [_term_pattern(t) for t in sorted(set(all_terms), key=len, reverse=True)]
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


class KeywordScanner:
    def __init__(self, options: KeywordOptions, name: str) -> None:
        self.name = name
        self.label = options.label
        self.deny = compile_list(options.deny, options.deny_regex, options.deny_files, "deny")
        self.allow = compile_list(options.allow, options.allow_regex, options.allow_files, "allow")

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        if self.deny is None:
            return Verdict.clean(self.name)
        allowed = [m.span() for m in self.allow.finditer(text)] if self.allow else []
        findings = tuple(
            Finding(self.label, m.start(), m.end())
            for m in self.deny.finditer(text)
            if m.end() > m.start() and not any(a <= m.start() and m.end() <= b for a, b in allowed)
        )
        if not findings:
            return Verdict.clean(self.name)
        return Verdict(
            scanner=self.name,
            flagged=True,
            score=1.0,
            labels=(self.label,),
            reason=f"matched {len(findings)} denied term(s)",
            findings=findings,
        )


def _build(options: KeywordOptions, name: str, deps: GuardDeps) -> KeywordScanner:
    return KeywordScanner(options, name)


SCANNER_TYPE = ScannerType(
    options=KeywordOptions,
    build=_build,
    description="Deny/allow lists of terms and regexes.",
    redacts=frozenset({"input"}),
)
