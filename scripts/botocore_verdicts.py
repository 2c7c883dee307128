#!/usr/bin/env python3
"""Record botocore's client-side verdict on ~1500 request parameter sets.

For the three in-scope operations (workmail.CreateOrganization,
workmail.CreateUser, organizations.CreateOrganization) this builds a fixed set
of request parameter dicts -- handwritten edge cases first, then seeded random
ones -- and runs each through botocore's own validator,
`botocore.validate.ParamValidator().validate(params, input_shape)`, the check
every boto3 client applies before sending a request.

botocore only checks required members, Python types and *minimum* lengths;
it never checks max lengths, patterns or enums (see REFERENCE.md section 7).
The file records exactly what it says, so a `botocore_rejects: false` verdict
does NOT mean the params satisfy the model; `true` means the crate must reject
them too.

Output `tests/data/botocore_verdicts.json`:

    {"botocore_version", "seed", "count",
     "cases": [{"operation": "workmail.CreateOrganization" | "workmail.CreateUser"
                             | "organizations.CreateOrganization",
                "case": "<label: how the params were built>",
                "params": {...wire member names, JSON values...},
                "botocore_rejects": bool,
                "botocore_report": "<generate_report() text, '' when accepted>"}]}

Case labels: "hand/..." for handwritten edge cases, "rand/NNNN: ..." for
random ones; the part after the prefix names the mutations applied to an
otherwise model-valid base ("valid" when none). Labels describe intent only;
the verdict fields are the data. Duplicate (operation, params) pairs are
dropped, keeping the first.

Params never hold an idempotency token unless a case sets ClientToken itself:
the validator is called directly, without the client's token auto-fill.

Run from anywhere (deterministic: fixed seed, no network, no clock):

    python3 scripts/botocore_verdicts.py
"""

import copy
import json
import os
import random
import sys
import uuid

sys.dont_write_bytecode = True  # keep scripts/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

import botocore.session  # noqa: E402
from botocore.validate import ParamValidator  # noqa: E402

OUT = os.path.join(common.DATA_DIR, "botocore_verdicts.json")
SEED = 1528
RANDOM_CASES = {  # per operation, before de-duplication
    "workmail.CreateOrganization": 420,
    "workmail.CreateUser": 420,
    "organizations.CreateOrganization": 60,
}
MAX_FILE_BYTES = 1_500_000

# ----------------------------------------------------------------------------
# Value builders. `n` is a length in characters (code points).

HEX = "0123456789abcdef"
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
UNICODE_POOL = ["é", "ß", "Ω", "中", "文", "👍", "🙂", "\u200b", "ñ", "ø", "Ж", "ü"]


def rng_uuid(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def fill(base, n):
    """`base` repeated and cut to exactly n characters."""
    if n <= 0:
        return ""
    return (base * (n // len(base) + 1))[:n]


def kms_arn_of_length(n):
    """A KmsKeyArn of exactly n chars, pattern-valid when 16 <= n."""
    prefix = "arn:aws:kms:"
    if n < 16:
        return (prefix + ":1:a")[:n]
    res_len = min(n - 15, 1024)
    region_len = n - 15 - res_len
    return prefix + "a" * region_len + ":1:" + fill("k", res_len)


def domain_of_length(n):
    return fill("a", n - 4) + ".com" if n >= 5 else fill("a", n)


def idp_user_id_of_length(n):
    if n == 47:
        return "0123456789-" + "01234567-89ab-cdef-0123-456789abcdef"
    if n == 36:
        return "01234567-89ab-cdef-0123-456789abcdef"
    return fill("a", n)


# For each string member (op, path) -> (shape name, pattern-friendly filler of length n)
FILLERS = {
    "OrganizationName": lambda n: fill("a", n),
    "DirectoryId": lambda n: fill("d-" + HEX, n),
    "IdempotencyClientToken": lambda n: fill("x", n),
    "DomainName": domain_of_length,
    "HostedZoneId": lambda n: fill("Z", n),
    "KmsKeyArn": kms_arn_of_length,
    "OrganizationId": lambda n: ("m-" + fill(HEX, max(n - 2, 0)))[:n],
    "UserName": lambda n: fill("u", n),
    "UserAttribute": lambda n: fill("A", n),
    "Password": lambda n: fill("Aa1!", n),
    "IdentityProviderUserId": idp_user_id_of_length,
}


def gen_alias(rng):
    while True:
        segs = [
            "".join(rng.choice(ALNUM) for _ in range(rng.randint(1, 12)))
            for _ in range(rng.choice([1, 1, 1, 2, 2, 3]))
        ]
        alias = "-".join(segs)
        if len(alias) <= 62 and not alias.startswith("d-"):
            return alias


def gen_directory_id(rng):
    return "d-" + "".join(rng.choice(HEX) for _ in range(10))


def gen_domain(rng):
    labels = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randint(1, 10)))
        for _ in range(rng.randint(1, 3))
    ]
    return ".".join(labels + [rng.choice(["com", "org", "net", "io", "example"])])


def gen_hosted_zone(rng):
    return "Z" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(rng.randint(12, 20)))


def gen_kms_arn(rng):
    region = rng.choice(["us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2"])
    account = "".join(rng.choice("0123456789") for _ in range(12))
    kind = rng.choice(["key/" + rng_uuid(rng), "alias/" + gen_alias(rng)])
    return f"arn:aws:kms:{region}:{account}:{kind}"


def gen_client_token(rng):
    if rng.random() < 0.6:
        return rng_uuid(rng)
    return "".join(chr(rng.randint(0x21, 0x7E)) for _ in range(rng.randint(1, 40)))


def gen_workmail_org_id(rng):
    return "m-" + "".join(rng.choice(HEX) for _ in range(32))


def gen_user_name(rng):
    chars = ALNUM + "_-."
    local = "".join(rng.choice(chars) for _ in range(rng.randint(1, 12)))
    if rng.random() < 0.3:
        domain = "".join(rng.choice("abc") for _ in range(rng.randint(1, 3)))
        cand = f"{local}@{domain}.io"
        if len(cand) <= 20:
            return cand
    return local


def gen_text(rng, lo=1, hi=30):
    n = rng.randint(lo, hi)
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.8:
            out.append(rng.choice(ALNUM + "  .'-"))
        else:
            out.append(rng.choice(UNICODE_POOL))
    return "".join(out)


def gen_password(rng):
    """8..30 chars of printable ASCII, with upper, lower, digit and special."""
    n = rng.randint(8, 30)
    must = [rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), rng.choice("abcdefghijklmnopqrstuvwxyz"),
            rng.choice("0123456789"), rng.choice("!#$%&*+-.:;=?@^_~ ")]
    rest = [chr(rng.randint(0x21, 0x7E)) for _ in range(n - len(must))]
    chars = must + rest
    rng.shuffle(chars)
    return "".join(chars)


def gen_idp_user_id(rng):
    u = rng_uuid(rng, upper=rng.random() < 0.3)
    if rng.random() < 0.5:
        return "".join(rng.choice(HEX) for _ in range(10)) + "-" + u
    return u


def base_workmail_create_organization(rng):
    p = {"Alias": gen_alias(rng)}
    if rng.random() < 0.4:
        p["DirectoryId"] = gen_directory_id(rng)
        if rng.random() < 0.5:
            p["EnableInteroperability"] = True
    if "EnableInteroperability" not in p and rng.random() < 0.3:
        p["EnableInteroperability"] = False
    if rng.random() < 0.5:
        p["ClientToken"] = gen_client_token(rng)
    if rng.random() < 0.6:
        doms = []
        for _ in range(rng.randint(0, 5)):
            d = {"DomainName": gen_domain(rng)}
            if rng.random() < 0.4:
                d["HostedZoneId"] = gen_hosted_zone(rng)
            doms.append(d)
        p["Domains"] = doms
    if rng.random() < 0.4:
        p["KmsKeyArn"] = gen_kms_arn(rng)
    return p


def base_workmail_create_user(rng):
    p = {
        "OrganizationId": gen_workmail_org_id(rng),
        "Name": gen_user_name(rng),
        "DisplayName": gen_text(rng),
    }
    if rng.random() < 0.6:
        p["Password"] = gen_password(rng)
    if rng.random() < 0.4:
        p["Role"] = rng.choice(["USER", "REMOTE_USER"])
    if rng.random() < 0.5:
        p["FirstName"] = gen_text(rng, 1, 15)
    if rng.random() < 0.5:
        p["LastName"] = gen_text(rng, 1, 15)
    if rng.random() < 0.3:
        p["HiddenFromGlobalAddressList"] = rng.random() < 0.5
    if rng.random() < 0.3:
        p["IdentityProviderUserId"] = gen_idp_user_id(rng)
    return p


def base_organizations_create_organization(rng):
    r = rng.random()
    if r < 0.3:
        return {}
    return {"FeatureSet": "ALL" if r < 0.65 else "CONSOLIDATED_BILLING"}


BASES = {
    "workmail.CreateOrganization": base_workmail_create_organization,
    "workmail.CreateUser": base_workmail_create_user,
    "organizations.CreateOrganization": base_organizations_create_organization,
}

# ----------------------------------------------------------------------------
# Model-driven description of each operation's input: member -> shape record.


class OpInfo:
    def __init__(self, op_key, service_model, op_name):
        self.key = op_key
        self.op_model = service_model.operation_model(op_name)
        self.input_shape = self.op_model.input_shape

    def members(self, shape=None):
        shape = shape or self.input_shape
        return shape.members

    def required(self, shape=None):
        shape = shape or self.input_shape
        return list(shape.metadata.get("required", []))


WRONG_TYPE_VALUES = [
    ("int", 7), ("zero", 0), ("float", 1.5), ("true", True), ("false", False),
    ("null", None), ("list_of_str", ["x"]), ("empty_list", []), ("dict", {"a": "b"}),
    ("empty_dict", {}),
]
WRONG_FOR_BOOL = [
    ("str_true", "true"), ("str_false", "false"), ("empty_str", ""), ("int1", 1),
    ("int0", 0), ("null", None), ("list", [True]), ("dict", {"v": True}), ("float", 0.0),
]
UNICODE_STRINGS = [
    ("e_acute_x3", "ééé"), ("cjk", "中文名字"), ("emoji", "👍"), ("emoji_x3", "👍👍👍"),
    ("zero_width", "a\u200bb"), ("nul", "a\u0000b"), ("tab_newline", "a\tb\nc"),
    ("space_only", " "), ("arabic", "مرحبا"), ("combining", "e\u0301"),
    ("latin1_upper", "ÿÿÿÿ"), ("fullwidth_digits", "１２３"), ("arabic_indic_digits", "٣٣٣"),
]


# ----------------------------------------------------------------------------
# Mutations used by the random section. Each takes (rng, params, info) and
# returns a label (or None when not applicable). They mutate params in place.


def _string_members(info, shape=None):
    return [(name, m) for name, m in info.members(shape).items() if m.type_name == "string"]


def m_drop_required(rng, p, info):
    req = [r for r in info.required() if r in p]
    if not req:
        return None
    name = rng.choice(req)
    del p[name]
    return f"drop_required:{name}"


def m_empty_string(rng, p, info):
    mems = _string_members(info)
    if not mems:
        return None
    name, _ = rng.choice(mems)
    p[name] = ""
    return f"empty:{name}"


def m_wrong_type(rng, p, info):
    name = rng.choice(list(info.members()))
    shape = info.members()[name]
    pool = WRONG_FOR_BOOL if shape.type_name == "boolean" else WRONG_TYPE_VALUES
    if shape.type_name == "list":
        pool = [(k, v) for k, v in WRONG_TYPE_VALUES if not isinstance(v, list)] + [("str", "example.com")]
    label, value = rng.choice(pool)
    p[name] = copy.deepcopy(value)
    return f"wrong_type:{name}={label}"


def _length_target(rng, shape):
    lo = shape.metadata.get("min")
    hi = shape.metadata.get("max")
    options = []
    if lo is not None:
        options += [lo - 1, lo, lo + 1]
    if hi is not None:
        options += [hi - 1, hi, hi + 1]
    options = [n for n in options if n >= 0]
    return rng.choice(options) if options else None


def m_boundary_length(rng, p, info):
    mems = [(n, s) for n, s in _string_members(info) if s.name in FILLERS]
    if not mems:
        return None
    name, shape = rng.choice(mems)
    n = _length_target(rng, shape)
    if n is None:
        return None
    p[name] = FILLERS[shape.name](n)
    return f"len:{name}={n}"


def m_unicode(rng, p, info):
    mems = _string_members(info)
    if not mems:
        return None
    name, _ = rng.choice(mems)
    label, value = rng.choice(UNICODE_STRINGS)
    p[name] = value
    return f"unicode:{name}={label}"


def m_random_unicode_text(rng, p, info):
    mems = _string_members(info)
    if not mems:
        return None
    name, _ = rng.choice(mems)
    p[name] = "".join(rng.choice(UNICODE_POOL) for _ in range(rng.randint(1, 8)))
    return f"unicode_text:{name}"


def m_unknown_member(rng, p, info):
    members = list(info.members())
    choices = ["Foo", "extra", "ResponseMetadata"] + [m.lower() for m in members] + \
              [m[0].lower() + m[1:] for m in members]
    name = rng.choice(choices)
    if name in members:
        return None
    p[name] = rng.choice(["x", 1, True])
    return f"unknown_member:{name}"


def m_invalid_enum(rng, p, info):
    mems = [(n, s) for n, s in _string_members(info) if s.enum]
    if not mems:
        return None
    name, shape = rng.choice(mems)
    value = rng.choice(["", "BOGUS", "all", "user", "Admin", " ALL", "USER ",
                        shape.enum[0].lower(), shape.enum[-1] + "X"])
    p[name] = value
    return f"invalid_enum:{name}={value!r}"


def m_bad_pattern(rng, p, info):
    mems = [(n, s) for n, s in _string_members(info) if s.metadata.get("pattern")]
    if not mems:
        return None
    name, shape = rng.choice(mems)
    value = rng.choice(["has space", "slash/back\\slash", "ümlaut", "UPPER_lower_", "-lead",
                        "trail-", "a--b", "d-abc", "@@", "tab\there"])
    p[name] = value
    return f"bad_pattern:{name}={value!r}"


def m_domains_too_many(rng, p, info):
    if "Domains" not in info.members():
        return None
    n = rng.choice([6, 6, 7, 10])
    p["Domains"] = [{"DomainName": f"d{i}.example.com"} for i in range(n)]
    return f"domains_count={n}"


def m_domain_entry(rng, p, info):
    if "Domains" not in info.members():
        return None
    doms = p.setdefault("Domains", [{"DomainName": "example.com"}])
    if not doms:
        doms.append({"DomainName": "example.com"})
    i = rng.randrange(len(doms))
    kind = rng.choice(["missing_DomainName", "only_HostedZoneId", "str_entry", "null_entry",
                       "int_DomainName", "short_DomainName", "empty_HostedZoneId",
                       "unknown_key", "lower_key", "list_entry"])
    if kind == "missing_DomainName":
        doms[i] = {}
    elif kind == "only_HostedZoneId":
        doms[i] = {"HostedZoneId": "Z123"}
    elif kind == "str_entry":
        doms[i] = "example.com"
    elif kind == "null_entry":
        doms[i] = None
    elif kind == "int_DomainName":
        doms[i] = {"DomainName": 42}
    elif kind == "short_DomainName":
        doms[i] = {"DomainName": "ab"}
    elif kind == "empty_HostedZoneId":
        doms[i] = {"DomainName": "example.com", "HostedZoneId": ""}
    elif kind == "unknown_key":
        doms[i] = {"DomainName": "example.com", "Extra": "x"}
    elif kind == "lower_key":
        doms[i] = {"domainName": "example.com"}
    elif kind == "list_entry":
        doms[i] = ["example.com"]
    return f"domain[{i}]:{kind}"


def m_interop_without_directory(rng, p, info):
    if "EnableInteroperability" not in info.members():
        return None
    p.pop("DirectoryId", None)
    p["EnableInteroperability"] = True
    return "interop_without_directory"


def m_cross_role(rng, p, info):
    if "Role" not in info.members():
        return None
    p["Role"] = rng.choice(["SYSTEM_USER", "RESOURCE"])
    return f"role_not_allowed_in_create_user:{p['Role']}"


def m_long_string(rng, p, info):
    mems = _string_members(info)
    if not mems:
        return None
    name, _ = rng.choice(mems)
    n = rng.choice([257, 300, 500])
    p[name] = fill(rng.choice(["a", "é", "👍"]), n)
    return f"long:{name}={n}"


MUTATIONS = [
    m_drop_required, m_empty_string, m_wrong_type, m_boundary_length, m_unicode,
    m_random_unicode_text, m_unknown_member, m_invalid_enum, m_bad_pattern,
    m_domains_too_many, m_domain_entry, m_interop_without_directory, m_cross_role,
    m_long_string,
]


# ----------------------------------------------------------------------------
# Handwritten cases.

FULL = {
    "workmail.CreateOrganization": {
        "Alias": "example-corp",
        "DirectoryId": "d-0123456789",
        "ClientToken": "6f1c8e9a-4b2d-4e5f-9a7b-1c2d3e4f5a6b",
        "Domains": [
            {"DomainName": "example.com", "HostedZoneId": "Z0123456789ABCDEFGHIJ"},
            {"DomainName": "mail.example.org"},
        ],
        "KmsKeyArn": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        "EnableInteroperability": True,
    },
    "workmail.CreateUser": {
        "OrganizationId": "m-0123456789abcdef0123456789abcdef",
        "Name": "jane.doe",
        "DisplayName": "Jane Doe",
        "Password": "Corr3ct-Horse!",
        "Role": "USER",
        "FirstName": "Jane",
        "LastName": "Doe",
        "HiddenFromGlobalAddressList": False,
        "IdentityProviderUserId": "0123456789-01234567-89ab-cdef-0123-456789abcdef",
    },
    "organizations.CreateOrganization": {"FeatureSet": "ALL"},
}
MINIMAL = {
    "workmail.CreateOrganization": {"Alias": "example-corp"},
    "workmail.CreateUser": {
        "OrganizationId": "m-0123456789abcdef0123456789abcdef",
        "Name": "jane.doe",
        "DisplayName": "Jane Doe",
    },
    "organizations.CreateOrganization": {},
}


def handwritten(info):
    """Yield (label, params) edge cases for one operation."""
    op = info.key
    full, minimal = FULL[op], MINIMAL[op]
    yield "hand/valid_full", copy.deepcopy(full)
    yield "hand/valid_minimal", copy.deepcopy(minimal)
    yield "hand/empty_params", {}

    for req in info.required():
        p = copy.deepcopy(full)
        del p[req]
        yield f"hand/missing_required:{req}", p
        p = copy.deepcopy(minimal)
        del p[req]
        yield f"hand/minimal_missing_required:{req}", p
        p = copy.deepcopy(full)
        p[req] = None
        yield f"hand/null_required:{req}", p
    if len(info.required()) > 1:
        yield "hand/all_required_missing_but_optional_present", {
            k: v for k, v in full.items() if k not in info.required()}

    for name, shape in info.members().items():
        base = full if name in full else minimal
        if shape.type_name == "string":
            # empty, length boundaries, unicode lengths, wrong types
            p = copy.deepcopy(base)
            p[name] = ""
            yield f"hand/empty:{name}", p
            lo, hi = shape.metadata.get("min"), shape.metadata.get("max")
            lengths = set()
            if lo is not None:
                lengths |= {lo - 1, lo, lo + 1}
            if hi is not None:
                lengths |= {hi - 1, hi, hi + 1}
            for n in sorted(x for x in lengths if x >= 0):
                if shape.name in FILLERS:
                    p = copy.deepcopy(base)
                    p[name] = FILLERS[shape.name](n)
                    yield f"hand/len:{name}={n}", p
            for ch_label, ch in [("e_acute", "é"), ("emoji", "👍"), ("cjk", "中")]:
                for n in sorted(x for x in {lo, (lo or 1) - 1, hi, (hi or 0) + 1}
                                if x is not None and x >= 1 and x <= 300):
                    p = copy.deepcopy(base)
                    p[name] = ch * n
                    yield f"hand/unicode_len:{name}={ch_label}x{n}", p
            for label, value in UNICODE_STRINGS:
                p = copy.deepcopy(base)
                p[name] = value
                yield f"hand/unicode:{name}={label}", p
            for label, value in WRONG_TYPE_VALUES:
                p = copy.deepcopy(base)
                p[name] = copy.deepcopy(value)
                yield f"hand/wrong_type:{name}={label}", p
            if shape.enum:
                for value in list(shape.enum) + ["", "BOGUS", "all", "user", " ALL", "USER ",
                                                  shape.enum[0].lower(),
                                                  shape.enum[0].title(),
                                                  shape.enum[-1].replace("_", "-")]:
                    p = copy.deepcopy(base)
                    p[name] = value
                    yield f"hand/enum:{name}={value!r}", p
        elif shape.type_name == "boolean":
            for value in (True, False):
                p = copy.deepcopy(base)
                p[name] = value
                yield f"hand/bool:{name}={str(value).lower()}", p
            for label, value in WRONG_FOR_BOOL:
                p = copy.deepcopy(base)
                p[name] = copy.deepcopy(value)
                yield f"hand/wrong_type:{name}={label}", p
        elif shape.type_name == "list":
            for label, value in [(k, v) for k, v in WRONG_TYPE_VALUES if not isinstance(v, list)] + \
                    [("str", "example.com"), ("list_of_str", ["example.com"]),
                     ("list_of_int", [1, 2])]:
                p = copy.deepcopy(base)
                p[name] = copy.deepcopy(value)
                yield f"hand/wrong_type:{name}={label}", p

    if "Domains" in info.members():
        for n in [0, 1, 4, 5, 6, 7, 10]:
            p = copy.deepcopy(full)
            p["Domains"] = [{"DomainName": f"d{i}.example.com"} for i in range(n)]
            yield f"hand/domains_count={n}", p
        entries = [
            ("missing_DomainName", {}),
            ("only_HostedZoneId", {"HostedZoneId": "Z0123456789"}),
            ("null_DomainName", {"DomainName": None}),
            ("int_DomainName", {"DomainName": 42}),
            ("bool_DomainName", {"DomainName": True}),
            ("list_DomainName", {"DomainName": ["example.com"]}),
            ("empty_DomainName", {"DomainName": ""}),
            ("DomainName_len2", {"DomainName": "ab"}),
            ("DomainName_len3", {"DomainName": "abc"}),
            ("DomainName_len255", {"DomainName": domain_of_length(255)}),
            ("DomainName_len256", {"DomainName": domain_of_length(256)}),
            ("DomainName_unicode", {"DomainName": "exämple.com"}),
            ("DomainName_emoji_x3", {"DomainName": "👍👍👍"}),
            ("DomainName_emoji_x2", {"DomainName": "👍👍"}),
            ("DomainName_uppercase", {"DomainName": "EXAMPLE.COM"}),
            ("DomainName_trailing_dot", {"DomainName": "example.com."}),
            ("DomainName_space", {"DomainName": "exa mple.com"}),
            ("DomainName_underscore", {"DomainName": "ex_ample.com"}),
            ("empty_HostedZoneId", {"DomainName": "example.com", "HostedZoneId": ""}),
            ("HostedZoneId_len32", {"DomainName": "example.com", "HostedZoneId": "Z" * 32}),
            ("HostedZoneId_len33", {"DomainName": "example.com", "HostedZoneId": "Z" * 33}),
            ("HostedZoneId_slash", {"DomainName": "example.com", "HostedZoneId": "/hostedzone/Z1"}),
            ("HostedZoneId_backslash", {"DomainName": "example.com", "HostedZoneId": "Z1\\Z2"}),
            ("HostedZoneId_int", {"DomainName": "example.com", "HostedZoneId": 5}),
            ("unknown_key", {"DomainName": "example.com", "Extra": "x"}),
            ("lowercase_key", {"domainName": "example.com"}),
            ("str_entry", "example.com"),
            ("null_entry", None),
            ("int_entry", 7),
            ("list_entry", [{"DomainName": "example.com"}]),
        ]
        for label, entry in entries:
            p = copy.deepcopy(full)
            p["Domains"] = [{"DomainName": "ok.example.com"}, copy.deepcopy(entry)]
            yield f"hand/domain_entry:{label}", p
        p = copy.deepcopy(full)
        p["Domains"] = [{}, {"DomainName": 1}, "x", {"Foo": "bar"}, {"DomainName": ""}, {}]
        yield "hand/domains_six_broken_entries", p
        p = copy.deepcopy(full)
        p["Domains"] = [{"DomainName": "example.com"}, {"DomainName": "example.com"}]
        yield "hand/domains_duplicate", p

    if "EnableInteroperability" in info.members():
        p = copy.deepcopy(full)
        del p["DirectoryId"]
        yield "hand/interop_true_without_directory", p
        p = copy.deepcopy(minimal)
        p["EnableInteroperability"] = True
        yield "hand/minimal_interop_true_without_directory", p
        p = copy.deepcopy(minimal)
        p["EnableInteroperability"] = False
        yield "hand/minimal_interop_false", p
        for alias in ["d-abc", "D-abc", "d", "d-", "abc_def", "abc-", "a--b", "-abc", "ab c",
                      "a-b-c-d", "0", "é", "abc\n", "exampl\u0435"]:
            p = copy.deepcopy(minimal)
            p["Alias"] = alias
            yield f"hand/alias_pattern:{alias!r}", p
        for token in ["a", " ", "tok en", "tok\u00e9n", "~!@#$%^&*()", "\u007f"]:
            p = copy.deepcopy(minimal)
            p["ClientToken"] = token
            yield f"hand/client_token:{token!r}", p
        for arn in ["arn:aws-cn:kms:cn-north-1:111122223333:key/abc",
                    "arn:aws:kms:us-east-1:111122223333:alias/my-key",
                    "arn:aws:kms:::key/abcdefghijkl", "not-an-arn-but-long-enough",
                    "ARN:AWS:KMS:US-EAST-1:111122223333:KEY/ABC"]:
            p = copy.deepcopy(minimal)
            p["KmsKeyArn"] = arn
            yield f"hand/kms_arn:{arn!r}", p
        for d in ["d-012345678", "d-0123456789a", "D-0123456789", "d-ABCDEF0123", "d_0123456789"]:
            p = copy.deepcopy(full)
            p["DirectoryId"] = d
            yield f"hand/directory_id:{d!r}", p

    if "Role" in info.members():
        for pw in ["short1A!", "alllowercase", "ALLUPPER123", "Pässwörd123", "Pass word 1",
                   "Pa\u20ac1word", "Pa\u0000ss1!", fill("Aa1!", 63), fill("Aa1!", 64),
                   fill("Aa1!", 256), fill("Aa1!", 257), "é" * 256, "é" * 257]:
            p = copy.deepcopy(full)
            p["Password"] = pw
            yield f"hand/password:{pw[:16]!r}(len {len(pw)})", p
        for name in ["a", "jane_doe", "jane-doe.x", "jane@example.com", "jane@ex.c",
                     "jane@@example.com", "jane doe", "jäne", "a" * 20, "a" * 21, "a" * 64,
                     "a" * 65, "ﬀ", "١٢٣"]:
            p = copy.deepcopy(minimal)
            p["Name"] = name
            yield f"hand/user_name:{name[:24]!r}(len {len(name)})", p
        for org in ["m-0123456789ABCDEF0123456789ABCDEF", "m-0123456789abcdef0123456789abcde",
                    "m-0123456789abcdef0123456789abcdef0", "o-0123456789", "M-0123456789abcdef0123456789abcdef"]:
            p = copy.deepcopy(minimal)
            p["OrganizationId"] = org
            yield f"hand/organization_id:{org!r}", p
        for idp in ["01234567-89AB-CDEF-0123-456789ABCDEF", "0123456789-01234567-89ab-cdef-0123-456789abcdef",
                    "ABCDEF0123-01234567-89ab-cdef-0123-456789abcdef", "-01234567-89ab-cdef-0123-456789abcdef",
                    "0123456789abcdef0123456789abcdef", "{01234567-89ab-cdef-0123-456789abcdef}"]:
            p = copy.deepcopy(minimal)
            p["IdentityProviderUserId"] = idp
            yield f"hand/idp_user_id:{idp!r}", p
        for dn in ["", " ", "x" * 256, "x" * 257, "é" * 256, "é" * 257, "👍" * 256, "👍" * 257]:
            p = copy.deepcopy(minimal)
            p["DisplayName"] = dn
            yield f"hand/display_name:len {len(dn)} {dn[:1]!r}", p

    for bad in ["Foo", "alias", "featureSet", "organizationId", "ResponseMetadata", ""]:
        if bad in info.members():
            continue
        p = copy.deepcopy(minimal)
        p[bad] = "x"
        yield f"hand/unknown_member:{bad!r}", p
    p = copy.deepcopy(full)
    for k in list(p):
        p[k.lower()] = p.pop(k)
    yield "hand/all_members_lowercase", p


# ----------------------------------------------------------------------------


def main():
    session = botocore.session.get_session()
    models = {svc: session.get_service_model(svc) for svc in common.MODELS}
    infos = [OpInfo(f"{svc}.{op}", models[svc], op) for svc, op in common.OPERATIONS]
    validator = ParamValidator()
    rng = random.Random(SEED)

    cases = []
    seen = set()

    def add(info, label, params):
        key = (info.key, json.dumps(params, sort_keys=True, ensure_ascii=False))
        if key in seen:
            return
        seen.add(key)
        report = validator.validate(params, info.input_shape)
        cases.append({
            "operation": info.key,
            "case": label,
            "params": json.loads(key[1]),  # proves JSON round-trip
            "botocore_rejects": report.has_errors(),
            "botocore_report": report.generate_report() if report.has_errors() else "",
        })

    for info in infos:
        for label, params in handwritten(info):
            add(info, label, params)

    counter = 0
    for info in infos:
        for _ in range(RANDOM_CASES[info.key]):
            counter += 1
            params = BASES[info.key](rng)
            labels = []
            for _ in range(rng.choice([0, 0, 1, 1, 1, 2, 2, 3])):
                label = rng.choice(MUTATIONS)(rng, params, info)
                if label:
                    labels.append(label)
            add(info, f"rand/{counter:04d}: " + (" + ".join(labels) or "valid"), params)

    doc = {
        "botocore_version": common.botocore_version(),
        "seed": SEED,
        "count": len(cases),
        "cases": cases,
    }
    size = len(common.dumps(doc).encode("utf-8"))
    if size > MAX_FILE_BYTES:
        raise SystemExit(f"output would be {size} bytes, above {MAX_FILE_BYTES}")
    common.write_json(OUT, doc)
    per_op = {}
    for c in cases:
        s = per_op.setdefault(c["operation"], [0, 0])
        s[0] += 1
        s[1] += c["botocore_rejects"]
    print(f"wrote {common.rel(OUT)}: {len(cases)} cases, {size} bytes")
    for op, (total, rejected) in per_op.items():
        print(f"  {op}: {total} cases, {rejected} rejected by botocore")


if __name__ == "__main__":
    main()
