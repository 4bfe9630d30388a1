"""The ``akhbar`` command. Each subcommand is a thin shell over a module that does the work."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import click

from akhbar.settings import get_settings


@click.group()
@click.version_option(package_name="akhbar")
def main() -> None:
    """akhbar: Arabic news articles in, entities and quotations out, on Celery + Redis."""
    from akhbar.logs import configure

    settings = get_settings()
    configure(settings.log_format, settings.log_level)


# -- running ---------------------------------------------------------------------------------
@main.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def worker(ctx: click.Context) -> None:
    """Start a Celery worker (with the stream bridge) against AKHBAR_REDIS_URL.

    Extra options are passed to `celery worker`, e.g. `akhbar worker --pool solo -l INFO`.
    """
    settings = get_settings()
    args = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "akhbar.worker",
        "worker",
        "-Q",
        settings.queue,
        "-c",
        str(settings.concurrency),
        "-l",
        settings.log_level,
        *ctx.args,
    ]
    os.execv(sys.executable, args)


@main.command()
def bridge() -> None:
    """Run the input-stream bridge alone (workers started with AKHBAR_BRIDGE_ENABLED=false)."""
    from akhbar.bridge import run_forever

    run_forever(get_settings())


@main.command()
@click.argument("source", type=click.Path(allow_dash=True))
@click.option("--pretty/--compact", default=None, help="Indent the JSON (default: one article).")
def process(source: str, pretty: bool | None) -> None:
    """Run the pipeline in-process on FILE (JSON, JSON Lines, .txt or a folder) or - (stdin);
    print one result (or dead letter) per article. No Redis or Celery needed."""
    from akhbar.inputs import read_articles
    from akhbar.local import process_payloads
    from akhbar.runtime import tune_gc

    tune_gc()
    payloads = list(read_articles(source))
    indent = pretty if pretty is not None else len(payloads) == 1
    failed = 0
    for kind, text in process_payloads(payloads):
        doc = json.loads(text)
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2 if indent else None))
        failed += kind == "dead"
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "--via",
    type=click.Choice(["stream", "celery"]),
    default="stream",
    help="XADD onto the input stream (default) or send Celery tasks directly.",
)
def push(sources: tuple[str, ...], via: str) -> None:
    """Push articles from JSON Lines files, .txt files or folders of them, with a progress bar."""
    from rich.progress import Progress

    from akhbar.inputs import read_articles
    from akhbar.runtime import redis_client

    settings = get_settings()
    payloads = [p for source in sources for p in read_articles(source)]
    with Progress() as progress:
        bar = progress.add_task(f"pushing via {via}", total=len(payloads))
        if via == "celery":
            from akhbar.producer import submit

            for payload in payloads:
                submit(payload, origin="push")
                progress.advance(bar)
        else:
            client = redis_client(settings)
            for start in range(0, len(payloads), 100):
                pipe = client.pipeline(transaction=False)
                for payload in payloads[start : start + 100]:
                    pipe.xadd(settings.input_stream, {"article": payload})
                pipe.execute()
                progress.advance(bar, len(payloads[start : start + 100]))
    target = settings.input_stream if via == "stream" else settings.queue
    click.echo(f"pushed {len(payloads)} article(s) to {target}")


@main.command()
@click.option("--follow", "-f", is_flag=True, help="Keep waiting for new results.")
@click.option("--count", "-n", type=int, default=None, help="Stop after N results.")
@click.option("--from-id", default="0", help="Stream id to start after (0: the beginning).")
@click.option("--dead", is_flag=True, help="Read the dead-letter stream instead.")
def results(follow: bool, count: int | None, from_id: str, dead: bool) -> None:
    """Print results (one JSON per line) from the results stream; read-only, no group."""
    from akhbar.runtime import redis_client
    from akhbar.streams import entries_of

    settings = get_settings()
    client = redis_client(settings)
    stream = settings.dead_stream if dead else settings.results_stream
    field = b"dead" if dead else b"result"
    last, shown = from_id, 0
    while count is None or shown < count:
        reply = client.xread({stream: last}, count=100, block=2000 if follow else None)
        batch = entries_of(reply)
        if not batch:
            if follow:
                continue
            break
        for entry_id, fields in batch:
            last = entry_id.decode()
            click.echo(fields[field].decode("utf-8"))
            shown += 1
            if count is not None and shown >= count:
                break


@main.command()
@click.argument("sources", nargs=-1, type=click.Path(exists=True))
def demo(sources: tuple[str, ...]) -> None:
    """Start Redis (if needed) and a worker, push SOURCES (default: samples/), print results."""
    from akhbar.demo import run_demo

    sys.exit(run_demo(list(sources) or ["samples"]))


@main.command()
@click.option("--ready", "want_ready", is_flag=True, help="Require readiness, not just liveness.")
@click.option("--max-age", type=float, default=30.0, help="Oldest acceptable heartbeat (s).")
def health(want_ready: bool, max_age: float) -> None:
    """Exit 0 when this container's worker is alive (and ready with --ready), else 1."""
    from akhbar.health import check

    status = check(get_settings().state_dir, max_age)
    click.echo(json.dumps(status))
    sys.exit(0 if status["ready" if want_ready else "live"] else 1)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object, for machines.")
def stats(as_json: bool) -> None:
    """Stream lengths, group pending/lag, dead letters by reason, workers alive, last minute."""
    from akhbar.stats import collect, render

    data = collect(_client(), get_settings())
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    from rich.console import Console

    Console().print(render(data))


@main.command()
@click.argument("target")
@click.option(
    "--html",
    "out",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the page here (default: stdout).",
)
@click.option("--id", "article_id", default=None, help="Pick this id from a multi-result FILE.")
def view(target: str, out: str | None, article_id: str | None) -> None:
    """Render one result (FILE of results, or an article ID on the results stream) as an RTL
    HTML page with entities and quotes highlighted."""
    from akhbar.view import load_result, render_html

    try:
        result = load_result(target, article_id, _client)
    except LookupError as exc:
        raise click.ClickException(str(exc)) from None
    page = render_html(result)
    if out is None:
        click.echo(page)
        return
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(page)
    click.echo(
        f"wrote {out} ({result.id}: {len(result.entities)} entities, {len(result.quotes)} quotes)"
    )


# -- contract --------------------------------------------------------------------------------
@main.command()
@click.argument("which", type=click.Choice(["input", "result", "dead-letter"]))
def schema(which: str) -> None:
    """Print the JSON Schema of the input, the result or the dead letter."""
    from akhbar.jsonschemas import schema_json

    click.echo(schema_json(which))


@main.command()
@click.option("--markdown", is_flag=True, help="Render the configuration table for the README.")
def config(markdown: bool) -> None:
    """Show the effective configuration (secrets in the Redis URL masked)."""
    from akhbar.settings import Settings, masked

    if markdown:
        click.echo(settings_table(Settings))
        return
    for name, value in get_settings().model_dump().items():
        click.echo(f"AKHBAR_{name.upper()}={masked(name, value)}")


def settings_table(model: Any) -> str:
    rows = ["| variable | default | meaning |", "| --- | --- | --- |"]
    for name, field in model.model_fields.items():
        rows.append(f"| `AKHBAR_{name.upper()}` | `{field.default}` | {field.description} |")
    return "\n".join(rows)


# -- dead letters ----------------------------------------------------------------------------
@main.group()
def dead() -> None:
    """List, show, replay and purge dead letters."""


@dead.command("list")
@click.option("--count", "-n", type=int, default=50)
@click.option("--json", "as_json", is_flag=True)
def dead_list(count: int, as_json: bool) -> None:
    """The newest dead letters: entry id, reason, article id."""
    from akhbar import deadletters

    rows = deadletters.list_letters(_client(), get_settings(), count)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    for row in rows:
        click.echo(
            f"{row['entry_id']}\t{row['kind']}\t{row['stage']}\t{row['id']}\t{row['message'][:80]}"
        )


@dead.command("show")
@click.argument("entry_id")
def dead_show(entry_id: str) -> None:
    """One dead letter in full."""
    from akhbar import deadletters

    letter = deadletters.get_letter(_client(), get_settings(), entry_id)
    if letter is None:
        raise click.ClickException(f"no dead letter {entry_id}")
    click.echo(json.dumps(letter, ensure_ascii=False, indent=2))


@dead.command("replay")
@click.argument("entry_ids", nargs=-1)
@click.option("--all", "replay_all", is_flag=True, help="Replay every dead letter.")
@click.option("--reason", default=None, help="Only those with this error kind.")
def dead_replay(entry_ids: tuple[str, ...], replay_all: bool, reason: str | None) -> None:
    """Re-submit dead letters (their payload as received, so the article id is kept)."""
    from akhbar import deadletters

    if not entry_ids and not replay_all and reason is None:
        raise click.UsageError("give entry ids, --all or --reason")
    n = deadletters.replay(_client(), get_settings(), list(entry_ids) or None, reason)
    click.echo(f"replayed {n} dead letter(s)")


@dead.command("purge")
@click.argument("entry_ids", nargs=-1)
@click.option("--all", "purge_all", is_flag=True)
@click.option("--yes", is_flag=True, help="Do not ask.")
def dead_purge(entry_ids: tuple[str, ...], purge_all: bool, yes: bool) -> None:
    """Delete dead letters (given ids, or --all)."""
    from akhbar import deadletters

    if not entry_ids and not purge_all:
        raise click.UsageError("give entry ids or --all")
    if purge_all and not yes:
        click.confirm("Delete every dead letter?", abort=True)
    n = deadletters.purge(_client(), get_settings(), list(entry_ids) or None)
    click.echo(f"purged {n} dead letter(s)")


def _client() -> Any:
    from akhbar.runtime import redis_client

    return redis_client(get_settings())


def _register_ner() -> None:
    from akhbar.cli_ner import ner

    main.add_command(ner)


_register_ner()

if __name__ == "__main__":  # pragma: no cover
    main()
