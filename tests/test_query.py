from __future__ import annotations

import json

import pytest

from kg.errors import QueryError
from kg.query import list_queries, load_query, run_query


def test_shipped_queries_have_headers_and_run(seed_store):
    queries = list_queries()
    assert {"meetings", "city-directives", "studied-speeches"} <= {q.name for q in queries}
    for q in queries:
        assert q.title and q.description, q.name
        params = {p.name: p.example for p in q.params}
        assert all(params.values()), f"{q.name}: every parameter needs an example (e.g. ...)"
        assert run_query(seed_store, q.name, params).rows, q.name


def test_meetings_query_answers_date_city_chair(seed_store):
    rows = run_query(seed_store, "meetings").records()
    assert {"date": "2023-02-24", "city": "Chongqing", "chair": "Yuan Jiajun"}.items() <= next(
        r for r in rows if r["date"] == "2023-02-24"
    ).items()


def test_parameters_are_bound_as_terms_not_text(seed_store):
    chongqing = run_query(seed_store, "city-directives", {"city": "Chongqing"}).records()
    assert chongqing and {r["city"] for r in chongqing} == {"Chongqing"}
    hostile = 'Chongqing" } UNION { ?meeting ?p ?text } #'
    assert run_query(seed_store, "city-directives", {"city": hostile}).rows == []


def test_unknown_parameter_and_bad_types_are_errors(seed_store):
    with pytest.raises(QueryError, match="no parameter 'town'"):
        run_query(seed_store, "city-directives", {"town": "x"})


def test_query_file_and_text_and_errors(tmp_path, seed_store):
    path = tmp_path / "q.rq"
    path.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?m a pol:Meeting }", encoding="utf-8")
    assert int(run_query(seed_store, f"@{path}").rows[0][0].value) >= 5
    assert run_query(seed_store, "ASK { ?m a pol:Meeting }").boolean is True
    with pytest.raises(QueryError, match="no named query 'nope'"):
        load_query("nope")
    with pytest.raises(QueryError, match="not found"):
        load_query("@/no/such.rq")
    with pytest.raises(QueryError, match="syntax"):
        run_query(seed_store, "SELECT WHERE {")


def test_result_formats(seed_store):
    result = run_query(seed_store, "meetings")
    doc = json.loads(result.to_json())
    assert doc["head"]["vars"] == result.columns
    assert len(doc["results"]["bindings"]) == len(result.rows)
    dated = next(b for b in doc["results"]["bindings"] if "date" in b)
    assert dated["date"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"
    csv_lines = result.to_csv().splitlines()
    assert csv_lines[0] == ",".join(result.columns) and len(csv_lines) == len(result.rows) + 1
    assert result.to_csv(delimiter="\t").splitlines()[0] == "\t".join(result.columns)
