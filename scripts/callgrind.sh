# Shared by count_shapes.sh and count_requests.sh (sourced, not run): the path of a bench
# binary, and the instructions callgrind counts for it with ORG_SHAPES_COUNT set.
command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 1; }

# bench_bin NAME: builds benches/NAME.rs in release and prints its executable.
bench_bin() {
  cargo bench -p org-shapes-benches --bench "$1" --no-run --message-format=json 2>/dev/null |
    python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == sys.argv[1] and m.get("executable"):
        print(m["executable"])' "$1"
}

# count WHAT: instructions of "$bin" run with ORG_SHAPES_COUNT=WHAT.
# Fails when the run fails (an unknown name) or nothing is counted.
count() {
  local out n
  out=$(ORG_SHAPES_COUNT="$1" valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    --error-exitcode=3 "$bin" 2>&1) || { echo "$out" | grep -v '^==' >&2; exit 1; }
  n=$(echo "$out" | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
  [ -n "$n" ] && [ "$n" -gt 0 ] || { echo "nothing counted for $1" >&2; exit 1; }
  echo "$n"
}
