#!/usr/bin/env bash
# `npm test`: the unit tests, then the end-to-end tests in a real Chromium with the built extension.
# Ends with one line `tests: N passed, N failed` counted from both runners' JSON reports.
set -u
cd "$(dirname "$0")/.."
reports=.output/reports
mkdir -p "$reports"
rm -f "$reports"/unit.json "$reports"/e2e.json

npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$reports/unit.json"
unit=$?
npx vitest run --project e2e --reporter=default --reporter=json --outputFile.json="$reports/e2e.json"
e2e=$?

node tests/support/count-results.mjs "$reports/unit.json" "$reports/e2e.json"
counted=$?
[ "$unit" -eq 0 ] && [ "$e2e" -eq 0 ] && [ "$counted" -eq 0 ]
