#!/usr/bin/env bash
# Installs what is missing, builds dossier in release mode and writes output/ashraf.pdf from examples/ashraf/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
swift build -c release --product dossier
"$(swift build -c release --show-bin-path)/dossier" build examples/ashraf -o output/ashraf.pdf
