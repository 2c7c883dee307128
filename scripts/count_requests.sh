#!/usr/bin/env bash
# Instructions per request body for each way benches/requests.rs compares, counted with
# valgrind's callgrind: deterministic for a given binary, whatever else the machine is doing.
# For people only (CI never runs it):  bash scripts/count_requests.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 1; }
bin=$(cargo bench --bench requests --no-run --message-format=json 2>/dev/null |
  python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "requests" and m.get("executable"):
        print(m["executable"])')
count() {
  ORG_SHAPES_COUNT="$1" valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
rest=$(count none)
echo "| body | way | instructions per body | × plain |"
echo "|---|---|---:|---:|"
for group in workmail.CreateOrganization workmail.CreateUser; do
  plain=""
  for way in plain typed input_validate input_only; do
    per=$(( ($(count "$group/$way") - rest) / 10000 ))
    [ -z "$plain" ] && plain=$per
    printf '| %s | %s | %d | %s× |\n' "$group" "$way" "$per" \
      "$(python3 -c "print(f'{$per / $plain:.2f}')")"
  done
done
