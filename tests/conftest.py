"""Shared fixtures: paths to the shared evaluation data (skipped where it is absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# ICU builds a transliterator on first use (a few hundred ms): no per-example deadline
settings.register_profile("translit", deadline=None)
settings.load_profile("translit")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(os.environ.get("TRANSLIT_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory):
    """The test session builds indexes into a cache folder of its own, never the user's
    (session scope: it must be in place before the session-wide resolvers load)."""
    old = os.environ.get("TRANSLIT_CACHE_DIR")
    os.environ["TRANSLIT_CACHE_DIR"] = str(tmp_path_factory.getbasetemp() / "cache")
    yield
    if old is None:
        os.environ.pop("TRANSLIT_CACHE_DIR", None)
    else:
        os.environ["TRANSLIT_CACHE_DIR"] = old


def shared(*parts: str) -> Path:
    """A path in ../shared, or skip: a user's clone has no shared evaluation data."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent (the shared evaluation data comes with CI, not with a clone)")
    return p


@pytest.fixture(scope="session")
def smoke_resolver():
    import translit

    p = SHARED / "eval" / "smoke" / "gazetteer.jsonl"
    if not p.exists():
        pytest.skip(f"{p} is absent (the shared evaluation data comes with CI, not with a clone)")
    return translit.load(p, use_cache=False)


@pytest.fixture(scope="session")
def default_resolver():
    import translit

    return translit.load()
