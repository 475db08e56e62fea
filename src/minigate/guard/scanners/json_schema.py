"""Whether an answer is the JSON the request asked for (``response_format``)."""

from __future__ import annotations

from minigate.guard.protocol import GuardDeps, ScanContext, Verdict
from minigate.guard.registry import ScannerOptions, ScannerType
from minigate.jsonchecks import json_problem, schema_of


class JsonSchemaOptions(ScannerOptions):
    pass


class JsonSchemaScanner:
    def __init__(self, name: str) -> None:
        self.name = name

    async def scan(self, text: str, ctx: ScanContext) -> Verdict:
        wanted = ctx.response_format
        if ctx.partial or not wanted or wanted.get("type", "text") == "text":
            return Verdict.clean(self.name)
        problem = json_problem(text, schema_of(wanted.get("json_schema")))
        if problem is None:
            return Verdict.clean(self.name)
        return Verdict(
            scanner=self.name, flagged=True, score=1.0, labels=("invalid_json",), reason=problem
        )


def _build(options: JsonSchemaOptions, name: str, deps: GuardDeps) -> JsonSchemaScanner:
    return JsonSchemaScanner(name)


SCANNER_TYPE = ScannerType(
    options=JsonSchemaOptions,
    build=_build,
    directions=frozenset({"output"}),
    description="The answer fits the requested JSON schema.",
)
