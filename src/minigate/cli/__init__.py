"""The ``minigate`` command line: serve, chat, models, init, keys, usage, cache, audit,
review, router, quantize, lora, eval, batch, worker, ingest, ask, collections."""

from __future__ import annotations

import typer

from minigate.cli import (
    ask,
    audit,
    batch,
    cache,
    chat,
    collections,
    docs,
    ingest,
    init,
    keys,
    lora,
    models,
    quantize,
    review,
    router,
    serve,
    usage,
)
from minigate.cli import eval as eval_

app = typer.Typer(
    name="minigate",
    help="An OpenAI-compatible gateway for small language models.\n\n"
    "Start with 'minigate serve', then point any OpenAI client at http://127.0.0.1:8080/v1.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("serve")(serve.serve)
app.command("chat")(chat.chat)
app.command("models")(models.models)
app.command("init")(init.init)
app.command("usage")(usage.usage)
app.command("quantize")(quantize.quantize)
app.command("worker")(batch.worker)
app.command("docs-config", hidden=True)(docs.docs_config)
app.add_typer(keys.app, name="keys")
app.add_typer(cache.app, name="cache")
app.add_typer(audit.app, name="audit")
app.add_typer(review.app, name="review")
app.add_typer(router.app, name="router")
app.add_typer(eval_.app, name="eval")
app.add_typer(batch.app, name="batch")
app.command("ingest")(ingest.ingest)
app.command("ask")(ask.ask)
app.add_typer(collections.app, name="collections")
app.add_typer(lora.app, name="lora")


def main() -> None:
    app()
