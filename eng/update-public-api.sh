#!/usr/bin/env bash
# Brings the declared public API of each package project (PublicAPI.Shipped.txt and
# PublicAPI.Unshipped.txt beside its .csproj) in line with what the compiler sees, from the
# PublicApiAnalyzers' own diagnostics, read from a SARIF log of a build of every target framework:
#   RS0016 (public but not declared) -> its line is added to Unshipped
#   RS0017 (declared but gone)       -> its line leaves Unshipped, or, when Shipped declares it,
#                                       Unshipped gets *REMOVED*<line>
# The lines are the analyzer's own spelling of each symbol, nullability included, so nothing is
# typed by hand. Review the result before committing: `git diff -- '*PublicAPI*.txt'` IS the API
# change (spec/README.md, "Public API").
#
#   eng/update-public-api.sh          update Unshipped of every package project
#   eng/update-public-api.sh --ship   at a release: fold Unshipped into Shipped, empty Unshipped
#
# Needs: the .NET SDK and jq.
set -euo pipefail
cd "$(dirname "$0")/.."

# In dependency order: a later project is compiled against the earlier ones just built.
projects=(src/CustomGpt src/CustomGpt.Extensions)
header='#nullable enable'

body() { grep -v -x -F "$header" "$1" | sed '/^$/d' || true; }
# Through a temp file: the lines written are often read from the same file in the same pipeline.
write() { { echo "$header"; LC_ALL=C sort -u; } > "$1.new" && mv "$1.new" "$1"; }

ship() {
  local dir=$1 shipped=$1/PublicAPI.Shipped.txt unshipped=$1/PublicAPI.Unshipped.txt
  local removed
  removed=$(body "$unshipped" | sed -n 's/^\*REMOVED\*//p')
  { body "$shipped" | grep -v -x -F -f <(printf '%s\n' "$removed") || true
    body "$unshipped" | grep -v '^\*REMOVED\*' || true; } | write "$shipped"
  : | write "$unshipped"
  echo "$dir: Unshipped folded into Shipped."
}

update() {
  local dir=$1 shipped=$1/PublicAPI.Shipped.txt unshipped=$1/PublicAPI.Unshipped.txt
  local project work frameworks reference_build=()
  project=$(ls "$dir"/*.csproj)
  work=$(mktemp -d)
  [ -f "$shipped" ] || : | write "$shipped"
  [ -f "$unshipped" ] || : | write "$unshipped"
  # Projects after the first reuse the references this script has just rebuilt.
  [ "$dir" != "${projects[0]}" ] && reference_build=(-p:BuildProjectReferences=false)
  frameworks=$(dotnet msbuild "$project" -getProperty:TargetFrameworks | tr ';' ' ')
  local abs_dir
  abs_dir=$(cd "$dir" && pwd)
  for tfm in $frameworks; do
    # --no-incremental: the analyzer reports only while the compiler runs. Warnings stay warnings
    # here, since reporting them is the point.
    dotnet build "$project" -c Release -f "$tfm" --no-incremental -nologo -v:quiet "${reference_build[@]}" \
      -p:TreatWarningsAsErrors=false "-p:ErrorLog=$work/$tfm.sarif%2Cversion=2.1" > "$work/$tfm.log" \
      || { cat "$work/$tfm.log"; exit 1; }
    # Only this project's findings (a reference compiled in the same build may share the log).
    jq -r --arg dir "file://$abs_dir/" --arg rule RS0016 \
      '.runs[].results[] | select(.ruleId == $rule) | select(.locations[0].physicalLocation.artifactLocation.uri | startswith($dir))
       | .properties.customProperties | (.APIName, (.ApiNamesOfSiblingsToRemove // "" | split(";;")[] | select(. != "") | "-" + .))' \
      "$work/$tfm.sarif" | LC_ALL=C sort -u > "$work/$tfm.added"
    jq -r --arg dir "file://$abs_dir/" \
      '.runs[].results[] | select(.ruleId == "RS0017") | select(.locations[0].physicalLocation.artifactLocation.uri | startswith($dir))
       | .properties.customProperties.APIName' "$work/$tfm.sarif" | LC_ALL=C sort -u > "$work/$tfm.gone"
  done

  # One pair of files serves every target framework while their surfaces agree.
  local first
  first=$(echo "$frameworks" | awk '{print $1}')
  for tfm in $frameworks; do
    if ! cmp -s "$work/$first.added" "$work/$tfm.added" || ! cmp -s "$work/$first.gone" "$work/$tfm.gone"; then
      echo "$dir: the public API differs between $first and $tfm; split the files per framework (PublicAPI/<tfm>/) first:" >&2
      diff "$work/$first.added" "$work/$tfm.added" >&2 || true
      exit 1
    fi
  done

  local added gone siblings
  added=$(grep -v '^-' "$work/$first.added" || true)
  siblings=$(sed -n 's/^-//p' "$work/$first.added")
  gone=$(printf '%s\n%s\n' "$(cat "$work/$first.gone")" "$siblings" | sed '/^$/d' | LC_ALL=C sort -u)
  { body "$unshipped" | grep -v -x -F -f <(printf '%s\n' "$gone") || true
    printf '%s\n' "$added"
    # A symbol that shipped and is gone stays visible as a removal until the next release.
    body "$shipped" | grep -x -F -f <(printf '%s\n' "$gone") | sed 's/^/*REMOVED*/' || true
  } | sed '/^$/d' | write "$unshipped"
  echo "$dir: $(printf '%s\n' "$added" | sed '/^$/d' | wc -l) added, $(printf '%s\n' "$gone" | sed '/^$/d' | wc -l) removed (${frameworks// /, })."
  rm -rf "$work"
}

mode=update
[ "${1:-}" = "--ship" ] && mode=ship
for dir in "${projects[@]}"; do "$mode" "$dir"; done
