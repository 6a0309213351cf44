"""Towns the model missed in a text: after a word that says where someone lives, comes from or
goes (`živim v kraju Maribor`, `visc a Girona`, `išvykstu į Šiaulius`), found by the place list."""
from __future__ import annotations

import regex

from pii_audit.detection import name_lexicon, ner_cues as cues
from pii_audit.detection.ner_spans import in_firm_name
from pii_audit.detection.place_lexicon import country, place
from pii_audit.detection.validators import ORG_WORD

# A word that says where someone lives, comes from or goes, in the languages of the data
# (`živim v kraju Maribor`, `išvykstu į Šiaulius`, `Taga-Bacolod po`, `sinh ... tại Đà Nẵng`,
# `lindur ... në Fier`, `braukšu no Valmieras`), then up to three words of a town.
_PLACE_CUE = regex.compile(
    r"(?:(?<![\pL\d])(?i:from|in|en|em|near|iz|į|iš|no|uz|ở|từ|në|nga|din|în|frá|í|kutoka|dari|minn|desde|dende|aus|nach|naar|uit|från"
    r"|fra|natoka|anatoka)[ \t]+"
    # who moves or travels to a town (`commute to Bath`, `flyttar ... till`), and the second town of
    # `from Napier to Lower Hutt` (`från Göteborg till Helsingborg`)
    r"|(?P<move>(?<![\pL\d])(?i:commute|commuting|move|moving|moved|relocate|relocating|relocated|travel|travelling|traveling"
    r"|travelled|traveled|fly|flying|flew|emigrate|emigrating|emigrated|flyttar|flyttade|flyttet|flytter|verhuis|verhuist"
    r"|verhuisd|verhuizen|ziehe|ziehen|zieht|zog|déménage|déménagé|déménager|déménageons|flytur|flyt|skuif|verskuif"
    r"|berpindah|pindah|kolib|kolin|kolime|going|coming|come|came|heading|headed|driving|drove|returning|returned|flyttat|flytta"
    r"|resa|resan|reser|åker|flyger"
    # (`Départ de Lyon`, `tornant de Sabadell`, `revine din Londra`, `papuntang Japan`, `pakkaferðina til Alicante`, `séjour Marrakech`)
    r"|départ|depart|tornant|tornem|tornaré|revine|revin|revenim|papuntang|pakkaferð|pakkaferðina|ferðina|séjour|pleacă|pleaca|plecăm|plec"
    r"|symud|symudais|symudodd|symudon|symudom|kwenda|nasafiri[ \t]+kwenda|ninaenda|ninahamia|nimehamia|pars|partons|vuelo|voo|flight)(?:[ \t]+(?i:house|home|back|over|out|in|down|up|away|ensuite|demain|luego|then|later|tomorrow))?[ \t]+(?i:to|till|til|naar|nach|à|para|pour|do|into|na|ke|from|o|i|de|von|van|desde|aus|din|la)?[ \t]*(?<=[ \t]))"
    r"|(?<=(?<![\pL\d])(?i:from|från|fra|van|von|desde|de|iz|aus|uit)[ \t]+\p{Lu}[\pL\pM'’\-]+(?:[ \t]+\p{Lu}[\pL\pM'’\-]+)?(?:[ \t]+\d{1,2})?[ \t]+)"
    r"(?i:to|till|til|naar|nach|à|a|para|hasta|bis|do|u|na)[ \t]+"
    r"|(?<=(?<![\pL\d])(?i:symud)[ \t]+o[ \t]+\p{Lu}[\pL\pM'’\-]+(?:[ \t]+\p{Lu}[\pL\pM'’\-]+)?[ \t]+)i[ \t]+"
    # who comes from a town or is from it (`arriva da Napoli`, `minha família é de Curitiba`, `kom van Durban`)
    r"|(?<![\pL\d])(?i:(?:arriva|arrivano|arrivo|arrivato|arrivata|vengo|viene|vengono|torna|tornano)[ \t]+da"
    r"|kom[ \t]+uit|kry[ \t]+(?:van|uit)|kom[ \t]+van(?![ \t]+\p{Lu}[\pL\pM'’\-]+(?:[ \t]+\p{Lu}[\pL\pM'’\-]+)?[ \t]+af\b))[ \t]+"
    # the words that say someone lives or moves there: a town there beats a given name (`visc a Girona`)
    r"|(?P<home>(?<![\pL\d])(?i:(?:vivo|visc|vive|viu|vivim|viviamo|resido|moro|habito|wohne|woon|trasferisco|trasferiamo"
    r"|mudo|traslado|trasllado|mudamos|trasllada|traslladen|traslada|trasladan|muda|mudan)[ \t]+(?:a|en|em|in|à|para|pra|na|no|ad|nach)|verso|cap a|v kraju|v mestu|tại|mula sa"
    r"|kom[ \t]+van(?=[ \t]+\p{Lu}[\pL\pM'’\-]+(?:[ \t]+\p{Lu}[\pL\pM'’\-]+)?[ \t]+af\b)"  # (`kom van George af`: comes from George)
    r"|galing(?:[ \t]+pa)?[ \t]+(?:sa|ng)|nakatira sa|niko|uko|yuko|tuko|que[ \t]+(?:ve|venen|vindrà)[ \t]+de|jusqu['’]à|ninaishi|naishi|anaishi|ninatoka|taga|tinggal di|menetap di|duduk di|woon in|bly in|trek van|verhuis van"
    # (`zonja Berisha vjen nga Berat`, `je suis en déplacement à Marseille`, an obituary's `late of Toowoomba`)
    r"|vjen[ \t]+nga|vij[ \t]+nga|vijnë[ \t]+nga|jam[ \t]+nga|është[ \t]+nga|en[ \t]+déplacement[ \t]+à|en[ \t]+voyage[ \t]+à|late[ \t]+of"
    r"|bý[ \t]+í|býr[ \t]+í|búum[ \t]+í|búa[ \t]+í"  # (Icelandic: `og bý í Reykjavík`)
    # who stays there (`currently renting in Cork`, `je la gère de chez moi à Sherbrooke`)
    r"|(?:renting|staying|based|settled|studying)[ \t]+in|chez[ \t]+(?:moi|nous|lui|elle|eux)[ \t]+à"
    # who is from there, a town over a given name (`minha família é de Salvador`)
    r"|(?:é|sou|são|somos|soy)[ \t]+de"
    # who is, lives or goes there (`jam në Shkodër`, `je suis à Toulouse`, `me voy a Málaga`, `bydlím v Brno`,
    # `dzīvoju Rīga`, `Mudei-me de Faro para Setúbal`, `native of Hyderabad`, `Place of birth  Nottingham`)
    r"|jam[ \t]+në|jam[ \t]+ne|suis[ \t]+(?:à|en)|sommes[ \t]+(?:à|en)|(?:voy|vamos|va|van|vaig|anem|marxo|marxem|marxa|marxen"
    r"|arribo|arribes|arribem|arribeu|arriben|arribaré|arribarem|arribareu|arribaran)[ \t]+a|pärit|(?:bydlím|bydlí|bydlíme)[ \t]+ve?"
    r"|dzīvoju|dzīvojam|dzīvo[ \t]+|(?:mudei-me|mudou-se|mudámo-nos|mudamo-nos|mudar-se|mudar-me|mudar-nos)[ \t]+(?:de|para|pra)"
    # who travels from there, in French (`Bonne route depuis Toulouse !`, `en provenance de Lyon`)
    r"|(?:route|voyage|trajet|retour)[ \t]+depuis|en[ \t]+provenance[ \t]+de|venant[ \t]+de|native[ \t]+of|natural[ \t]+(?:de|do|da|dos|das)|doğum[ \t]+yeri|dogum[ \t]+yeri|(?:ngeni|geni|ganwyd|ganed|byw)[ \t]+yn"
    r"|(?:place|town|city|country)[ \t]+of[ \t]+(?:birth|residence)[ \t]*:?"
    # who arrives, returns or moves there (`Nimefika Arusha`, `Tôi sẽ về Nha Trang`, `Uuwi ka ba ng Bacolod`)
    r"|nimefika|tumefika|amefika|wamefika|nimehamia|tumehamia|amehamia|wamehamia|anahamia|nitahamia|sẽ về|chuyển đến|chuyển về|sống ở"
    r"|(?:uuwi|umuwi|pupunta|pumunta|lilipat|lumipat|babalik|bumalik)(?:[ \t]+(?:ka|ako|siya|kami|tayo|sila|ba|na|po|daw|raw)){0,3}[ \t]+(?:sa|ng)"
    r"|(?:viure|vivre|vivir|viver|vivere|wohnen|wonen)[ \t]+(?:a|en|em|à|in|na|no)"
    r"|(?:habite|habitons|habitent|habitait|vit|vivons|vivent|réside|résidons|domicilié|domiciliée|maison)[ \t]+(?:à|en)"
    # who travels there or comes from there (`viaja para Lisboa`, `nous rejoint de Rennes`, `je descends de Dijon`, `Arriben de Perpinyà`,
    # `trasferita a Bari`), and a birth's town after its date (`Né(e) le : 18/09/1971 à Limoges`)
    r"|(?:viaja|viajam|viajará|viajó|viatja|viatgen)[ \t]+(?:para|a|pra)|(?:rejoint|rejoignent|vient|viennent|arrive|arrivent|rentre|rentré|rentrée|rentrons|rentrent|reviens|revient|revenu|revenue|revenons"
    r"|arriben|arriba|llega|llegan|viene|vienen|vem|vêm|chega|chegam|descends|descend|descendons|monte|montons)[ \t]+(?:de|d'|da|do|des)|(?:trasferit[aoi]|trasferite)[ \t]+a"
    r"|(?:né|née|né\(e\)|nato|nata|nato/a|nacido|nacida|nascido|nascida|născut|născută|geboren)[ \t]*(?:le|il|el|em|o|am|la|pe)?"
    r"[ \t]*:?[ \t]*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:er)?[ \t]+\pL+[ \t]+\d{4})[ \t,]+(?:à|a|en|em|in|în)[ \t]*:?)[ \t]+|(?<![\pL\d])(?i:taga)-"
    # ... and the first town of a move (`von München nach Hamburg`, `skuif van George na Upington`): a town, whatever else it names
    r"|(?<![\pL\d])(?i:von|van|desde|iz|z|de)[ \t]+(?=\p{Lu}[\pL\pM'’\-]+(?:[ \t]+\p{Lu}[\pL\pM'’\-]+){0,2}[ \t]+(?i:nach|naar|to|a|à|para|till|do|hasta|bis|na)[ \t]+\p{Lu})))"
    r"(?P<town>(?:\p{Lu}[ \t]+(?=\p{Lu}\pL))?\p{Lu}[\pL\pM'’\-]+(?:[ \t]+[\pL\pM'’\-]+){0,2})")  # (`A Coruña`)
# Case endings of Baltic town names after those words (`į Klaipėdą`, `no Rēzeknes`, `į Alytų`, `kolib Tartusse`)
_CASE_ENDINGS = (("ius", "iai"), ("į", "ys"), ("į", "is"), ("ų", "us"), ("ų", "ai"), ("ą", "a"), ("ą", "as"), ("sse", ""), ("ę", "ė"), ("as", "a"), ("es", "e"), ("īm", "is"), ("u", "us"), ("os", "a"))


# A town with a Turkish case ending after its apostrophe (`İstanbul'dan geleceğim`, `Ankara'ya`)
_TURKISH_CASE = regex.compile(r"(?<![\pL\d])(\p{Lu}[\pL\pM]+)['’](?:dan|den|tan|ten|da|de|ta|te|ya|ye|a|e|daki|deki)(?![\pL])")
# ... and an Estonian or Finnish case ending after a hyphen (`Tuleme Tartu-st`, `Helsinki-in`, `Pärnu-sse`)
_HYPHEN_CASE = regex.compile(r"(?<![\pL\d])(\p{Lu}[\pL\pM]+)-(?:st|sse|s|le|lt|l|ni|ssa|ssä|sta|stä|an|in|hin|lla|llä|lta|ltä|lle|ga)(?![\pL])")
# ... and a verb of moving after it: a town that is a name too (`İzmir'e taşınıyorum`)
_TURKISH_MOVE = regex.compile(r"[ \t]+(?:taşın|göç|yerleş|gid|gel|dön)")
# ... and before a Turkish word for its town or province (`Annem Konya şehrinden geliyor`)
_TURKISH_TOWN_WORD = regex.compile(r"(?<![\pL\d])(\p{Lu}[\pL\pM]+(?:[ \t]+\p{Lu}[\pL\pM]+)?)[ \t]+(?:şehrinden|şehrine|şehrinde"
                                   r"|şehri|ilinden|iline|ilinde|ilçesinden|kentinden|kentine|kentinde)(?![\pL])")
# A field whose label's last word says a town is its value (`Elukoht: Pärnu`, `preferowane miasto: Gdańsk`)
# (also after a comma, `eski şehir: İstanbul, yeni şehir: Bursa`; a JSON key, `"movingFrom": "Geelong"`;
# and a key=value pair of a log line, `luogo_nascita=Verona`)
_PLACE_FIELD = regex.compile(r"(?:(?:^|\n|[;|•(,]|[.!?][ \t])[ \t]*(?P<pre>(?:\pL+[ \t]+){0,2})\"?(?P<label>[\pL_]+)\"?[ \t]*[:=]|(?<![^\s])(?P<label>[\pL_]+)=)"
                             r"[ \t]*\"?(?P<town>\p{Lu}[\pL\pM'’\-]+(?:[ \t]+\p{Lu}[\pL\pM'’\-]+){0,2})")


# A move from or to a town, then the clause ends: the town whatever the lists say (`just moved down
# from Nelson`, `mudámonos dende Betanzos e ...`: towns that are names too, or unlisted ones)
_RELOCATION = regex.compile(
    r"(?<![\pL\d])(?i:moved|moving|relocated|relocating|emigrated|emigrating|mudámonos|mudamos|mudámo-nos|déménagé|déménageons"
    r"|verhuisd|verhuizen|umgezogen|flyttade|flyttet|flyttat)(?:[ \t]+(?i:down|up|over|back|away|here|out))?[ \t]+"
    r"(?i:from|to|dende|desde|de|à|naar|nach|till|til|fra|från)[ \t]+"
    r"(?P<town>\p{Lu}[\pL\pM'’\-]+(?:[ \t]+\p{Lu}[\pL\pM'’\-]+)?)"
    r"(?=[ \t]*(?:[.,;!?)]|\r?\n|$)|[ \t]+(?i:for|last|in|on|and|e|y|et|und|en|a|with|two|three|years?|months?|ago|to)\b)")
# ... and the town moved to after the one moved from (`moved from Hamilton to Nelson last year`)
_RELOCATION_TO = regex.compile(
    r"(?<![\pL\d])(?i:moved|moving|relocated|relocating|emigrated|emigrating)[ \t]+(?i:from)[ \t]+\p{Lu}[\pL\pM'’\-]+(?:[ \t]+\p{Lu}[\pL\pM'’\-]+)?"
    r"[ \t]+(?i:to)[ \t]+(?P<town>\p{Lu}[\pL\pM'’\-]+(?:[ \t]+\p{Lu}[\pL\pM'’\-]+)?)"
    r"(?=[ \t]*(?:[.,;!?)]|\r?\n|$)|[ \t]+(?i:for|last|in|on|and|with|two|three|years?|months?|ago)\b)")
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")


def _label_words(label: str) -> list[str]:
    """`luogo_nascita` -> luogo, nascita; `movingFrom` -> moving, from."""
    return _CAMEL.sub("_", label).lower().split("_")


def _listed_place(word: str) -> bool:
    if place(word):
        return True
    return any(word.endswith(end) and place(word[: -len(end)] + base) for end, base in _CASE_ENDINGS)


def place_fields(text: str) -> list:
    """The fields whose label's words say a town is their value (`bandar_asal`, `"movingFrom"`)."""
    return [m for m in _PLACE_FIELD.finditer(text)
            if any(name_lexicon.fold(w) in cues.PLACE_LABEL_WORDS or w in cues.PLACE_LABEL_WORDS for w in _label_words(m.group("label")))
            or (m.group("label").lower() in _WHOSE and any(w.lower() in cues.PLACE_LABEL_WORDS for w in (m.group("pre") or "").split()))]


# whose place a label names after the place's word (`Kraj bivanja stranke: Maribor`, `Wohnort Kunde:`)
_WHOSE = frozenset("stranke stranka kupca klienta klijenta customer client kunde kunden cliente klant klanten asiakkaan".split())


def field_values(fields: list) -> set[tuple[int, int]]:
    """Where a place field's whole value is (of `place_fields`): the model's name there is the
    place, listed or not (`"movingFrom": "Fitzroy"`, a suburb that is a surname too)."""
    return {m.span("town") for m in fields}


def cue_and_town(text: str, span: tuple[int, int, str], start: int, end: int) -> bool:
    """The model's span is the cue word and the town (`Ninaishi Eldoret` read as a name)."""
    if not (span[0] < start and span[1] <= end):
        return False  # (only a span opening before the town and ending inside it can be the cue and the town)
    m = _PLACE_CUE.match(text, span[0])
    return bool(m) and m.start("town") == start


def _firm_or_site(text: str, end: int, town: str) -> bool:
    """A company's or a site's town (`Leeds Ltd`, `Manchester depot`), or an organisation's name."""
    return bool(cues.COMPANY_AFTER.match(text, end) or cues.SITE_AFTER.match(text, end) or any(ORG_WORD.search(w) for w in town.split())
                or in_firm_name(text, end - len(town), end))


_POSSESSIVE_AFTER = regex.compile(r"['’]s\b")


def cued_places(text: str, fields: list | None = None) -> list[tuple[int, int, str]]:
    """Listed towns the model missed after a word of place (`_PLACE_CUE`): the longest run of
    words that is one; one word that is an English word, or a given name after a word that
    does not say someone lives there, is not taken; nor a company's or a site's town."""
    out = [(m.start(1), m.end(1), "LOCATION") for m in _TURKISH_CASE.finditer(text)
           if place(m.group(1)) and (not name_lexicon.listed(m.group(1)) or _TURKISH_MOVE.match(text, m.end()))]
    out += [(m.start(1), m.end(1), "LOCATION") for m in _HYPHEN_CASE.finditer(text)
            if place(m.group(1)) and not name_lexicon.given_name(m.group(1))]
    for m in _TURKISH_TOWN_WORD.finditer(text):
        last = m.group(1).split()[-1]  # (`Annem Konya şehrinden`: `my mother`, then the town)
        if place(m.group(1)):
            out.append((m.start(1), m.end(1), "LOCATION"))
        elif place(last):
            out.append((m.end(1) - len(last), m.end(1), "LOCATION"))
    for m in [*_RELOCATION.finditer(text), *_RELOCATION_TO.finditer(text)]:
        e = m.end("town")
        two = " " in m.group("town") or "\t" in m.group("town")  # (`moved to Nelson Street`: two words must be a listed town)
        if not ((two and not place(m.group("town"))) or _firm_or_site(text, e, m.group("town"))):
            out.append((m.start("town"), e, "LOCATION"))
    for m in place_fields(text) if fields is None else fields:
        words = m.group("town").split()
        for k in range(len(words), 0, -1):  # the longest run of words that is a town
            cand = " ".join(words[:k])
            if place(cand):
                out.append((m.start("town"), m.start("town") + len(cand), "LOCATION"))
                break
    for m in _PLACE_CUE.finditer(text, overlapped=True):  # (`from Napier to Lower Hutt`: the first town's words reach the second cue)
        words = list(regex.finditer(r"\S+", m.group("town")))
        for k in range(len(words), 0, -1):
            s, e = m.start("town") + words[0].start(), m.start("town") + words[k - 1].end()
            while e > s and text[e - 1] in ".,;:!?)\"'":
                e -= 1
            cand = text[s:e]
            if k > 1 and not cand.split()[-1][:1].isupper() and not place(cand):
                continue
            # an inflected form is a frequent word of its language (`Šiaulius`): only English words and names veto it
            # (after a verb of moving, a town that is a word of another language too is the town: `moving to Leeds`)
            # (after a word of living or moving, a town that is an English word too is the town: `viure a Barcelona`)
            # (after a verb of travel, a town that is a given name too is the town: `flying in from Darwin`, not `going to Sarah's`)
            # (a town in a Lithuanian case ending is no given name, whatever the folded lists hold: `į Kauną`, `į Panevėžį`)
            english = name_lexicon.common_word(cand)
            # (a country only where someone lives, moves or travels: `papuntang Japan`, not `made in China`)
            if (_listed_place(cand) or ((m.group("home") or m.group("move")) and country(cand))) and not (k == 1 and ((english and not (m.group("home") or m.group("move")))
                                                        or (not (m.group("home") or (m.group("move") and not _POSSESSIVE_AFTER.search(text, e - 2, e + 2)))
                                                            and name_lexicon.given_name(cand) and cand[-1] not in "ąęįų")
                                                        or (not english and place(cand) and name_lexicon.everyday_word(cand) and not m.group("move")))):
                if not (_firm_or_site(text, e, cand) or cues.GLUED_AFTER.match(text, e)
                        or cues.SITE_BEFORE.search(text[max(0, s - 40) : s])):
                    out.append((s, e, "LOCATION"))  # (not `Manchester depot`: a site's town)
                break
    return sorted(set(out))
