"""The one masking function every report and log uses: no raw value ever leaves it."""
from __future__ import annotations

SECRET_ENTITIES = {"PASSWORD", "API_KEY", "US_SSN", "US_BANK_NUMBER"}


def _mask_word(word: str) -> str:
    if len(word) <= 1:
        return "*"
    return word[0] + "*" * (len(word) - 1)


def mask(value: str, entity: str | None = None) -> str:
    """`john@example.com` -> `j***@e******.com`; cards keep only the last four digits;
    secrets keep nothing but their length class."""
    v = value.strip()
    if not v:
        return ""
    if entity in SECRET_ENTITIES:
        return "*" * min(max(len(v), 4), 12)
    if entity in ("CREDIT_CARD", "IBAN_CODE"):
        digits = [c for c in v if c.isalnum()]
        tail = "".join(digits[-4:]) if len(digits) > 8 else ""
        return "*" * max(len(digits) - len(tail), 4) + tail
    if entity == "EMAIL_ADDRESS" and "@" in v:
        local, _, domain = v.rpartition("@")
        labels = domain.split(".")
        masked_domain = ".".join([_mask_word(x) for x in labels[:-1]] + [labels[-1]])
        return f"{_mask_word(local)}@{masked_domain}"
    out = []
    word = []
    for ch in v:
        if ch.isalnum():
            word.append(ch)
        else:
            if word:
                out.append(_mask_word("".join(word)))
                word = []
            out.append(ch)
    if word:
        out.append(_mask_word("".join(word)))
    masked = "".join(out)
    return masked if len(masked) <= 40 else masked[:39] + "…"
