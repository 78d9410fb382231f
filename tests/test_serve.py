"""The HTTP service end to end: a real uvicorn server on 127.0.0.1, spoken to with httpx.

JSON endpoints give the library's (and the CLI's) result objects; limits answer 413 with
a message; API keys guard the data and stay out of logs; concurrent clients get the
same answers as one client; ``translit serve`` starts, serves and stops.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from click.testing import CliRunner
from conftest import DATA, ROOT

pytest.importorskip("fastapi", reason="the serve extra is not installed: pip install 'translit[serve]'")
pytest.importorskip("uvicorn", reason="the serve extra is not installed: pip install 'translit[serve]'")
httpx = pytest.importorskip("httpx", reason="the test extra is not installed (httpx)")

import translit
from translit.cli import main
from translit.serve import Settings, create_app
from translit.serve.testing import running, serve_process, stop_serve_process

GAZETTEER = DATA / "serve" / "gazetteer.yaml"
KEY = "s3cret-key-7c1e"


@pytest.fixture(scope="module")
def resolver():
    return translit.load(GAZETTEER, use_cache=False)


@pytest.fixture(scope="module")
def client(resolver):
    settings = Settings(max_batch=50, max_text_chars=2000)
    with running(create_app(resolver, settings)) as url, httpx.Client(base_url=url, timeout=30) as c:
        yield c


@pytest.fixture(scope="module")
def keyed(resolver):
    with (
        running(create_app(resolver, Settings(api_keys=frozenset({KEY, "other-key"})))) as url,
        httpx.Client(base_url=url, timeout=30) as c,
    ):
        yield c


# -- JSON endpoints ---------------------------------------------------------------------


def test_health_reports_versions_and_size(client, resolver):
    h = client.get("/health").json()
    assert h["status"] == "ok" and h["entities"] == len(resolver) == 14
    assert h["version"] == translit.__version__
    assert (
        h["index"]["key"] == resolver.key
        and resolver.key == f"{h['gazetteer']['version']}-{h['index']['version']}"
    )
    assert h["gazetteer"]["files"] == ["gazetteer.yaml"] and h["auth"] is False


def test_lookup_resolves_across_scripts(client, resolver):
    for q in ("Пашинян", "نيكول باشينيان", "Փաշինյան"):
        d = client.get("/lookup", params={"q": q}).json()
        assert d == resolver.resolve(q).to_dict()
        assert d["decision"] == "match" and d["id"] == "person:nikol-pashinyan"


def test_lookup_ambiguous_has_no_id(client):
    d = client.get("/lookup", params={"q": "Арутюнян"}).json()
    assert d["decision"] == "ambiguous" and d["id"] is None
    assert {c["id"] for c in d["candidates"][:2]} == {"person:vagharshak-harutyunyan", "person:arayik-harutyunyan"}


def test_lookup_explain_and_threshold(client):
    d = client.get("/lookup", params={"q": "Пашинян", "explain": "true"}).json()
    assert d["explanation"]["tokens"][0]["script"] == "cyrl"
    strict = client.get("/lookup", params={"q": "Пашинян", "threshold": 0.99}).json()
    assert strict["decision"] == "nil" and strict["id"] is None
    bad = client.get("/lookup", params={"q": "x", "threshold": 2})
    assert bad.status_code == 422 and bad.json()["error"].startswith("query.threshold:")


def test_resolve_gives_the_cli_objects_in_order(client, resolver, tmp_path):
    names = ["Лавров", "", "12-34", "طرابلس", "Ереван"]
    body = client.post("/resolve", json={"names": names}).json()
    src = tmp_path / "names.jsonl"
    src.write_text(
        "".join(json.dumps({"name": n}, ensure_ascii=False) + "\n" for n in names), encoding="utf-8"
    )
    cli = CliRunner().invoke(main, ["resolve", str(src), "-g", str(GAZETTEER)])
    assert body["results"] == [json.loads(line) for line in cli.stdout.splitlines()]
    assert [r["input"] for r in body["results"]] == names
    assert body["results"][1]["error"] == "empty name" and "error" not in body["results"][0]


def test_resolve_explain(client):
    r = client.post("/resolve", json={"names": ["Ереван"], "explain": True}).json()["results"][0]
    assert r["id"] == "place:yerevan" and "explanation" in r


def test_transliterate_mirrors_the_cli(client):
    d = client.get("/transliterate", params={"text": "Հարությունյան"}).json()
    cli = CliRunner().invoke(main, ["transliterate", "--json", "Հարությունյան"])
    assert d == json.loads(cli.stdout)


def test_entity_json_and_404(client, resolver):
    assert client.get("/entities/place:yerevan").json() == resolver.get("place:yerevan").to_dict()
    r = client.get("/entities/place:atlantis")
    assert r.status_code == 404 and r.json() == {"error": "no entity with id 'place:atlantis'"}


def test_entity_preview_is_escaped_and_bidi_aware(client):
    r = client.get("/entities/place:test-<script>/preview")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<script>" not in r.text and "<img" not in r.text and "<i>" not in r.text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in r.text
    assert '<span lang="ar" dir="rtl">عكا &lt;i&gt;</span>' in r.text
    assert "default-src 'none'" in r.headers["content-security-policy"]
    lavrov = client.get("/entities/person:sergey-lavrov/preview").text
    assert (
        '<span lang="ar" dir="rtl">سيرغي لافروف</span>' in lavrov and '<span lang="ru" dir="ltr">' in lavrov
    )


def test_tag(client, resolver):
    text = "Лавров прилетел в Ереван."
    d = client.post("/tag", json={"text": text}).json()
    assert d == {"mentions": [m.to_dict() for m in resolver.tag(text)]}
    for m in d["mentions"]:
        assert text[m["start"] : m["end"]] == m["surface"]
    assert client.post("/tag", json={"text": "x" * 2001}).status_code == 413


def test_openapi_documents_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in (
        "/lookup",
        "/resolve",
        "/tag",
        "/transliterate",
        "/entities/{entity_id}",
        "/health",
        "/reconcile",
        "/reconcile/v1",
        "/reconcile/v1/reconcile",
        "/reconcile/suggest/entity",
        "/reconcile/preview",
    ):
        assert p in paths, p
    assert client.get("/docs").status_code == 200


def test_cors_for_web_clients(client):
    r = client.get("/reconcile", headers={"Origin": "https://example.org"})
    assert r.headers["access-control-allow-origin"] == "*"
    pre = client.options(
        "/resolve",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type",
        },
    )
    assert pre.status_code == 200


# -- limits -----------------------------------------------------------------------------


def test_batch_limit(client):
    r = client.post("/resolve", json={"names": ["x"] * 51})
    assert r.status_code == 413 and r.json() == {"error": "batch of 51 names; the limit is 50 per request"}
    assert client.post("/resolve", json={"names": []}).json() == {"results": []}


def test_name_length_limit(client):
    r = client.post("/resolve", json={"names": ["ok", "x" * 1001]})
    assert r.status_code == 413 and r.json()["error"] == "names.1: 1001 characters; the limit is 1000"
    r = client.get("/lookup", params={"q": "я" * 1001})
    assert r.status_code == 413 and r.json()["error"].startswith("q: 1001 characters")
    assert client.get("/lookup", params={"q": "я" * 1000}).status_code == 200


def test_body_limit_with_and_without_content_length(client):
    big = b'{"names": ["' + b"x" * (1024 * 1024) + b'"]}'
    r = client.post("/resolve", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "limit is 1048576 bytes" in r.json()["error"]
    r = client.post(
        "/resolve", content=iter([big[:500_000], big[500_000:]]), headers={"content-type": "application/json"}
    )  # chunked: no Content-Length
    assert r.status_code == 413
    assert client.get("/health").status_code == 200  # and the server is fine


def test_malformed_and_mistyped_bodies_say_what_was_wrong(client):
    cases = [
        (b'{"names": [', 400, "malformed JSON"),
        (b'{"names": "Lavrov"}', 422, "body.names: Input should be a valid list"),
        (b'{"names": ["a", 3]}', 422, "body.names.1: Input should be a valid string"),
        (b'{"names": [], "limit": 3}', 422, "body.limit: unknown field"),
        (b'["Lavrov"]', 422, "body: must be a JSON object"),
        (b'{"names": ["\xff"]}', 400, "not UTF-8"),
    ]
    for raw, status, words in cases:
        r = client.post("/resolve", content=raw, headers={"content-type": "application/json"})
        assert r.status_code == status and words in r.json()["error"], (raw, r.status_code, r.text)


# -- API keys ---------------------------------------------------------------------------


def test_keys_are_required_for_data(keyed):
    r = keyed.get("/lookup", params={"q": "Ереван"})
    assert r.status_code == 401 and "API key required" in r.json()["error"]
    assert r.headers["www-authenticate"] == "Bearer"
    wrong = keyed.get("/lookup", params={"q": "Ереван"}, headers={"X-API-Key": "guess"})
    assert wrong.status_code == 401 and wrong.json() == {"error": "invalid API key"}
    for kwargs in (
        {"headers": {"Authorization": f"Bearer {KEY}"}},
        {"headers": {"X-API-Key": "other-key"}},
        {"params": {"key": KEY}},
    ):
        params = {"q": "Ереван", **kwargs.pop("params", {})}
        assert keyed.get("/lookup", params=params, **kwargs).json()["id"] == "place:yerevan"
    for path in ("/entities/place:yerevan", "/transliterate?text=x", "/reconcile/preview?id=place:yerevan"):
        assert keyed.get(path).status_code == 401, path
    assert keyed.post("/resolve", json={"names": ["x"]}).status_code == 401


def test_health_manifest_and_docs_stay_open(keyed):
    for path in ("/health", "/reconcile", "/reconcile/v1", "/docs", "/openapi.json"):
        assert keyed.get(path).status_code == 200, path
    assert keyed.get("/health").json()["auth"] is True


# -- concurrency ------------------------------------------------------------------------


def test_concurrent_clients_get_the_same_answers(client, resolver):
    names = ["Пашинян", "Арутюнян", "طرابلس", "Lavrov", "Ереван", "Emmanuel Macron", "Ливан", "يريفان"]
    expected = {n: resolver.resolve(n).to_dict() for n in names}

    def work(i: int) -> list[bool]:
        with httpx.Client(base_url=str(client.base_url), timeout=30) as c:
            ok = []
            for j in range(12):
                n = names[(i + j) % len(names)]
                if j % 3 == 0:
                    got = c.post("/resolve", json={"names": names}).json()["results"]
                    ok.append(
                        [{k: v for k, v in g.items() if k != "error"} for g in got]
                        == [expected[x] for x in names]
                    )
                else:
                    ok.append(c.get("/lookup", params={"q": n}).json() == expected[n])
            return ok

    with ThreadPoolExecutor(8) as pool:
        results = [ok for batch in pool.map(work, range(8)) for ok in batch]
    assert len(results) == 96 and all(results)


# -- the command ------------------------------------------------------------------------


def test_serve_without_the_extra_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # import uvicorn -> ImportError
    r = CliRunner().invoke(main, ["serve", "-g", str(GAZETTEER)])
    assert r.exit_code == 2 and "pip install 'translit[serve]'" in r.output


def test_serve_with_a_bad_gazetteer_exits_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("source: x\nlicence: x\nentities:\n- id: a\n  type: thing\n  name: A\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["serve", "-g", str(bad)])
    assert r.exit_code == 2 and "gazetteer:" in r.output and "unknown type" in r.output


@pytest.mark.parametrize(
    ("var", "value", "words"),
    [
        ("TRANSLIT_MAX_BATCH", "many", "TRANSLIT_MAX_BATCH='many': expected a positive whole number"),
        ("TRANSLIT_MAX_QUERY_CHARS", "5000", "TRANSLIT_MAX_QUERY_CHARS: at most 1000"),
    ],
)
def test_serve_with_bad_settings_in_the_environment_exits_2(var, value, words):
    r = CliRunner().invoke(main, ["serve", "-g", str(GAZETTEER)], env={var: value})
    assert r.exit_code == 2 and words in r.output


def _start(args: list[str], env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    return serve_process(args, env=env, cwd=ROOT)


@pytest.mark.parametrize("workers", [1, 2])
def test_translit_serve_runs_and_keeps_keys_and_names_out_of_its_log(workers):
    env = {**os.environ, "TRANSLIT_API_KEYS": f"{KEY},second"}
    proc, url = _start(["-g", str(GAZETTEER), "--workers", str(workers), "--api-key", "third"], env)
    try:
        assert httpx.get(url + "/lookup", params={"q": "Ереван", "key": KEY}).json()["id"] == "place:yerevan"
        assert httpx.get(url + "/lookup", params={"q": "Ереван", "key": "third"}).status_code == 200
        assert httpx.get(url + "/lookup", params={"q": "Ереван", "key": "wrong"}).status_code == 401
        queries = json.dumps({"q0": {"query": "Пашинян"}})
        r = httpx.post(url + "/reconcile", params={"key": KEY}, data={"queries": queries})
        assert r.json()["q0"]["result"][0]["match"] is True
        with httpx.Client(base_url=url) as keep_alive:
            times = []
            for _ in range(15):
                t = time.perf_counter()
                keep_alive.get("/health")
                times.append(time.perf_counter() - t)
        # ~40 ms when the listening socket lacks TCP_NODELAY (uvicorn's own with workers > 1)
        assert sorted(times)[7] < 0.03, times
    finally:
        log = stop_serve_process(proc)
    assert '"GET /lookup HTTP/1.1" 200' in log and '"GET /lookup HTTP/1.1" 401' in log, log
    assert KEY not in log and "third" not in log and "key=" not in log
    assert "Ереван" not in log and "%D0" not in log  # names people look up are not logged either
