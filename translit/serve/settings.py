"""Service settings: limits, API keys and public URLs, from arguments or the environment.

Worker processes started by ``translit serve --workers N`` cannot be handed Python
objects, so everything they need travels in ``TRANSLIT_*`` environment variables and is
read back here by :meth:`Settings.from_env`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from translit.resolver import MAX_QUERY_CHARS

ENV_GAZETTEER = "TRANSLIT_GAZETTEER"  # os.pathsep-separated files or folders
ENV_WITH_DEFAULT = "TRANSLIT_WITH_DEFAULT"
ENV_API_KEYS = "TRANSLIT_API_KEYS"  # comma-separated
ENV_PUBLIC_URL = "TRANSLIT_PUBLIC_URL"
ENV_MAX_BATCH = "TRANSLIT_MAX_BATCH"
ENV_MAX_QUERY_CHARS = "TRANSLIT_MAX_QUERY_CHARS"
ENV_MAX_BODY_BYTES = "TRANSLIT_MAX_BODY_BYTES"
ENV_MAX_TEXT_CHARS = "TRANSLIT_MAX_TEXT_CHARS"


class SettingsError(ValueError):
    """An environment variable that cannot be used; the message names it."""


@dataclass(frozen=True)
class Settings:
    """What the HTTP service needs besides the resolver. Immutable: shared by all requests."""

    api_keys: frozenset[str] = frozenset()
    max_batch: int = 1000  # names or reconciliation queries per request
    # Longer names are cut by the library without a word; the service says so instead.
    max_query_chars: int = MAX_QUERY_CHARS
    max_body_bytes: int = 1024 * 1024
    max_text_chars: int = 100_000  # text sent to /tag
    max_limit: int = 100  # candidates per reconciliation query or suggestion list
    public_url: str | None = None  # base URL in manifests; None: from the request's Host
    service_name: str = "translit"
    identifier_space: str = "urn:translit:entity:"
    schema_space: str = "urn:translit:type:"
    gazetteer: tuple[str, ...] = field(default=())
    with_default: bool = False

    @property
    def auth_required(self) -> bool:
        return bool(self.api_keys)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from ``TRANSLIT_*`` variables; unset ones keep their defaults."""
        env = os.environ if environ is None else environ
        kwargs: dict[str, object] = {
            "api_keys": parse_keys(env.get(ENV_API_KEYS, "")),
            "gazetteer": tuple(p for p in env.get(ENV_GAZETTEER, "").split(os.pathsep) if p),
            "with_default": env.get(ENV_WITH_DEFAULT, "").lower() in ("1", "true", "yes"),
            "public_url": env.get(ENV_PUBLIC_URL) or None,
        }
        for var, name in (
            (ENV_MAX_BATCH, "max_batch"),
            (ENV_MAX_QUERY_CHARS, "max_query_chars"),
            (ENV_MAX_BODY_BYTES, "max_body_bytes"),
            (ENV_MAX_TEXT_CHARS, "max_text_chars"),
        ):
            if env.get(var):
                kwargs[name] = _positive_int(var, env[var])
        if kwargs.get("max_query_chars", 0) > MAX_QUERY_CHARS:  # type: ignore[operator]
            # The library reads only this much of a name; a higher limit would hide that.
            raise SettingsError(
                f"{ENV_MAX_QUERY_CHARS}: at most {MAX_QUERY_CHARS} (the resolver's own limit)"
            )
        return cls(**kwargs)  # type: ignore[arg-type]

    def to_env(self) -> dict[str, str]:
        """The variables :meth:`from_env` reads back to these settings (for worker processes)."""
        env = {
            ENV_API_KEYS: ",".join(sorted(self.api_keys)),
            ENV_GAZETTEER: os.pathsep.join(self.gazetteer),
            ENV_WITH_DEFAULT: "1" if self.with_default else "",
            ENV_MAX_BATCH: str(self.max_batch),
            ENV_MAX_QUERY_CHARS: str(self.max_query_chars),
            ENV_MAX_BODY_BYTES: str(self.max_body_bytes),
            ENV_MAX_TEXT_CHARS: str(self.max_text_chars),
        }
        if self.public_url:
            env[ENV_PUBLIC_URL] = self.public_url
        return env


def parse_keys(value: str) -> frozenset[str]:
    """``"a, b,,c"`` -> ``{"a", "b", "c"}``: blanks are never keys."""
    return frozenset(k.strip() for k in value.split(",") if k.strip())


def _positive_int(var: str, value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n <= 0:
        raise SettingsError(f"{var}={value!r}: expected a positive whole number")
    return n
