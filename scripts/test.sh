#!/usr/bin/env bash
# The whole test suite from nothing: make .venv, install policykg with its test extras,
# lint, then run every test (the real spaCy model, a real Oxigraph store).
source "$(dirname "$0")/_venv.sh" "[test]"
# The endpoint's page is tested in a real headless Chromium (Debian's package).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian's chromium for the endpoint page test..."
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
# The remote-store tests start a throwaway Virtuoso (Debian's package) on 127.0.0.1.
if ! command -v virtuoso-t >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian's virtuoso-opensource for the remote-store tests..."
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null
fi
.venv/bin/ruff check kg tests benchmarks notebooks
.venv/bin/python -m pytest "$@"
