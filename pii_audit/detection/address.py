"""Grow a street match (`62 Jamie Street`) over what follows it in a postal address:
the unit, the city, the state and the postcode, in the usual national orders, on the same
line or on the next lines of an address block; and back over a unit line before it."""
from __future__ import annotations

import regex

from pii_audit.detection.validators import place_in_text

# US ZIP, UK, Canada, Ireland (Eircode), Netherlands, Portugal, Poland, 4-digit (AT/AU/BE/CH/DK);
# Brazil (`55499-959`), Czechia/Slovakia/Greece/Sweden (`649 25`), India (6 digits), and a
# country letter before the code (`H-3946`, `CH-8001`, `D-10115`)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
# (the routing key as issued; the four characters after it as written: exports carry typos and
# made-up codes in the same place)
_EIRCODE = r"[AC-FHKNPRTV-Y]\d[\dW]\s?[\dA-Z]{4}"
# a British postcode with its space, on one line (`BS11 6NR`)
_UK_POSTCODE_SPACED = _UK_POSTCODE.replace(r"\s?", "[ \t]")
_POSTCODE = rf"(?:(?:[A-Z]{{1,2}}-)?(?:\d{{5}}-\d{{3}}\b|\d{{3}}\s\d{{2}}\b|\d{{6}}\b|\d{{4,5}}\b)|\d{{5}}(?:-\d{{4}})?(?!\d)|{_EIRCODE}\b|{_UK_POSTCODE}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{{4}}\s?[A-Z]{{2}}\b|\d{{4}}-\d{{3}}|\d{{2}}-\d{{3}}|\d{{4}}|[A-Z]{{3}}[ \t]?\d{{4}}\b)"
# the same codes within one line (`\s` of _POSTCODE would cross into the next line)
_POSTCODE_LINE = _POSTCODE.replace(r"\s", "[ \t]")
_PARTICLES = r"(?:de|del|di|sur|am|an|der|im|upon|on|la|le|bei|ob|vor)"
# a town's words stay on one line (`Springfield⏎Thanks` is no town)
_CITY = rf"\p{{Lu}}[\pL'.\-]*\pL\b(?:[ \t\-](?:{_PARTICLES}[ \t]+){{0,2}}\p{{Lu}}[\pL'.\-]*\pL\b)*"
_UNIT = (r"Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Piso|Puerta|Planta|Escalera|Esc|Etage|Étage|Wohnung|Stiege|Top"
         r"|Interno|Int|Piano|Appartamento|Scala|Andar|Bus|Bte|Bloco|Block|Blk|Bl|Sc|Appt|App|Ap|Et|Nr|Stn|RPO|Lgh|Bureau"
         r"|Dpto|Depto|Departamento|Oficina|Torre|Apto|Casa|Sala|Conj|íb|Íb|íbúð|Íbúð"
         # a French building, a Kenyan or Indian house number, a German stair (`Bât. B`, `House No. 12`, `Haus 3`)
         r"|Bât|Bâtiment|Batiment|House\ No|House\ Number|Hse\ No|Plot\ No|Plot|Haus|Treppe|Aufgang|Edificio|Edif|Portal|Bloc|Blok")
# a Dutch house number's addition (`Stationsweg 120-hs`, `Stationsplein 157 bis`)
HOUSE_ADDITIONS = "hs|huis|bis|ter"
_EOL = r"(?=[ \t]*(?:\r?\n|$))"
_NL = r"[ \t]*\r?\n[ \t]*"
_TAIL = regex.compile(
    rf"""
    ,?\s*(?i:{_UNIT})\b\.?\s*\#?[A-Za-z0-9\-]{{1,6}}\b(?:[ \t]+[A-Z]\b)?
    | ,?[ \t]*\#[ \t]?\d{{1,4}}[A-Za-z]?(?:-\d{{1,4}})?\b
    | [ \t]+m\.[ \t]*\d{{1,4}}\b
    # a street's part after its type (`54 Rathmines Road Lower, Ballincollig`)
    | [ \t]+(?:Lower|Upper|North|South|East|West|Extension)\b(?=,)
    | -(?:(?i:{HOUSE_ADDITIONS})|I{{1,3}}|IV|hg)\b
    # the block of an Indonesian address (`RT 06/RW 02`) and the district of an Indonesian
    # or Philippine one (`Kel. Pondok Kelapa`, `Brgy. Santo Niño`)
    | ,?[ \t]*RT\.?[ \t]*\d{{1,3}}[ \t]*/[ \t]*RW\.?[ \t]*\d{{1,3}}
    | ,[ \t]*(?:Kel|Kec|Brgy|Barangay|Kelurahan|Kecamatan|Desa|Col|Colonia|Fracc|Bairro)\.?[ \t]+{_CITY}
    # an Irish county (`Ballincollig, Co. Cork, P31 283N`)
    | ,[ \t]*Co\.?[ \t]+{_CITY}(?:,?[ \t]+{_EIRCODE}\b)?
    # a Mexican interior number and postcode (`Calle Morelos 89 Int. 4, Col. Centro, C.P. 76000, Querétaro`)
    | [ \t]+Int\.?[ \t]*\d{{1,4}}[A-Z]?\b
    | (?P<pc>,[ \t]*C\.[ \t]?P\.[ \t]*\d{{5}}(?:,?[ \t]+{_CITY})?)
    # a street's direction (`845 Sherbrooke St W`, `12 Main St NE`)
    | [ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b(?=[ \t]*(?:,|\r?\n|$))
    # a town and a UK postcode without a comma (`47 Ashley Lake Bristol BS11 6NR`), a town, its
    # state and postcode (AU `44 Frank Bend Townsville QLD 4810`, US `12 Oak St Salem OR 97301`)
    | (?P<pc>[ \t]+{_CITY}[ \t]+{_UK_POSTCODE_SPACED}\b)
    | (?P<pc>[ \t]+{_CITY}[ \t]+(?:[A-Z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[ \t]+\d{{4}})\b)
    # the number after a street type (`Bukit Batok West Avenue 6, #03-65`, `Sengkang Drive 89 #08-275`)
    | [ \t]+\d{{1,4}}\b(?=,|[ \t]+\#\d)
    # a Spanish floor and door after the number (`Calle Mayor, 3 8-4`, `Calle Cervantes 131 3-1`)
    | [ \t]+\d{{1,2}}-\d{{1,2}}\b(?=,)
    # a German floor or part of the house (`Bahnhofstraße 133 2. OG`, `Lindenweg 158 Hinterhaus`)
    | ,?[ \t]+\d{{1,2}}\.[ \t]?(?:OG|UG|DG|Obergeschoss|Stock|Etage)\b
    | ,?[ \t]+(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Souterrain|Dachgeschoss|Erdgeschoss|EG|DG)\b
    # a Hungarian floor and door (`Jókai Mór utca 6, 4. emelet 5. ajtó`)
    | ,?[ \t]*\d{{1,2}}\.[ \t]*(?:emelet|em\.)(?:[ \t]*\d{{1,3}}\.[ \t]*(?:ajtó|a\.))?
    # an Icelandic or a German floor (`Skólavörðustígur 21, 2. hæð, 201 Kópavogur`, `Goethestraße 130, 19. OG`)
    | ,[ \t]*\d{{1,2}}\.[ \t]*(?:hæð|OG|Obergeschoss|Stock|Etage)\b
    | ,[ \t]*(?:EG|DG|UG|Erdgeschoss|Dachgeschoss|Hochparterre)\b
    # a Portuguese ground floor (`Rua do Sol, 145, r/c Dto.`), a Dutch house number's addition
    # (`Stationsplein 157 bis`), a Turkish floor and flat (`Atatürk Caddesi No: 58 Kat: 2 D: 22`)
    | ,[ \t]*r/c(?:[ \t]*(?i:esq|dto|dt|drt|frt|esquerdo|direito|frente))?\b\.?
    | [ \t]+(?:{HOUSE_ADDITIONS})\b(?=,)
    | [ \t]+Kat:?[ \t]*\d{{1,2}}(?:[ \t]+(?:D|Daire):?[ \t]*\d{{1,3}})?\b
    | ,?[ \t]+Daire:?[ \t]*\d{{1,3}}\b
    # an Icelandic flat (`Strandgata 38, íbúð 175, 400 Ísafjörður`), a Basque floor and door
    # (`Iparragirre kalea 135, 4. A`, `Askatasun etorbidea 117, 3. ezk.`)
    | ,[ \t]*íbúð[ \t]*\d{{1,4}}\b
    | ,[ \t]*\d{{1,2}}\.[ \t]*(?:[A-H]|ezk|esk|ezkerra|eskuina|eskuma)\b\.?
    # a floor and side (DK `3. tv.`, `st. th.`; PT `7º Esq.`), a staircase and a flat (FI `B 1`)
    | ,?[ \t]*(?:\d{{1,2}}\.|st\.)[ \t]*(?:tv|th|mf)\b\.?
    | ,[ \t]*(?:bajo|bajos|entresuelo|ático|principal|pral\.)(?:[ \t]+[A-Z0-9])?\b
    | ,?[ \t]*\d{{1,2}}\.?[º°ª](?:[ \t]*(?i:esq|dto|dt|drt|frt|fte|esquerdo|direito|frente|trás|tras|dcha|izda|izq|izqda|dcho|izdo|centro)\b|[ \t]+[A-H]\b)?\.?
    | [ \t]+[A-H][ \t]\d{{1,3}}\b(?=,)
    # a Catalan floor, its door or a flat (`, 2n 2a`, `, 1r 1a`, `, 5r`, `, àtic`), an Icelandic
    # three-digit postcode and its town (`Bárugata 47, 112 Reykjavík`)
    | ,[ \t]*(?:\d{{1,2}}(?:r|n|t|è|º|ª)(?:[ \t]*\d{{1,2}}(?:a|ª|º))?|àtic|baixos|entresòl)\b
    | (?P<pc>,[ \t]*\d{{3}}[ \t]+{_CITY})
    | (?P<pc>(?:,?\s+|[ \t]+[-–][ \t]+){_POSTCODE},?[ \t]+{_CITY}(?:\s+\(\p{{Lu}}{{2}}\)|\s/\s[A-Z]{{2}}\b|/{_CITY})?(?:,[ \t]*(?:\p{{Lu}}\p{{Ll}}{{1,4}}\.|[A-Z]\.[A-Z]\.|[A-Z]{{2,4}}\b)(?=[ \t]*(?:[.,;)]|\r?\n|$)))?)
    | (?:,\s*|[ \t]+[-–][ \t]+)(?!P\.?[ ]?IVA|C\.F\.|VAT\b|NIF\b|CIF\b|NIPT\b|UID\b|ABN\b|OIB\b)(?P<town>{_CITY})(?P<more>(?:[ \t]+\d{{1,2}}W?\b)?(?:(?:,?[ \t]+|[ \t]+[-–][ \t]+)(?:[A-Z]{{2,3}}\b(?!-)|\(\p{{Lu}}[\pL \-]{{1,30}}\)))?(?:(?:,?[ \t]+|[ \t]+[-–][ \t]+){_POSTCODE}(?:[ \t]+{_CITY}(?:\s/\s[A-Z]{{2}}\b)?)?)?)
    | (?P<pc>,?\s+(?:\d{{5}}(?:-\d{{4}})?|{_UK_POSTCODE})\b)
    # the next line of an address block: `Town, ST 12345`, `Town L3 0ZL`, `Madrid, 28014`
    | (?P<pc>{_NL}{_CITY}(?:,?[ \t]+[A-Z]{{2,3}})?,?[ \t]+{_POSTCODE_LINE}{_EOL})
    # a town line before a postcode line (UK), or a district before `postcode town` (BR), or
    # before an Irish county line (`Galway⏎Co. Galway H91 V8R5`, `Dublin 8⏎Co. Dublin D08 95V6`)
    | {_NL}{_CITY}(?={_NL}{_POSTCODE_LINE}(?:{_EOL}|[ \t,]+\p{{Lu}}))
    | {_NL}{_CITY}(?:[ \t]+\d{{1,2}}W?)?(?={_NL}Co\.?[ \t]+{_CITY}(?:[ \t,]+{_EIRCODE})?{_EOL})
    | (?P<pc>{_NL}Co\.?[ \t]+{_CITY}[ \t,]+{_EIRCODE}{_EOL})
    # ... or with the Eircode on a line of its own (`Galway⏎Co. Galway⏎H91 E2K3`), and a suburb's
    # line before `Town, postcode` (ZA `Westdene⏎Bloemfontein, 9301`)
    | {_NL}Co\.?[ \t]+{_CITY}(?={_NL}{_EIRCODE}{_EOL})
    | {_NL}{_CITY}(?={_NL}{_CITY},?[ \t]+{_POSTCODE_LINE}{_EOL})
    # a postcode line (UK, NL)
    | (?P<pcl>{_NL}{_POSTCODE_LINE}{_EOL})
    """,
    regex.X,
)
# after a postcode line: a town line (`1234 AB⏎Rotterdam`)
_TOWN_LINE = regex.compile(rf"{_NL}{_CITY}{_EOL}")
# `Flat 19⏎Jones Estate`, `Apt 4, 12 Main St`: a unit before the street match
_UNIT_BEFORE = regex.compile(r"(?:^|(?<=[\s,:;(]))(?:(?:Flat|Apt|Apartment|Unit|Suite|Ste|Block|Blk|Blok|Eenheid|Woonstel|FLAT|APT|UNIT|SUITE|BLOCK)\b\.?[ \t]*\#?(?:(?:[A-Za-z]?\d[A-Za-z0-9\-]{0,4}|[A-Za-z])(?:\b,?\s*|/))?"
                          r"|(?:H\.[ ]?No|House[ ]No|No|Nyumba[ ]Na)\.?[ \t]*(?:\d{1,4}/)?"  # India: `H.No. 44/2, Park Street`; Swahili `Nyumba Na. 23,`
                          r"|\b\d{4}[ \t]+\p{Lu}\pL+(?:[ \t\-]\p{Lu}\pL+)?,[ \t]*)$", regex.V0)  # HU: `9066 Győr, Jókai Mór utca 6`
# a quoted reply's next lines after the street: each its own span (`> 71 The Crescent⏎> Bath
# BA5 7BA`, `> 73 Ashgrove Lawn⏎> Limerick⏎> V94 CXFA`): a town and a postcode, a listed town
# (`Sligo, Co. Sligo`, `Dublin 6`), a British or Irish postcode alone
_QUOTED_LINE = regex.compile(r"[ \t]*\r?\n[ \t]*(?:>[ \t]*)+([^\r\n]*?)[ \t]*(?=\r?\n|$)")
_TOWN_POSTCODE = regex.compile(
    rf"(?:{_POSTCODE_LINE}[ \t]+{_CITY}|{_CITY},?[ \t]+(?:[A-Z]{{2}}[ \t]+)?(?:{_UK_POSTCODE_SPACED}|{_POSTCODE_LINE}))")
# a unit on its own quoted line between the street and the town (`> Apt 305`)
_UNIT_LINE = regex.compile(r"(?i:Apt|Apartment|Suite|Ste|Unit|Flat|Floor)\.?[ \t]*\#?[A-Za-z0-9\-]{1,6}")
# a German floor on its own line (`2. OG links`, `EG rechts`, `3. Stock`)
_FLOOR_LINE = regex.compile(r"(?:\d{1,2}\.[ \t]?(?:OG|Obergeschoss|Etage|Stock)|EG|DG|UG)(?:[ \t]+(?:links|rechts|li\.?|re\.?|Mitte))?")
# an Irish county on a quoted line of its own, its Eircode below (`> Co. Limerick⏎> V94 YD26`)
_COUNTY_LINE = regex.compile(rf"(?:Co\.?|County)[ \t]+{_CITY}")
_POSTCODE_ALONE = regex.compile(f"{_UK_POSTCODE}|{_EIRCODE}".replace(r"\s", "[ \t]"))
_TOWN_ALONE = regex.compile(rf"({_CITY})(?:,[ \t]*(?:Co\.|County)[ \t]+{_CITY}(?:,?[ \t]+{_EIRCODE})?|[ \t]+\d{{1,2}})?".replace(r"\s", "[ \t]"))


_NOTE_AFTER = regex.compile(r"[ \t]+\([^()\n]{1,40}\)$")


_QUOTED_LINE_BEFORE = regex.compile(r"(?:^|\n)[ \t]*(?:>[ \t]*)+([^\r\n>]*?)[ \t]*\r?\n[ \t]*(?:>[ \t]*)+\Z")


def quoted_unit_line(text: str, start: int) -> tuple[int, int] | None:
    """The flat's line above an address's street line in a '>'-quoted reply (`> Flat 23⏎> 29 Mill Close`)."""
    m = _QUOTED_LINE_BEFORE.search(text, max(0, start - 40), start)
    return m.span(1) if m and _UNIT_LINE.fullmatch(m.group(1)) else None


def quoted_next_lines(text: str, end: int) -> list[tuple[int, int]]:
    """The town and postcode lines after an address's street line in a '>'-quoted reply."""
    out = []
    for _ in range(3):
        m = _QUOTED_LINE.match(text, end)
        if not m:
            break
        line = m.group(1)
        note = _NOTE_AFTER.search(line)  # (`> 15023 A Coruña (se é o correcto)`: the writer's note is no address)
        if note and note.start() > 0:
            line = line[: note.start()]
        town = _TOWN_ALONE.fullmatch(line)
        nxt = _QUOTED_LINE.match(text, m.end())
        # a suburb or a floor between the street and its town's line (`> Melville⏎> Johannesburg, 2092`,
        # `> 2. OG links⏎> 78422 Konstanz`): the line below vouches for it
        above_town = not out and nxt is not None and bool(_TOWN_POSTCODE.fullmatch(nxt.group(1)))
        county_above_code = nxt is not None and bool(_COUNTY_LINE.fullmatch(line)) and bool(_POSTCODE_ALONE.fullmatch(nxt.group(1)))
        if town and town.group(0) == town.group(1):  # a bare town needs its postcode (or county) on the next line
            town = town if nxt and (_POSTCODE_ALONE.fullmatch(nxt.group(1)) or above_town or _COUNTY_LINE.fullmatch(nxt.group(1))) else None
        if not (_TOWN_POSTCODE.fullmatch(line) or _POSTCODE_ALONE.fullmatch(line) or (not out and _UNIT_LINE.fullmatch(line))
                or county_above_code
                or (above_town and _FLOOR_LINE.fullmatch(line))
                or (town and len(town.group(1)) > 3 and place_in_text(town.group(1)))):
            break
        out.append((m.start(1), m.start(1) + len(line)))
        end = m.end()
    return out


def extend_address(text: str, end: int, max_parts: int = 5) -> int:
    """The end of the address that starts before `end`."""
    return address_tail(text, end, max_parts)[0]


def address_tail(text: str, end: int, max_parts: int = 5) -> tuple[int, tuple[int, int] | None]:
    """The end of the address that starts before `end`, and the town when the address ends
    in one bare `, Town` (no state, no postcode anywhere, no region after it): (start, end)
    of that town, which the caller reports as a place of its own, else None."""
    town = None
    towns = 0  # `, Town` parts: two (`Bucaramanga, Santander`) are the town and its region
    postcode = line = False  # a postcode seen; the last part a postcode line of its own
    # a tab ends a pasted table's cell: the next cell is no part of this address
    # (`116 Wattle Ave, Fremantle WA 6162<TAB>Townsville`); no part reaches past it, so it stays the first tab ahead
    stop = text.find("\t", end)
    stop = len(text) if stop < 0 else stop
    for _ in range(max_parts):
        m = _TAIL.match(text, end, stop)
        if not m or m.end() == end:
            t = _TOWN_LINE.match(text, end, stop) if line else None
            if t and place_in_text(t.group().strip()):
                end = t.end()
                line = False
                continue
            break
        town = None
        line = m.group("pcl") is not None
        if m.group("pc") is not None or line:
            postcode = True
        elif m.group("town") is not None:
            towns += 1
            if m.group("more") or postcode:
                postcode = True
            else:
                town = m.span("town")
        end = m.end()
    return end, (town if towns < 2 else None)


# an address label a street pattern read as the street's first word (`Adres Atatürk Mah. Gül Sok. No:129`)
_LABEL_WORD = regex.compile(r"(?i:adres|adresse|address|adresa|adress|anschrift|indirizzo|endereço|morada|dirección|direccion)[ \t]+(?=\p{Lu})")


def extend_address_start(text: str, start: int) -> int:
    """The start of the address whose street match begins at `start`: a unit before it
    (`Flat 19⏎Jones Estate`, `Apt 4, 12 Main St`) belongs to it; a label word opening it does not."""
    label = _LABEL_WORD.match(text, start)
    if label:
        return label.end()
    if start == 0:
        return start
    lo = max(0, start - 24)
    m = _UNIT_BEFORE.search(text[lo:start])
    return lo + m.start() if m else start
