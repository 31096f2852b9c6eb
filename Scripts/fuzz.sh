#!/usr/bin/env bash
# Builds nod's libFuzzer harnesses and runs them.
#
#   Scripts/fuzz.sh list                 the harnesses
#   Scripts/fuzz.sh TARGET [SECONDS]     fuzz one harness (default 60 s)
#   Scripts/fuzz.sh all [SECONDS]        fuzz every harness in turn, SECONDS each
#
# Seeds come from Tests/Fuzz/TARGET (committed); new corpus entries go to
# .build-fuzz/corpus/TARGET (not committed). A crash is written to .build-fuzz/crashes/TARGET/;
# copy it into Tests/Fuzz/TARGET/ once fixed, where CorpusReplayTests replays it on every run.
# Needs the toolchain's libFuzzer (Swift on Linux ships it) and ASan. JOBS=N runs N
# harnesses at once with `all` (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(yaml archive csv front-matter plugin-message waivers attestations rule-pack values)
build=.build-fuzz

if [[ "${1:-}" == "" || "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
if [[ "$1" == "list" ]]; then
    printf '%s\n' "${targets[@]}"
    exit 0
fi

seconds="${2:-60}"
echo "building nod-fuzz with --sanitize=address --sanitize=fuzzer (in $build)…" >&2
# Only the fuzz product is built (other executables have their own main). SwiftPM hands the
# Swift frontend one -sanitize flag after another and the last one wins, so Swift code got
# either ASan or coverage, never both: -Xswiftc -sanitize=fuzzer,address asks for both at once
# (checked: every Swift object then has __sancov_cntrs sections and __asan calls).
swift build -c release --build-path "$build" --product nod-fuzz \
    --sanitize=address --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -DNOD_FUZZING >&2
binary="$build/release/nod-fuzz"

run_one() {
    local target="$1"
    mkdir -p "$build/corpus/$target" "$build/crashes/$target"
    echo "fuzzing $target for ${seconds} s" >&2
    # -rss_limit_mb: a harness that needs more than 2 GiB for one input is a finding too.
    local status=0
    NOD_FUZZ_TARGET="$target" ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1" "$binary" \
        "$build/corpus/$target" "Tests/Fuzz/$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$build/crashes/$target/" -print_final_stats=1 \
        > "$build/$target.log" 2>&1 || status=$?
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov:" "$build/$target.log" | tail -3 | sed "s/^/$target: /"
    local crashes
    crashes=$(find "$build/crashes/$target" -type f | wc -l)
    echo "$target: exit $status, $crashes crash file(s) in $build/crashes/$target" >&2
    return $status
}

if [[ "$1" == "all" ]]; then
    failed=0
    parallel="${JOBS:-1}"
    pids=()
    for target in "${targets[@]}"; do
        while (( $(jobs -rp | wc -l) >= parallel )); do sleep 1; done
        run_one "$target" &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
    exit $failed
fi

if [[ ! " ${targets[*]} " == *" $1 "* ]]; then
    echo "unknown harness '$1'; one of: ${targets[*]}" >&2
    exit 2
fi
run_one "$1"
