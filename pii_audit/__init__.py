"""pii-audit: offline PII audit scanner for databases, CSV exports and message logs."""

__version__ = "0.1.0"
