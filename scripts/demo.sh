#!/usr/bin/env bash
# The main job on the seeds: build the graph, print what was found, answer an example
# query, and write graph.graphml for Gephi. Safe to run again (unchanged articles are skipped).
source "$(dirname "$0")/_venv.sh" ""
STORE=${KG_STORE:-kg-store}
.venv/bin/kg build seeds/ --store "$STORE"
echo
echo "Example query: meetings with date, city, holding body and chair (ontology/queries/meetings.rq)"
.venv/bin/kg query meetings --store "$STORE"
echo
.venv/bin/kg export --format graphml --out "${KG_GRAPHML:-graph.graphml}" --store "$STORE"
