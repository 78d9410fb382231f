"""Hostile and broken requests to every endpoint: each answer is a 2xx, or a 4xx whose JSON
body says what was wrong; never a 5xx, and the server keeps answering.

The endpoints are taken from the application's own routes, so a new endpoint is fuzzed
without editing this file. Fixed cases cover malformed JSON, wrong types, invalid UTF-8
(in bodies, form data and query strings), unknown fields, empty and huge batches, deep
nesting and oversized bodies; hypothesis adds random JSON and random text.
"""

from __future__ import annotations

import json
import re
import socket

import pytest
from conftest import DATA

pytest.importorskip("fastapi", reason="the serve extra is not installed: pip install 'translit[serve]'")
pytest.importorskip("uvicorn", reason="the serve extra is not installed: pip install 'translit[serve]'")
httpx = pytest.importorskip("httpx", reason="the test extra is not installed (httpx)")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import translit
from translit.serve import Settings, create_app
from translit.serve.testing import running

SAMPLE_ID = "person:nikol-pashinyan"


@pytest.fixture(scope="module")
def app():
    resolver = translit.load(DATA / "serve" / "gazetteer.yaml", use_cache=False)
    return create_app(resolver, Settings(max_batch=100, max_body_bytes=256 * 1024, max_text_chars=5000))


@pytest.fixture(scope="module")
def client(app):
    # a redirect is an answer too (/entities/. is /entities once the client drops the dot
    # segment, which redirects to /entities/): follow it to the answer it leads to
    with running(app) as url, httpx.Client(base_url=url, timeout=60, follow_redirects=True) as c:
        yield c


def endpoints(app) -> list[tuple[str, str]]:
    """(method, concrete path) of every documented endpoint (from the app's own OpenAPI
    document) and the undocumented ones, path parameters filled with an entity id."""
    out = [("GET", p) for p in ("/", "/docs", "/redoc", "/openapi.json")]
    for path, operations in app.openapi()["paths"].items():
        out += [(m.upper(), re.sub(r"\{[^}]+\}", SAMPLE_ID, path)) for m in sorted(operations)]
    return out


def check(r: httpx.Response, what: str) -> None:
    assert 200 <= r.status_code < 300 or 400 <= r.status_code < 500, f"{what}: {r.status_code} {r.text[:300]}"
    if r.status_code >= 400:
        body = r.json()
        assert isinstance(body.get("error"), str) and body["error"], f"{what}: {r.text[:300]}"
    elif r.headers.get("content-type", "").startswith("application/json"):
        r.json()


QUERY_STRINGS = [
    "",
    "q=&text=&prefix=&id=",
    "zzz=1&q=Lavrov&text=x&prefix=x&id=x",
    "q=%FF%FE&text=%C3&prefix=%ED%A0%80&id=%FF",
    "threshold=abc&explain=maybe&cursor=-1&limit=0",
    "threshold=NaN&limit=1e9&cursor=99999999999999999999",
    "queries=",
    "queries=%FF",
    "queries={",
    "queries=null",
    "queries=[1,2]",
    'queries={"q":5}',
    'queries={"q":{"query":["a"]}}',
    'queries={"q":{"query":"a","limit":-1,"type":7}}',
    "query={",
    "query=%7B%7D",
    "query=Лавров&queries=",
    "key=&key=x",
    "q=" + "x" * 5000,
    "text=" + "я" * 3000 + "&prefix=" + "a" * 3000,
    "q=%00%01%02&text=%E2%80%AE&prefix=%F0%9F%98%80",
]

BODIES = [
    b"",
    b"{",
    b"}",
    b"null",
    b"[]",
    b'"text"',
    b"1e999",
    b"NaN",
    b"-0",
    b"true",
    b"\xff\xfe\x00\x00",
    b'{"names": null}',
    b'{"names": "Lavrov"}',
    b'{"names": [null, 1, {}, []]}',
    b'{"names": ["\xff\xfe"]}',
    b'{"names": [], "zzz": 1}',
    b'{"names": []}',
    b'{"names": ["a"], "threshold": "high"}',
    b'{"names": ["a"], "threshold": NaN, "explain": "perhaps"}',
    json.dumps({"names": ["x"] * 101}).encode(),
    json.dumps({"names": ["Лавров"] * 100}).encode(),
    json.dumps({"names": ["x" * 1001]}).encode(),
    b'{"text": 5}',
    b'{"text": null}',
    b'{"text": ""}',
    json.dumps({"text": "Лавров " * 1000}).encode(),
    b'{"queries": null}',
    b'{"queries": "x"}',
    b'{"queries": {}}',
    b'{"queries": []}',
    b'{"queries": [1]}',
    b'{"queries": [{}]}',
    b'{"queries": [{"conditions": []}]}',
    b'{"queries": [{"conditions": [{}]}]}',
    b'{"queries": [{"conditions": [{"matchType": "name", "propertyValue": 5}]}]}',
    b'{"queries": [{"conditions": [{"matchType": "name", "propertyValue": ["a", "b"]}], "limit": Infinity}]}',
    b'{"queries": [{"conditions": [{"matchType": "property", "propertyId": "country", "propertyValue": {"x": 1}}]}]}',
    b'{"queries": {"q": {"query": "x", "properties": [{"pid": "country", "v": [null, true, 1.5, {"id": 3}]}]}}}',
    b'{"queries": {"q": {"query": "x", "type": [1]}}}',
    b'{"query": {"query": 3}}',
    b'{"query": "\xff"}',
    json.dumps({"queries": [{"conditions": [{"matchType": "name", "propertyValue": "x"}]}] * 101}).encode(),
    json.dumps({"queries": {f"q{i}": {"query": "Ереван"} for i in range(100)}}).encode(),
    b"[" * 20000 + b"]" * 20000,
    b'{"a":' * 5000 + b"1" + b"}" * 5000,
    b"queries=%FF",
    b"queries={",
    b'queries={"q":{"query":"\xff"}}',
    b"queries=" + b"%5B" * 3000,
    b"a=b&&&==&",
    b"x" * (300 * 1024),
]
CONTENT_TYPES = [
    None,
    "application/json",
    "application/x-www-form-urlencoded",
    "text/plain",
    "multipart/form-data; boundary=zz",
    "application/json; charset=latin-1",
    "application/ld+json",
]


def test_every_endpoint_survives_hostile_query_strings(app, client):
    routes = endpoints(app)
    assert len(routes) >= 20
    for method, path in routes:
        for qs in QUERY_STRINGS:
            r = client.request(method, path + ("?" + qs if qs else ""))
            check(r, f"{method} {path}?{qs[:60]}")


def test_every_post_endpoint_survives_hostile_bodies(app, client):
    posts = [(m, p) for m, p in endpoints(app) if m == "POST"]
    assert {p for _, p in posts} >= {"/resolve", "/tag", "/reconcile", "/reconcile/v1/reconcile"}
    for method, path in posts:
        for body in BODIES:
            for ctype in CONTENT_TYPES:
                headers = {"content-type": ctype} if ctype else {}
                r = client.request(method, path, content=body, headers=headers)
                check(r, f"{method} {path} [{ctype}] {body[:60]!r}")


def test_get_endpoints_ignore_or_refuse_bodies(app, client):
    for method, path in endpoints(app):
        if method == "GET":
            for body in (b"{", b"\xff" * 10, b"x" * (300 * 1024)):
                check(client.request("GET", path, content=body), f"GET {path} with a body")


def test_limits_are_4xx_with_messages(client):
    cases = [
        ("POST", "/resolve", {"json": {"names": ["x"] * 101}}, 413, "batch of 101 names"),
        (
            "POST",
            "/reconcile/v1/match",
            {"json": {"queries": [{"conditions": [{"matchType": "name", "propertyValue": "x"}]}] * 101}},
            413,
            "batch of 101 queries",
        ),
        ("POST", "/resolve", {"content": b"x" * (300 * 1024)}, 413, "the limit is 262144 bytes"),
        (
            "POST",
            "/tag",
            {"json": {"text": "x" * 5001}},
            None,
            None,
        ),  # 413, or 404 before Resolver.tag exists
        ("GET", "/transliterate?text=" + "x" * 1001, {}, 413, "text: 1001 characters"),
        ("GET", "/reconcile/suggest/entity?prefix=" + "x" * 1001, {}, 413, "prefix: 1001 characters"),
    ]
    for method, path, kwargs, status, words in cases:
        r = client.request(method, path, **kwargs)
        check(r, path)
        if status is not None:
            assert r.status_code == status and words in r.json()["error"], (path, r.text)
        else:
            assert r.status_code in (404, 413)


def test_wrong_methods_and_unknown_paths(client):
    for method, path in (
        ("PUT", "/resolve"),
        ("DELETE", "/lookup"),
        ("PATCH", "/reconcile"),
        ("GET", "/resolve"),
        ("GET", "/nope"),
        ("POST", "/health"),
        ("GET", "/entities/"),
        ("GET", "/reconcile/v2"),
    ):
        r = client.request(method, path)
        check(r, f"{method} {path}")
        assert r.status_code in (404, 405)


def test_strange_auth_headers_on_a_keyed_server(app):
    keyed = create_app(app.state.resolver, Settings(api_keys=frozenset({"k"})))
    with running(keyed) as url, httpx.Client(base_url=url) as c:
        for headers in (
            {"Authorization": "Bearer"},
            {"Authorization": "Basic Zm9vOmJhcg=="},
            {"Authorization": b"Bearer \xff\xfe"},
            {"X-API-Key": b"\xe9"},
            {"X-API-Key": ""},
            {"Authorization": "Bearer " + "k" * 10000},
        ):
            r = c.get("/lookup", params={"q": "x"}, headers=headers)
            check(r, str(headers)[:60])
            assert r.status_code == 401
        assert c.get("/lookup", params={"q": "x"}, headers={"Authorization": "bearer k"}).status_code == 200


def test_raw_bytes_the_http_layer_refuses_still_get_a_4xx(client):
    # Unencoded UTF-8 in the request line never reaches the application: uvicorn answers it.
    host, port = client.base_url.host, client.base_url.port
    with socket.create_connection((host, port), timeout=10) as s:
        s.sendall("GET /lookup?q=Ереван HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        head = s.recv(4096)
    assert head.startswith(b"HTTP/1.1 4")
    assert client.get("/health").status_code == 200


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "names",
                    "text",
                    "queries",
                    "query",
                    "conditions",
                    "matchType",
                    "propertyValue",
                    "propertyId",
                    "type",
                    "limit",
                    "properties",
                    "pid",
                    "v",
                    "explain",
                    "threshold",
                    "q0",
                ]
            )
            | st.text(max_size=8),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(["/resolve", "/tag", "/reconcile", "/reconcile/v1/reconcile"]), value=json_values)
def test_random_json_bodies(client, path, value):
    check(client.post(path, json=value), f"{path} {value!r:.200}")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    path=st.sampled_from(
        [
            "/lookup?q=",
            "/transliterate?text=",
            "/reconcile/suggest/entity?prefix=",
            "/reconcile/preview?id=",
            "/entities/",
            "/reconcile?query=",
        ]
    ),
    text=st.text(max_size=60),
)
def test_random_text_parameters(client, path, text):
    from urllib.parse import quote

    check(client.get(path + quote(text, safe="")), f"{path}{text!r}")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    queries=st.dictionaries(
        st.text(max_size=5),
        st.fixed_dictionaries(
            {"query": st.text(max_size=40)},
            optional={
                "type": st.sampled_from(["person", "place", "org", "Q5", ""])
                | st.lists(st.text(max_size=6), max_size=2),
                "limit": st.integers(-2, 200) | st.floats(allow_nan=False, allow_infinity=False),
                "properties": st.lists(
                    st.fixed_dictionaries(
                        {
                            "pid": st.sampled_from(["country", "P17"]),
                            "v": st.text(max_size=10) | st.lists(st.text(max_size=3)),
                        }
                    ),
                    max_size=2,
                ),
            },
        ),
        max_size=5,
    )
)
def test_random_v02_batches_as_openrefine_sends_them(client, queries):
    check(client.post("/reconcile", data={"queries": json.dumps(queries)}), f"{queries!r:.200}")


@pytest.mark.parametrize("path", ["/entities/.", "/entities/..", "/entities", "/entities/./preview"])
def test_dot_segments_and_a_missing_id_lead_to_a_json_error(client, path):
    check(client.get(path), path)
