#!/usr/bin/env python3
"""Capture raw AWS Organizations CreateOrganization responses produced by moto.

moto (a third-party AWS imitation, run in-process through `moto.mock_aws`)
answers boto3 calls made with fake credentials in us-east-1. A botocore
`after-call` hook on the client's event system grabs the raw HTTP response
(status, headers, body bytes) before boto3's parsing, so the files hold what
moto really put on the wire, not boto3's parsed dict. moto's random generator
is seeded before every scenario so ids (and request ids) are reproducible.

Writes, under `tests/data/moto/`:

* organizations_create_organization_all.json                 body for FeatureSet=ALL
* organizations_create_organization_consolidated_billing.json body for FeatureSet=CONSOLIDATED_BILLING
* organizations_create_organization_default.json             body with FeatureSet absent
  (these three: the JSON body, re-printed with sorted keys / indent 2)
* organizations_error_already_in_organization.json
  {"status", "headers": {relevant headers}, "header_names": [all names, sorted],
   "body": <raw body text, verbatim>, "request": {...}} for a second
  create_organization in the same account;
* organizations_create_organization_invalid_feature_set.json
  {"cases": [...]} one record per out-of-enum FeatureSet value sent
  ("BOGUS", "all", ""), each with what moto answered (same fields as above).

The Date and x-amzn-requestid headers are left out of "headers" (time-dependent
or meaningless) but their names stay in "header_names".

Run from anywhere (deterministic; no network, moto intercepts every call):

    python3 scripts/capture_moto.py
"""

import json
import os
import sys

sys.dont_write_bytecode = True  # keep scripts/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

# Fake credentials: set before boto3/moto are imported so nothing real is used.
os.environ["AWS_ACCESS_KEY_ID"] = "testing"
os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
os.environ["AWS_SESSION_TOKEN"] = "testing"
os.environ["AWS_DEFAULT_REGION"] = "us-east-1"
os.environ.pop("AWS_PROFILE", None)

import boto3  # noqa: E402
import moto  # noqa: E402
from moto import mock_aws  # noqa: E402
from moto.moto_api._internal import mock_random  # noqa: E402

OUT_DIR = os.path.join(common.DATA_DIR, "moto")
REGION = "us-east-1"
SEED = 20161128
RELEVANT_HEADERS = {"content-type", "x-amzn-errortype", "content-length", "status"}


def new_client():
    """An organizations client whose raw requests/responses land in `log`."""
    client = boto3.client("organizations", region_name=REGION)
    log = []

    def before_send(request, **kwargs):
        body = request.body
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        log.append({"request": {
            "method": request.method,
            "x_amz_target": _text(request.headers.get("X-Amz-Target")),
            "content_type": _text(request.headers.get("Content-Type")),
            "body": body,
        }})

    def after_call(http_response, parsed, model, **kwargs):
        headers = dict(http_response.headers)
        log[-1]["response"] = {
            "status": http_response.status_code,
            "headers": {k: v for k, v in headers.items()
                        if k.lower() in RELEVANT_HEADERS},
            "header_names": sorted(headers, key=str.lower),
            "body": http_response.content.decode("utf-8"),
        }

    client.meta.events.register("before-send.organizations.*", before_send)
    client.meta.events.register("after-call.organizations.*", after_call)
    return client, log


def _text(value):
    return value.decode("utf-8") if isinstance(value, bytes) else value


def call(client, log, **params):
    try:
        client.create_organization(**params)
        outcome = "success"
    except client.exceptions.ClientError as err:
        outcome = "ClientError " + err.response["Error"]["Code"]
    entry = log[-1]
    entry["params"] = params
    entry["boto3_outcome"] = outcome
    return entry


@mock_aws
def scenario_success(feature_set):
    mock_random.seed(SEED)
    client, log = new_client()
    params = {} if feature_set is None else {"FeatureSet": feature_set}
    return call(client, log, **params)


@mock_aws
def scenario_twice():
    mock_random.seed(SEED)
    client, log = new_client()
    first = call(client, log, FeatureSet="ALL")
    second = call(client, log, FeatureSet="ALL")
    return first, second


def body_file(name, entry):
    resp = entry["response"]
    if resp["status"] != 200:
        raise SystemExit(f"{name}: expected 200, got {resp['status']}: {resp['body']}")
    path = os.path.join(OUT_DIR, name)
    common.write_json(path, json.loads(resp["body"]))
    print(f"wrote {common.rel(path)}")


def record(entry):
    resp = entry["response"]
    return {
        "params": entry["params"],
        "request": entry["request"],
        "status": resp["status"],
        "headers": resp["headers"],
        "header_names": resp["header_names"],
        "body": resp["body"],
        "boto3_outcome": entry["boto3_outcome"],
    }


def main():
    body_file("organizations_create_organization_all.json", scenario_success("ALL"))
    body_file("organizations_create_organization_consolidated_billing.json",
              scenario_success("CONSOLIDATED_BILLING"))
    body_file("organizations_create_organization_default.json", scenario_success(None))

    first, second = scenario_twice()
    if first["response"]["status"] != 200:
        raise SystemExit("first create_organization failed: " + first["response"]["body"])
    err = record(second)
    err["moto_version"] = moto.__version__
    err["note"] = ("second create_organization(FeatureSet='ALL') in the same "
                   "moto account, after a successful first call")
    path = common.write_json(
        os.path.join(OUT_DIR, "organizations_error_already_in_organization.json"), err)
    print(f"wrote {common.rel(path)}: status {err['status']}, "
          f"X-Amzn-Errortype={err['headers'].get('X-Amzn-Errortype')}")

    cases = []
    for value in ["BOGUS", "all", ""]:
        rec = record(scenario_success(value))
        if rec["status"] == 200:
            sent_back = json.loads(rec["body"])["Organization"]["FeatureSet"]
            rec["moto_behaviour"] = (f"accepted (200), echoed FeatureSet={sent_back!r}")
        else:
            rec["moto_behaviour"] = f"rejected ({rec['status']})"
        cases.append(rec)
        print(f"FeatureSet={value!r}: {rec['moto_behaviour']}")
    path = common.write_json(
        os.path.join(OUT_DIR, "organizations_create_organization_invalid_feature_set.json"),
        {"moto_version": moto.__version__,
         "note": ("FeatureSet values outside the model enum [ALL, CONSOLIDATED_BILLING]; "
                  "botocore does not check enums client-side, so they reach moto"),
         "cases": cases})
    print(f"wrote {common.rel(path)}")


if __name__ == "__main__":
    main()
