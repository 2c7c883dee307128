#!/usr/bin/env bash
# Instructions per request body for each way benches/requests.rs compares, counted with
# valgrind's callgrind: deterministic for a given binary, whatever else the machine is doing.
# For people only (CI never runs it):  bash scripts/count_requests.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/callgrind.sh
bin=$(bench_bin requests)
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
