#!/usr/bin/env bash
# The drift check of a pull request, the same in every CI: installs customgpt-spec from the folder
# feed the build job packed, compares the spec in the working tree with the same file at the base
# ref, writes SARIF for the code-scanning upload and Markdown for the job summary, and exits as the
# diff does (0 no wire-breaking change, 1 breaking changes, 2 the comparison failed).
# usage: eng/ci/drift-check.sh <base-ref> <spec-path> <feed-folder> <sarif-out> [<markdown-out>]
set -uo pipefail
if [ "$#" -lt 4 ]; then
  echo "usage: $0 <base-ref> <spec-path> <feed-folder> <sarif-out> [<markdown-out>]" >&2
  exit 2
fi
base="$1" spec="$2" feed="$3" sarif="$4" markdown="${5:-}"

package=$(ls "$feed"/CustomGpt.SpecTool.*.nupkg 2>/dev/null | grep -v '\.snupkg$' | head -1)
if [ -z "$package" ]; then
  echo "drift check: no CustomGpt.SpecTool package in $feed (run dotnet pack -c Release -o $feed first)." >&2
  exit 2
fi
version=$(basename "$package" .nupkg)
version=${version#CustomGpt.SpecTool.}
mkdir -p "$(dirname "$sarif")"
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
dotnet tool install --tool-path "$tools" --add-source "$feed" CustomGpt.SpecTool --version "$version" >/dev/null || exit 2

"$tools/customgpt-spec" diff --base "$base" "$spec" --format sarif > "$sarif"
status=$?
if [ -n "$markdown" ]; then
  "$tools/customgpt-spec" diff --base "$base" "$spec" --format markdown > "$markdown" || true
fi
case $status in
  0) echo "drift check: no wire-breaking change in $spec against $base." ;;
  1) echo "drift check: wire-breaking changes in $spec against $base (see the SARIF results)." >&2 ;;
  *) echo "drift check: the comparison failed." >&2 ;;
esac
exit $status
