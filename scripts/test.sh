#!/usr/bin/env bash
# The whole test suite from nothing: make .venv, install policykg with its test extras,
# lint, then run every test (the real spaCy model, a real Oxigraph store).
source "$(dirname "$0")/_venv.sh" "[test]"
.venv/bin/ruff check kg tests benchmarks
.venv/bin/python -m pytest "$@"
