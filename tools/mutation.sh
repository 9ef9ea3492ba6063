#!/usr/bin/env bash
# Mutation testing of the handwritten layer (not part of CI: the full run takes many minutes).
# Stryker.NET, from the local tool manifest, mutates every handwritten file of src/CustomGpt and
# src/CustomGpt.Extensions (the NSwag output under obj/ and the templates are excluded) on net10.0,
# one project under test per run, and runs the test project that exercises it:
#   src/CustomGpt            <- tests/CustomGpt.Tests             (tools/mutation/CustomGpt.stryker-config.json)
#   src/CustomGpt.Extensions <- tests/CustomGpt.Extensions.Tests  (tools/mutation/CustomGpt.Extensions.stryker-config.json)
# Reports (HTML and JSON) go to artifacts/mutation/<project>/reports/; the script then prints the
# score per folder, computed from the JSON reports as
#   (killed + timeout) / (killed + timeout + survived + no coverage)
# (ignored mutants and compile errors are not counted). See docs/TESTING.md.
#
#   tools/mutation.sh                                  both projects, every handwritten file
#   tools/mutation.sh --project core                   src/CustomGpt only (or: extensions)
#   tools/mutation.sh --project core --only 'Json/**'  only the files matching a glob, relative to
#                                                      the project (repeatable; '!glob' leaves files
#                                                      out); reports go to a directory per scope,
#                                                      artifacts/mutation/scoped/<globs>/ (a long list
#                                                      shortened with a checksum), and leave
#                                                      the full run's and other scopes' reports alone
#   tools/mutation.sh --files                          also the score per file
#   tools/mutation.sh --concurrency 2                  mutants tested at once (default 1: one core,
#                                                      the machine stays usable)
#   tools/mutation.sh --report-only                    print the scores of the last run again (same
#                                                      --project and --only as that run)
#   tools/mutation.sh --combine [--files]              no run: the scores of every report under
#                                                      artifacts/mutation/ (full and scoped runs,
#                                                      both projects) together; a file measured by
#                                                      several runs counts once, from the latest
# Requires jq.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

projects=(core extensions)
only=()
per_file=false
run=true
combine=false
concurrency=1
while [ $# -gt 0 ]; do
  case "$1" in
    --project) shift; projects=("$1") ;;
    --only) shift; only+=("$1") ;;
    --files) per_file=true ;;
    --report-only) run=false ;;
    --combine) run=false; combine=true ;;
    --concurrency) shift; concurrency="$1" ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
command -v jq >/dev/null || { echo "tools/mutation.sh needs jq." >&2; exit 2; }

source_dir() { case "$1" in core) echo src/CustomGpt ;; extensions) echo src/CustomGpt.Extensions ;; *) echo "Unknown project: $1 (core or extensions)" >&2; exit 2 ;; esac; }
out_dir() {
  local name; name="$(basename "$(source_dir "$1")")"
  if [ ${#only[@]} -gt 0 ]; then
    # One directory per scope: the globs, with every character unsafe in a name made '_'.
    local scope; scope="$(printf '%s+' "${only[@]}" | sed 's/+$//; s/[^A-Za-z0-9.+-]/_/g')"
    # A long list of globs would make a name past the file system's limit: its start and a checksum.
    [ ${#scope} -le 100 ] || scope="${scope:0:80}-$(printf '%s' "$scope" | cksum | cut -d' ' -f1)"
    echo "$root/artifacts/mutation/scoped/$scope/$name"
  else echo "$root/artifacts/mutation/$name"; fi
}

if $run; then
  dotnet tool restore >/dev/null
  for project in "${projects[@]}"; do
    dir="$(source_dir "$project")"
    out="$(out_dir "$project")"
    config="$root/tools/mutation/$(basename "$dir").stryker-config.json"
    args=(--config-file "$config" --output "$out" --skip-version-check --concurrency "$concurrency")
    # A progress bar on a terminal; a dot per tested mutant in a log.
    if [ -t 1 ]; then args+=(--reporter Progress); else args+=(--reporter Dots); fi
    args+=(--reporter Html --reporter Json)
    for glob in "${only[@]}"; do
      case "$glob" in '**'*|'!'*) ;; *) glob="**/$glob" ;; esac
      args+=(--mutate "$glob")
    done
    rm -rf "$out"
    echo "== Stryker on $dir ($(date -u +%H:%M:%S) UTC)"
    start=$(date +%s)
    (cd "$dir" && dotnet tool run dotnet-stryker "${args[@]}")
    echo "$(( $(date +%s) - start ))" >"$out/seconds"
    echo "== $dir done in $(( ($(date +%s) - start) / 60 )) min $(( ($(date +%s) - start) % 60 )) s"
  done
fi

# Counts per folder (or per file) from the JSON reports: "files" maps each file to its mutants and
# their status. The folder is the first directory under the project (files at its top: "(top)").
reports=()
if $combine; then
  # Oldest first: for a file in several reports, the last one read (the latest run) counts.
  while IFS= read -r report; do reports+=("$report"); done < <(
    find "$root/artifacts/mutation" -name mutation-report.json -printf '%T@ %p\n' 2>/dev/null | sort -n | cut -d' ' -f2-)
else
  for project in "${projects[@]}"; do
    report="$(out_dir "$project")/reports/mutation-report.json"
    [ -f "$report" ] && reports+=("$report")
  done
fi
[ ${#reports[@]} -gt 0 ] || { echo "No report under artifacts/mutation/ yet: run without --report-only." >&2; exit 1; }

group_by() {
  jq -r -n --arg by "$1" '
    def row($name; $m):
      ($m | map(select(.status == "Killed" or .status == "Timeout")) | length) as $c
      | ($m | map(select(.status == "Survived")) | length) as $s
      | ($m | map(select(.status == "NoCoverage")) | length) as $u
      | ($m | length - $c - $s - $u) as $o
      | [$name, $c, $s, $u, $o, (if $c + $s + $u > 0 then "\(100 * $c / ($c + $s + $u) * 10 | round / 10)%" else "-" end)];
    # A file counts from the last report (in the order given) that tested any of its mutants: a
    # scoped run lists the project'"'"'s other files too, each mutant "Ignored" (removed by the mutate
    # filter, or by an equivalence mark, which applies in every run).
    (reduce (inputs
       | (.projectRoot // "") as $root
       | ($root | rtrimstr("/") | split("/") | last) as $project
       | .files | to_entries[]
       | select(any(.value.mutants[]; .status != "Ignored"))
       | {project: $project, path: (.key | ltrimstr($root) | ltrimstr("/")), mutants: .value.mutants})
       as $file ({}; .["\($file.project)/\($file.path)"] = $file)) as $files
    | [$files[]
     | .project as $project
     | (.path | split("/")) as $parts
     | (if $by == "file" then .path elif ($parts | length) > 1 then $parts[0] else "(top)" end) as $group
     | .mutants[] | {project: $project, group: "\($project)/\($group)", status}] as $all
    | (["where", "caught", "missed", "uncovered", "other", "score"]),
      ($all | group_by(.group)[] | row(.[0].group; .) | select(.[1] + .[2] + .[3] > 0)),
      ($all | group_by(.project)[] | row("\(.[0].project) (all)"; .)),
      row("handwritten layer (all)"; $all)
    | @tsv' "${reports[@]}" | column -t -s $'\t'
}

echo
echo "Mutation score per folder: caught = killed + timeout, missed = survived, uncovered = no coverage;"
echo "other = ignored or compile error, not counted. score = caught / (caught + missed + uncovered)."
group_by folder
if $per_file; then
  echo
  group_by file
fi
if $combine; then
  echo
  echo "From these reports (oldest first), with Stryker's run time:"
  total=0
  for report in "${reports[@]}"; do
    out="$(dirname "$(dirname "$report")")"; seconds="$(cat "$out/seconds" 2>/dev/null || echo 0)"; total=$((total + seconds))
    echo "  ${out#"$root"/}: $((seconds / 60)) min $((seconds % 60)) s"
  done
  echo "  together: $((total / 60)) min $((total % 60)) s"
  exit 0
fi
for project in "${projects[@]}"; do
  out="$(out_dir "$project")"
  [ -f "$out/seconds" ] && echo "$(basename "$(source_dir "$project")"): Stryker ran $(( $(cat "$out/seconds") / 60 )) min $(( $(cat "$out/seconds") % 60 )) s; report $out/reports/mutation-report.html"
done
