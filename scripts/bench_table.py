#!/usr/bin/env python3
"""Turns criterion's estimates of `cargo bench -p org-shapes-benches --bench shapes` and
`--bench requests` into the tables of benches/README.md (the README sums them up).

For people only (CI never runs it): run the benchmarks, then

    python3 scripts/bench_table.py            # prints Markdown on stdout
    python3 scripts/bench_table.py requests   # only the whole-body table

It reads $CARGO_TARGET_DIR (default target)/criterion/<group>/<function>[/<input>]/new/ and
uses the median of each benchmark, per value for the corpus groups (criterion's element
throughput). Ratios are regex time / our time (how many times faster ours is).
"""

import json
import os
import statistics
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CRITERION = os.path.join(os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target"), "criterion")
# Which of criterion's saved runs to read: `new` (the last run) unless BASELINE names another
# (`cargo bench ... -- --save-baseline <name>`).
RUN = os.environ.get("BASELINE", "new")


def median_ns(*parts):
    """Median time of one benchmark, per element when it has an element throughput (the
    corpus groups time a whole corpus per iteration)."""
    base = os.path.join(CRITERION, *parts, RUN)
    if not os.path.isdir(base):  # a group run without the saved baseline: its last run
        base = os.path.join(CRITERION, *parts, "new")
    with open(os.path.join(base, "estimates.json"), encoding="utf-8") as f:
        ns = json.load(f)["median"]["point_estimate"]
    with open(os.path.join(base, "benchmark.json"), encoding="utf-8") as f:
        throughput = json.load(f).get("throughput") or {}
    return ns / throughput.get("Elements", 1)


def fmt_time(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.1f} ns"


REQUESTS = ("workmail.CreateOrganization", "workmail.CreateUser")


def requests_table():
    """Whole bodies: each way of reading, as a multiple of the plain struct's time."""
    print("| body | plain | `from_str::<…Request>` | ratio | `…Input` + `validate()` | ratio "
          "| `…Input` read alone | ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for group in REQUESTS:
        if not os.path.isdir(os.path.join(CRITERION, group)):
            continue
        plain = median_ns(group, "plain")
        cells = [f"WorkMail `{group.split('.')[1]}`", fmt_time(plain)]
        for name in ("typed", "input_validate", "input_only"):
            t = median_ns(group, name)
            cells += [fmt_time(t), f"{t / plain:.2f}×"]
        print("| " + " | ".join(cells) + " |")


def main():
    if not os.path.isdir(CRITERION):
        sys.exit("no criterion results: run `cargo bench -p org-shapes-benches --bench shapes` first")
    if sys.argv[1:] == ["requests"]:
        requests_table()
        return
    groups = sorted(
        g
        for g in os.listdir(CRITERION)
        if "." in g
        and not g.startswith(("huge.", "kms_"))
        and g not in REQUESTS
        and os.path.isdir(os.path.join(CRITERION, g, "parse"))
    )
    # Model order: WorkMail first, as in the bench file and the README's shape table.
    groups.sort(key=lambda g: (not g.startswith("workmail."),))

    corpora = ("valid", "invalid", "mixed")
    ratios = {label: [] for label in corpora}
    worst_parse = []
    print("Time per value, `parse` (ours) and the regex approach, and ratio = regex / ours:")
    print()
    print("| shape | valid: ours | regex | ratio | invalid: ours | regex | ratio "
          "| mixed: ours | regex | ratio | `parse` / `validate`: valid / invalid / mixed |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    enum_lines = []
    for group in groups:
        cells = [f"`{group}`"]
        for label in corpora:
            ours = median_ns(group, "parse", label)
            regex = median_ns(group, "regex", label)
            ratio = regex / ours
            ratios[label].append((ratio, group))
            cells += [fmt_time(ours), fmt_time(regex), f"{ratio:.1f}×"]
            if os.path.isdir(os.path.join(CRITERION, group, "match", label)):
                m = median_ns(group, "match", label)
                enum_lines.append(
                    f"| `{group}` | {label} | {fmt_time(ours)} | {fmt_time(m)} | {m / ours:.2f}× |"
                )
        per_label = []
        for label in corpora:
            p = median_ns(group, "parse", label) / median_ns(group, "validate", label)
            per_label.append(p)
        worst_parse.append((max(per_label), group))
        cells.append(" / ".join(f"{p:.2f}" for p in per_label))
        lines = "| " + " | ".join(cells) + " |"
        print(lines)
    print()
    for label in corpora:
        values = [r for r, _ in ratios[label]]
        lowest = min(ratios[label])
        print(
            f"- {label}: median **{statistics.median(values):.1f}×**, lowest {lowest[0]:.1f}× "
            f"(`{lowest[1]}`), {sum(v >= 5 for v in values)} of {len(values)} at 5× or more, "
            f"{sum(v >= 3 for v in values)} at 3× or more;"
        )
    highest = max(worst_parse)
    print(
        f"- `parse` / `validate` (valid / invalid / mixed): highest {highest[0]:.2f} "
        f"(`{highest[1]}`), {sum(p <= 1.5 for p, _ in worst_parse)} of {len(worst_parse)} "
        "shapes at 1.5 or less on all three."
    )

    if enum_lines:
        print()
        print("| enum | corpus | `parse` | `match` | ratio = `match` / `parse` |")
        print("|---|---|---:|---:|---:|")
        print("\n".join(enum_lines))

    print()
    ours = median_ns("kms_2048", "ours")
    ascii_ = median_ns("kms_2048", "is_ascii")
    print("| 2048-char `KmsKeyArn` | time | throughput |")
    print("|---|---:|---:|")
    for name, ns in (("ours (`validate`)", ours), ("`str::is_ascii`", ascii_)):
        print(f"| {name} | {fmt_time(ns)} | {2048 / ns:.2f} GB/s |")
    print()
    print(f"Ours runs at **{ascii_ / ours:.2f}×** the throughput of `is_ascii`.")

    print()
    print("| 1 MiB input of | ours | regex approach |")
    print("|---|---:|---:|")
    huge = [g for g in sorted(os.listdir(CRITERION)) if g.startswith("huge.")]
    huge.sort(key=lambda g: (not g.startswith("huge.workmail."),))
    slowest = 0.0
    for group in huge:
        ours = median_ns(group, "ours")
        regex = median_ns(group, "regex")
        slowest = max(slowest, ours)
        print(f"| `{group[len('huge.'):]}` | {fmt_time(ours)} | {fmt_time(regex)} |")
    print()
    print(f"Slowest refusal of a 1 MiB input: **{fmt_time(slowest)}**.")

    if any(os.path.isdir(os.path.join(CRITERION, g)) for g in REQUESTS):
        print()
        requests_table()


if __name__ == "__main__":
    main()
