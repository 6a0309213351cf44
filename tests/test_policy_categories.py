"""Account / Usage / Content: where a value lives decides its category."""
from __future__ import annotations

import pytest

from pii_audit.policy.categories import Classifier
from pii_audit.rules import load_rules
from tests.policy_support import by_place, email, scan, sqlite_table


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(load_rules())


@pytest.mark.parametrize(
    "container, field, entity, free_text, category, rule",
    [
        # the same email address, three categories
        ("customers", "email", "EMAIL_ADDRESS", False, "Account", "category.account-container"),
        ("messages", "recipient", "EMAIL_ADDRESS", False, "Usage", "category.usage-field"),
        ("messages", "body", "EMAIL_ADDRESS", True, "Content", "category.content-field"),
        # schema-qualified tables, files in folders, naming styles
        ("public.customers", "EmailAddress", "EMAIL_ADDRESS", False, "Account", "category.account-container"),
        ("exports/customer_export.csv", "Email Address", "EMAIL_ADDRESS", False, "Account", "category.account-container"),
        ("crm.call_logs", "callerNumber", "PHONE_NUMBER", False, "Usage", "category.usage-field"),
        ("public.user_sessions", "ip", "IP_ADDRESS", False, "Usage", "category.usage-container"),  # last word wins
        ("public.session_users", "ip", "IP_ADDRESS", False, "Account", "category.account-container"),
        ("accounts", "signup_ip", "IP_ADDRESS", False, "Account", "category.account-container"),
        ("calls", "transcript", "PERSON", True, "Content", "category.content-field"),
        ("attachments", "extracted", "PERSON", True, "Content", "category.content-container"),
        ("logs/app.log", "<line>", "EMAIL_ADDRESS", True, "Usage", "category.usage-container"),
        ("audit_log.csv", "actor_email", "EMAIL_ADDRESS", False, "Usage", "category.usage-container"),
        ("customers.jsonl.gz", "contact", "EMAIL_ADDRESS", False, "Account", "category.account-container"),
        # other languages
        ("clientes", "correo", "EMAIL_ADDRESS", False, "Account", "category.account-container"),
        ("mensajes", "destinatario", "PHONE_NUMBER", False, "Usage", "category.usage-field"),
        ("mensajes", "cuerpo", "PHONE_NUMBER", True, "Content", "category.content-field"),
        ("kunden", "telefon", "PHONE_NUMBER", False, "Account", "category.account-container"),
        ("nachrichten", "empfänger", "EMAIL_ADDRESS", False, "Usage", "category.usage-field"),
        ("nachrichten", "inhalt", "EMAIL_ADDRESS", True, "Content", "category.content-field"),
        ("appels", "appelant", "PHONE_NUMBER", False, "Usage", "category.usage-field"),
        ("utilisateurs", "courriel", "EMAIL_ADDRESS", False, "Account", "category.account-container"),
        # the entity and the data shape
        ("orders", "card", "CREDIT_CARD", False, "Account", "category.account-identifiers"),
        ("sms", "card", "CREDIT_CARD", False, "Account", "category.account-identifiers"),
        ("notes", "remarks", "PERSON", True, "Content", "category.free-text"),
        ("widgets", "origin_host", "IP_ADDRESS", False, "Usage", "category.usage-field"),
        ("widgets", "addr", "IP_ADDRESS", False, "Usage", "category.usage-network"),
        ("widgets", "owner_email", "EMAIL_ADDRESS", False, "Account", "category.account-field"),
        # a field word that is an identifier of a message is not its content
        ("widgets", "message_id", "EMAIL_ADDRESS", False, "Account", "category.default"),
    ],
)
def test_category_rules(classifier, container, field, entity, free_text, category, rule):
    c = classifier.classify(container, field, entity, free_text)
    assert (c.category, c.rule) == (category, rule)
    assert not c.default or rule == "category.default"


def test_unknown_context_uses_the_default_with_lower_confidence_and_says_so(classifier):
    c = classifier.classify("widgets", "v1", "EMAIL_ADDRESS", False)
    assert c.default and c.category == "Account" and c.rule == "category.default"
    known = classifier.classify("customers", "email", "EMAIL_ADDRESS", False)
    assert c.confidence < known.confidence
    assert c.evidence()["category_default"] is True


@pytest.fixture(scope="module")
def crm(tmp_path_factory):
    """The same addresses as Account, Usage and Content, and one unknown table."""
    db = tmp_path_factory.mktemp("cat") / "crm.db"
    sqlite_table(db, "customers", {"id": "INTEGER PRIMARY KEY", "email": "TEXT"},
                 [(i, email(i)) for i in range(1, 41)])
    bodies = [f"Hello, please write back to {email(i)} when you have a minute, thanks a lot" for i in range(1, 31)]
    sqlite_table(db, "messages", {"id": "INTEGER PRIMARY KEY", "recipient": "TEXT", "body": "TEXT"},
                 [(i, email(i), bodies[i - 1] if i <= 30 else "See you tomorrow at the usual place, bring the slides")
                  for i in range(1, 51)])
    sqlite_table(db, "widgets", {"id": "INTEGER PRIMARY KEY", "v1": "TEXT"}, [(i, email(i)) for i in range(1, 21)])
    return scan(db)


def test_same_address_is_account_usage_and_content_with_exact_counts(crm):
    pii = by_place(crm, "pii")
    assert (pii[("customers", "email", "EMAIL_ADDRESS")]["category"], pii[("customers", "email", "EMAIL_ADDRESS")]["count"]) == ("Account", 40)
    assert (pii[("messages", "recipient", "EMAIL_ADDRESS")]["category"], pii[("messages", "recipient", "EMAIL_ADDRESS")]["count"]) == ("Usage", 50)
    assert (pii[("messages", "body", "EMAIL_ADDRESS")]["category"], pii[("messages", "body", "EMAIL_ADDRESS")]["count"]) == ("Content", 30)
    for f in pii.values():
        assert f["evidence"]["category_rule"].startswith("category.")
        assert f["evidence"]["severity_rule"].startswith("severity.")
    assert pii[("messages", "body", "EMAIL_ADDRESS")]["severity"] == "medium"  # PII in Content
    assert pii[("customers", "email", "EMAIL_ADDRESS")]["severity"] == "low"


def test_default_category_is_never_silent(crm):
    f = by_place(crm, "pii")[("widgets", "v1", "EMAIL_ADDRESS")]
    assert f["category"] == "Account"
    assert f["evidence"]["category_default"] is True and f["evidence"]["category_rule"] == "category.default"
    assert "default category" in f["message"]
    known = by_place(crm, "pii")[("customers", "email", "EMAIL_ADDRESS")]
    assert f["confidence"] < known["confidence"]
