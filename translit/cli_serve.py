"""``translit serve``: run the HTTP service (JSON endpoints and the OpenRefine reconciliation API).

FastAPI and uvicorn are the optional ``serve`` extra; without them the command says how
to install them and exits 2, like any other command that can do nothing.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

import click

from translit.gazetteer import GazetteerError
from translit.resolver import load


class _Failure(click.ClickException):
    exit_code = 2


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to listen on (0.0.0.0 for every interface).",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--gazetteer",
    "-g",
    multiple=True,
    type=click.Path(),
    help="Gazetteer file or folder (YAML or JSONL; repeatable). Replaces the default.",
)
@click.option(
    "--with-default",
    is_flag=True,
    help="Load the shipped default gazetteer as well as the --gazetteer files.",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes; each loads the index (from the cache, built once at start-up).",
)
@click.option(
    "--api-key",
    "api_keys",
    multiple=True,
    metavar="KEY",
    help="Require this API key (repeatable). TRANSLIT_API_KEYS=k1,k2 does the same "
    "and keeps keys out of the process list.",
)
@click.option(
    "--public-url",
    metavar="URL",
    help="Base URL clients use (behind a proxy), for the URLs in reconciliation manifests.",
)
@click.option(
    "--log-level",
    default="info",
    show_default=True,
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
)
def serve(
    host: str,
    port: int,
    gazetteer: tuple[str, ...],
    with_default: bool,
    workers: int,
    api_keys: tuple[str, ...],
    public_url: str | None,
    log_level: str,
) -> None:
    """Serve the resolver over HTTP: /lookup, /resolve, /tag, /transliterate, /entities/ID,
    /health, the reconciliation API at /reconcile (0.2) and /reconcile/v1 (1.0-draft), and
    the API documentation at /docs.

    Access logs never contain query strings (they may hold API keys or names).
    """
    try:
        import fastapi  # noqa: F401
        import uvicorn
    except ImportError:
        raise _Failure("translit serve needs FastAPI and uvicorn: pip install 'translit[serve]'") from None
    from translit.serve.accesslog import log_config
    from translit.serve.app import create_app
    from translit.serve.settings import ENV_API_KEYS, Settings, SettingsError, parse_keys

    try:
        base = Settings.from_env()
    except SettingsError as exc:
        raise _Failure(str(exc)) from None
    keys = parse_keys(os.environ.get(ENV_API_KEYS, "")) | parse_keys(",".join(api_keys))
    settings = dataclasses.replace(
        base,
        api_keys=keys,
        gazetteer=tuple(str(Path(g).resolve()) for g in gazetteer),
        with_default=with_default,
        public_url=public_url or base.public_url,
    )
    try:
        # Loading here reports a bad gazetteer before anything listens, and builds the
        # cached index once, so that worker processes only read it.
        resolver = load(list(settings.gazetteer) or None, with_default=with_default)
    except GazetteerError as exc:
        raise _Failure(f"gazetteer: {exc}") from None
    click.echo(
        f"translit: {len(resolver)} entities, index {resolver.key}; API keys "
        f"{'required' if keys else 'off'}; docs at http://{host}:{port}/docs",
        err=True,
    )
    options: dict[str, Any] = {
        "host": host,
        "port": port,
        "log_config": log_config(log_level),
        "log_level": log_level,
        "access_log": False,
        "timeout_graceful_shutdown": 10,
    }
    if workers == 1:
        resolver.preload()  # a service meets most of the index sooner or later
        uvicorn.run(create_app(resolver, settings), **options)
    else:
        del resolver
        os.environ.update(settings.to_env())  # what each worker's app_from_env reads
        from translit.serve.workers import run_workers

        run_workers("translit.serve.app:app_from_env", workers, options)
