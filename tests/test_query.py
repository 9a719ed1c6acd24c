from __future__ import annotations

import io
import json

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.query import Param, _param, list_queries, load_query, run_query
from kg.store import open_store


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


@pytest.mark.parametrize(
    "name, missing",
    [
        ("topic-directives", "topic"),
        ("city-directives", "city"),
        ("person-posts", "name"),
        ("post-holders", "day"),
    ],
)
def test_a_required_parameter_left_out_is_an_error_naming_it(seed_store, name, missing):
    with pytest.raises(QueryError, match=f"query '{name}' needs parameter '{missing}' \\("):
        run_query(seed_store, name)


def test_optional_parameters_may_be_left_out(seed_store):
    every = {r["concept"] for r in run_query(seed_store, "concept-spread").records()}
    one = {
        r["concept"]
        for r in run_query(
            seed_store, "concept-spread", {"concept": "new quality productive forces"}
        ).records()
    }
    assert one == {"new quality productive forces"} and len(every) > 1
    posts = {
        r["post"] for r in run_query(seed_store, "post-holders", {"day": "2023-02-15"}).records()
    }
    assert "Secretary of the Chongqing Municipal Party Committee" in posts and len(posts) > 1


@pytest.mark.parametrize(
    "header, expected",
    [
        (
            'city place The city, e.g. "Chongqing".',
            Param("city", "place", 'The city, e.g. "Chongqing".'),
        ),
        (
            "post xsd:string optional The post.",
            Param("post", "xsd:string", "The post.", optional=True),
        ),
        ("?day xsd:date", Param("day", "xsd:date", "")),
    ],
)
def test_param_headers(header, expected):
    assert _param(header) == expected


@pytest.mark.parametrize(
    "name, param, typed, stored",
    [
        ("city-directives", "city", "chongqing", "Chongqing"),
        ("city-directives", "city", "CHONGQING", "Chongqing"),
        ("topic-directives", "topic", "Work Safety", "work safety"),
    ],
)
def test_places_and_topics_match_ignoring_case(seed_store, name, param, typed, stored):
    exact = run_query(seed_store, name, {param: stored}).rows
    assert exact and run_query(seed_store, name, {param: typed}).rows == exact


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
    csv_lines = result.to_csv().split("\r\n")
    assert csv_lines[0] == ",".join(result.columns) and len(csv_lines) == len(result.rows) + 2
    assert result.to_tsv().splitlines()[0] == "\t".join(f"?{c}" for c in result.columns)
    assert "https://w3id.org/policykg/id/meeting/" in result.to_csv()  # full IRIs, no id:


#: Terms that CSV and TSV must carry exactly: language tags, datatypes, IRIs, characters that
#: end fields or lines, and (in the data) a blank node.
AWKWARD = [
    "<https://w3id.org/policykg/id/person/yuan-jiajun>",
    "<http://example.org/a#b%20c>",
    '"plain"',
    '"重庆"@zh',
    '"Chongqing"@en-GB',
    '"2023-02-24"^^xsd:date',
    '"042"^^xsd:integer',
    '"1.5e0"^^xsd:double',
    '"true"^^xsd:boolean',
    '"custom"^^<http://example.org/type>',
    '"say \\"hi\\", then, go"',
    '"tab\\there"',
    '"line\\nbreak\\r\\nand back\\\\slash"',
    '""',
]


@pytest.fixture
def awkward_result():
    store = open_store(None)
    graph = ox.NamedNode("https://example.org/g")
    blank = ox.BlankNode("b0")
    store.replace_graph(
        graph, [ox.Quad(blank, ox.NamedNode("https://example.org/p"), blank, graph)]
    )
    values = " ".join(f"({term})" for term in AWKWARD)
    text = f"SELECT ?term ?unbound WHERE {{ {{ VALUES (?term) {{ {values} }} }} UNION {{ ?term <https://example.org/p> ?o }} }}"
    return run_query(store, text)


def as_rdflib(term):
    import rdflib

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype == ox.NamedNode(str(rdflib.XSD.string)):
        return rdflib.Literal(term.value)  # a simple literal: the same term in RDF 1.1
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def parsed(text: str, fmt: str):
    from rdflib.query import Result

    result = Result.parse(io.BytesIO(text.encode("utf-8")), format=fmt)
    return [str(v) for v in result.vars], [
        [row.get(v) for v in result.vars] for row in result.bindings
    ]


def test_tsv_reads_back_as_the_same_terms(awkward_result):
    assert len(awkward_result.rows) == len(AWKWARD) + 1
    columns, rows = parsed(awkward_result.to_tsv(), "tsv")
    assert columns == ["term", "unbound"]
    assert rows == [[as_rdflib(t) for t in row] for row in awkward_result.rows]


def test_csv_reads_back_as_the_same_values(awkward_result):
    """CSV keeps values only: IRIs in full, literals' lexical forms, ``_:`` blank nodes (read
    back by rdflib as ``BNode("_:b0")``); an empty literal and an unbound value both read as
    unbound, as the note says."""
    import rdflib

    text = awkward_result.to_csv()
    assert text.endswith("\r\n") and text.count("\r\n") >= len(awkward_result.rows) + 1
    columns, rows = parsed(text, "csv")
    assert columns == ["term", "unbound"]

    def expected(term):
        if isinstance(term, ox.NamedNode):
            return rdflib.URIRef(term.value)
        if isinstance(term, ox.BlankNode):
            return rdflib.BNode(f"_:{term.value}")
        return rdflib.Literal(term.value) if term and term.value else None

    assert rows == [[expected(t) for t in row] for row in awkward_result.rows]


@pytest.mark.parametrize("answer", [True, False])
def test_ask_in_csv_and_tsv_is_one_askresult_column(answer):
    import rdflib

    result = run_query(open_store(None), "ASK {}" if answer else "ASK { ?s ?p ?o }")
    assert parsed(result.to_csv(), "csv") == (
        ["_askResult"],
        [[rdflib.Literal(str(answer).lower())]],
    )
    assert parsed(result.to_tsv(), "tsv") == (["_askResult"], [[rdflib.Literal(answer)]])
