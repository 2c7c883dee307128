#!/usr/bin/env python3
"""Turns criterion's estimates of `cargo bench --bench shapes` and `--bench requests` into
the README's tables.

For people only (CI never runs it): run the benchmarks, then

    python3 scripts/bench_table.py            # prints Markdown on stdout
    python3 scripts/bench_table.py requests   # only the whole-body table

It reads target/criterion/<group>/<function>[/<input>]/new/estimates.json and uses the median
of each benchmark. Ratios are regex time / our time (how many times faster ours is).
"""

import json
import os
import statistics
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CRITERION = os.path.join(ROOT, "target", "criterion")


def median_ns(*parts):
    path = os.path.join(CRITERION, *parts, "new", "estimates.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)["median"]["point_estimate"]


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
        sys.exit("no target/criterion: run `cargo bench --bench shapes` first")
    if sys.argv[1:] == ["requests"]:
        requests_table()
        return
    groups = sorted(
        g
        for g in os.listdir(CRITERION)
        if "." in g and not g.startswith(("huge.", "kms_")) and g not in REQUESTS
    )
    # Model order: WorkMail first, as in the bench file and the README's shape table.
    groups.sort(key=lambda g: (not g.startswith("workmail."),))

    ratios = []
    lines = [
        "| shape | valid: ours | valid: regex | ratio | invalid: ours | invalid: regex | ratio |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    enum_lines = []
    for group in groups:
        cells = [f"`{group}`"]
        for label in ("valid", "invalid"):
            ours = median_ns(group, "ours", label)
            regex = median_ns(group, "regex", label)
            ratio = regex / ours
            ratios.append((ratio, group, label))
            cells += [fmt_time(ours), fmt_time(regex), f"{ratio:.1f}×"]
            match_dir = os.path.join(CRITERION, group, "match", label)
            if os.path.isdir(match_dir):
                m = median_ns(group, "match", label)
                enum_lines.append(
                    f"| `{group}` | {label} | {fmt_time(ours)} | {fmt_time(m)} | {m / ours:.2f}× |"
                )
        lines.append("| " + " | ".join(cells) + " |")

    print("\n".join(lines))
    values = [r for r, _, _ in ratios]
    worst = min(ratios)
    print()
    print(
        f"Median ratio over all {len(values)} measurements: **{statistics.median(values):.1f}×**; "
        f"lowest: {worst[0]:.1f}× (`{worst[1]}`, {worst[2]})."
    )

    if enum_lines:
        print()
        print("| enum | input | ours | `match` | ratio |")
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
