#!/usr/bin/env bash
# Sets up the pinned PDF/UA checker (outloud, with pikepdf) in a virtual environment under .build/ and prints the folder of its programs.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=".build/pdf-checker"
requirements="scripts/pdf-checker-requirements.txt"
if [ ! -x "$venv/bin/outloud" ] || ! cmp -s "$requirements" "$venv/requirements.txt"; then
    rm -rf "$venv"
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install --quiet --disable-pip-version-check --timeout 30 -r "$requirements" >&2
    cp "$requirements" "$venv/requirements.txt"
fi
echo "$PWD/$venv/bin"
