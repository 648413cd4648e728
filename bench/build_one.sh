#!/usr/bin/env bash
# Build the benchmark document from a corpus with dossier: the command the benchmark times.
#
# Usage: bench/build_one.sh CORPUS.json OUT.pdf
# Env:   DOSSIER=path/to/dossier (default: .build/release/dossier of this checkout)
#
# The corpus is converted to a dossier project once (corpus_to_project.py) and the project
# is cached beside the corpus, in a folder named after the SHA-256 of the corpus, the
# converter and the layout; later runs only hash and build.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DOSSIER=${DOSSIER:-$HERE/../.build/release/dossier}
if [ $# -ne 2 ]; then
    echo "usage: $0 CORPUS.json OUT.pdf" >&2
    exit 2
fi
corpus=$1 out=$2
if [ ! -x "$DOSSIER" ]; then
    echo "error: no dossier binary at $DOSSIER; run 'swift build -c release --product dossier' or set DOSSIER" >&2
    exit 2
fi

key=$(cat "$corpus" "$HERE/corpus_to_project.py" "$HERE/layouts/bench.yaml" | sha256sum | cut -c1-16)
project=$(dirname "$corpus")/.dossier-$(basename "$corpus" .json)-$key
if [ ! -f "$project/dossier.yaml" ]; then
    tmp=$(mktemp -d "$project.tmp.XXXXXX")
    python3 "$HERE/corpus_to_project.py" "$corpus" "$tmp"
    # Another run may have made it meanwhile; either copy is the same.
    mv -T "$tmp" "$project" 2>/dev/null || rm -rf "$tmp"
fi
exec "$DOSSIER" build "$project" -o "$out" --quiet
