#!/usr/bin/env python3
"""Record botocore's standard retry rules (`botocore.retries.standard`): the statuses and
codes it retries whatever the operation. `tests/service_errors.rs` checks the crate's
`TRANSIENT_STATUSES`, `TRANSIENT_CODES` and `THROTTLING_CODES` against this file, so the lists
are written once in the crate and compared with botocore's, not copied into the test.

Output `tests/data/botocore_retry.json`:
    {"botocore_version", "transient_statuses", "transient_codes", "throttling_codes"}

Run again when botocore changes:  python3 scripts/botocore_retry_rules.py
"""
import json
import pathlib

import botocore
from botocore.retries.standard import ThrottledRetryableChecker, TransientRetryableChecker

out = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "botocore_retry.json"
data = {
    "botocore_version": botocore.__version__,
    "transient_statuses": list(TransientRetryableChecker._TRANSIENT_STATUS_CODES),
    "transient_codes": list(TransientRetryableChecker._TRANSIENT_ERROR_CODES),
    "throttling_codes": list(ThrottledRetryableChecker._THROTTLED_ERROR_CODES),
}
out.write_text(json.dumps(data, indent=2) + "\n")
print(f"wrote {out}")
