# ruff: noqa: E501  (cell sources are kept line for line as they read in the notebook)
"""Write the notebooks from the cells below (outputs empty, as they are kept in git).

    .venv/bin/python notebooks/make_notebooks.py

Editing a notebook in Jupyter is fine too; clear its outputs before committing
(``tests/test_notebooks.py`` fails on a notebook saved with outputs).
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

SETUP = """\
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from kg.pipeline import build
from kg.query import run_query
from kg.store import open_store

ROOT = Path.cwd().parent if Path.cwd().name == "notebooks" else Path.cwd()
pd.set_option("display.max_colwidth", 80)"""

BUILD_CORPUS = """\
# The five seed articles and the 62 hand-annotated test articles (tests/gold), written to
# cover the variety of real reports. Point this at your own folder of articles instead.
store = open_store(None)  # in memory; open_store("kg-store") keeps it on disk
report = build([ROOT / "seeds", ROOT / "tests" / "gold"], store)
print(report.totals())"""

NOTEBOOKS = {
    "01_build_and_explore.ipynb": [
        new_markdown_cell(
            "# Build the graph from the seeds and look around\n\n"
            "**Question:** what does policykg find in a handful of meeting reports? We build "
            "the knowledge graph from the five seed articles with the Python API, look at what "
            "was found per article and per class, chart which policy areas each city's "
            "directives address, and draw the neighbourhood of one meeting."
        ),
        new_code_cell(SETUP),
        new_code_cell(
            'store = open_store(None)  # in memory; open_store("kg-store") keeps it on disk\n'
            'report = build([ROOT / "seeds"], store)\n'
            "print(report.totals())\n"
            "pd.DataFrame([vars(article) for article in report.built])"
        ),
        new_markdown_cell("## How many things of each kind"),
        new_code_cell('run_query(store, "class-counts").to_dataframe()'),
        new_markdown_cell(
            "## Meetings, with their date, city, holding body and chair\n\n"
            "A meeting reported by two articles is one node: its IRI is made of city, date "
            "and type."
        ),
        new_code_cell('run_query(store, "meetings").to_dataframe()'),
        new_markdown_cell(
            "## Directives by policy area and city\n\n"
            "Each required action is a `pol:Directive` with a `pol:topic` from the policy-area "
            "scheme (`ontology/topics.ttl`). Counting them per city and area shows where each "
            "city puts its emphasis."
        ),
        new_code_cell(
            "DIRECTIVES_BY_AREA = '''\n"
            "SELECT ?city ?area (COUNT(DISTINCT ?directive) AS ?directives) WHERE {\n"
            "  GRAPH ?g {\n"
            "    ?meeting pol:issued ?directive ; pol:city/rdfs:label ?city .\n"
            "    ?directive pol:topic/rdfs:label ?area .\n"
            "  }\n"
            "}\n"
            "GROUP BY ?city ?area'''\n"
            "by_area = run_query(store, DIRECTIVES_BY_AREA).to_dataframe()\n"
            'by_area["directives"] = by_area["directives"].astype(int)\n'
            'table = by_area.pivot_table(index="area", columns="city", values="directives", '
            "fill_value=0)\n"
            "table = table.loc[table.sum(axis=1).sort_values().index]\n"
            "ax = table.plot.barh(stacked=True, figsize=(9, 7), width=0.8)\n"
            'ax.set_xlabel("directives")\n'
            'ax.set_ylabel("")\n'
            'ax.set_title("Directives by policy area and city (seed articles)")\n'
            "plt.tight_layout()"
        ),
        new_markdown_cell(
            "## One meeting's neighbourhood\n\n"
            "The `full` view is the entity graph networkx sees (the same as `kg export --format "
            "graphml`). Here: the Chongqing standing committee meeting of 24 February 2023 and "
            "everything one step away, coloured by type."
        ),
        new_code_cell(
            "import textwrap\n\n"
            "import networkx as nx\n\n"
            "from kg.export import view_graph\n\n"
            'graph = view_graph(store, "full")\n'
            "meeting = next(\n"
            "    node for node, data in graph.nodes(data=True)\n"
            '    if data["type"] == "Meeting" and data.get("date") == "2023-02-24"\n'
            ")\n"
            "around = nx.ego_graph(graph.to_undirected(as_view=True), meeting, radius=1)\n"
            'directives = [n for n in around if graph.nodes[n]["type"] == "Directive"]\n'
            "hood = around.subgraph(set(around) - set(directives))\n"
            'print(f"{hood.number_of_nodes()} nodes around the meeting ({len(directives)} directives left out)")\n'
            'types = sorted({graph.nodes[n]["type"] for n in hood})\n'
            "palette = dict(zip(types, plt.cm.tab10.colors, strict=False))\n"
            "position = nx.spring_layout(hood, seed=7, k=1.2)\n"
            "fig, ax = plt.subplots(figsize=(11, 8))\n"
            "nx.draw_networkx_edges(hood, position, ax=ax, alpha=0.4)\n"
            "for kind in types:\n"
            '    nodes = [n for n in hood if graph.nodes[n]["type"] == kind]\n'
            "    nx.draw_networkx_nodes(hood, position, nodelist=nodes, ax=ax, label=kind,\n"
            "                           node_color=[palette[kind]], node_size=300)\n"
            'labels = {n: textwrap.fill(textwrap.shorten(graph.nodes[n]["label"], 60), 24) '
            "for n in hood}\n"
            "nx.draw_networkx_labels(hood, position, labels, ax=ax, font_size=8)\n"
            'ax.legend(loc="lower left", fontsize=8)\n'
            'ax.set_title("Chongqing, 24 February 2023: the meeting and what it links to")\n'
            'ax.axis("off")\n'
            "plt.tight_layout()"
        ),
    ],
    "02_questions_in_sparql.ipynb": [
        new_markdown_cell(
            "# The research questions, asked in SPARQL\n\n"
            "**Questions:** which meetings were held where and when, and who presided? Which "
            "central speeches did each meeting study, and how many days after the speech? "
            "What did each city require on work safety? How did a slogan spread over cities "
            "and months? Each is a named query in `ontology/queries/` (also `kg query NAME`); "
            "results come back as pandas DataFrames."
        ),
        new_code_cell(SETUP),
        new_code_cell(BUILD_CORPUS),
        new_markdown_cell("## Meetings by city and date, and who presided"),
        new_code_cell(
            'meetings = run_query(store, "meetings").to_dataframe()\n'
            'meetings.dropna(subset=["date"]).sort_values(["city", "date"]).head(15)'
        ),
        new_code_cell(
            '(meetings.dropna(subset=["chair"]).groupby("chair")["meeting"].nunique()\n'
            '    .sort_values(ascending=False).head(10).rename("meetings presided"))'
        ),
        new_code_cell(
            'run_query(store, "presided-meetings", {"name": "Yuan Jiajun"}).to_dataframe()'
        ),
        new_markdown_cell(
            "## Which speeches each meeting studied, and the transmission lag\n\n"
            "Speeches held in the registry of central events (`ontology/central-events.ttl`) "
            "carry the day they were given, so the lag is the meeting date minus that day."
        ),
        new_code_cell('run_query(store, "studied-speeches").to_dataframe().head(15)'),
        new_code_cell(
            'lag = run_query(store, "transmission-lag").to_dataframe()\n'
            'lag["lagDays"] = lag["lagDays"].astype(int)\n'
            "lag"
        ),
        new_code_cell(
            "if not lag.empty:\n"
            '    lag["case"] = lag["city"].fillna("?") + ": " + lag["speech"].str.slice(0, 55)\n'
            '    ax = lag.sort_values("lagDays").plot.barh(x="case", y="lagDays", legend=False,\n'
            "                                               figsize=(10, 0.5 + 0.4 * len(lag)))\n"
            '    ax.set_xscale("symlog", linthresh=10)  # days to weeks, and the odd year-later study\n'
            '    ax.tick_params(axis="y", labelsize=8)\n'
            '    ax.set_xlabel("days from the speech to the meeting that studied it (log scale)")\n'
            '    ax.set_ylabel("")\n'
            '    ax.set_title("Transmission lag of central speeches")\n'
            "    plt.tight_layout()"
        ),
        new_markdown_cell("## What each city required on work safety"),
        new_code_cell(
            'safety = run_query(store, "topic-directives", {"topic": "work safety"}).to_dataframe()\n'
            'print(safety.groupby("city")["action"].nunique().rename("work-safety directives"))\n'
            'safety[["city", "date", "verb", "action"]].head(12)'
        ),
        new_markdown_cell(
            "## How a slogan spread\n\n"
            "Which cities' meetings mentioned *high-quality development*, month by month."
        ),
        new_code_cell(
            'spread = run_query(store, "concept-spread", '
            '{"concept": "high-quality development"}).to_dataframe()\n'
            'spread = spread.dropna(subset=["month", "city"])\n'
            'spread["meetings"] = spread["meetings"].astype(int)\n'
            "spread"
        ),
        new_code_cell(
            "if not spread.empty:\n"
            '    spread["when"] = pd.to_datetime(spread["month"])\n'
            '    cities = sorted(spread["city"].unique())\n'
            "    fig, ax = plt.subplots(figsize=(9, 0.8 + 0.45 * len(cities)))\n"
            '    ax.scatter(spread["when"], spread["city"].map(cities.index),\n'
            '               s=80 * spread["meetings"], alpha=0.7)\n'
            "    ax.set_yticks(range(len(cities)), cities)\n"
            "    ax.set_title('Meetings mentioning \"high-quality development\", by city and month')\n"
            "    fig.autofmt_xdate()\n"
            "    plt.tight_layout()"
        ),
    ],
    "03_network_analysis.ipynb": [
        new_markdown_cell(
            "# Networks of officials and of speeches, and on to Gephi\n\n"
            "**Questions:** which officials are central in the meetings reported, which groups "
            "meet together, and which central speeches reach the most cities? We use the "
            "`people` view (officials linked by meetings they attended together) and the "
            "`speeches` view (cities linked to the speeches their meetings studied), compute "
            "centrality and communities with networkx, and export both for Gephi."
        ),
        new_code_cell(
            SETUP.replace("import pandas as pd\n", "import networkx as nx\nimport pandas as pd\n")
            .replace(
                "from kg.pipeline import build\n",
                "from kg.export import export, view_graph\nfrom kg.pipeline import build\n",
            )
            .replace("from kg.query import run_query\n", "")
        ),
        new_code_cell(BUILD_CORPUS),
        new_markdown_cell("## Officials: who meets with whom"),
        new_code_cell(
            'people = view_graph(store, "people")\n'
            'print(people.number_of_nodes(), "officials,", people.number_of_edges(), '
            '"co-presence links")\n'
            "centrality = pd.DataFrame({\n"
            '    "official": {n: d["label"] for n, d in people.nodes(data=True)},\n'
            '    "city": {n: d.get("city", "") for n, d in people.nodes(data=True)},\n'
            '    "meetings": dict(people.nodes(data="meetings")),\n'
            '    "presided": dict(people.nodes(data="meetings_presided")),\n'
            '    "degree": dict(people.degree(weight="weight")),\n'
            '    "betweenness": nx.betweenness_centrality(people),\n'
            "})\n"
            'centrality.sort_values(["degree", "meetings"], ascending=False).head(10)'
        ),
        new_code_cell(
            "linked = people.subgraph([n for n in people if people.degree(n) > 0])\n"
            'communities = nx.community.greedy_modularity_communities(linked, weight="weight")\n'
            "for number, group in enumerate(communities, start=1):\n"
            '    names = sorted(people.nodes[n]["label"] for n in group)\n'
            "    print(f\"group {number}: {', '.join(names)}\")"
        ),
        new_code_cell(
            "colour = {n: i for i, group in enumerate(communities) for n in group}\n"
            "# lay each connected group out on its own, in a grid, so small groups do not overlap\n"
            "groups = sorted(nx.connected_components(linked), key=len, reverse=True)\n"
            "position, columns = {}, 5\n"
            "for i, group in enumerate(groups):\n"
            "    layout = nx.spring_layout(linked.subgraph(group), seed=3, scale=0.3)\n"
            "    for node, (x, y) in layout.items():\n"
            "        position[node] = (x + i % columns, y - i // columns)\n"
            "fig, ax = plt.subplots(figsize=(12, 2.4 * (len(groups) // columns + 1)))\n"
            "nx.draw_networkx_edges(linked, position, ax=ax, alpha=0.4,\n"
            '                       width=[linked.edges[e]["weight"] for e in linked.edges])\n'
            "nx.draw_networkx_nodes(linked, position, ax=ax, cmap=plt.cm.tab10,\n"
            "                       node_color=[colour[n] for n in linked],\n"
            '                       node_size=[150 + 120 * linked.nodes[n]["meetings"] for n in linked])\n'
            'nx.draw_networkx_labels(linked, position, {n: linked.nodes[n]["label"] for n in linked},\n'
            "                        ax=ax, font_size=8)\n"
            'ax.set_title("Officials linked by meetings attended together (colour: community)")\n'
            'ax.axis("off")\n'
            "plt.tight_layout()"
        ),
        new_markdown_cell("## Speeches: which reach the most cities"),
        new_code_cell(
            'speeches = view_graph(store, "speeches")\n'
            'speech_nodes = [n for n, d in speeches.nodes(data=True) if d["type"] == "CitedSpeech"]\n'
            "reach = pd.DataFrame({\n"
            '    "speech": [speeches.nodes[n]["label"] for n in speech_nodes],\n'
            '    "cities": [speeches.degree(n) for n in speech_nodes],\n'
            '    "meetings": [speeches.degree(n, weight="meetings") for n in speech_nodes],\n'
            '    "given": [speeches.nodes[n].get("date", "") for n in speech_nodes],\n'
            '}).sort_values(["cities", "meetings"], ascending=False)\n'
            "reach.head(10)"
        ),
        new_code_cell(
            "top = reach.head(12)\n"
            'ax = top.iloc[::-1].plot.barh(x="speech", y="cities", legend=False, figsize=(9, 5))\n'
            'ax.set_yticks(range(len(top)), [s[:60] for s in top["speech"].iloc[::-1]], fontsize=8)\n'
            'ax.set_xlabel("cities whose meetings studied it")\n'
            "ax.xaxis.set_major_locator(plt.MaxNLocator(integer=True))\n"
            'ax.set_ylabel("")\n'
            'ax.set_title("Reach of cited speeches")\n'
            "plt.tight_layout()"
        ),
        new_markdown_cell(
            "## To Gephi\n\n"
            "The cell below writes the two views as GraphML and as GEXF (with time). In Gephi:\n\n"
            "1. *File → Open* the `.gexf` (or `.graphml`) file; accept the import report "
            "(typed columns arrive as they are: `meetings` and `lag_days` are numbers, "
            "`type` and `city` are text).\n"
            "2. *Layout*: run **ForceAtlas 2** (tick *Prevent Overlap* once it settles), then "
            "**Label Adjust**.\n"
            "3. *Appearance → Nodes → Partition* by `type` (cities vs speeches) or by `city`; "
            "*Ranking* node size by `Degree` or by `meetings`.\n"
            "4. *Statistics → Modularity*, then partition colour by `Modularity Class` to see "
            "the communities computed above.\n"
            "5. With the GEXF file, *Window → Timeline* replays the graph: each node and edge "
            "starts on its first meeting date, so you watch a speech spread from city to city.\n"
        ),
        new_code_cell(
            'out = ROOT / "notebooks" / "out"\n'
            "out.mkdir(exist_ok=True)\n"
            'for view in ("people", "speeches"):\n'
            '    for fmt in ("graphml", "gexf"):\n'
            '        path = out / f"{view}.{fmt}"\n'
            "        nodes = export(store, path, fmt, view=view)\n"
            '        print(f"{path.relative_to(ROOT)}: {nodes} nodes")'
        ),
    ],
}


def main() -> None:
    for name, cells in NOTEBOOKS.items():
        notebook = new_notebook(cells=cells)
        notebook.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
        nbformat.write(notebook, HERE / name)
        print(f"wrote notebooks/{name}")


if __name__ == "__main__":
    main()
