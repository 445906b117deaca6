#!/usr/bin/env bash
# Fuzzes the extraction core with libFuzzer and AddressSanitizer.
#   bash Tests/Fuzz/fuzz.sh [SECONDS]    (default 600; `make fuzz`; `make test` runs 30)
# A crash, a broken span, or one input slower than 1 s (-timeout=1) fails the run; libFuzzer
# then writes the input to .build-fuzz/ as crash-* or timeout-* for replaying:
#   .build-fuzz/fuzz-extraction .build-fuzz/crash-...
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
out=.build-fuzz
mkdir -p "$out/corpus"

# One module from the core's sources and the entry point; Swift 6 mode, as the package builds it.
# Rebuilt only when a source changed.
binary="$out/fuzz-extraction"
if [ ! -x "$binary" ] || [ -n "$(find Sources/Extraction Tests/Fuzz -name '*.swift' -newer "$binary")" ]; then
  echo "fuzz: building $binary (release, -sanitize=fuzzer,address)"
  swiftc -O -swift-version 6 -parse-as-library -module-name Extraction \
    -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault \
    -sanitize=fuzzer,address \
    Sources/Extraction/*.swift Tests/Fuzz/ExtractionFuzzTarget.swift -o "$binary" 2>&1 | grep -v "Cannot export local symbol" || true
  [ -x "$binary" ] || { echo "fuzz: the build failed" >&2; exit 1; }
fi

# Start from real articles where we have them, and from a few shapes that broke things before.
if [ -d ../shared/seeds ]; then cp -n ../shared/seeds/*.txt "$out/corpus/" 2>/dev/null || true; fi
# Inputs that once crashed the core, replayed first on every run.
cp Tests/Fuzz/regressions/* "$out/corpus/" 2>/dev/null || true
printf 'Headline\n\nHe said "yes" and \x27no\x27 \xe2\x80\x9cmaybe\xe2\x80\x9d.\n' > "$out/corpus/quotes.txt"
printf "''''''''''''''''''''''''''''''''\"\"\"\"\"\"\n" > "$out/corpus/marks.txt"
printf 'TEHRAN (Tasnim) \xe2\x80\x93 More than 1,600 were injured on Monday, Putin said.\n' > "$out/corpus/dateline.txt"

export WIREWATCH_RESOURCES="$PWD/Sources/Extraction/Resources"
echo "fuzz: $seconds s on $(nproc) cores' worth of one process; inputs up to 16 KB; slower than 1 s fails"
log="$out/last-run.log"
set +e
"$binary" "$out/corpus" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -max_len=16384 \
  -artifact_prefix="$out/" -print_final_stats=1 > "$log" 2>&1
status=$?
set -e
if [ "$status" = 0 ]; then
  grep -E "^(Done|stat::)" "$log"
  echo "fuzz: no crash, no broken span, no input over 1 s in $seconds s (log: $log)"
else
  grep -vE "^#[0-9]+ +(NEW|REDUCE|pulse|INITED)" "$log" | tail -60
  echo "fuzz: FAILED (status $status); the input is the artifact named above, the log is $log" >&2
fi
exit "$status"
