#!/usr/bin/env bash
# Lints spec/customgpt.openapi.json with the linters pinned in package-lock.json (installed by
# `npm ci` here): Spectral (spectral:oas) and Redocly (recommended). Fails on any error, on any
# Spectral warning, and on more than 5 Redocly warnings (each explained in redocly.yaml).
set -uo pipefail
cd "$(dirname "$0")"
spec=../../spec/customgpt.openapi.json
bin=node_modules/.bin
[ -x "$bin/spectral" ] && [ -x "$bin/redocly" ] || { echo "Lint: run npm ci in tools/lint first." >&2; exit 2; }

status=0
"$bin/spectral" lint "$spec" --ruleset .spectral.yaml --fail-severity warn || status=1

report="$(mktemp)"
trap 'rm -f "$report"' EXIT
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true "$bin/redocly" lint "$spec" --config redocly.yaml --format stylish >"$report" 2>&1
redocly=$?
grep -E '^\s+[0-9]+:[0-9]+\s+(error|warning)' "$report"
warnings=$(grep -cE '^\s+[0-9]+:[0-9]+\s+warning' "$report")
errors=$(grep -cE '^\s+[0-9]+:[0-9]+\s+error' "$report")
echo "Redocly: $errors errors, $warnings warnings (at most 5 allowed)."
if [ "$redocly" -ne 0 ] || [ "$errors" -ne 0 ] || [ "$warnings" -gt 5 ]; then status=1; fi
exit "$status"
