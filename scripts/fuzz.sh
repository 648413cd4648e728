#!/usr/bin/env bash
# Fuzzes one target (records, csv, xlsx, ods, project, layout, markdown, engine) with libFuzzer and AddressSanitizer.
# Usage: scripts/fuzz.sh TARGET [SECONDS]   (default 1200). New inputs go to Fuzz/corpus/TARGET,
# crashes to Fuzz/crashes/TARGET; commit both, and the tests replay them on every run.
# FUZZ_BUILD_PATH (default .build-fuzz) keeps separate builds for runs side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh records|csv|xlsx|ods|project|layout|markdown|engine [SECONDS]}
seconds=${2:-1200}
bash scripts/deps.sh
export DOSSIER_FUZZ=1
build=(swift build -c release --product dossier-fuzz --build-path "${FUZZ_BUILD_PATH:-.build-fuzz}" -Xswiftc -sanitize=fuzzer,address)
"${build[@]}"
binary="$("${build[@]}" --show-bin-path)/dossier-fuzz"
mkdir -p "Fuzz/corpus/$target" "Fuzz/crashes/$target"
export DOSSIER_FUZZ_TARGET="$target"
# New inputs land in the corpus folder; afterwards it is minimised to the inputs that add coverage.
ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
    "$binary" "Fuzz/corpus/$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
    -max_len=65536 -artifact_prefix="Fuzz/crashes/$target/" -print_final_stats=1 "${@:3}"
minimal=$(mktemp -d)
trap 'rm -rf "$minimal"' EXIT
ASAN_OPTIONS=detect_leaks=0 "$binary" -merge=1 "$minimal" "Fuzz/corpus/$target" 2>&1 | tail -1
rm -f "Fuzz/corpus/$target"/*
cp "$minimal"/* "Fuzz/corpus/$target"/
echo "corpus: $(ls "Fuzz/corpus/$target" | wc -l) inputs in Fuzz/corpus/$target; crashes: $(ls "Fuzz/crashes/$target" | wc -l) in Fuzz/crashes/$target"
