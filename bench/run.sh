#!/usr/bin/env bash
# Measure dossier against the other tools on the benchmark document (see bench/README.md).
#
# Usage: PEERS=/path/to/run_peers.sh bench/run.sh
# Env:   PEERS   the benchmark harness, run_peers.sh (required)
#        TOOLS   default "typst reportlab cairo_floor swift" ("swift" is dossier)
#        SIZES   default "10 100 1000";  RUNS default 3
#        WORK    default /tmp/dossier-bench (corpora, PDFs, logs, results.csv, results.md)
#        SKIP_BUILD=1  reuse .build/release/dossier as it is
# Everything else (VENV, SKIP_SETUP, ...) is passed on to run_peers.sh.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
if [ -z "${PEERS:-}" ]; then
    echo "error: set PEERS to the path of run_peers.sh, the benchmark harness, e.g." >&2
    echo "  PEERS=/path/to/bench/run_peers.sh bench/run.sh" >&2
    exit 2
fi
if [ ! -f "$PEERS" ]; then
    echo "error: PEERS=$PEERS: no such file" >&2
    exit 2
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    (cd "$ROOT" && swift build -c release --product dossier)
fi
export DOSSIER=${DOSSIER:-$ROOT/.build/release/dossier}
[ -x "$DOSSIER" ] || { echo "error: no dossier binary at $DOSSIER" >&2; exit 2; }

export TOOLS=${TOOLS:-"typst reportlab cairo_floor swift"}
export SIZES=${SIZES:-"10 100 1000"}
export RUNS=${RUNS:-3}
export WORK=${WORK:-/tmp/dossier-bench}
export CMD_swift="$HERE/build_one.sh {json} {pdf}"
bash "$PEERS"
python3 "$HERE/summarize.py" "$WORK/results.csv" | tee "$WORK/summary.md"
