#!/usr/bin/env python3
"""Copy the official AWS examples of the three in-scope operations.

Reads `examples-1.json` next to each botocore model (workmail 2017-10-01,
organizations 2016-11-28) and, for every in-scope operation that has at least
one example, writes `tests/data/examples/<service>_<operation_snake>.json`:

    {"botocore_version", "service", "operation",
     "examples": [<the example objects exactly as in examples-1.json>]}

It also writes `tests/data/examples/index.json` listing every in-scope
operation with its example count and file (null when it has none), and removes
a stale per-operation file when its operation no longer has examples.

Run from anywhere (deterministic, no network):

    python3 scripts/extract_examples.py
"""

import os
import sys

sys.dont_write_bytecode = True  # keep scripts/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

OUT_DIR = os.path.join(common.DATA_DIR, "examples")


def main():
    index = []
    for service, op in common.OPERATIONS:
        examples = common.load_examples(service).get("examples", {}).get(op, [])
        path = os.path.join(OUT_DIR, f"{service}_{common.snake(op)}.json")
        if examples:
            common.write_json(path, {
                "botocore_version": common.botocore_version(),
                "service": service,
                "operation": op,
                "examples": examples,
            })
            print(f"wrote {common.rel(path)}: {len(examples)} example(s)")
        else:
            if os.path.exists(path):
                os.remove(path)
            print(f"{service}.{op}: no official example")
        index.append({
            "service": service,
            "operation": op,
            "count": len(examples),
            "file": os.path.basename(path) if examples else None,
        })
    path = common.write_json(os.path.join(OUT_DIR, "index.json"), {
        "botocore_version": common.botocore_version(),
        "operations": index,
    })
    print(f"wrote {common.rel(path)}")


if __name__ == "__main__":
    main()
