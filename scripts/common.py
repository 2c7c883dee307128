"""Shared helpers for the org-shapes test-data scripts.

Not meant to be run directly. Every script in this directory imports it to
locate the botocore models it extracts from and to write JSON in one stable
layout: sorted keys, 2-space indent, UTF-8 (non-ASCII kept as is) and a
trailing newline, so that re-running a script yields byte-identical files and
diffs stay small.
"""

import gzip
import json
import os

import botocore

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA_DIR = os.path.join(REPO_ROOT, "tests", "data")

# (service name, API version) of the two models in scope.
MODELS = {
    "workmail": "2017-10-01",
    "organizations": "2016-11-28",
}

# The three operations in scope, as (service, operation name).
OPERATIONS = [
    ("workmail", "CreateOrganization"),
    ("workmail", "CreateUser"),
    ("organizations", "CreateOrganization"),
]


def botocore_version():
    return botocore.__version__


def model_dir(service):
    return os.path.join(
        os.path.dirname(botocore.__file__), "data", service, MODELS[service]
    )


def load_service_model(service):
    """The raw service-2.json of `service`, key order as in the file."""
    with gzip.open(os.path.join(model_dir(service), "service-2.json.gz"), "rt",
                   encoding="utf-8") as f:
        return json.load(f)


def load_examples(service):
    """The raw examples-1.json of `service` ({} when the file is absent)."""
    path = os.path.join(model_dir(service), "examples-1.json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def snake(name):
    """CreateOrganization -> create_organization."""
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i > 0:
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


def dumps(obj):
    return json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def write_json(path, obj):
    """Write `obj` to `path` (created with its parents) in the stable layout."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    text = dumps(obj)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return path


def rel(path):
    return os.path.relpath(path, REPO_ROOT)
