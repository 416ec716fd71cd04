#!/usr/bin/env bash
# Builds the HTTPParser libFuzzer target and runs it over a copy of the seed corpus.
# Usage: fuzz/run.sh [SECONDS]   (default 60; run from anywhere, paths are relative to the repo root)
# FUZZ_BUILD_DIR overrides the build/output directory (default: .build-fuzz in the repo root).
# Exits non-zero if the build fails or libFuzzer finds a crash, leak or timeout;
# the reproducer is written to the build directory as crash-*/leak-*/timeout-*.
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build="${FUZZ_BUILD_DIR:-.build-fuzz}"
mkdir -p "$build"

swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name ParserFuzz \
    Sources/HTTPParser/*.swift fuzz/ParserFuzz.swift -o "$build/parser-fuzz"

# Fuzz a copy so that new inputs libFuzzer saves never dirty the committed seeds.
rm -rf "$build/corpus"
cp -R fuzz/corpus "$build/corpus"

SWIFT_BACKTRACE=enable=no "$build/parser-fuzz" \
    -max_total_time="$seconds" \
    -max_len=4096 \
    -timeout=10 \
    -dict=fuzz/http.dict \
    -artifact_prefix="$build/" \
    -print_final_stats=1 \
    "$build/corpus"
