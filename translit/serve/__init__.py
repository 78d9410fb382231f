"""``translit serve``: the HTTP service (JSON endpoints and the OpenRefine reconciliation API).

Needs the ``serve`` extra (``pip install 'translit[serve]'``: FastAPI and uvicorn)::

    from translit.serve import Settings, create_app
    app = create_app(translit.load(), Settings(api_keys=frozenset({"secret"})))

See ``docs/serve.md`` for the endpoints, limits and the OpenRefine how-to.
"""

from __future__ import annotations

from translit.serve.app import app_from_env, create_app
from translit.serve.settings import Settings

__all__ = ["Settings", "app_from_env", "create_app"]
