#!/usr/bin/env bash
# Runs every benchmark in a short job (about 3 minutes on 2 quiet cores) and writes
# artifacts/benchmarks/summary.md: time and allocations per call with ratios to each group's
# baseline, pagination memory, streaming latency, client CPU per call, and the build benchmark
# (clean vs no-op build of src/CustomGpt, checking that NSwag runs only on the clean one).
# See docs/BENCHMARKS.md.
#
#   tools/bench.sh                      everything
#   tools/bench.sh --filter '*PerCall*' the build benchmark, the probes, and only the matching
#                                       BenchmarkDotNet benchmarks (any BenchmarkDotNet argument)
#   BENCH_BUILD_RUNS=3 tools/bench.sh   more builds per kind (default 2)
#   BENCH_SKIP_BUILD=1 tools/bench.sh   without the build benchmark
set -euo pipefail
cd "$(dirname "$0")/.."

out=artifacts/benchmarks
runs="${BENCH_BUILD_RUNS:-2}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -f "$out/results.json" "$out/probes.json" "$out/build.json" "$out/summary.md"

seconds_since() { awk -v start="$1" -v now="$(date +%s%N)" 'BEGIN { printf "%.2f", (now - start) / 1e9 }'; }

# Clean and no-op builds of src/CustomGpt, all its target frameworks, in a copy of the sources:
# the measurement neither disturbs nor is disturbed by the working tree's own bin/ and obj/.
# NSwag's target logs "Building target ... completely" when it runs and "Skipping target ..."
# when its output is up to date.
build_benchmark() {
  local project clean=() noop=() ran=true skipped=true start
  tar --exclude=bin --exclude=obj -cf - Directory.Build.props nswag.json spec src/CustomGpt | tar -xf - -C "$work"
  project="$work/src/CustomGpt/CustomGpt.csproj"
  dotnet restore "$project" -v:q >/dev/null
  for ((i = 1; i <= runs; i++)); do
    dotnet clean "$project" -nologo -v:q >/dev/null
    start=$(date +%s%N)
    dotnet build "$project" --no-restore -nologo -v:q "-flp:logfile=$work/clean.log;verbosity=detailed" >/dev/null
    clean+=("$(seconds_since "$start")")
    grep -q 'Building target "CustomGptGenerateClient" completely' "$work/clean.log" || ran=false
    start=$(date +%s%N)
    dotnet build "$project" --no-restore -nologo -v:q "-flp:logfile=$work/noop.log;verbosity=detailed" >/dev/null
    noop+=("$(seconds_since "$start")")
    if grep -q 'Building target "CustomGptGenerateClient"' "$work/noop.log" ||
       ! grep -q 'Skipping target "CustomGptGenerateClient"' "$work/noop.log"; then
      skipped=false
    fi
  done
  local IFS=,
  printf '{"cleanSeconds":[%s],"noOpSeconds":[%s],"nSwagRanOnCleanBuild":%s,"nSwagSkippedOnNoOpBuild":%s,"scope":"%s"}\n' \
    "${clean[*]}" "${noop[*]}" "$ran" "$skipped" "netstandard2.0, net8.0 and net10.0, restore excluded"
}

echo "Building the benchmarks (Release)..."
dotnet build tests/CustomGpt.Benchmarks -c Release -nologo -v:q
bench=(dotnet tests/CustomGpt.Benchmarks/bin/Release/net10.0/CustomGpt.Benchmarks.dll)

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "Build benchmark: $runs clean and $runs no-op builds of src/CustomGpt..."
  build_benchmark >"$out/build.json"
fi

echo "BenchmarkDotNet..."
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--filter '*')
"${bench[@]}" benchmarks "$out/results.json" --artifacts "$out/bdn" "${args[@]}"

echo "Probes: pagination memory, streaming latency..."
"${bench[@]}" probes "$out/probes.json"

"${bench[@]}" summary "$out/results.json" "$out/probes.json" "$out/build.json" "$out/summary.md"
echo "Wrote $out/summary.md"
