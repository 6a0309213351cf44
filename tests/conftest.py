"""Shared fixtures. Every test runs with outbound network refused: only the local
database servers may be reached, so a scan that phones home fails loudly."""
from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data"
ALLOWED_PORTS = {5432, 3306}
LOCAL_HOSTS = {"127.0.0.1", "::1", "localhost"}


class NetworkAttempt(AssertionError):
    pass


_attempts: list[object] = []


def _guard(original):
    def connect(self, address):
        if self.family == socket.AF_UNIX:
            return original(self, address)
        host, port = (address[0], address[1]) if isinstance(address, tuple) else (address, None)
        if host in LOCAL_HOSTS and port in ALLOWED_PORTS:
            return original(self, address)
        _attempts.append(address)
        raise NetworkAttempt(f"network connection attempted to {host}:{port}")

    return connect


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Refuse any socket connection except the local PostgreSQL/MariaDB ports."""
    _attempts.clear()
    monkeypatch.setattr(socket.socket, "connect", _guard(socket.socket.connect))
    monkeypatch.setattr(socket.socket, "connect_ex", _guard(socket.socket.connect_ex))
    monkeypatch.setattr(socket, "getaddrinfo", _refuse_dns(socket.getaddrinfo))
    yield _attempts


def _refuse_dns(original):
    def getaddrinfo(host, *args, **kwargs):
        if host in LOCAL_HOSTS or host is None:
            return original(host, *args, **kwargs)
        _attempts.append(host)
        raise NetworkAttempt(f"DNS lookup attempted for {host}")

    return getaddrinfo


@pytest.fixture(scope="module")
def rules():
    """The shipped rules/ (a module that needs others defines its own `rules`)."""
    from pii_audit.rules import load_rules

    return load_rules()


@pytest.fixture(scope="module")
def detector(rules):
    """The shipped rules alone, NER off: what a test finds comes from the patterns, the
    validators and the label and column vocabulary, never from the model."""
    from pii_audit.detection.engine import Detector

    return Detector(rules, ner=None)


@pytest.fixture(scope="module")
def with_ner(rules):
    """The shipped rules and the configured spaCy model; skipped where no model is installed."""
    from pii_audit.detection.engine import Detector
    from pii_audit.detection.ner import load_ner

    model, note = load_ner(rules)
    if model is None or model.nlp is False:
        pytest.skip(note)
    return Detector(rules, ner=model)


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    """sample_data/, generated once: the lock keeps a second pytest-xdist worker from
    reading it while the first is still writing it."""
    import fcntl
    import tempfile

    with open(Path(tempfile.gettempdir()) / "pii-audit-sample-data.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (SAMPLE / "crm.db").exists():
            import subprocess
            import sys

            subprocess.run([sys.executable, str(SAMPLE / "generate.py")], check=True)
    return SAMPLE


def ci_required() -> bool:
    return os.environ.get("CI", "").lower() == "true"
