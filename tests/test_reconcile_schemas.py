"""The reconciliation API against the spec's own JSON schemas (0.2 and 1.0-draft).

First the validator is checked on the spec's valid and invalid examples, so a pass means
something; then every kind of reconciliation response of a real server (manifests, result
batches, suggest responses) is validated, and the requests the tests send are validated
against the query-batch schemas too. Schemas are registered by ``$id`` in one
``referencing.Registry`` per version (the two versions reuse some ``$id``s), so nothing is
fetched from the network.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from conftest import DATA, SHARED

pytest.importorskip("fastapi", reason="the serve extra is not installed: pip install 'translit[serve]'")
pytest.importorskip("uvicorn", reason="the serve extra is not installed: pip install 'translit[serve]'")
httpx = pytest.importorskip("httpx", reason="the test extra is not installed (httpx)")
jsonschema = pytest.importorskip("jsonschema", reason="the test extra is not installed (jsonschema)")
referencing = pytest.importorskip("referencing", reason="the test extra is not installed (jsonschema)")

import translit
from translit.serve import Settings, create_app
from translit.serve.testing import running

SPEC = SHARED / "reconciliation-spec"
VERSIONS = ("0.2", "1.0-draft")
if not SPEC.is_dir():
    pytest.skip(
        f"{SPEC} is absent (the shared evaluation data comes with CI, not with a clone)",
        allow_module_level=True,
    )

# Example folder -> (schema file, JSON pointer inside it) per version. Not covered, as the
# spec has no schema for them: "flyout-response" (0.2), and "security-scheme", whose
# examples are OpenAPI 3 ({"type": "http", "scheme": "basic"}) while the manifest schema
# refers to Swagger 2.0 security definitions ({"type": "basic"}).
_NO_SCHEMA = {"flyout-response", "security-scheme"}
_RESULT_ITEM = {
    "0.2": "/patternProperties/^.*$/properties/result/items",
    "1.0-draft": "/properties/results/items/properties/candidates/items",
}
_KINDS = {
    "manifest": ("manifest.json", ""),
    "reconciliation-query-batch": ("reconciliation-query-batch.json", ""),
    "reconciliation-result-batch": ("reconciliation-result-batch.json", ""),
    "reconciliation-candidate": ("reconciliation-result-batch.json", None),  # per version, below
    "suggest-entities-response": ("suggest-entities-response.json", ""),
    "suggest-types-response": ("suggest-types-response.json", ""),
    "suggest-properties-response": ("suggest-properties-response.json", ""),
    "suggest-metadata": ("manifest.json", "/properties/suggest/definitions/service_definition"),
    "preview-metadata": ("manifest.json", "/properties/preview"),
    "data-extension-metadata": ("manifest.json", "/properties/extend"),
    "data-extension-query": ("data-extension-query.json", ""),
    "data-extension-response": ("data-extension-response.json", ""),
    "data-extension-property-proposal": ("data-extension-property-proposal.json", ""),
}


@cache
def _schemas(version: str) -> tuple[dict[str, dict], referencing.Registry]:
    from referencing.jsonschema import DRAFT7

    files = {
        p.name: json.loads(p.read_text(encoding="utf-8")) for p in (SPEC / version / "schemas").glob("*.json")
    }
    # The schemas say "$schema": "http://json-schema.org/schema#" (no draft); they use
    # "contains" and "definitions": draft 7, which accepts and rejects exactly the spec's examples.
    registry = referencing.Registry().with_resources(
        (s["$id"], referencing.Resource.from_contents(s, default_specification=DRAFT7))
        for s in files.values()
    )
    return files, registry


def validator(version: str, schema_file: str, pointer: str = ""):
    files, registry = _schemas(version)
    uri = files[schema_file]["$id"].rstrip("#")
    return jsonschema.Draft7Validator({"$ref": f"{uri}#{pointer}"}, registry=registry)


def assert_valid(version: str, schema_file: str, document, pointer: str = "") -> None:
    errors = sorted(
        validator(version, schema_file, pointer).iter_errors(document), key=lambda e: list(e.path)
    )
    assert not errors, f"{schema_file}{pointer} ({version}): " + "; ".join(
        f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5]
    )


def _examples():
    for version in VERSIONS:
        for kind_dir in sorted((SPEC / version / "examples").iterdir()):
            for verdict in ("valid", "invalid"):
                for f in sorted((kind_dir / verdict).glob("*.json")):
                    yield pytest.param(
                        version, kind_dir.name, verdict, f, id=f"{version}/{kind_dir.name}/{verdict}/{f.stem}"
                    )


@pytest.mark.parametrize(("version", "kind", "verdict", "path"), list(_examples()))
def test_validator_agrees_with_the_spec_examples(version: str, kind: str, verdict: str, path: Path):
    if kind not in _KINDS:
        pytest.skip(f"the spec has no schema for {kind}")
    schema_file, pointer = _KINDS[kind]
    pointer = _RESULT_ITEM[version] if pointer is None else pointer
    errors = list(
        validator(version, schema_file, pointer).iter_errors(json.loads(path.read_text(encoding="utf-8")))
    )
    if verdict == "valid":
        assert not errors, [e.message for e in errors]
    else:
        assert errors, f"{path.name} should be rejected by {schema_file}{pointer}"


def test_every_example_kind_but_flyouts_has_a_schema():
    kinds = {d.name for v in VERSIONS for d in (SPEC / v / "examples").iterdir()}
    assert kinds - set(_KINDS) <= _NO_SCHEMA


# -- a real server ----------------------------------------------------------------------

KEY = "k-3f9a"


@pytest.fixture(scope="module")
def resolver():
    return translit.load(DATA / "serve" / "gazetteer.yaml", use_cache=False)


@pytest.fixture(scope="module")
def client(resolver):
    with running(create_app(resolver, Settings())) as url, httpx.Client(base_url=url, timeout=30) as c:
        yield c


@pytest.fixture(scope="module")
def keyed(resolver):
    with (
        running(create_app(resolver, Settings(api_keys=frozenset({KEY})))) as url,
        httpx.Client(base_url=url, timeout=30) as c,
    ):
        yield c


def v02(client, batch: dict, method: str = "POST") -> dict:
    """Send a 0.2 batch as OpenRefine does (form-encoded POST) or as GET; validate both ways."""
    assert_valid("0.2", "reconciliation-query-batch.json", batch)
    if method == "POST":
        r = client.post("/reconcile", data={"queries": json.dumps(batch)})
    else:
        r = client.get("/reconcile", params={"queries": json.dumps(batch)})
    assert r.status_code == 200, r.text
    body = r.json()
    assert_valid("0.2", "reconciliation-result-batch.json", body)
    assert list(body) == list(batch)
    return body


def v1(client, batch: dict, path: str = "/reconcile/v1/reconcile") -> dict:
    assert_valid("1.0-draft", "reconciliation-query-batch.json", batch)
    r = client.post(path, json=batch)
    assert r.status_code == 200, r.text
    body = r.json()
    assert_valid("1.0-draft", "reconciliation-result-batch.json", body)
    assert len(body["results"]) == len(batch["queries"])
    return body


def name_query(name: str, **extra) -> dict:
    return {"conditions": [{"matchType": "name", "propertyValue": name}], **extra}


@pytest.mark.parametrize("path", ["/reconcile", "/reconcile?key=whatever"])
def test_manifest_v02_is_valid(client, path):
    m = client.get(path).json()
    assert_valid("0.2", "manifest.json", m)
    assert {t["id"] for t in m["defaultTypes"]} == {"person", "place", "org"}
    assert "{{id}}" in m["view"]["url"] and "{{id}}" in m["preview"]["url"]
    assert "authentication" not in m


def test_manifests_use_the_public_url_behind_a_proxy(resolver):
    app = create_app(resolver, Settings(public_url="https://names.example.org/translit/"))
    with running(app) as url, httpx.Client(base_url=url) as c:
        m02, m1 = c.get("/reconcile").json(), c.get("/reconcile/v1").json()
    assert_valid("0.2", "manifest.json", m02)
    assert_valid("1.0-draft", "manifest.json", m1)
    assert m02["preview"]["url"] == "https://names.example.org/translit/reconcile/preview?id={{id}}"
    assert m02["suggest"]["entity"]["service_url"] == "https://names.example.org/translit"
    assert m1["view"]["url"] == "https://names.example.org/translit/entities/{id}/preview"


def test_manifest_v1_is_valid_and_declares_the_score_scale(client):
    m = client.get("/reconcile/v1").json()
    assert_valid("1.0-draft", "manifest.json", m)
    assert m["standardizedScore"] is True


def test_manifests_with_keys_declare_authentication_and_stay_open(keyed):
    for version, path in (("0.2", "/reconcile"), ("1.0-draft", "/reconcile/v1")):
        r = keyed.get(path)
        assert r.status_code == 200
        assert_valid(version, "manifest.json", r.json())
        assert r.json()["authentication"]["type"] == "apiKey"


def test_manifest_fetched_with_a_key_carries_it_into_its_urls(keyed):
    # OpenRefine sends no headers: the key added to the service URL must reach previews and suggest.
    m = keyed.get("/reconcile", params={"key": KEY}).json()
    assert_valid("0.2", "manifest.json", m)
    assert f"key={KEY}" in m["preview"]["url"] and f"key={KEY}" in m["suggest"]["entity"]["service_path"]
    preview = m["preview"]["url"].replace("{{id}}", "place:yerevan")
    assert keyed.get(preview).status_code == 200
    # A wrong key is not echoed.
    assert "nope" not in json.dumps(keyed.get("/reconcile", params={"key": "nope"}).json())


def test_v02_batch_get_and_post_agree_and_validate(client):
    batch = {
        "q0": {"query": "Пашинян"},
        "q1": {"query": "Արայիկ"},
        "q2": {"query": "Emmanuel Macron"},
        "q3": {"query": "Arutyunyan", "type": "person", "limit": 1, "type_strict": "should"},
    }
    post, get = v02(client, batch), v02(client, batch, "GET")
    assert post == get
    assert (
        post["q0"]["result"][0]["id"] == "person:nikol-pashinyan" and post["q0"]["result"][0]["match"] is True
    )
    assert post["q2"]["result"] == [] or not any(c["match"] for c in post["q2"]["result"])
    assert len(post["q3"]["result"]) == 1


def test_match_only_for_a_match_decision(client, resolver):
    body = v02(client, {"q": {"query": "Harutyunyan"}})
    assert resolver.resolve("Harutyunyan").decision == "ambiguous"
    assert len(body["q"]["result"]) == 2 and not any(c["match"] for c in body["q"]["result"])


def test_scores_are_on_the_0_to_100_scale(client, resolver):
    c = v02(client, {"q": {"query": "Пашинян"}})["q"]["result"][0]
    assert c["score"] == pytest.approx(resolver.resolve("Пашинян").score * 100, abs=0.01)


def test_type_narrows_and_can_settle_an_ambiguity(client, resolver):
    # "Вашингтон" is exactly a place's name and exactly a person's alias.
    assert resolver.resolve("Вашингтон").decision == "ambiguous"
    body = v02(
        client,
        {
            "any": {"query": "Вашингтон"},
            "place": {"query": "Вашингтон", "type": "place"},
            "person": {"query": "Вашингтон", "type": ["Person"]},
            "org": {"query": "Lavrov", "type": "org"},
            "none": {"query": "Вашингтон", "type": "Q5"},
        },
    )
    assert len(body["any"]["result"]) == 2 and not any(c["match"] for c in body["any"]["result"])
    assert [(c["id"], c["match"]) for c in body["place"]["result"]] == [("place:washington", True)]
    assert [(c["id"], c["match"]) for c in body["person"]["result"]] == [("person:george-washington", True)]
    assert [c["type"] for c in body["org"]["result"]] == [[{"id": "org", "name": "Organisation"}]]
    assert body["none"]["result"] == []


@pytest.mark.parametrize("country", ["LB", "lb", "Lebanon", "Ливан", "Lubnaan", {"id": "LB", "name": "Lebanon"}])
def test_country_property_narrows_places(client, country):
    body = v02(client, {"q": {"query": "طرابلس", "properties": [{"pid": "country", "v": country}]}})
    top = body["q"]["result"]
    assert [c["id"] for c in top] == ["place:tripoli-lb"] and top[0]["match"] is True


def test_country_alpha3_via_pycountry(client):
    pytest.importorskip("pycountry", reason="pycountry (optional) maps alpha-3 codes and English names")
    body = v02(client, {"q": {"query": "Tripoli", "properties": [{"pid": "country", "v": "LBY"}]}})
    assert body["q"]["result"][0]["id"] == "place:tripoli-ly" and body["q"]["result"][0]["match"]


def test_country_narrows_people_and_an_unknown_country_narrows_to_nothing(client):
    body = v02(
        client,
        {
            "am": {"query": "Лавров", "type": "person", "properties": [{"pid": "country", "v": "AM"}]},
            "ru": {"query": "Лавров", "type": "person", "properties": [{"pid": "country", "v": "RU"}]},
            "xx": {"query": "Лавров", "properties": [{"pid": "country", "v": "Atlantis"}]},
        },
    )
    assert body["am"]["result"] == []
    assert body["ru"]["result"][0]["id"] == "person:sergey-lavrov"
    # org:lavrov-foundation has no country: unknown is kept, not taken as different.
    assert [c["id"] for c in body["xx"]["result"]] == ["org:lavrov-foundation"]


def test_an_empty_country_is_no_constraint(client):
    body = v02(client, {"q": {"query": "Пашинян", "properties": [{"pid": "country", "v": ""}]}})
    assert body["q"]["result"][0]["id"] == "person:nikol-pashinyan" and body["q"]["result"][0]["match"]


def test_entity_id_as_query_finds_the_entity(client):
    c = v02(client, {"q": {"query": "place:yerevan"}})["q"]["result"][0]
    assert c["id"] == "place:yerevan" and c["score"] == 100 and c["match"]


def test_single_query_form(client):
    r = client.get("/reconcile", params={"query": "Ереван"})
    assert r.status_code == 200
    assert_valid("0.2", "reconciliation-result-batch.json", {"q": r.json()})
    assert r.json()["result"][0]["id"] == "place:yerevan"


def test_v1_batch_and_its_match_alias(client):
    batch = {
        "queries": [
            name_query("Пашинян"),
            name_query("Harutyunyan", type="person", limit=5),
            {"conditions": [{"matchType": "id", "propertyValue": "place:yerevan"}]},
            {
                "conditions": [
                    {"matchType": "name", "propertyValue": "Tripoli"},
                    {
                        "matchType": "property",
                        "propertyId": "country",
                        "propertyValue": "LB",
                        "required": True,
                        "matchQuantifier": "none",
                    },
                ]
            },
        ]
    }
    body = v1(client, batch)
    assert body == v1(client, batch, "/reconcile/v1/match")
    first, homonyms, by_id, not_lb = (r["candidates"] for r in body["results"])
    assert first[0]["id"] == "person:nikol-pashinyan" and first[0]["match"]
    assert len(homonyms) == 2 and not any(c["match"] for c in homonyms)
    assert by_id[0]["id"] == "place:yerevan" and by_id[0]["match"]
    assert not_lb[0]["id"] == "place:tripoli-ly" and not_lb[0]["match"]


def test_v1_json_batch_is_also_accepted_at_the_02_endpoint(client):
    r = client.post("/reconcile", json={"queries": [name_query("Ереван")]})
    assert_valid("1.0-draft", "reconciliation-result-batch.json", r.json())


@pytest.mark.parametrize("version,root", [("0.2", "/reconcile"), ("1.0-draft", "/reconcile/v1")])
def test_suggest_responses_validate(client, version, root):
    entities = client.get(root + "/suggest/entity", params={"prefix": "Пашинян"}).json()
    assert_valid(version, "suggest-entities-response.json", entities)
    assert entities["result"][0]["id"] == "person:nikol-pashinyan"
    # A half-typed word: names that start alike come first, in any script ("Pishin" scores
    # higher as a whole name but does not start like "Пашин").
    for prefix in ("Пашин", "Pashin", "باشين"):
        typed = client.get(root + "/suggest/entity", params={"prefix": prefix}).json()
        assert_valid(version, "suggest-entities-response.json", typed)
        assert [c["id"] for c in typed["result"]][:2] == ["person:nikol-pashinyan", "place:pishin"]
    page = client.get(root + "/suggest/entity", params={"prefix": "Pashin", "cursor": 1, "limit": 1}).json()
    assert [c["id"] for c in page["result"]] == ["place:pishin"]
    arabic = client.get(root + "/suggest/entity", params={"prefix": "لافروف", "type": "org"}).json()
    assert_valid(version, "suggest-entities-response.json", arabic)
    assert {c["id"] for c in arabic["result"]} <= {"org:lavrov-foundation"}
    types = client.get(root + "/suggest/type", params={"prefix": "pl"}).json()
    assert_valid(version, "suggest-types-response.json", types)
    assert [t["id"] for t in types["result"]] == ["place"]
    props = client.get(root + "/suggest/property", params={"prefix": "co"}).json()
    assert_valid(version, "suggest-properties-response.json", props)
    assert [p["id"] for p in props["result"]] == ["country"]


def test_preview_and_flyout(client):
    for path in ("/reconcile/preview", "/reconcile/v1/preview"):
        r = client.get(path, params={"id": "person:nikol-pashinyan"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert '<span lang="ar" dir="rtl">نيكول باشينيان</span>' in r.text
    flyout = client.get("/reconcile/flyout", params={"id": "place:yerevan"}).json()
    assert flyout["id"] == "place:yerevan" and "Yerevan" in flyout["html"]
    missing = client.get("/reconcile/preview", params={"id": "place:atlantis"})
    assert missing.status_code == 404 and "place:atlantis" in missing.json()["error"]


def test_reconciliation_needs_the_key_when_keys_are_set(keyed):
    queries = json.dumps({"q": {"query": "Ереван"}})
    assert keyed.post("/reconcile", data={"queries": queries}).status_code == 401
    assert keyed.post("/reconcile/v1/reconcile", json={"queries": [name_query("x")]}).status_code == 401
    assert keyed.get("/reconcile/suggest/entity", params={"prefix": "x"}).status_code == 401
    r = keyed.post("/reconcile", params={"key": KEY}, data={"queries": queries})
    assert r.status_code == 200
    assert_valid("0.2", "reconciliation-result-batch.json", r.json())
    r = keyed.post(
        "/reconcile/v1/reconcile", headers={"X-API-Key": KEY}, json={"queries": [name_query("Ереван")]}
    )
    assert_valid("1.0-draft", "reconciliation-result-batch.json", r.json())


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({"q": {"query": 5}}, 422, "queries.q.query: must be a string"),
        ({"q": {"query": "x", "limit": 0}}, 422, "queries.q.limit"),
        ({"q": {"query": "x", "limt": 3}}, 422, "unknown field 'limt'"),
        ({"q": {"query": "x", "properties": [{"pid": "P19", "v": "x"}]}}, 422, "unknown property 'P19'"),
        ({"q": {}}, 422, "needs 'query' or 'properties'"),
        ({"q": {"query": "x" * 1001}}, 413, "queries.q.query: 1001 characters"),
        ({f"q{i}": {"query": "x"} for i in range(1001)}, 413, "batch of 1001 queries"),
    ],
)
def test_v02_errors_say_what_was_wrong(client, body, status, words):
    r = client.post("/reconcile", data={"queries": json.dumps(body)})
    assert r.status_code == status and words in r.json()["error"]


def test_empty_batches_are_answered(client):
    assert v02(client, {}) == {}
    assert v1(client, {"queries": []}) == {"results": []}
