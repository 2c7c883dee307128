#!/usr/bin/env bash
# Instructions per `parse` of each shape's examples (benches/count_shapes.rs), counted with
# valgrind's callgrind: deterministic for a given binary, so a change to a validator can be
# compared before and after on a busy machine. For people only (CI never runs it):
#   bash scripts/count_shapes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/callgrind.sh
bin=$(bench_bin count_shapes)
rest=$(count none)
rounds=$(sed -n 's/^const ROUNDS: usize = \([0-9_]*\);/\1/p' benches/count_shapes.rs | tr -d _)
echo "| shape | instructions per round over its examples |"
echo "|---|---:|"
names=$(cargo run -q --example validate -- --samples 2>/dev/null | awk '/^valid /{print $2}')
for name in $names; do
  printf '| %s | %d |\n' "$name" $(( ($(count "$name") - rest) / rounds ))
done
