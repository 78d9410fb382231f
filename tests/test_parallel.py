"""A batch on several worker processes: the same results as one process, in input order."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import shared

import translit
from translit.cli import main
from translit.parallel import CHUNK, resolve_in_parallel

QUERIES = ["لافروف", "Арутюнян", "Qarabağ", "Emmanuel Macron", "قره باغ", "Степанакерт", "Ханкенди",
           "Jerevan", "Nobody Special", "Пашинян", "Լաչին", "Baku", "", "x" * 2000]
BATCH = QUERIES * 12  # several chunks for each worker


@pytest.fixture(scope="module")
def smoke_path():
    return shared("eval", "smoke", "gazetteer.jsonl")


def _dicts(results) -> list[dict]:
    return [r.to_dict() for r in results]


def test_workers_give_the_answers_of_one_process_in_order(smoke_path):
    r = translit.load(smoke_path, use_cache=False)
    alone = _dicts(r.resolve(q, explain=True) for q in BATCH)
    assert len(BATCH) > 2 * CHUNK
    assert _dicts(r.resolve_many(BATCH, explain=True, jobs=2)) == alone


def test_spawned_workers_open_the_index_themselves(smoke_path):
    # macOS and Windows cannot fork safely: each worker opens (and preloads) the index file
    r = translit.load(smoke_path, use_cache=False)
    r.preload()
    alone = _dicts(r.resolve(q) for q in BATCH)
    assert _dicts(resolve_in_parallel(r, BATCH, 2, start_method="spawn")) == alone


def test_a_small_batch_stays_in_this_process(smoke_path, monkeypatch):
    from translit import parallel

    r = translit.load(smoke_path, use_cache=False)
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", None)  # would fail if a pool started
    assert [x.id for x in r.resolve_many(QUERIES[:3], jobs=0)] == [r.resolve(q).id for q in QUERIES[:3]]


def test_cli_resolve_with_jobs_writes_the_same_lines(smoke_path, tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("\n".join(BATCH) + "\nbad \x07 row\n", encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        r = CliRunner().invoke(main, ["resolve", str(src), "-o", str(out), "-g", str(smoke_path), "-j", jobs])
        assert r.exit_code == 1, r.output  # the control character is reported, the rest resolved
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    lines = [json.loads(line) for line in outputs[1].splitlines()]
    assert len(lines) == len(BATCH) + 1 and lines[1]["id"] == "per-vagharshak-harutyunyan"
