"""Sensitive values in plaintext are `unencrypted` findings with the exact plaintext
count; hashed, encrypted, tokenised and masked forms never are. Cards are critical anywhere."""
from __future__ import annotations

import base64
import hashlib
import random
import string

import pytest

from tests.policy_support import by_place, scan, sqlite_table

rnd = random.Random(20261125)
B64 = string.ascii_letters + string.digits + "+/"
CRYPT = string.ascii_letters + string.digits + "./"


def luhn_card(prefix: str, i: int) -> str:
    body = prefix + f"{i:0{15 - len(prefix)}d}"  # 16 digits with the check digit
    total = 0
    for k, ch in enumerate(reversed(body)):
        d = int(ch)
        if k % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def ssn(i: int) -> str:
    return f"{123 + i % 500:03d}-{10 + i % 80:02d}-{1000 + i * 37 % 8999:04d}"


def rand(alphabet: str, n: int) -> str:
    return "".join(rnd.choice(alphabet) for _ in range(n))


PLAINTEXT = {
    "password": lambda i: f"Summer{2000 + i}!pw",
    "ssn": ssn,
    "card_number": lambda i: luhn_card("4111", 1000 + i),
}

# protected form -> (field it sits in, generator)
PROTECTED = {
    "bcrypt": ("password", lambda i: "$2b$12$" + rand(CRYPT, 53)),
    "argon2": ("password", lambda i: f"$argon2id$v=19$m=65536,t=3,p=4${rand(B64, 22)}${rand(B64, 43)}"),
    "sha-crypt": ("password", lambda i: f"$6$rounds=5000${rand(CRYPT, 16)}${rand(CRYPT, 86)}"),
    "pbkdf2": ("password", lambda i: f"pbkdf2_sha256$260000${rand(string.ascii_letters, 22)}${rand(B64, 43)}="),
    "hex-digest": ("ssn", lambda i: hashlib.sha256(ssn(i).encode()).hexdigest()),
    "fernet": ("ssn", lambda i: "gAAAAA" + rand(string.ascii_letters + string.digits + "-_", 94) + "=="),
    "vault": ("ssn", lambda i: "vault:v1:" + base64.b64encode(rnd.randbytes(32)).decode()),
    "base64-ciphertext": ("ssn", lambda i: base64.b64encode(rnd.randbytes(33)).decode()),
    "token": ("card_number", lambda i: "tok_" + rand(string.ascii_letters + string.digits, 24)),
    "masked": ("card_number", lambda i: ("**** **** **** 4242", "411111******1111", "XXXX-XXXX-XXXX-4242")[i % 3]),
}
ENTITY = {"password": "PASSWORD", "ssn": "US_SSN", "card_number": "CREDIT_CARD"}
N_PLAIN, N_PROTECTED = 12, 18


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Per protected form: a table mixing it with plaintext, and one holding only it."""
    db = tmp_path_factory.mktemp("enc") / "vault.db"
    for form, (field, make) in PROTECTED.items():
        name = form.replace("-", "_")
        rows = [(i, PLAINTEXT[field](i)) for i in range(N_PLAIN)]
        rows += [(N_PLAIN + i, make(i)) for i in range(N_PROTECTED)]
        rnd.shuffle(rows)
        sqlite_table(db, f"customers_{name}_mixed", {"id": "INTEGER PRIMARY KEY", field: "TEXT"}, rows)
        sqlite_table(db, f"customers_{name}_only", {"id": "INTEGER PRIMARY KEY", field: "TEXT"},
                     [(i, make(i)) for i in range(N_PROTECTED)])
    bodies = [f"my card is {luhn_card('5500', 7 + i)} thanks, and ssn {ssn(i)} for the form" if i < 5
              else "nothing sensitive in this one, just a normal message text here" for i in range(20)]
    sqlite_table(db, "tickets", {"id": "INTEGER PRIMARY KEY", "body": "TEXT"}, list(enumerate(bodies)))
    return scan(db)


@pytest.mark.parametrize("form", list(PROTECTED))
def test_only_plaintext_values_are_counted(store, form):
    field, _ = PROTECTED[form]
    entity = ENTITY[field]
    name = form.replace("-", "_")
    unenc = by_place(store, "unencrypted")
    f = unenc.get((f"customers_{name}_mixed", field, entity))
    assert f is not None, f"{form}: plaintext {entity} beside protected values not flagged"
    assert f["count"] == N_PLAIN, form
    assert f["rule"] == f"encryption.must_encrypt.{entity}"
    assert f["category"] == "Account"
    assert f["evidence"]["plaintext"] == N_PLAIN


@pytest.mark.parametrize("form", list(PROTECTED))
def test_protected_form_alone_is_never_unencrypted(store, form):
    field, _ = PROTECTED[form]
    container = f"customers_{form.replace('-', '_')}_only"
    flagged = [f for f in store.findings if f.container == container and f.type in ("unencrypted", "pii")]
    assert not flagged, [(f.type, f.entity, f.count) for f in flagged]


def test_severity_names_its_rule_and_cards_are_critical(store):
    unenc = by_place(store, "unencrypted")
    card = unenc[("customers_masked_mixed", "card_number", "CREDIT_CARD")]
    assert card["severity"] == "critical" and card["evidence"]["severity_rule"] == "severity.card-anywhere"
    pw = unenc[("customers_bcrypt_mixed", "password", "PASSWORD")]
    assert pw["severity"] == "high" and pw["evidence"]["severity_rule"] == "severity.unencrypted"
    s = unenc[("customers_vault_mixed", "ssn", "US_SSN")]
    assert s["severity"] == "critical" and s["evidence"]["severity_rule"] == "severity.plaintext-ssn"


def test_card_inside_free_text_is_content_pii_and_critical_unencrypted(store):
    pii = by_place(store, "pii")[("tickets", "body", "CREDIT_CARD")]
    unenc = by_place(store, "unencrypted")[("tickets", "body", "CREDIT_CARD")]
    assert pii["category"] == unenc["category"] == "Content"
    assert pii["count"] == unenc["count"] == 5
    assert pii["severity"] == unenc["severity"] == "critical"
    assert by_place(store, "unencrypted")[("tickets", "body", "US_SSN")]["count"] == 5
