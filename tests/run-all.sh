#!/usr/bin/env bash
# Every test of the solution, with what they need brought up first (PostgreSQL, Chromium).
# Ends with one line "Total: N passed, M failed" and exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash tests/postgres-up.sh || exit 1
# The web-page tests drive Debian's Chromium headless; the board's Chinese needs a CJK font.
if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; } || exit 1
fi
# The CAP 1.2 messages are checked by an implementation independent of ours, from npm (tests/cap-check).
npm ci --prefix tests/cap-check --no-audit --no-fund --loglevel=error >/dev/null || exit 1
log=$(mktemp)
dotnet test GridActors.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "Total: $passed passed, $failed failed"
[ "$passed" -gt 0 ] || { echo "no test ran" >&2; exit 1; }
exit "$status"
