#!/usr/bin/env python3
"""Extract the model constraints of the three in-scope operations.

Reads the official AWS models shipped with the installed botocore
(workmail 2017-10-01 and organizations 2016-11-28, `service-2.json.gz`) and
writes `tests/data/model_constraints.json` with:

* "botocore_version": the botocore release the models come from;
* "operations": one record per operation (WorkMail CreateOrganization,
  WorkMail CreateUser, Organizations CreateOrganization):
  {"service", "name", "input", "output", "errors": [error shape names, model order],
   "idempotent", "target" (X-Amz-Target value), "protocol", "json_version"};
* "shapes": one record per shape reachable from those operations' input and
  output structures and from their error structures (recursively through
  structure members, list members and map keys/values), sorted by
  (service, shape):
  {"service", "shape", "type", "min", "max", "pattern" (verbatim), "enum",
   "sensitive", "used_by": ["<service>.<Operation>:input|output|error", ...]}
  plus, for structures, "members": [{"name", "shape", "required",
  "idempotency_token"}] in model order, "exception" and "fault"; for lists,
  "member"; for maps, "key" and "value". Missing constraints are null.

Shape names are only unique within a service (both services define e.g.
OrganizationId and CreateOrganizationRequest), hence the "service" field.

Run from anywhere (deterministic, no network):

    python3 scripts/extract_model.py

then regenerate the model facts the crate reads (`src/model.rs`, checked by
`tests/model_facts.rs`, which fails while the file is out of date) and the
error reasons:

    UPDATE_MODEL=1 cargo test --test model_facts
    python3 scripts/gen_error_reasons.py
"""

import os
import sys

sys.dont_write_bytecode = True  # keep scripts/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

OUT = os.path.join(common.DATA_DIR, "model_constraints.json")


def shape_record(service, name, shape, required_set=None):
    rec = {
        "service": service,
        "shape": name,
        "type": shape["type"],
        "min": shape.get("min"),
        "max": shape.get("max"),
        "pattern": shape.get("pattern"),
        "enum": list(shape["enum"]) if "enum" in shape else None,
        "sensitive": bool(shape.get("sensitive", False)),
    }
    if shape["type"] == "structure":
        required = set(shape.get("required", []))
        unknown = required - set(shape.get("members", {}))
        if unknown:
            raise SystemExit(f"{service}.{name}: required but not members: {unknown}")
        rec["members"] = [
            {
                "name": member_name,
                "shape": member["shape"],
                "required": member_name in required,
                "idempotency_token": bool(member.get("idempotencyToken", False)),
            }
            for member_name, member in shape.get("members", {}).items()
        ]
        rec["exception"] = bool(shape.get("exception", False))
        rec["fault"] = bool(shape.get("fault", False))
    elif shape["type"] == "list":
        rec["member"] = shape["member"]["shape"]
    elif shape["type"] == "map":
        rec["key"] = shape["key"]["shape"]
        rec["value"] = shape["value"]["shape"]
    return rec


def children(shape):
    if shape["type"] == "structure":
        for member in shape.get("members", {}).values():
            yield member["shape"]
    elif shape["type"] == "list":
        yield shape["member"]["shape"]
    elif shape["type"] == "map":
        yield shape["key"]["shape"]
        yield shape["value"]["shape"]


def main():
    operations = []
    used_by = {}  # (service, shape) -> set of "svc.Op:role"
    models = {}
    for service, op_name in common.OPERATIONS:
        model = models.setdefault(service, common.load_service_model(service))
        op = model["operations"][op_name]
        errors = [e["shape"] for e in op.get("errors", [])]
        operations.append({
            "service": service,
            "name": op_name,
            "input": op["input"]["shape"] if "input" in op else None,
            "output": op["output"]["shape"] if "output" in op else None,
            "errors": errors,
            "idempotent": bool(op.get("idempotent", False)),
            "target": f'{model["metadata"]["targetPrefix"]}.{op_name}',
            "protocol": model["metadata"]["protocol"],
            "json_version": model["metadata"].get("jsonVersion"),
        })
        roots = []
        if "input" in op:
            roots.append((op["input"]["shape"], "input"))
        if "output" in op:
            roots.append((op["output"]["shape"], "output"))
        roots += [(e, "error") for e in errors]
        for root, role in roots:
            tag = f"{service}.{op_name}:{role}"
            stack = [root]
            seen = set()
            while stack:
                name = stack.pop()
                if name in seen:
                    continue
                seen.add(name)
                used_by.setdefault((service, name), set()).add(tag)
                stack.extend(children(model["shapes"][name]))

    shapes = []
    for (service, name) in sorted(used_by):
        rec = shape_record(service, name, models[service]["shapes"][name])
        rec["used_by"] = sorted(used_by[(service, name)])
        shapes.append(rec)

    common.write_json(OUT, {
        "botocore_version": common.botocore_version(),
        "operations": operations,
        "shapes": shapes,
    })
    print(f"wrote {common.rel(OUT)}: {len(operations)} operations, {len(shapes)} shapes")


if __name__ == "__main__":
    main()
