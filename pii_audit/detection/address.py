"""Grow a street match (`62 Jamie Street`) over what follows it in a postal address:
the unit, the city, the state and the postcode, in the usual national orders."""
from __future__ import annotations

import regex

# US ZIP, UK, Canada, Ireland (Eircode), Netherlands, Portugal, Poland, 4-digit (AT/AU/BE/CH/DK);
# Brazil (`55499-959`), Czechia/Slovakia/Greece/Sweden (`649 25`), India (6 digits), and a
# country letter before the code (`H-3946`, `CH-8001`, `D-10115`)
_POSTCODE = r"(?:(?:[A-Z]{1,2}-)?(?:\d{5}-\d{3}\b|\d{3}\s\d{2}\b|\d{6}\b|\d{4,5}\b)|\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[AC-FHKNPRTV-Y]\d[\dW]\s?[\dAC-FHKNPRTV-Y]{4}\b|\d{4}\s?[A-Z]{2}\b|\d{4}-\d{3}|\d{2}-\d{3}|\d{4})"
_CITY = r"\p{Lu}[\pL'.\-]*\pL\b(?:[\s\-](?:(?:de|del|di|sur|am|an|der|im|upon|on|la|le|bei|ob|vor)\s+){0,2}\p{Lu}[\pL'.\-]*\pL\b)*"
_TAIL = regex.compile(
    rf"""
    ,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Piso|Puerta|Planta|Escalera|Esc|Etage|Étage|Wohnung|Stiege|Top|Interno|Int|Piano|Appartamento|Scala|Andar|Bus|Bte|Bl|Sc|Ap|Et|Nr)\.?\s*\#?[A-Za-z0-9\-]{{1,6}}\b
    | ,?\s+{_POSTCODE},?\s+{_CITY}(?:\s+\(\p{{Lu}}{{2}}\)|\s/\s[A-Z]{{2}}\b)?
    | ,\s*{_CITY}(?:,?\s+(?:[A-Z]{{2,3}}\b|\(\p{{Lu}}{{2}}\)))?(?:,?\s+{_POSTCODE}(?:\s+{_CITY}(?:\s/\s[A-Z]{{2}}\b)?)?)?
    | ,?\s+(?:\d{{5}}(?:-\d{{4}})?|[A-Z]{{1,2}}\d[A-Z\d]?\s?\d[A-Z]{{2}})\b
    """,
    regex.X,
)


def extend_address(text: str, end: int, max_parts: int = 4) -> int:
    """The end of the address that starts before `end`."""
    for _ in range(max_parts):
        m = _TAIL.match(text, end)
        if not m or m.end() == end:
            break
        end = m.end()
    return end
