"""Words and patterns of the context around a span that tell a person from a place, a
field label, a company or a product, in the languages the data holds (used by ner_spans.py
and ner_names.py)."""
from __future__ import annotations

from collections.abc import Callable

import regex

# Greetings and titles NER sometimes takes into a name (`Hi Brandon`, `Dear Mr Smith`).
TITLES = ("mr|mrs|ms|miss|mx|dr|prof|sir|madam|señor|señora|sr|sra|srta|dra|don|doña|dña|herr|frau|monsieur|madame|mme|mlle"
           "|sig\\.ra|sig\\.na|sig|signor|signora|dott\\.ssa|dott|avv|ing|senhor|senhora|dhr|mevr|mevrouw|meneer"
           "|univ|mag|dipl|mademoiselle|rouva|herra|fru|hr|bayan|hanım|hanim|bey|hoca|hocam|kyrie|kyria|κύριε|κυρία|κος|κα|doamna|domnul|dna|pan\\(i\\)|pani|paní|pán|pan|pane|engr|atty|mnr|mev|mej"
           "|father|fr|rev|revd|reverend|pastor|mossèn|mossen|părinte|parinte|senyor|senyora|senyoreta"
           "|gospodin|gospodine|gospođa|gospođo|gospodja|gospa|gospod|gospe|ds|dominee|ma'am|ma’am|maam|cik|encik|puan|tuan"
           "|ouma|oupa|tannie|oom")  # (Afrikaans kin as a title: `Ouma Lize kom van George af`)
GREETINGS = ("hi|hello|hey|dear|thanks|thank you|regards|cheers|hola|bonjour|hallo|ciao|hei|hej|moi|ahoj|szia|salut|olá|oi"
              "|servus|grüezi|hallå|namaste|merhaba|selam|kalimera|kalispera|geia sas|geia|γεια σας|γεια|καλημέρα|καλησπέρα"
              "|tere|labas|sveiki|bok|zdravo|pozdravljeni|pozdravljena|pozdravljen|živjo|hejsa|halløj|goddag|terve|päivää|bună ziua|bună|szervusz|helló"
              # sign-offs written on the name's line (`Terveisin Anneli`, `Mvh Ola Nordmann`)
              "|terveisin|ystävällisin terveisin|mvh|med venlig hilsen|med vennlig hilsen|venlig hilsen|vennlig hilsen|hilsen"
              "|saygılarımla|teşekkürler|üdvözlettel|tisztelettel|cu stimă|cu stima|με εκτίμηση|φιλικά|ευχαριστώ|efcharisto"
              "|kiitos|takk|tak|kia ora|mālō|talofa|ngā mihi|nga mihi|g'day|g’day|gday|hoi")
# Birthday and anniversary wishes, in the languages the data holds
WISHES = ("happy birthday|happy bday|happy anniversary|many happy returns|joyeux anniversaire|bon anniversaire|feliz cumpleaños"
          "|feliz aniversário|feliz aniversario|feliç aniversari|zorionak|alles gute zum geburtstag|alles gute|herzlichen glückwunsch"
          "|gelukkige verjaardag|fijne verjaardag|buon compleanno|wszystkiego najlepszego|sto lat|selamat hari jadi|selamat ulang tahun"
          "|maligayang kaarawan|mutlu yıllar|iyi ki doğdun|la mulți ani|la multi ani|chúc mừng sinh nhật|heri ya siku ya kuzaliwa"
          "|baie geluk|veels geluk|gefeliciteerd|grattis|til hamingju|penblwydd hapus|lá breithe sona|palju õnne|daug laimės"
          "|vse najboljše|sretan rođendan|boldog születésnapot|hyvää syntymäpäivää|tillykke|gratulerer")
# Salutations of the languages the data holds: the word before a name in a letter's
# first line (`Beste Dylan,`, `Sehr geehrte Frau X`, `Querida Ana`, `Kære Jens`). Words
# that are also given names (`Cara`, `Caro`) are left out: `Cara Smith` is a person.
SALUTATIONS = ("hiya|howdy|greetings|good morning|good afternoon|good evening|beste|lieve|liebe|lieber|liebes"
                "|sehr geehrte|sehr geehrter|geehrte|geehrter|cher|chère|chers|chères|bonsoir|coucou|estimado|estimada"
                "|estimados|estimadas|querido|querida|buenos días|buenas tardes|buenas noches|buenas|gentile|gentilissimo"
                "|gentilissima|egregio|egregia|buongiorno|buonasera|salve|prezado|prezada|prezados|bom dia|boa tarde|boa noite"
                "|drogi|droga|drodzy|szanowny|szanowna|szanowni|witam|dzień dobry|cześć|kære|käre|kära|bäste|bästa|hyvä"
                "|geachte|goedemorgen|goedemiddag|goedendag|moin|grüß gott|kedves|tisztelt|vážený|vážená|dobrý den"
                "|bună ziua|buna ziua|bună dimineața|bună seara|dragă|draga|stimate|stimată|stimata|jó napot|jó reggelt"
                # the rarer languages of the data (Baltic, South Slavic, Albanian, Icelandic, Catalan, Galician,
                # Basque, Afrikaans, Tagalog, Malay, Maltese, Luxembourgish, Irish, Welsh, Swahili, Turkish, Vietnamese)
                "|labdien|laba diena|labas rytas|lugupeetud|spoštovani|spoštovana|poštovani|poštovana|dragi|i nderuar"
                "|e nderuar|përshëndetje|sæl/l|sæll|sæl|kæri|kæra|góðan dag|benvolgut/da|benvolgut|benvolguda|benvolguts|bos días|kaixo|liewe"
                "|goeie môre|goeiemôre|magandang araw|magandang umaga|kumusta|għażiż|għażiża|léiwe|léif|moien|a chara"
                "|dia duit|annwyl|helo|bore da|habari|mpendwa|ndugu|sayın|kính gửi|xin chào|chào|bon dia|bona tarda|bon vespre|hæ|halló|boas tardes|boas noites|bo día|bongu|bonġu"
                # good day / morning / evening in more languages (`Guten Tag Herr Barth,`)
                "|guten tag|guten morgen|guten abend|goedenavond|god morgon|god dag|god kväll|god aften|god morgen|dobar dan|dober dan"
                "|dobro jutro|dobry wieczór|dobrý večer|günaydın|iyi günler|selamat pagi|selamat siang|selamat petang|selamat sore"
                "|magandang hapon|magandang gabi|hyvää huomenta|hyvää päivää|góðan daginn|goeie middag|goeienaand|bon après-midi|buen día"
                # thanks and short greetings before a name in Swahili and Afrikaans chats (`Asante Hawa!`, `Middag Jaco,`)
                "|asante|asante sana|middag|môre"
                # a birthday wish written on a cake or a card (`Selamat Hari Jadi Hakim`, `Joyeux anniversaire Léa`)
                f"|{WISHES}")
# Roles a record or a chat puts before a name (`Agent Abdul`, `Kontoinhaber Ali Binner`,
# `Kund: Margareta Lundquist`): never part of the name.
ROLE_WORDS = frozenset(
    "decedent deceased arranger arayan fallecido fallecida falecido falecida rheolwr rheolwraig cyfarwyddwr swyddog "
    # (tenants and borrowers: `Üürnik: Mart Saar`, `co-borrower Tiffany Walter`)
    "khách shop "
    "borrower co-borrower coborrower guarantor üürnik üürilise kiracı kiraci najemnik vuokralainen leietaker lejer chiriaș chiriaş "
    "nájemník bérlő nuomininkas īrnieks "
    # (candidates and technicians of more languages: `Teema: Kandidaat Rein Kalda`, `Tècnic assignat: Mireia Soler`)
    "kandidaat kandidat kandidatka kandidatė kandidāts candidato candidata candidat candidate aday aplikante tècnic tècnica tecnico tecnica "
    # (driving and sports instructors: `Prévenir le moniteur MEYER`, `Fahrlehrer Jens`)
    "moniteur monitrice fahrlehrer fahrlehrerin rijinstructeur rijinstructrice "

    # (`Temsilciniz Artan sizi arayacak`, `Mkufunzi wako Peter`, `dispecer Andreea`, `Tehnician Matilda`)
    "temsilciniz temsilcimiz temsilci mkufunzi dispecer dispeceră dispecera tehnician tehniciană tehniciana "
    # (and whose funeral it is: `Betreff: Bestattung Betty Hornig`)
    "bestattung beerdigung beisetzung trauerfeier "
    "agent agents customer customers client clients employee employees claimant claimants caller callers visitor visitors "
    "requester requestor reporter assignee assigned dispatcher operatore operador operatrice approver reviewer owner guest guests patient patients tenant tenants holder "
    "operatorė operatorius konsultantas konsultantė vadybininkas vadybininkė klientė "
    "cardholder policyholder beneficiary applicant candidate member lead contact user subscriber sender recipient payee payer "
    "driver passenger student attendee participant rep representative operator technician consultant advisor adviser "
    "insured spouse buyer seller vendor supplier staff manager director officer assistant coordinator specialist "
    "administrator admin analyst engineer developer accountant clerk secretary receptionist supervisor associate "
    "senior junior chief head principal executive intern trainee volunteer account receiver consignee buddy landlord landlady "
    "installer installateur instructor instructeur instrukteur monitor monitora recruiter rekruter rekruterka reclutador recrutador recruteur "
    "intervenant intervenante behandelaar sachbearbeiter sachbearbeiterin "
    # German, Dutch, Scandinavian
    "kontoinhaber kontoinhaberin inhaber inhaberin kunde kundin kunden mitarbeiter mitarbeiterin mieter mieterin "
    "antragsteller antragstellerin ansprechpartner ansprechpartnerin patientin gast bewerber bewerberin "
    "klant klanten huurder medewerker medewerkster aanvrager kund kunder hyresgäst anställd gäst sökande kontaktperson "
    "kontohaver asiakas disponent empfänger empfängerin ontvanger bezorger mitreisende mitreisender begleitperson "
    "nachbar nachbarin buurman buurvrouw fahrer fahrerin neighbor neighbour neighbors neighbours "
    # Romance languages
    "titular cliente clientes empleado empleada paciente huésped inquilino inquilina solicitante beneficiario beneficiaria "
    "conducente conductor conductora motorista vecino vecina voisin voisine vicino vicina vizinho vizinha acompañante "
    "contacto agente asegurado asegurada locataire patiente employé employée demandeur demandeuse bénéficiaire "
    "titulaire interlocuteur dipendente paziente ospite richiedente intestatario intestataria referente "
    "funcionário funcionária hóspede requerente segurado segurada destinataire destinatario destinatária destinatário "
    "destinatar oaspete repartidor entregador "
    # Polish, Czech, Hungarian
    "klient klientka pacjent pacjentka najemca pracownik pracownica wnioskodawca posiadacz zákazník ügyfél "
    # Catalan, Basque, Icelandic, Afrikaans, Tagalog, Malay, South Slavic, Albanian, Maltese, Irish,
    # Welsh, Baltic, Swahili, Turkish, Romanian
    "clienta pacient bezeroa viðskiptavinur sjúklingur kliënt kliyente pelanggan pesakit ejen kupac korisnik "
    "klijent pacijent stranka uporabnik naročnik klienti pacienti aplikanti agjenti custaiméir cwsmer "
    "kliendi patsient taotleja klients pacients vadītājs pasažieris klientas klientė pacientas vairuotojas "
    "keleivis mteja mgonjwa wakala müşteri musteri hasta temsilci başvuran clientul asigurat asiguratul "
    # who brings, sells, treats or teaches (`Courier Ashley`, `cashier Regina`, `Kurier Józef`)
    # family and household (`Husband Benn`, `my housemate Marlize`, `syn Žigmund`, `la mamá de María`)
    "wife husband daughter son mother father mum mom dad brother sister housemate flatmate roommate fiancé fiancée "
    "girlfriend boyfriend grandson granddaughter nephew niece stepson stepdaughter esposa esposo marido hijo hija madre "
    "padre hermano hermana mamá papá femme mari fils fille ehefrau ehemann sohn tochter moglie marito figlio figlia "
    "syn dcera manžel manželka żona mąż córka dotter sønn datter kone mand "
    # who receives or reports (`Vastaanottaja: MÄNNISTÖ`, `Bejelentő: Kovács Réka`)
    "vastaanottaja příjemce prijemca címzett odbiorca bejelentő ilmoittaja oznamovatel oleh "
    "intervenant intervenante technicien technicienne técnico técnica operario operaria monteur referee "
    "courier couriers kurier coursier corriere mensajero bud kurye kurýr futár lähetti cashier kassierer kassiererin "
    "caissier caissière cajero cajera cassiere cassiera kassörska kasserer nurse doctor teacher trainer coach recruiter "
    "hygienist dentist therapist physio physiotherapist vet veterinarian pharmacist midwife "
    "recrutadora recrutador reclutadora reclutador recruteur recruteuse personalvermittler "
    # who answers a desk (`Konsultant Marcel:`, `Asesora Lucía`, `Rider: Jayson Santos`)
    "konsultant konsultantka konsulent doradca doradczyni rekruter rekruterka kandydat kandydatka berater beraterin "
    "sachbearbeiter sachbearbeiterin conseiller conseillère asesor asesora atendente operador operadora consulente "
    "negotiator rider tech pharmacist "
    # who uses an app or a portal (`Usuario: haroldo moll, hmoll@...`)
    "usuario usuaria utilisateur utilisatrice utente benutzer benutzerin gebruiker użytkownik uživatel kullanıcı agen "
    "livreur livreuse entregadora fattorino teknisyen anrufer anruferin "
    # the craftsman or artist sent or booked (`Artist: Joanne`, `Meistras: Paulius`, `fundi Hamisi`, `Hufschmied Bender`)
    "artist tattooist piercer tatuador tatuadora tätowierer tätowiererin meistras meistrė usta fundi askari "
    "hufschmied farrier locksmith "
    # the technician who took the job (`Tehnik Ene.`, `Techniker Jonas`)
    "tehnik tekniker techniker technikas teknikko mechaniker technik technika technikiem".split())
# `we` and `us` of the data's languages: the side of a chat that speaks for a firm (`Mes:`, `Nous :`, `Wij:`)
# `nom_del_paquet`, `name_of_product`, `nombre_de_la_tienda`: a name word, then `of` and what
# it is the name of; a thing's name unless that is a person (`nombre_del_cliente`, `name_of_father`)
_NAME_WORDS = frozenset("name nom nombre nome naam namn navn nimi ime isim nev nume nazwa nazev izena enw ainm emri jina ten pangalan nama".split())
_OF_WORDS = frozenset("of del de do da di della dello dei des du van von der dos das degli delle la el".split())
_PERSON_NOUNS = frozenset((
    "person persona pessoa personne persoon client cliente clienta klient klant kunde customer patient paciente "
    "contact contacto contatto owner propietario propietaria proprietario proprietaire titular titulaire holder "
    "member miembro membre socio soci socia user usuario usuari utilisateur guest huesped ospite student alumno alumna "
    "estudiante studente etudiant employee empleado empleada dipendente employe staff agent tutor tutora parent "
    "mother father madre padre mare pare mere pere moeder vader mutter vater child hijo hija fill filla "
    "nino nina enfant kind spouse esposo esposa marido mujer dona husband wife bride groom novio novia nuvi nuvia "
    "passenger pasajero passager donor donante beneficiary beneficiario author autor responsable manager "
    "tenant inquilino applicant solicitante candidate candidato recipient destinatario sender remitente "
    # (`nom_de_famille`, `nom_de_jeune_fille`, `nom_de_naissance`, `nom_d_usage`: a person's own names)
    "famille familia family familie jeune fille naissance usage epouse soltera casada "
    "guardian kin witness partner worker victim physician relative").split()) | ROLE_WORDS


def name_of_thing(toks: tuple[str, ...]) -> bool:
    """A header that names a thing by `name of X` in some language (`nom_del_paquet`), X no
    person (the nouns above, ROLE_WORDS among them: `name_of_driver`, `nome_do_socio`)."""
    for i in range(len(toks) - 2):
        if toks[i] in _NAME_WORDS and toks[i + 1] in _OF_WORDS:
            rest = [t for t in toks[i + 2 :] if t not in _OF_WORDS]
            return bool(rest) and not any(t in _PERSON_NOUNS for t in rest)
    return False


# a person and a part of a name in a header (`cust_last`, `recipient_first`, `customer.first`): a
# name field, whatever table it is in (`heating_jobs`)
_NAME_PARTS = frozenset("first last given family surname forename fname lname middle firstname lastname".split())
_PERSON_ABBREVIATIONS = frozenset("cust cli pax emp usr mbr".split())


def person_name_part(toks: tuple[str, ...]) -> tuple[str, str] | None:
    """The (person, part) of a header like `cust_last` or `owner_first_name`, or None; the
    part ends the header (`customer_last_visit` is no name)."""
    for i, (a, b) in enumerate(zip(toks, toks[1:])):
        if (b in _NAME_PARTS and (a in _PERSON_NOUNS or a in _PERSON_ABBREVIATIONS)
                and all(t in ("name", "names", "nm") for t in toks[i + 2 :])):
            return a, b
    return None


# (and the verbs that say it: Catalan `Som la Núria i el Marc`, we are Núria and Marc)
WE_SPEAKERS = frozenset("we us them mes mēs meie mums noi nós nosotros nosotras nous wir wij biz som sóc soc".split())
ROLE_ALT = "|".join(sorted((w for w in ROLE_WORDS if " " not in w), key=len, reverse=True))
LEAD = regex.compile(rf"^(?:(?:{GREETINGS}|{SALUTATIONS}|{TITLES}"
                      r"|patient|customer|client|lead|contact|beneficiary|holder|cardholder|applicant|guest|member)\b\.?,?:?\s+)+", regex.I)
# ... and for a person, any role word and the titles that need their dot (`M. Dupont`) or
# are words too (`Pan Kowalski`)
# The words for a relative that open a span before their name (`Tante Anna`, Turkish `Eşim Heva`
# "my wife Heva", `Annem Ayşe`); only those that are no given names themselves.
KIN_LEAD = ("zio|zia|tío|tía|tio|tia|oncle|tante|onkel|oom|tannie|eşim|kocam|karım|annem|babam|oğlum|kızım|ablam"
            "|abim|kardeşim|teyzem|amcam|dayım|halam|yengem|eniştem"
            # grandparents, aunts and elders as a family or a Filipino shop calls them (`Nana Jade`, `Kuya Jun`,
            # `Ate Lovely`), and a Dutch child's teacher (`juf Indy`): `Nana` is a name too, but not before one
            "|nana|nan|grandma|granny|grandpa|grandad|granddad|auntie|aunty|uncle|kuya|ate|oma|opa|juf|juffrouw|meester")
LEAD_PERSON = regex.compile(rf"^(?:(?:{GREETINGS}|{SALUTATIONS}|{TITLES}|{ROLE_ALT}|{KIN_LEAD}|m(?=\.)|pan|pani)\b\.?,?:?\s+)+", regex.I)
# A greeting at a span's start that runs past it (`Kia` of `Kia ora Paul`)
GREETING_AT = regex.compile(rf"(?i:{GREETINGS})\b")
# a greeting, a salutation or a wish right before a word (`Selamat Hari Jadi `, `Asante `)
GREETING_BEFORE = regex.compile(rf"(?<![\pL\pM])(?i:{GREETINGS}|{SALUTATIONS}),?[ \t]+\Z")
# Field labels, department names and sign-off words the model takes for a name when they
# are capitalised (`Tel. +49...`, `Fecha de nacimiento`, `Customer Care`, `Mit freundlichen
# Grüßen`, `Senior Buyer`): a PERSON span made only of these words (and role words) is none.
_DEPARTMENTS = (
    "care service services support team desk helpdesk department dept sales billing accounts reception office "
    "coordination scheduling dispatch enquiries inquiries bookings reservations operations "
    "kundenservice kundendienst servicio atención servizio assistenza serviço atendimento klantenservice kundtjänst "
    "vin obsługa asiakaspalvelu klienditugi klienditeenindus þjónustuver þjónustuverið atbalsts aptarnavimas podpora huduma ")
# ... and the words of a support desk's name an agent signs with (`Emma, Apoio ao Cliente`)
DESK_WORDS = frozenset((_DEPARTMENTS + "customer customers cliente clientes client clients kunden kunde klant klanten zákaznická "
                        "zákaznické zákaznický apoio soporte suporte supporto assistance assistência klientu gwasanaethau cwsmeriaid").split())
LABEL_WORDS = frozenset((
    # contact and identity fields
    "tel tél tlf tfn telephone telefon telefone telefono teléfono telefoon téléphone phone mobile mobil móvil cell callback kwotasie "
    "handy fax email e-mail mail correo courriel emel e-mel eposta e-posta epost e-post date fecha datum data dato subject betreff asunto objet oggetto assunto konu "
    "onderwerp ämne temat re fwd aw name nombre nom nome naam namn nazwisko imię vorname nachname apellido apellidos "
    "prénom cognome sobrenome ime priimek prezime emri mbiemri vārds uzvārds vardas pavardė eesnimi perekonnanimi nafn föðurnafn "
    "address adresse dirección direccion indirizzo endereço morada adres adress anschrift cím lakcím adresa "
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
    + _DEPARTMENTS +
    # sign-offs and courtesies
    "regards wishes greetings grüße grüßen gruß grüsse grüssen freundlichen freundliche herzliche herzlichen besten viele "
    "saludos saludo atentamente cordialmente cordialement salutations amitiés sincères saluti cordiali distinti "
    "cumprimentos atenciosamente abraços groeten groet vriendelijke hälsningar hälsning vänliga mvh pozdrawiam "
    "pozdrowienia terveisin ystävällisin üdvözlettel pozdravem sincerely yours faithfully best kind warm thanks "
    "danke dank vielen merci gracias grazie obrigado obrigada tack bedankt "
    "med venlig vennlig hilsen hilsner vh tak takk kiitos kalispera kalimera efcharisto geia merhaba selam saygılarımla "
    "teşekkürler tisztelettel köszönöm köszönettel mulțumesc multumesc stimă stima ευχαριστώ καλησπέρα καλημέρα γεια "
    "φιλικά εκτίμηση "
    # support desks of more languages (`Sixt Destek`, `Kundeservice`)
    "destek kundeservice kundesenter kundecenter asiakastuki tuki ügyfélszolgálat müşteri hizmetleri εξυπηρέτηση "
    "suport asistență "
    # record numbers, priorities and payment methods of more languages (`Kundennr. 895...`, `Priorité normale`)
    "kundennr kundennummer vertragsnummer rechnungsnr auftragsnr priorité priorität prioridad priorità prioridade "
    "guía guia direct debit débito domiciliación prélèvement lastschrift "
    # a message's first word that is a greeting, a thanks or an `okay` (`Buenas, el router...`, `Emine: Tamam, ...`, `Howzit`, `Dankie`,
    # `Sawa.`, `També he canviat...`) and the plural of a letter's `Damen und Herren`
    "buenas tamam sawa també damen herren howzit dankie karibu habari gerai arve "
    # a Vietnamese letter's formulas (`Kính gửi Quý công ty`, `Trân trọng`), a feast (`sa Pasko`), an Indian ID
    # (`Aadhaar (masked)`) and a Turkish `service` line (`Servis kayıt no`)
    "quý trân pasko aadhaar servis "
    # grandparents by what the family calls them (`die neue Adresse von Oma`): a relation, not a name
    "oma opa mutti vati nonna nonno abuela abuelo babcia dziadek bunica bunicul mormor farmor morfar farfar "
    "anneanne babaanne "
    # what one calls an elder or a relative in Hindi and Urdu chats (`Bhaiya pls send parcel`)
    "bhaiya bhaiyya bhabhi behen chacha chachi mausi ji "
    # Afrikaans grandparents, a Hindu priest (`Ouma's ID copy`, `muhurat with Panditji`)
    "ouma oupa panditji pandit").split())
# Articles and possessives of the data's languages opening a span (`Die Rechnung`, `Ihre
# Bestellung`, `Votre commande`, `Uw afspraak`): a noun phrase, not a name. Words that are
# also name particles or surnames (`de`, `la`, `le`, `van`, `Da Silva`, `Su`, `Ma`, `Lo`) are left out.
FOREIGN_DETERMINERS = frozenset(
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
DETERMINER_WORDS_BEFORE = regex.compile(
    r"(?:^|[^\pL])(?i:die|dem|diesem|dieser|dieses|ein|eine|einen|einem|einer|meinem|zum|zur|beim|vom|ins|les|un|une|una|unos|unas|il|gli|uno|os|um|uma|het|een)[ \t]+$")
INITIAL = regex.compile(r"(?<=\S)[ \t]+\p{Lu}\.(?=[ \t]+\p{Lu}|$)")  # (and a last one: `Billy A.`)
LEADING_INITIALS = regex.compile(r"^(?:\p{Lu}\.[ \t]*)+(?=\p{Lu}\pL)")
INNER_PARTICLE = regex.compile(r"(?<=\S)[ \t]+(?:los|las|vom|zum|zur)(?=[ \t]+\p{Lu})")
# Cars are named like people (`Kia Niro`, `Ford Focus`, `Opel Corsa`) in rental, insurance
# and parking records: a make no name holds, or a make that is a name too with a model.
CAR_MAKES = frozenset(
    "hyundai opel renault peugeot citroën citroen toyota volkswagen vw škoda skoda nissan mazda dacia chevrolet subaru "
    "mitsubishi lexus cupra vauxhall bmw byd polestar seat alfa".split())
CAR_MAKES_ALSO_NAMES = frozenset(
    "ford honda tesla suzuki mercedes porsche volvo fiat audi kia lincoln chrysler dodge jaguar mini smart genesis "
    "jeep lancia land range".split())
CAR_MODELS = frozenset(
    "focus fiesta kuga puma mondeo transit mustang ranger galaxy niro ceed sportage picanto rio stonic sorento corsa astra "
    "insignia mokka zafira clio megane mégane captur kadjar twingo zoe scenic golf polo passat tiguan touran up arteon "
    "t-roc taigo civic jazz accord cr-v hr-v yaris corolla aygo prius rav4 c-hr camry auris qashqai juke micra leaf "
    "x-trail octavia fabia superb kodiaq karoq kamiq panda tipo punto doblo ibiza leon arona ateca model cx-5 cx-30 "
    "mx-5 xc40 xc60 xc90 v40 v60 v90 s60 s90 duster sandero logan spring jogger kona tucson i10 i20 i30 ioniq "
    "santa swift vitara ignis jimny outlander 208 308 2008 3008 5008 c3 c4 c5 berlingo a1 a3 a4 a6 q2 q3 q5 q7 "
    "e-tron cayenne macan 911 rover discovery defender evoque wrangler compass renegade cooper".split())
WORD_BEFORE = regex.compile(r"(\pL+)[ \t]+$")  # the word right before a span
# Words a place name may hold in lower case (`Son en Breugel`, `Stratford upon Avon`).
PLACE_PARTICLES = frozenset("de del di da do dos das la le les lo el sur sous en am an im der den von van upon on of y e et".split())
ONLY_TITLE = regex.compile(rf"^(?:{TITLES})\.?$", regex.I)
TITLE_BEFORE = regex.compile(rf"(?<![\pL])(?i:{TITLES})\.?[ \t]+$")
# Vietnamese pronouns of address before a given name (`Chào bạn An`, `Dạ em chào chị Mai`): a title
# there, whatever the word (`An` is an English word too)
HONORIFIC_BEFORE = regex.compile(r"(?<![\pL])(?i:bạn|anh|chị|cô|chú|bác|ông|bà)[ \t]+$")
# ... and the degrees after a signature's name (`Brodie Jones BVSc MRCVS`, `Ana Ruiz, PhD`)
TAIL = regex.compile(r"(?:(?:[ \t,]+(?:PhD|Ph\.D\.|MD|DDS|DMD|DVM|BVSc|BVMS|MRCVS|MSc|BSc|MBA|RN|CPA|CFA|Esq\.?|MBBS|FRCS|MRCP"
                     r"|LLB|LLM|JD|PharmD|RGN|KC|QC|CEng|FCA|ACA))+[\s,.;:!?)\]]*|'s|’s|(?<![ \t]\p{Lu})[\s,.;:!?)\]]+|(?<=[ \t]\p{Lu}\.)[\s,;:!?)\]]+)$")
CONTRACTION = regex.compile(r"(?i)\pL['’](?:re|ll|ve|m|d)(?!\pL)|n['’]t(?!\pL)")  # `You're`, `Don't`: no name
BAD_PERSON = regex.compile(r"[\d@/_#=<>{}\[\]|\\]|https?:")
# A name followed by a legal form, or inside `Davis, Richards and Burton`, is a company.
# Legal forms after a firm's name (`GmbH`, `S.L.`, `sp. z o.o.`): COMPANY_AFTER's, and those a span may end
# in (LEGAL_TAIL's); vector_validators builds its test for a possible firm from both (RE2 reads them too).
LEGAL_FORMS = (r"LLC|Inc|Ltd|Limited|GmbH|AG|KG|PLC|plc|Corp|Corporation|Co|S\.?A|S\.?L|S\.?Com|S\.?Coop|B\.?V|N\.?V|S\.?p\.?A|(?i:s\.?r\.?l|s\.?a\.?s|s\.?n\.?c)|SARL|SAS|Lda|Ltda|Group|Partners|Holdings|e\.?G|e\.?V"
               r"|A/S|ApS|AB|HB|KB|ASA|AS|ANS|I/S|Kft|Bt|Kkt|Zrt|Nyrt|Oy|Oyj|Ky|Tmi|SRL|Sàrl|Pvt|GbR|OHG|KGaA|S\.?C\.?P|S\.?L\.?L|S\.?A\.?R\.?L|(?i:s\.\s?r\.\s?o|a\.\s?s|v\.\s?o\.\s?s|k\.\s?s)|(?i:sp\.\s?z\s?o\.\s?o|sp\.\s?j|sp\.\s?k)|Sdn\.?\s?Bhd|Bhd|Pte|Tbk|Pty"
               # (Icelandic, South Slavic, Turkish, Baltic and Albanian firms: `Þakverk ehf.`, `Krovstvo Golob d.o.o.`, `Ltd. Şti.`, `OÜ`)
               r"|(?i:ehf|hf|slf)|(?i:d\.\s?o\.\s?o|j\.\s?d\.\s?o\.\s?o|d\.\s?d)|A\.\s?Ş|Şti|OÜ|(?i:sh\.\s?p\.\s?k)")
LEGAL_TAIL_FORMS = (r"LLC|LLP|Inc|Ltd|Limited|GmbH|AG|KG|PLC|plc|Corp|Corporation|Co|Group|Partners|Holdings|A/S|ApS|AB|HB|ASA|Kft|Bt|Kkt|Zrt|Nyrt|Oy|Oyj|Ky|SRL|Pvt|Lda|Ltda|SARL|Sàrl|SAS|SA|SL|SpA|Srl|BV|NV|Sp|Bhd|Tbk")
COMPANY_AFTER = regex.compile(r",?\s*(?:&\s*Co\b|(?i:&\s*(?:kollegen|partner|partners|associates|associés|asociados|soci|söhne|sons))\b|and Sons\b|(?:y|e|&)\s+(?:asociados|associados|hijos|filhos|figli|hermanos|irmãos)\b|(?:et|&)\s+(?i:fils|cie)\b|und\s+Söhne\b|(?:és|&)\s+(?i:társa|társai|fia|fiai)\b|\(Pty\)|(?:"
                           rf"{LEGAL_FORMS})(?![\pL\d]))")
# ... and a customer desk in lower case (`Turkcell müşteri hizmetlerine hoş geldiniz`, `Vodafone customer care`,
# `chatting with Zoomr support`)
DESK_AFTER = regex.compile(r"[ \t]+(?i:müşteri[ \t]+hizmetleri\w*|customer[ \t]+(?:service|services|care|support)|support|helpdesk|help[ \t]+desk|kundenservice"
                           r"|klantenservice|kundeservice|kundtjänst|asiakaspalvelu|servicio[ \t]+al[ \t]+cliente|service[ \t]+client)\b")
# A name owning a trade is a business (`Dave's Plumbing`, `Mario's Pizza`, `Tony's Garage`).
# (a word may stand between: `Hobson's Choice Cycles`; and a cuisine: `Jamie's Italian`)
TRADE_AFTER = regex.compile(r"['’]s[ \t]+(?:\p{Lu}\pL+[ \t]+){0,2}(?i:car[ \t]+wash|wash|valeting|plumbing|plumbers|electrical|electric|garage|bakery|kitchen|diner|pizza|pizzeria|auto|autos"
                            r"|repairs|cleaning|removals|roofing|landscaping|catering|salon|barbers?|florist|pharmacy|deli|pub|bar|grill"
                            r"|cafe|café|restaurant|bistro|store|shop|tattoo|laundry|garden|motors|transport|taxis?|cycles|bikes|italian|thai|indian"
                            r"|chinese|mexican"
                            # (a bakery's goods named after someone: `Grandma Rose's Sourdough x72`, `Ben's Bagels`)
                            r"|sourdough|bagels?|bread|buns|cookies|cakes|pies|donuts|doughnuts|muffins|brownies|scones|pretzels|rolls)\b")
# A span that itself ends in a legal form (`Conley Inc`, `Vestergaard & Steffensen A/S`).
LEGAL_TAIL = regex.compile(rf"(?:^|\s)(?:{LEGAL_TAIL_FORMS})\.?$")
COMPANY_BEFORE = regex.compile(r"(?:Hermanos|Hnos\.?|Grupo|Gruppo|Groupe|Promociones|Inversiones|Industrias|Construcciones|Transportes|Studio|Officine"
                             r"|Spółdzielnia|Spółka|Przedsiębiorstwo|Firma|Fundacja|Stowarzyszenie|Zakład|Zakłady|Gruppen|Koncernen|Fabriken"
                             r"|F\.lli|Fratelli|Gebr\.|Gebrüder|Irmãos|Autofficina|Officina|(?i:công ty)(?:[ \t]+(?:TNHH|CP|cổ phần))?)\s+$")
# A label whose value is a firm (`Employer: Boise Cascade, 17 yrs`, `Firma: Kaya Eczanesi`)
EMPLOYER_BEFORE = regex.compile(r"(?i:employer|company|business|organi[sz]ation|firma|empresa|arbeitgeber|werkgever|employeur"
                                r"|işveren|isveren|şirket|sirket|pracodawca|angajator|tvrtka|podjetje|työnantaja|arbetsgivare)[ \t]*:[ \t]*$")
# Vietnamese words of two syllables whose first one, capitalised, the model reads as a given name
# (`Công ty`, `Nhân viên`, `Vị trí`, `Trình độ`), and headings in capitals (`ĐƠN ỨNG TUYỂN`)
VIET_COMPOUNDS = frozenset((
    "công ty|nhân viên|vị trí|trình độ|kinh nghiệm|ứng tuyển|địa chỉ|điện thoại|ngày sinh|họ tên|khách hàng|đơn hàng"
    "|thông tin|cảm ơn|xin chào|trân trọng|kính gửi|mức lương|người giới|giới thiệu|ghi chú|tài khoản|mật khẩu|hỗ trợ"
    "|chăm sóc|phụ kiện|cửa hàng|chi nhánh|văn phòng|bảo hành|thanh toán|giao hàng|sản phẩm|dịch vụ|đại học|mã tin|hôm qua|hôm nay"
    "|ngày mai|tuần sau|tháng sau|vui lòng|xin lỗi").split("|"))
# Who a business document comes from is a business (`the quote from Maury`, `an invoice
# from ProRail`), whatever the model calls it.
DOC_FROM = regex.compile(r"\b(?:quote|quotes|quotation|offer|invoice|invoices|bill|proposal|estimate|tender|bid|contract|"
                          r"purchase order|order confirmation|price list|catalogue|catalog|brochure|newsletter)\s+from\s+$", regex.I)
# Legal persons spelled out before the name (`Spółdzielnia Nesterowicz`): the span holds them.
COMPANY_WORD = regex.compile(r"^(?:Spółdzielnia|Spółka|Przedsiębiorstwo|Firma|Fundacja|Stowarzyszenie|Zakład|Zakłady)\s")
FIRM = regex.compile(r"\p{Lu}[\pL'’]+,\s+\p{Lu}[\pL'’]+\s+(?:and|&|und|et|y)\s+\p{Lu}[\pL'’]+")
# A dish names a take-away, not a person (`Kebab King`, `Curry Leaf`, `Sushi Zen`, `Taco Loco`)
FOOD_WORDS = frozenset("sushi kebab kebap taco tacos curry falafel pho ramen noodle noodles wok tandoori shawarma burrito "
                       "dumpling dumplings doner döner gyros tapas poke bagel bagels donut donuts waffle waffles crêpe crepe "
                       "dim sum bao biryani pizza burger burgers chicken".split())
# ... and the words that end a restaurant's name (`St Kilda Thai`; not `Stephen Curry`)
FOOD_TAIL = frozenset("thai grill grillhouse diner deli bbq teriyaki pizzeria".split())
SENTENCE_START = regex.compile(r"(?:^|[.!?]\s+)$")
# ... but the dot of a title or an initial ends no sentence (`Dr. Davis`, `M. Fouquet`, `Kelly E. Nelson`)
ABBREV_BEFORE = regex.compile(rf"(?:^|[^\pL])(?:(?i:{TITLES}|st)|\p{{Lu}})\.[ \t]+$")
BAD_LOCATION = regex.compile(r"[@/_#=<>{}\[\]|\\\d]|https?:")  # `ORD-21048` is a code, not a place
# The small model often swaps PERSON and LOCATION on unfamiliar names; the words just
# before a span are better evidence than its label: `beneficiary X`, `Hello X` name a
# person, `in X`, `moved from X`, `at the X office` a place.
WORDS_BEFORE = regex.compile(r"([\pL']+)[\s,:]*$")
PERSON_CUES = frozenset(
    # sign-offs on the name's line (`Cordialement, Colin`) and a partner on the job
    "cordialement atentamente saludos cumprimentos atenciosamente saluti grüße gruß grüßen groeten groet pozdrawiam "
    "hälsningar mvh terveisin partner "
    "hi hello hey dear thanks regards cheers sincerely for beneficiary beneficiario bénéficiaire holder cardholder customer client patient "
    "lead contact applicant candidate guest member employee tenant attn attention met meet meeting call called "
    "calling ring phone email emailed text texted ask asked tell told spoke speak talk talked with and by signed "
    "mr mrs ms dr sr sra herr frau mme sig dott hola bonjour hallo ciao hei hej moi ahoj szia salut olá oi servus "
    "grüezi hallå namaste caller requester reporter".split()
)
PLACE_PREPS = frozenset("in near around nearby outside inside across throughout à nach aus naar uit em "
                        # `pôvodom z mesta Martin`, `z města Brno`: the town's word
                        "mesta města meste městě miasta mieście".split())
# a street's or a school's word before the name it is given (`Via dei Tigli`, `Calle de Alcalá`, `Rua das
# Flores`, Polish `XIV LO im. Stanisława Staszica`): a namesake, not a person of the record
NAMESAKE_BEFORE = regex.compile(r"(?<![\pL])(?:Via|Viale|Piazza|Corso|Largo|Vicolo|Rue|Calle|Avenida|Rua|Praça|Plaza|Paseo|Carrer|Strada|Ulica|ul\.|im\."
                                r"|Sant|Saint|Sankt|São|sv\.|sw\.|św\.|Sv\.|Sw\.|Św\.|Sf\.|sf\.|Sfântul|Sfânta|Sveti|Sveta|Svete)"
                                r"[ \t]+(?:(?:dei|degli|delle|del|della|di|de|des|du|la|le|do|da|dos|das|d')[ \t]*)?\Z")
# ... and a church, a school or a cemetery named after a saint (`at St Michael's`, `in St Finbarr's cemetery`)
SAINTS_PLACE = regex.compile(r"(?:St\.?|Saint|Ste\.?)[ \t]+\p{Lu}\pL+(?:[ \t]+(?:and|&)[ \t]+\p{Lu}\pL+)?['’]s")
# the name on a doorbell (`Sono in Via Roma 9, citofono AULENTI`, `Klingel: Berger`, `sonnette Dupont`)
_DOORBELL = r"(?<![\pL])(?i:citofono|campanello|klingel|sonnette|interphone|timbre|portero|intercom|buzzer|deurbel|bel)[ \t]*:?[ \t]+"
DOORBELL_NAME = regex.compile(_DOORBELL + r"(\p{Lu}[\pL'’\-]+)(?![\pL])")
DOORBELL_BEFORE = regex.compile(_DOORBELL + "$")
# the kinds of pets, in the languages of the data
PET_KINDS = (r"dogs?|cats?|pets?|puppy|kitten|horse|pony|rabbit|parrot|hund|hündin|katze|kater|perr[oa]|perrit[oa]|gat[oa]"
             r"|chien|chienne|chat|chatte|cane|gatt[oa]|hond|kat|pies|kot|köpek|kedi|câine|pisică|pisica|cachorr[oa]|katt"
             r"|kissa|koira|pes|fenka|kočka|kocka|mačka|macska|kutya|σκύλος|γάτα|anjing|kucing|hundurinn|hundur|kötturinn|köttur"
             r"|wellensittich|sittich|papagei|hamster|meerschweinchen|kaninchen|budgie|parakeet|ferret|tortoise|guinea pig"
             r"|cão|cães|cadela|gos|gossa|madra|pusa|kutyája|kuce|mače|qen|mbwa|paka|chó|mèo|köpeğim|kedim"
             # horses (`pferd=Hercules`, `žirgą Dancer`, `hestur: Blesi`, `paard Storm`)
             r"|pferd|stute|wallach|paard|perd|hest|hestur|hesturinn|hästen|häst|žirgas|žirgą|žirgo|hobune|cheval|caballo|cavallo|cavall|ló|konj|koń|kůň"
             # dog and cat breeds no person is called (`Luna (cockapoo)`, `Max (westie)`, `caniche`)
             r"|poodle|cockapoo|cavapoo|cavoodle|labradoodle|groodle|spoodle|maltipoo|labrador|retriever|spaniel|terrier|collie"
             r"|bulldog|beagle|dachshund|schnauzer|chihuahua|husky|shih[ \t]tzu|pomeranian|bichon(?:[ \t]frise)?|westie|yorkie"
             r"|staffie|greyhound|whippet|rottweiler|dobermann?|corgi|sheepdog|kelpie|cocker|caniche|teckel|bassotto|jamnik"
             r"|pinscher|weimaraner|vizsla|samoyed|akita|shiba(?:[ \t]inu)?|maine[ \t]coon|ragdoll|tabby|moggy")
# before a pet's name, on its line (`joined the chat⏎Jill` is no cat): its kind (`dog 'Lola'`,
# `Kater Felix`) or its field (`Jméno zvířete: Bety`, `pet="Max"`, `Κατοικίδιο: Ζιζή`)
PET_BEFORE = regex.compile(
    rf"(?i)\b(?:{PET_KINDS})"
    r"(?:[ \t]+(?:anda|saya|awak|kamu|ko|niya|namin))?"  # (`Kucing anda Bruno`: your cat Bruno)
    r"(?:['’]s)?(?:[ \t]+(?:named|called|llamad[oa]|namens|nommée?|chiamat[oa]|genaamd|chamad[oa]))?"
    r"(?:[ \t]+(?:is|ist|heißt|heisst|è|es|é|heet|on|jest))?"  # (`Dog is Kahu`)
    r"(?:[ \t]+(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Captain|Professor)\.?)?"  # (`a cat called Mr Whiskers`)
    r"(?:[ \t]*[:='\"‘“(,]?|(?:[ \t]+\p{Ll}+){1,3}[ \t]*\()[ \t]*\Z"  # (`Cane in giardino (Luna)`)
    r"|\b(?:pet|pet[_ ]?name|pet's name|mascota|nombre de la mascota|nome do pet|haustier|tiername|husdyr|husdjur|kæledyr"
    r"|lemmikki|huisdier|zvíře|jméno zvířete|zviera|meno zvieraťa|κατοικίδιο|animal|animale|imię zwierzęcia|imie zwierzecia"
    r"|nom de l'animal|nome do animal|nombre del animal|nome dell'animale|naam huisdier|lemmikin nimi"
    # (`augintinis=Lola`, `Lemmikloom: Muki`, `Hayvan adı: Pamuk`, `ljubimec: Piki`)
    r"|augintinis|augintinio vardas|lemmikloom|lemmiklooma nimi|hayvan|hayvan adı|hayvanın adı|evcil hayvan|ljubimec|ljubimac"
    r"|kućni ljubimac|kafsha|emri i kafshës|mnyama|jina la mnyama|zwierzę|zwierze|dyr|dyrets navn|djur|djurets namn)[\"']?[ \t]*[:=][ \t]*[\"']?\Z"
    # ... or its kind just before its name's key in a record (`{"type": "cat", "name": "Max"}`)
    rf"|\b(?:{PET_KINDS})[\"']?[ \t]*[,;][ \t]*[\"']?(?:name|nombre|nom|nome|naam|namn|navn)[\"']?[ \t]*[:=][ \t]*[\"']?\Z")
# ... and its kind in brackets after its name (`Nina (gata, 4 anos)`, `Max (dog, 3y)`)
PET_AFTER = regex.compile(rf"(?i)[ \t]*\((?:[^)\n]{{0,20}}?[ ,]+)?(?:{PET_KINDS})\b"
                          # ... or in the record's next key (`{"name": "Max", "species": "dog"}`)
                          rf"|[\"']?[ \t]*[,;][ \t]*[\"']?(?:type|kind|species|tipo|espèce|art|soort)[\"']?[ \t]*[:=][ \t]*[\"']?(?:{PET_KINDS})\b"
                          # ... or said to be one (`para Max, es un caniche`, `Bella is a spaniel`)
                          rf"|,?[ \t]+(?:is|es|est|ist|è|é|je|er|on)[ \t]+(?:a|an|un|una|une|ein|eine|um|uma|en|et)?[ \t]*(?:\p{{Ll}}+[ \t]+)?(?:{PET_KINDS})\b"
                          # ... or named as one right after (`Mr Whiskers the shop cat`, `Bruno, our dog`)
                          rf"|,?[ \t]+(?:the|our|my|his|her|their)[ \t]+(?:\p{{Ll}}+[ \t]+)?(?:{PET_KINDS})\b"
                          r"(?![ \t\-]*(?:walker|sitter|groomer|trainer|owner|person|lady|man|guy|whisperer|food|vet)s?\b)")


def pet_name(text: str, start: int, end: int, window: int = 30) -> bool:
    """A pet's name by its kind or its field before it or its kind after it (`dog 'Lola'`,
    `{"type": "cat", "name": "Max"}`, `Max (dog, 3y)`)."""
    return bool(PET_BEFORE.search(text[max(0, start - window) : start]) or PET_AFTER.match(text, end)
                or _KIND_FIRST.match(text, start, end))


# a span that opens with the pet's kind (`unser Kater Pixel`, read as one name)
_KIND_FIRST = regex.compile(rf"(?i)(?:{PET_KINDS})(?:[ \t]+\p{{Lu}}|\Z)")
# before a country or region no list holds (`from Deutschland`, `en España`, `din România`)
PLACE_CUE_WORDS = frozenset("from to de en a à da di dal din från fra iz z ze w we v ve naar uit nach aus bei".split())
MOTION = frozenset(
    "moved move moving relocated relocating travel travelling traveling travelled traveled fly flying flew flight "
    "flights arrive arriving arrived trip drive driving drove going went heading headed commute commuting back "
    "viaja viajam viajará viajamos viajan vuela voa "
    "shipped shipping delivered based located living lives live born visit visiting visited "
    # `viajó a Santiago`, `déménage à Laval`, `zog nach Graz`, `flyttade till Malmö`
    "viajó viajo viajé viajará viajar voló fue fui mudó mudarse viajou viajei foi vai voou mudou mudei "
    "déménage déménagé déménager partit parti voyage voyagé allé reiste reist zog umgezogen flog fuhr "
    "reisde verhuisd verhuist vloog flyttade flyttet flyttar reste reiser".split()
)
# `to` in the languages of the motion words above
MOTION_TO = frozenset("from to into towards via a para pour nach naar till til do".split())
FOLLOWED_BY_NOUN = regex.compile(r"^\s+\p{Ll}")
# within one line: a signature's next line is a company, not the rest of the name
PARTICLE_RUN = r"(?:(?:van|von|vom|der|den|de|dela|delos|la|las|le|los|du|dos|das|da|do|di|del|della|ter|ten|zu|zum|zur|y|e|St|Ste|binti|bin|bte|binte|ap|Ní|Nic|Uí|Ó|ní|nic|uí|ó)\.?[ \t]+)*"
# a middle initial or two (`Kelly E. Nelson`, `J. R. Smith`)
INITIALS_RUN = r"(?:\p{Lu}\.[ \t]+){0,2}"
# a capitalised name word, with the apostrophe or hyphen of `D'Angelo`, `O'Connor`, `Trupp-Wiek`
NAME_WORD_RE = r"(?:\p{Lu}['’])?\p{Lu}\pL+(?:[\-'’]\p{Lu}?\pL+)*"
# one space: two or a tab part the fields of a form line (`Charlotte Mcdonald   DOB: ...`), and
# a word before a colon is the next field's label
NAME_AFTER = regex.compile(rf" {INITIALS_RUN}{PARTICLE_RUN}(?![\pL'’\-]+[ \t]*:){NAME_WORD_RE}"
                        # (a speaker's patronymic or particle before their colon: `[21:14] Mohd Irfan bin Hassan: hi`,
                        # `Rodel dela Cruz: hi po`)
                        rf"| (?:bin|binti|bte|binte|ibn|ap)[ \t]+{NAME_WORD_RE}"
                        rf"| {PARTICLE_RUN[:-1]}+{NAME_WORD_RE}")
NAME_BEFORE = regex.compile(rf"(?<![\pL'’])({NAME_WORD_RE}) {INITIALS_RUN}{PARTICLE_RUN}$")
JOINED = regex.compile(r"[ \t]+(?:y|e|i)[ \t]")  # the particles that also join two names
AND_NAME = regex.compile(r"[ \t]+(?:and|or|&|und|oder|et|ou|y|o|e|en|of|eller|tai|vagy|sau|nebo|alebo|ali|ve|na|dan)[ \t]+(\p{Lu}\pL+(?:[\-'’]\p{Lu}?\pL+)*(?:[ \t]+\p{Lu}\pL+(?:[\-'’]\p{Lu}?\pL+)*){0,2})")
# Cues that hold in any language of the data, whatever the model says about the span:
# glued to a code (`SKU VPN-57404`, `SKU SKU2907`), a field label (`| Callback: +41...`),
# a determiner before it (`wants the Velvet Mug replaced`: names take no article), a size,
# model or pack after it (`Nova Lamp 63GB`, `Summit Lamp 3`, `Turbo Black, 5-pack`; not a phone:
# `Rider: Jayson Santos 09986684392`).
GLUED_AFTER = regex.compile(r"[\pL\d]|[\-_/.][\pL\d]")
LABEL_AFTER = regex.compile(r"[ \t]*:(?:[ \t]|$)")
DETERMINER_BEFORE = regex.compile(r"(?:^|[^\pL])(?i:the|your|our|my|this|that|these|those|its|their)[ \t]+$")
MEASURE_AFTER = regex.compile(r"[ \t]+(?:\d{1,4}(?:[.,]\d+)?[ \t]?(?:GB|TB|MB|mAh|cm|mm|in|inch|L|ml|W|kW|kg|g|V|Hz|m|ft|oz|lb|pcs|x)?|X{0,2}[LS]|II|III|IV|Mk[ \t]?\d)(?![\pL\d])|,?[ \t]+\d+-pack\b")
POSSESSIVE_BEFORE = regex.compile(r"(?:^|[^\pL])(?i:your|our|my|their|his|her|its)[ \t]+$")
SITE_AFTER = regex.compile(r"[ \t]+(?i:office|offices|store|shop|branch|warehouse|clinic|hotel|hospital|airport|station|site|plant|depot|"
                            r"factory|campus|headquarters|hq|centre|center|area|region|fair|expo|venue|conference|market|show|location|locations)\b")
# A meeting room by its name (`Rooms: Kepler and Hubble out of service`, `sala "Mercè Rodoreda"`,
# `Hubble room`): no person
ROOM_BEFORE = regex.compile(r"(?i:\b(?:rooms?|meeting[ \t]+rooms?|boardroom|sala|salle|salles|saal|raum|zaal))[ \t]*[:\"“«„]?[ \t]*"
                            r"(?:\p{Lu}\pL+[ \t]+(?:and|&|y|i|et|und|en|e)[ \t]+)?\Z")
ROOM_AFTER = regex.compile(r"\"?[ \t]+(?i:room|rooms|meeting[ \t]+room|boardroom)\b")  # (not `Hall`, `Lane`: surnames too)
# A branch, pickup point or office named by its town (`Ihre Filiale in Salzburg`, `afhaalpunt in
# Utrecht`, `locatie Zwolle`, `sede di Firenze`, `ofisi yetu ya Nakuru`, `kargo Bursa aktarma
# merkezinde`): the company's site, not where a person is (the label conventions).
SITE_BEFORE = regex.compile(
    r"(?i)\b(?:(?:clinic|clinica|clínica|clinique|klinik|kliniek|filiale|unserer praxis|praxis|niederlassung|standort|geschäftsstelle|zweigstelle|afhaalpunt|ophaalpunt|vestiging|locatie|sede|seu"
    r"|regio|región|regione|região|swyddfa|lager|auslieferungslager|zentrallager|magazzino|almacén|entrepôt|magazijn|lagret|sucursal|delegación|agencia|agência|succursale|agence|kantoor|ofisi(?:[ \t]+yetu)?[ \t]+ya|tawi[ \t]+la|ghala(?:[ \t]+(?:letu|yetu|lake))?[ \t]+la|branch"
    r"|pickup point|pick-up point|collection point|parcel shop|parcelshop|şube|şubesi|filial|oddział|oddziale|oddziału|dega|dega e|branch is|"
    r"poslovalnica|poslovalnici|poslovalnico"
    r"|útibú|útibúið|sucursala|filiala|filiaal|winkel|chi nhánh|safle|hub|sube|room|meeting room|sala|salle|besprechungsraum|zaal|biroul|biroului|sediul|sediului|biuro|biurze|kontoret|toimisto|letališče|letališču|letališča|lotnisko|lotnisku|havalimanı"
    # (a depot, a chapel, a centre: `het depot in Zwolle`, `Die kapel in Oudtshoorn`, `ein canolfan yn Machynlleth`)
    r")(?:[ \t]+(?:in|di|de|del|da|do|en|em|à|a|at|of|von|van|te|i|sa|ya|v|w|u|din))?"
    r"|(?:depot|kapel|chapel|capilla|capela|cappella|kapelle|canolfan|centre|center|centro|zentrum|centrum)[ \t]+(?:in|yn|en|em|te|at|i|à|a)"
    # (and where a site of the firm is: `Our new depot is in Hadapsar`, `Yard is in Leeds`)
    r"|(?:depot|yard|warehouse|workshop|office|store|shop|branch|site|kitchen|bakery|plant|factory)[ \t]+(?:is|are|was)[ \t]+(?:now[ \t]+)?(?:in|at)"
    # (a centre by its town: `Slušni center Kranj`)
    r"|(?:center|centre|centar|centrum)"
    # (the firm's sites listed: `Depots in York and Exeter should take bookings`)
    r"|(?:depots|branches|offices|stores|showrooms|warehouses|sites|clinics|studios|shops)[ \t]+in(?:[ \t]+\p{Lu}\pL+(?:,|[ \t]+(?:and|&|or)))*)"
    # (and a key's value: `"branch": "Pretoria"`, `sede=Firenze`)
    r"(?:[ \t]*[:\-–]?[ \t]*|[\"']?[ \t]*[:=][ \t]*[\"']?)\Z")  # (\Z: `$` would match before a line's end too)
# ... and the words of a site after one word naming it (`Fitzroy branch hit $3,389 in sales`,
# `Brighton depot closed`): the firm's site, whatever the word is otherwise
BRANCH_AFTER = regex.compile(r"(?:[ \t]+(?:and|&|or)[ \t]+\p{Lu}\pL+(?:[ \t]\p{Lu}\pL+)?)?(?:[ \t]+(?i:airport|city|central|downtown|main))?[ \t]+(?i:branch|location|depot|hotel|motel|warehouse|store|outlet|showroom|hq|headquarters|office|site|campus|plant|clinic|hub|fair|courthouse|library|museum|stadium|arena"
                          r"|cemetery|graveyard|churchyard|crematorium|cathedral|parish|branches|depots|warehouses|stores|outlets|showrooms|offices|sites|campuses|plants|clinics|hubs|courthouses|libraries|museums)\b(?![ \t]+(?:hours|manager|of)\b)")
SITE_AFTER_FOREIGN = regex.compile(r"[ \t]+(?i:aktarma|şube\pL*|merkezi|merkezinde|deposu|filiale|vestiging|afhaalpunt|esindus|esinduses|filiaal|salon"
                                   r"|poslovalnica|poslovalnici|útibú|útibúið|tawi)\b")
MONTH_ABBR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split())
DOTTED = regex.compile(r"\pL\.\pL")
LOWER_AFTER = regex.compile(r"[ \t]+\p{Ll}")
# a greeting of two or three words whose first word is a name too (`Bona tarda,`, `Buen día`), and
# Vietnamese words of an invoice or an address that open with one (`Thành tiền:` the amount, `Thành phố` the city)
GREETING_PHRASES = frozenset([g for g in (GREETINGS + "|" + SALUTATIONS).split("|") if " " in g] + ["thành tiền", "thành phố"])
GREETING_OPENING = frozenset(g.split()[0] for g in GREETING_PHRASES)
_GREETING_REST = regex.compile(r"[ \t]+(\p{Ll}+(?:[ \t]+\p{Ll}+)?)")


def greeting_word(text: str, start: int, end: int) -> bool:
    """The span is the first word of a greeting (`Bona tarda,`)."""
    word = text[start:end].lower()
    if word not in GREETING_OPENING:
        return False
    m = _GREETING_REST.match(text, end)
    if not m:
        return False
    rest = m.group(1).split()
    return any(" ".join([word, *rest[:k]]) in GREETING_PHRASES for k in (1, 2))
UA_GECKO = regex.compile(r"KHTML, like Gecko\)")
OPENS_LINE = regex.compile(r"(?:^|\n)[ \t]*(?:[-*•>]+[ \t]*)?$")
SENTENCE_END_BEFORE = regex.compile(r"[.!?][ \t]+$")
LINE_LABEL = regex.compile(r"(?m)^[ \t]*(\p{L}[\p{L}\p{M} ()/.'’\-]{0,30}?)[ \t]*:[ \t]*\S")
# What follows a one-word span that only a person does: speaks in a chat (`Magnus: hey`),
# signs (`Melania here`), owns an address (`Klara (klara@...)`), or acts (`Klara got`).
PERSON_AFTER = regex.compile(
    r"(?:>?:[ \t]|[ \t]+here\b|[ \t]*[<(][A-Za-z0-9._%+\-]+@"
    r"|[ \t]+(?:said|says|asked|asks|wrote|writes|replied|replies|got|gets|wants|wanted|thinks|thought|told|knows|knew"
    r"|agreed|agrees|confirmed|emailed|texted|mentioned|joined|promised|forgot|signed|paid|booked|cancelled|canceled)\b)")
# ... and what only people do, whatever the span's length (`André Figueiredo moved from ...`)
PERSON_VERB_AFTER = regex.compile(r"[ \t]+(?:moved|relocated|said|asked|wrote|replied|told|emailed|texted|called|phoned)[ \t]+(?:from|to|that|us|me|him|her|them|back|again)\b")
# what a chat line may open with before its speaker: a tag (`[09:14]`, `[04/01/26, 15:05:01]`)
# or an exported message's stamp (`04/02/25 20:27 - `, `13/03/26, 9:05 pm - `, `09:14 `)
# (WhatsApp writes the half of the day in the phone's language: Malay `9:14 pg`, `3:05 ptg`)
CHAT_STAMP = (r"(?:\[[^\]\n]{1,40}\]|\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?(?:[AaPp]\.?[Mm]\.?|pg|ptg|mlm|tgh))?(?:[ \t]+[-–])?"
              r"|\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]+[-–])?)")
LINE_START = regex.compile(rf"(?:^|\n)[ \t]*(?:{CHAT_STAMP}[ \t]*)?<?$")
# The answer to a chat's question for a name, on the next line (`Who am I chatting with?⏎Visitor:
# Faith. I want to pay ...`, `¿Me das tu nombre y email?⏎Usuario: haroldo moll, hmoll@...`): one
# or two words, any case (ner_names.answered_names).
NAME_ANSWER = regex.compile(
    r"(?i:who am i (?:chatting|speaking|talking) (?:with|to)|(?:may|can|could) i (?:have|get|take) your (?:full )?name"
    r"|what(?:'s| is) your (?:full )?name|your (?:full )?name,? please"
    r"|(?:tu|su|seu|teu|votre|ton|ihren|deinen|il tuo|il suo|uw|je) (?:nombre|nome|nom|namen|naam))[^\n]*\r?\n[ \t]*"
    rf"(?:{CHAT_STAMP}[ \t]*)?[\pL][\pL \t]{{0,20}}:[ \t]*(?:(?i:it'?s|this is|i'?m)[ \t]+)?"
    r"(\pL[\pL\pM'’\-]+)(?:[ \t](\pL[\pL\pM'’\-]+))?[ \t]*(?=[.,!]|\r?\n|$)")
# A maiden name (`Frau Rosl Scholz, geb. Reichmann,`, `Marie Dubois, née Martin`).
MAIDEN_NAME = regex.compile(rf"(?<![\pL])(?:geb\.|geborene|née|nee|z domu|roz\.|rozená|született|nata|nacida)[ \t]+({NAME_WORD_RE})(?![\pL\d])")
# A role's name in brackets (`Le livreur (Marcel) vous appellera`, `la vecina del 3ºA (Tania)`).
ROLE_IN_BRACKETS = regex.compile(rf"(?i:\b(?:{ROLE_ALT}))\b[^()\n]{{0,12}}\([ \t]*((?-i:{NAME_WORD_RE}))[ \t]*\)")
# A name before a Turkish title (`cumartesi için Aksöğüt Bey müsait mi`, `Dilhuş Hanım`, `Çisem Hoca:`).
# Tagalog marks a person's name with `si` / `kay` (`Darating po si Engr. Pascual`, `kay Aling Nena`)
TAGALOG_NAME = regex.compile(rf"(?<![\pL\pM])(?:si|kay|ni)[ \t]+(?:(?:Engr|Atty|Dr|Gng|Bb|Arch|Aling|Mang|Kuya|Ate)\.?[ \t]+)?"
                             rf"({NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE})?)")
# A relative named after the word for them (`lo zio Franco`, `mi tía Carmen`, `ma tante Odile`)
KIN_NAME = regex.compile(rf"(?<![\pL\pM])(?i:nonno|nonna|cugino|cugina|fratello|sorella|abuelo|abuela|hermano"
                         rf"|hermana|avô|avó|irmão|irmã|cousin|cousine|neffe|nichte|ouma|oupa|buurvrou|buurman"
                         rf"|teta|stric|strina|dajë|hallë|xhaxhai|amca|teyze|dayı|hala|paman|bibi|{KIN_LEAD}"
                         # (Albanian and Maltese with their possessive: `vëllai im Gentian`, `ommi Maria`; a neighbour: `u sousedky Říhová`)
                         rf"|vëllai|motra|nëna|babai|djali|vajza|ommi|missieri|ħija|oħti|sousedky|sousedka|souseda|soused|sąsiadka|sąsiad"
                         rf"|nachbarin|nachbar|voisine|vecina|vecino|vicina|vizinha|buurvrouw|buurman"
                         # (English kin after a possessive: `my wife Gauri`, `our son Liam`)
                         rf"|(?:my|our|his|her|their)[ \t]+(?:wife|husband|son|daughter|brother|sister|mother|father|mum|mom|dad"
                         rf"|uncle|aunt|auntie|niece|nephew|cousin|grandma|grandpa|grandson|granddaughter|fiancée?))(?:[ \t]+(?:im|ime|e|i))?[ \t]+({NAME_WORD_RE})(?![\pL\pM])")
# A name an aside is for (`FYI Micheal - can you take this one?`): listed given names only
FYI_NAME = regex.compile(rf"(?<![\pL\pM])(?:FYI|fyi|cc|CC|@)[ \t]*({NAME_WORD_RE})[ \t]*(?:[-–:,]|\r?\n)")
# A trade before a given name (`técnico Roi desde ...`, `I am driver Gauri`, `montuotojas Irma`)
TRADE_NAME = regex.compile(rf"(?<![\pL\pM])(?i:driver|técnico|técnica|tecnico|tecnica|technician|installer|instalador|instaladora"
                           rf"|temsilciniz|temsilcimiz|mkufunzi[ \t]+wako|mkufunzi|dispecer|dispeceră|tehnician|tehniciană"
                           rf"|montuotojas|montuotoja|mecánico|mecánica|mechanic|fitter|courier|rider|arranger)[ \t]+({NAME_WORD_RE})(?![\pL\pM])")
TITLE_AFTER_NAME = regex.compile(rf"({NAME_WORD_RE})[ \t]+(?:Bey|Beyefendi|Hanım|Hanımefendi|Hanim|Hoca|Hocam)\b")
# An internal note signed in brackets (`Notă internă (Vlad):`, `— Shënim i brendshëm (Elira) —`,
# `[Note interne – Stéphane]`, `--- internal note (Chad, 11/17/2026) ---`).
NOTE_BY = regex.compile(
    r"(?i:internal note|note interne|notă internă|nota internă|nota interna|interne notiz|interne notitie|intern notat"
    r"|intern anteckning|sisäinen muistiinpano|notatka wewnętrzna|interní poznámka|shënim i brendshëm|nota intern|sisemärkus"
    r"|athugasemd|interna opomba|nota interna)"
    rf"[ \t]*(?:\(|[–—-])[ \t]*({NAME_WORD_RE}(?:[ \t]+(?:{NAME_WORD_RE}|\p{{Lu}}\.))?)[ \t]*[),\]]")
# A field whose value is a place (`Residência: Maia`, `Locul nașterii: Deva`, `Születési
# hely: ...`) or an address (`Cím: József attila utca 49.`): no person's name there.
PLACE_LABEL_WORDS = frozenset(
    "residence residência residencia résidence domicile domicilio domiciliul wohnort geburtsort woonplaats geboorteplaats bizilekua jaioterria "
    "birthplace city town ciudad cidade ville città stadt miasto oraș orasul localidad localidade località lieu luogo "
    "lugar locul hely place naturalidade município municipio comune gemeente suburb district "
    "asuinpaikka kotikunta paikkakunta syntymäpaikka bopæl bosted poststed bostadsort hemort ort lakóhely település "
    "város localitate domiciliu şehir şehri ikamet πόλη municipi ciutat població poblacio localitat concello "
    "sveitarfélag miestas pilsēta elukoht kraj mjesto grad qyteti bandar lungsod bivanja rojstva rođenja rodjenja stanovanja "
    "vendlindja vendbanimi búseta fæðingarstaður vieta dzīvesvieta sünnikoht sihtkoht asal fødested mji location hometown zamieszkania urodzenia "
    "moving relocating nascita herkunft bizilekua jaioterria jaiolekua herria procedencia procedência provenance provenienza "
    "herkomst lögheimili heimabær bivališča bivališče prebivališče prebivališča woonplek domicílio "
    # where one travels (`destinatie=SUA`, `Destino: Lisboa`)
    "destinatie destinație destinația destino destinazione bestemming reiseziel áfangastaður".split())
ADDRESS_LABEL_WORDS = frozenset(
    "address adresse dirección direccion indirizzo endereço morada adres adress anschrift cím lakcím adresa "
    "adreça adreca direcció naslov adrese adresas aadress heimilisfang alamat tirahan adresi adresim enderezo "
    "helbidea cyfeiriad seoladh anwani".split())
FIELD_LABEL_BEFORE = regex.compile(r"(?:^|\n|[|;&])[ \t]*([\pL][\pL\pM_ ()'’.,/-]{0,40}?)[ \t]*[:=][ \t]*\Z")  # \Z: a label alone on the line above heads a block (`Billing address:⏎Robert Atkinson⏎...`)
# Endings of place names in the data's languages (`Jasonmouth`, `Judithtown`, `Lake
# Jasminborough`, `Mcdowellstad`). Many surnames end so too (Washington, Hamilton,
# Goldberg): a one-word span is relabelled only where a name would not stand: alone in a
# field of a delimited record, or right after an address part holding a number.
PLACE_SUFFIX = regex.compile(
    r"\pL{3,}(?:town|ton|ville|burg|burgh|borough|bury|chester|mouth|port|ford|field|stad|haven|berg|furt|land"
    r"|view|side|shire|fort|dale|stead|worth|hausen|heim|dorf|stadt|torp|köping|borg|by)$", regex.I)
FIELD_BEFORE = regex.compile(r"(?:^|[|;\t]|\n)[ \t]*$")
FIELD_AFTER = regex.compile(r"[ \t]*(?:$|[|;\t\r\n])")
ADDRESS_PART_BEFORE = regex.compile(r"\d[^,\n]{0,40},[ \t]*$")
NAME_WORD_TAIL = regex.compile(rf"{NAME_WORD_RE}$")
# Words that say the next words name a person: a name field's label (`nome Tatiana de Sousa`,
# `Kund: Margareta Lundquist`) and the role nouns that stand for people (not `account`, `senior`...).
NAME_LABELS = frozenset("name names surname surnames forename forenames firstname lastname givenname ad adı adi soyad soyadı soyadi isim "
                        "narne narnes surnarne forenarne "  # (an OCR's `rn` for `m`: `Surnarne: WEST`)
                        "nombre nom nome naam namn navn nimi imię jméno név cust όνομα επώνυμο ονοματεπώνυμο ονομα επωνυμο "
                        "ονοματεπωνυμο onoma eponymo "
                        "sukunimi etunimi nachname vorname apellido apellidos cognome ime priimek prezime emri mbiemri vārds uzvārds vardas pavardė "
                        "eesnimi perekonnanimi nafn "
                        "ekip ekibi couple couples pareja casal".split())  # (a crew's names: `Ekip: Beste ve Suat`, `Couple: X & Y`)
# A mail header's people (`From: Nitesh Narang <...>`, `Para: ...`): read as a name field.
HEADER_LABELS = frozenset("from to cc bcc de para von an van aan från till".split())
PERSON_ROLES = ROLE_WORDS - frozenset(
    "account senior junior chief head principal executive associate staff admin administrator operator lead "
    "user member owner sender recipient buyer seller vendor supplier".split())
# A person's role word before their whole name (`Teema: Kandidaat Rein Kalda - ...`, `co-borrower Tiffany Walter`)
_PERSON_ROLE_ALT = "|".join(sorted((regex.escape(w) for w in PERSON_ROLES if " " not in w), key=len, reverse=True))
ROLE_BEFORE_NAME = regex.compile(rf"(?<![\pL\pM\-])(?i:{_PERSON_ROLE_ALT})[ \t]*:?[ \t]+({NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE}){{1,2}}"
                                  r"|\p{Lu}{3,}(?:-\p{Lu}{3,})?)(?![\pL\pM\d@])")  # (or a surname in capitals: `le moniteur MEYER`)
# Whom an obituary or a parish notice is for (`The family of the late Brett Kelvey (formerly of`)
LATE_NAME = regex.compile(rf"\b(?i:the[ \t]+late)[ \t]+({NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE}){{1,2}})(?![\pL\pM\d@])")
# A letter's sign-off on the line before (`Kind regards,⏎Nuria de los Santos`).
SIGNOFF_WORDS = (
    r"(?i:regards|wishes|grüßen|grüße|grüssen|gruß|saludos|atentamente|cordialement|salutations|saluti|cordiali"
    r"|cumprimentos|atenciosamente|groet|groeten|hälsningar|pozdrawiam|pozdrowienia|terveisin|üdvözlettel|sincerely"
    r"|faithfully|thanks|thank you|cheers|best|gracias|un saludo|obrigado|obrigada|grazie|danke|merci|bedankt|tack"
    r"|à très vite|à bientôt|bien à vous|a presto|cu stimă|cu stima|mulțumesc|dziękuję"
    r"|díky|děkuji|dekuji|ďakujem|dakujem|vďaka|s pozdravem|s pozdravom|gruss|grüsse|liebe grüsse|terima kasih|salam"
    r"|hormat kami|god bless|take care|love|kiitos|hälsning|hilsen|mvh|üdv|köszönöm|ευχαριστώ|με εκτίμηση|eyxaristw|efcharisto"
    r"|salamat|cảm ơn|trân trọng|спасибо|с уважением|cu respect|cu drag|toate cele bune"
    r"|ar cieņu|paldies|pagarbiai|ačiū|lugupidamisega|parimate soovidega|tervitades|aitäh|lep pozdrav|hvala"
    r"|srdačan pozdrav|lijep pozdrav|srdačno|pozdrav|faleminderit|me respekt|kveðja|bestu kveðjur|með kveðju"
    r"|salutacions|cordialment|atentament|gràcies|saúdos|grazas|agur|eskerrik asko|groete|vriendelike groete"
    r"|dankie|maraming salamat|yang benar|sekian|grazzi|tislijiet|mat beschte gréiss|le meas|go raibh maith agat"
    r"|yn gywir|cofion cynnes|cofion gorau|cofion|diolch|un saúdo|moitas grazas|asante|kwa heri|iyi günler|teşekkürler|saygılarımla|ngā mihi|nga mihi)[,.!]?[ \t]*\r?\n"
    r"[ \t]*(?:>[ \t]*)*")  # the next line, inside a quoted reply too (`> Kind regards,⏎> Codie Hickey`)
SIGNOFF_BEFORE = regex.compile(SIGNOFF_WORDS + "$")
# Words of company names that no personal name holds.
ORG_NOUNS = frozenset(
    "bank group solutions systems consulting services service technologies technology tech media labs lab studio studios "
    "foundation university college school institute hospital clinic airlines airline motors insurance capital partners "
    "ventures software energy pharma logistics foods holding holdings industries international global company "
    "associates agency store shop market café cafe restaurant hotel club society council ministry office".split())
# A message opening with a salutation and a name (`Hej Anita!`, `Hola Eligio,`, `Hi Nando,`,
# `Beste Nikki,`): the model often finds nothing there. One or two name words, then
# punctuation that closes the salutation; in a chat, after the stamp and the speaker
# (`23/11/2026 09:50 - Isaque: Oi prof Calebe!`).
_CHAT_PREFIX = (rf"(?:{CHAT_STAMP}[ \t]*(?:[-–][ \t]*)?)?(?:\p{{Lu}}[\pL\pM]+(?:[ \t][\pL\pM\d]+){{0,3}}"
                r"(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*:[ \t]*)?")
SALUTE_NAME = regex.compile(
    rf"(?:^|\n)[ \t]*{_CHAT_PREFIX}(?:(?i:dạ|vâng|ok|okay|oke|yes|ja|sí|oui),?[ \t]+)?(?i:{GREETINGS}|{SALUTATIONS})(?:/[ao]|\([ao]\))?,?(?:[ \t]+(?i:{TITLES}|bạn|anh|chị|em|cô|chú|bác|ông|bà)(?:/(?i:anh|chị|em|bạn|cô|chú))?\.?)?[ \t]+"
    rf"({NAME_WORD_RE}(?:[ \t]+{PARTICLE_RUN}{NAME_WORD_RE})?)[ \t]*(?:[,!:\r\n]|\.(?=[ \t]))")
# The name a wish is for, written on a cake or a card (`write Happy Birthday Vincent on it`,
# `« Joyeux anniversaire Léa »`, `"Selamat Hari Jadi Nurul Aina"`): one or two words, then the
# wish's end
WISH_NAME = regex.compile(
    rf"(?<![\pL\pM])(?i:{WISHES}),?[ \t]+(?:(?i:to|a|à|para|ni|kay|dear|our|my|lil|little)[ \t]+)?({NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE})?)"
    r"(?=[ \t]*(?:[!.,\"»”“'’\n)]|$|[ \t]+(?:on|in|pls|please|x+|and|with)\b))")
# A name after a title with its capital (`Mnr. Steyn se sel is`, `Mnr. van der Merwe`, `Dr. Okafor`, `Ms C. MACDONALD`):
# the model often misses one after a chat's speaker
TITLED_NAME = regex.compile(
    r"(?<![\pL\pM.])(?:Mr|Mrs|Ms|Mx|Dr|Mnr|Mev|Mej|Dhr|Mevr|Herr|Frau|Sr|Sra|Srta|Sig\.ra|Mme|Mlle|Ds)\.?[ \t]+"
    rf"((?:\p{{Lu}}\.[ \t]*)?(?:(?:van|von|der|den|ter|du|de)[ \t]+){{0,2}}{NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE})?)(?![\pL\pM\d@])")
# Whom to call, a line's or a speaker's first word before their number (`Azad Mani: Nathan, +91 81233 64600.`)
SAID_OPENING = r"(?:^|\n|\pL:)[ \t]*"  # (a line's or a speaker's first word follows)
PHONE_AFTER = regex.compile(r",[ \t]*\+?\d[\d \t\-()]{6,}\d")
PHONE_OWNER = regex.compile(rf"{SAID_OPENING}({NAME_WORD_RE}){PHONE_AFTER.pattern}")
# ... and with the number in brackets after the name (`Rider: Purity (+254 712 095622)`, `gan Gethin (+44 7400 157743)`)
PHONE_IN_BRACKETS_AFTER = regex.compile(rf"(?<![\pL\pM'’\-])({NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE})?)[ \t]*\([ \t]*\+?\d[\d \t\-]{{6,}}\d[ \t]*\)")
# A guest's plus-one on a list (`Table 2: Shawn Moon (+1 Angelica)`)
PLUS_ONE = regex.compile(rf"\([ \t]*\+[ \t]?1[ \t]+({NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE})?)[ \t]*\)")
# The line after a sign-off, when it holds only a name (`Mit freundlichen Grüßen⏎Elfriede
# Huhn`, `Thanks,⏎Lori I. Mcgrath, IT Service Desk`).
SIGNOFF_NAME = regex.compile(
    SIGNOFF_WORDS + rf"({NAME_WORD_RE}(?:[ \t]+{INITIALS_RUN}{PARTICLE_RUN}{NAME_WORD_RE}){{0,3}})[ \t]*(?:,|\r?\n|$|[–—][ \t])")  # (`Ngā mihi, Troy – TikiRoam`)
# Who signs for someone else in German and Dutch letters (`Ihr Team der Stadtwerke, i. A. Liesel Heinz`,
# `i.V. Jan Ott`, `p.p. Ilse de Wit`): two words at least, as `i. A. Vertrieb` signs for a department
BEHALF_NAME = regex.compile(rf"(?<![\pL.])(?:i\.[ \t]?[AV]\.|[Pp]\.[ \t]?[Pp]\.)[ \t]+({NAME_WORD_RE}(?:[ \t]+{PARTICLE_RUN}{NAME_WORD_RE}){{1,2}})[ \t]*(?:,|\r?\n|$)")
# A quoted reply's header (`23.11.2026 Māris Liepiņš rakstīja:`, `Am Montag schrieb Eva Roth <eva@...>:`).
WROTE_NAME = regex.compile(
    rf"({NAME_WORD_RE}(?:[ \t]+{INITIALS_RUN}{PARTICLE_RUN}{NAME_WORD_RE}){{0,3}})(?:[ \t]*<[^>\n]{{1,80}}>)?,?[ \t]+"
    r"(?:wrote|writes|schrieb|schreibt|a écrit|écrit|escribió|escribe|ha scritto|scrive|escreveu|escreve|schreef|schrijft|skrev|skrifaði|kirjoitti|napisał|napisała|napsal|napsala"
    r"|írta|a scris|yazdı|έγραψε|rakstīja|rašė|kirjutas|je napisal|je napisala|je napisao|shkroi|va escriure"
    r"|escribiu|het geskryf|nagsulat|menulis|kiteb|huet geschriwwen|ysgrifennodd|aliandika|đã viết)[ \t]*:")
# ... and in the languages that put the verb first (`Am 23.11.2026 schrieb Jürgen Maaß <...>:`).
WROTE_BEFORE_NAME = regex.compile(
    rf"\b(?:schrieb|skrev|schreef)[ \t]+({NAME_WORD_RE}(?:[ \t]+{INITIALS_RUN}{PARTICLE_RUN}{NAME_WORD_RE}){{0,3}})"
    r"(?:[ \t]*<[^>\n]{1,80}>)?[ \t]*:")
# A role or name field inside a text (`Claimant: Emily Hale /`, `Kund: Margareta Lundquist,`,
# `Nombre: Maribel Uribe⏎`, `Surname: WARE   Given names: LINDA`, `Preferred name ...... Tom`,
# `Rider: Jayson Santos 09986684392`, `Student last name - Carter`): the value up to the field's end,
# a number after it or a wide gap before the next field (`Name: Trub    Vorname(n): Anna`).
FIELD_NAME = regex.compile(
    rf"(?:^|[\n|/;(]|(?<=[.!?])[ \t]|[ \t][-–·][ \t]|[ \t]{{2,}})[ \t]*(?:{CHAT_STAMP}[ \t]*)?(?:\pL+[ \t]+){{0,2}}(\pL+)[ \t]*(?::|\.{{3,}}|[ \t][-–](?=[ \t]))[ \t]*"
    rf"({NAME_WORD_RE}(?:[ \t]{INITIALS_RUN}{PARTICLE_RUN}{NAME_WORD_RE}){{0,3}})[ \t]*(?=[,/|;(<\r\n]|$|[+(]?\d|[ \t]{{2}})")
# A subject line that ends on a dash and a full name (`Subject: Re: Prescription for collection - Morgan McReady`)
SUBJECT_NAME = regex.compile(
    r"(?im)^[ \t]*(?:subject|subj|re|fw|fwd|betreff|objet|asunto|oggetto|onderwerp|assunto|temat|aihe|ämne|emne|efni|pwnc|konu"
    r"|subiect|předmět|tárgy|tema|zadeva|teema|tēma)[ \t]*:[^\n]*?[ \t][-–—|][ \t]+"
    rf"({NAME_WORD_RE}(?:[ \t]+{PARTICLE_RUN}{NAME_WORD_RE}){{1,2}})[ \t]*(?:\([^)\n]{{1,40}}\)[ \t]*)?$")  # (`- Stancu Panagachie (poziția ref. RC-3269)`)
# A form's name fields written without a colon, the name in capitals (`Surname HILL    Forename(s) JOHN`)
FORM_NAME = regex.compile(r"(?<![\pL])(?i:surname|forename\(s\)|forenames?|first[ \t]+names?|last[ \t]+name|given[ \t]+names?|family[ \t]+name)"
                          r"[ \t]+(\p{Lu}{2,}(?:[\-'’]\p{Lu}{2,})?(?:[ \t]\p{Lu}{2,})?)(?=[ \t]{2,}|[ \t]*\r?\n|[ \t]*$)")
# An agent signing with a given name and their desk (`Emma, Apoio ao Cliente`, `- Arjun, Customer Service`,
# `Vladimír, zákaznická podpora`)
AGENT_DESK = regex.compile(r"(?<![\pL\d'’\-])(\p{Lu}\pL+),[ \t]+((?:\pL+[ \t]+){0,3}\pL+)(?=[ \t]*(?:[,.|\-–]|\r?\n|$))")
# A surname in capitals before the given name (`Call note — BOTHA Elmarie —`, `SMITH Jacob, 2 pax`)
UPPER_SURNAME_GIVEN = regex.compile(r"(?<![\pL\d'’\-][ \t]?)(\p{Lu}{2,}(?:[\-'’]\p{Lu}{2,})?)[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\pL\d])")
# A name in capitals after a payment's or a letter's `to` (`sent to JUMA WAMBUA 0765...`,
# `Transfer of NGN41,000.00 to COMFORT OJO (1424...)`, `Dear PATIENCE OJO,`)
UPPER_NAME_AFTER = regex.compile(r"(?<![\pL])(?i:sent|paid|transferred|transfer|payment|received|dear|to|from)[ \t]+"
                                 r"(\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){1,2})(?=[ \t]*(?:[,(]|\+?\d|\r?\n|$))")
# Who joins or leaves a chat (`Jill joined the chat`, `Ana has left the conversation`)
JOINED_CHAT = regex.compile(r"(?:^|\n)[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*)?(\p{Lu}\pL+(?:[ \t]+\p{Lu}\pL+)?)[ \t]+(?:has[ \t]+)?"
                            r"(?:joined|left)[ \t]+the[ \t]+(?:chat|conversation|room|call)")
# First-person pronouns that are given names too, with frequent words of their language: a chat
# exported from its writer's phone heads their own lines with the pronoun (`Ben:` in Turkish,
# `Mimi:` in Swahili, `Saya:` in Malay, `Ako:` in Tagalog, `Mina:` in Estonian). Three of the
# language's words in the text make the speaker the pronoun; `Ben:` in an English chat stays Ben.
PRONOUN_SPEAKERS = {
    "ben": frozenset("ve bir bu için mi mı ne evet tamam merhaba yarın olur var yok ile gibi çok teşekkürler lütfen şimdi".split()),
    "mimi": frozenset("na ya wa kwa ni sana habari asante karibu sawa leo kesho tafadhali piga simu".split()),
    "saya": frozenset("dan yang di ke tidak ini itu untuk dengan boleh sudah akan terima kasih nanti".split()),
    "ako": frozenset("ang ng sa po na ba mga salamat opo hindi ito naman lang".split()),
    "mina": frozenset("ja on ei see ka et kas tere aitäh homme täna palun".split()),
    "jien": frozenset("il u ta li fil tal ma jekk grazzi iva le liema bieb triq huwa hemm".split()),
}
_SPEAKER_COLON = regex.compile(r"[ \t]*:")
_LETTERS_RUN = regex.compile(r"\p{L}+")


def pronoun_speaker(text: str, start: int, end: int) -> bool:
    """`Ben: Merhaba, yarın geliyoruz`: the writer's own pronoun speaks, not a person named Ben."""
    words = PRONOUN_SPEAKERS.get(text[start:end].lower())
    if not words or not _SPEAKER_COLON.match(text, end):
        return False
    return len({w for w in _LETTERS_RUN.findall(text.lower()) if w in words}) >= 3


# An address block's first line when it holds only a name (`Billing address:⏎Robert Atkinson⏎6923
# Washington Blvd`, `L Cooper⏎3 Church Lane`): the next line opens with a house number or a unit.
ADDRESSEE_NAME = regex.compile(
    rf"(?:^|\n)[ \t]*(?:>[ \t]*)*((?:\p{{Lu}}\.?[ \t]+)?{NAME_WORD_RE}(?:[ \t]+{INITIALS_RUN}{PARTICLE_RUN}{NAME_WORD_RE}){{0,2}})"
    r"[ \t]*\r?\n[ \t]*(?:>[ \t]*)*(?:\d{1,5}\pL?[ \t,]|(?i:flat|apt|apartment|unit|suite|ul\.|jl\.)[ \t.])")
# A reply's or a message's writer (`> Svar frá Bína, Tannlæknastofan`, `Antwort von Jonas`):
# a person where the model reads a town
REPLY_FROM = regex.compile(r"(?i)\b(?:reply|message|answer|svar|skilaboð|antwort|nachricht|réponse|respuesta|resposta|risposta|antwoord"
                           r"|bericht|vastaus|viesti|odpowiedź|wiadomość|mesaj|cevap|ujumbe|jibu|mensaxe|missatge)[ \t]+"
                           r"(?:from|frá|fra|från|von|de|da|do|od|van|kohta|kutoka|dari|mula)[ \t]*\Z")
# A chat line's speaker: `Eykleidis: 688 577 6707`, `[14:20] Sixt Destek: Merhaba`.
CHAT_SPEAKER = regex.compile(rf"(?m)^[ \t]*({CHAT_STAMP}[ \t]*)?(\p{{Lu}}[\p{{Ll}}\pM]+(?:,?[ \t]\p{{Lu}}[\p{{Ll}}\pM]+)?"
                             r"(?:[ \t](?:binti|bin|bte|binte|a/l|a/p)[ \t]\p{Lu}[\p{Ll}\pM]+)?(?:[ \t]\p{Lu}\.)?)"  # `Siti Hajar binti Osman:`, `Sabrina J.:`
                             r"(?:[ \t]*\((\pL[\pL\pN \t&.'’\-]{0,30})\))?[ \t]?:[ \t]")  # `Vedant (Support):` an agent and the desk
# (a work chat's export writes `Surname, Given`: `[10:56] Grady, Brandon: card processor ...`)
# A speaker with the time after the name (`Guntars (19:02): Labdien`, or `Hugh · 18:39` or
# Slack's `Hugh  18:39` or `Ford, Kimberly 12:14` on a line of its own above the message): group 1 is that time, group 2 the name, group 3 never set.
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
CHAT_SPEAKER_TIMED = regex.compile(
    rf"(?m)(?|^[ \t]*(?=[^\n]{{1,40}}?({_CLOCK}))(\p{{Lu}}[\p{{Ll}}\pM]+(?:,?[ \t]\p{{Lu}}[\p{{Ll}}\pM]+(?:[ \t]\p{{Lu}}[\p{{Ll}}\pM]+)?|[ \t]\p{{Lu}}\.)?)"  # (`Kendra S.  10:42 AM`, `Lê Quốc Khoa (09:20):`)
    rf"(?:[ \t]*\({_CLOCK}\)[ \t]*:[ \t]|(?:[ \t]+[·•|–-][ \t]+|[ \t]+){_CLOCK}[ \t]*$)(?:()(?!))?"
    # ... or Teams' time (and date) in brackets before the name, on a line of its own (`[10:44 AM] Abha Pau`, `[11:04] Nichols, Nathan`,
    # `[28/11/2026 09:41] Shu Fen Goh`)
    rf"|^[ \t]*\[(?:\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}},?[ \t]+)?({_CLOCK})\][ \t]+(\p{{Lu}}[\p{{Ll}}\pM]+(?:,?[ \t]\p{{Lu}}[\p{{Ll}}\pM]+)?(?:[ \t]\p{{Lu}}[\p{{Ll}}\pM]+)?)[ \t]*$(?:()(?!))?"
    # ... or Telegram's name, a comma and the stamp in brackets (`Marc, [12.11.26 23:33]`)
    # (a desk's longer name too: `Llar d'infants Cargol Treballador, [12.11.26 23:45]`)
    rf"|^[ \t]*(?=[^\n]{{1,80}}?({_CLOCK})\][ \t]*$)(\p{{Lu}}[\p{{Ll}}\pM]+(?:[ \t][\pL\pM'’\-]+){{0,4}}),[ \t]*\[[^\]\n]{{1,30}}\][ \t]*$(?:()(?!))?)")
# A signature on a line of its own: after a dash (`- Florence Mugambi`, `~ Anna`; at the end of
# the last sentence, `...4531. /Anders`, `Updated. — Fitan`) or after a
# blank line, closing a message (`...immediately.⏎⏎Larry⏎⏎-----Original Message-----`).
DASH_SIGNATURE = regex.compile(rf"(?m)(?:^[ \t]*(?:>[ \t]*)*[-–—~/]|(?<=[.!?])[ \t]+(?:[/–—]|--))[ \t]*((?:\p{{Lu}}\.?[ \t]+)?{NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE})?)[ \t]*$")
# A contact saved under a name, their number after it, heading a chat's lines (`Týr (663 9375):`)
_SPEAKER_NUMBER = r"[ \t]*\(\+?\d[\d \-]{6,16}\d\)[ \t]*:"
NUMBER_SPEAKS = regex.compile(_SPEAKER_NUMBER)
NUMBERED_SPEAKER = regex.compile(rf"(?m)^[ \t]*({NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE})?)" + _SPEAKER_NUMBER)
# A note's author in brackets after the note's word (`Ghi chú nội bộ (Hùng):`, `Sisemärkus (Anneli P.):`,
# `Internal note (Dara Cloone, 2026-11-22)`)
NOTE_AUTHOR = regex.compile(
    r"(?i:internal note|internal|note interne|note|nota interna|interne notiz|notiz|interne notitie|notitie|sisemärkus|märkus|ghi chú nội bộ"
    r"|ghi chú|vidinė pastaba|pastaba|iekšēja piezīme|piezīme|notă internă|dahili not|iç not|notatka wewnętrzna|notatka|nota|nótese)"
    rf"(?:[ \t]*\(({NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE})?(?:[ \t]+\p{{Lu}}\.)?)[ \t]*[,)]"
    rf"|[ \t]+[–—-][ \t]+({NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE})?)[ \t]*:)")  # (`Nota interna – Ângelo:`)
# A note's header ending on who wrote it, after its date or time (`CALL NOTE 2026-11-03T08:10:52Z - Maria`,
# `Oproepnotas 28 November 2025 - Hendrik D.`, `Zapis klica 2026-11-15T04:31:05Z (Jure G.)`)
NOTE_HEADER_AUTHOR = regex.compile(rf"(?m)(?|^(?=[^\n]*\d)[^\n]*?(?:[ \t][-–—|][ \t]+|[ \t]\()({NAME_WORD_RE}(?:[ \t]+\p{{Lu}}\.)?)\)?[ \t]*$"
                                   # ... or after an internal tag (`[Internal] Rohan: KYC done`)
                                   rf"|^[ \t]*\[(?i:internal|intern|interno|interne|dahili|internal note)\][ \t]*({NAME_WORD_RE}(?:[ \t]+\p{{Lu}}\.)?):[ \t])")
# A worker's label with a given name and an initial (`Service call WO-238550 | tech: Noah L. | 2026-10-02`)
WORKER_INITIAL = regex.compile(rf"(?|(?i:tech|technician|engineer|agent|rep|advisor|adviser|driver|dispatcher|installer|fitter)[ \t]*:[ \t]*"
                               rf"({NAME_WORD_RE}[ \t]+\p{{Lu}}\.)(?=[ \t]*(?:[|,;]|\r?\n|$))"
                               # ... or who wrote a stamped log line (`2026-11-17T13:40:02Z Charlotte P.: Evans rang about`)
                               rf"|(?m:^)[ \t]*\d{{4}}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?(?:\.\d+)?Z?[ \t]+({NAME_WORD_RE}[ \t]+\p{{Lu}}\.):[ \t])")
# A line opening on who called (`Elsabe het gebel oor die rekening`, `Tom called about ...`)
CALLER_LINE = regex.compile(rf"(?m)^[ \t]*({NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE})?)[ \t]+(?:het gebel|het geskakel|called|phoned|rang"
                            r"|hat angerufen|rief an|a appelé|ha llamado|llamó|ligou|ha chiamato|heeft gebeld|belde|ringde|soitti)\b")
# A notification opening on whom it tells (`• Ekbal, your rider Yatin is 3 mins away`)
VOCATIVE_LINE = regex.compile(rf"(?m)^[ \t]*(?:[•*\-][ \t]*)?({NAME_WORD_RE}),[ \t]+(?:your|you're|you|we've|we're)\b")
# A guest by their room in a hotel's handover (`- Rm 189 THOMPSON: late arrival`)
ROOM_GUEST = regex.compile(r"\b(?i:rm|room|zimmer|chambre|habitación|hab|quarto|kamer|camera)\.?[ \t]*\d{1,4}[A-Za-z]?[ \t]+[-–:]?[ \t]*"
                           r"(\p{Lu}[\p{Lu}'’\-]+(?:[ \t]\p{Lu}[\p{Lu}'’\-]+)?|\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)[ \t]*[:,(]")
# ... or a name, a comma and the desk it signs for on a line of their own (`Lance, Tier 2 Support`)
NAME_AND_DESK = regex.compile(rf"(?m)^[ \t]*({NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE})?)[ \t]*,[ \t]*(?:[\pL\d&][\pL\d&. \t]{{0,30}}[ \t])?"
                              r"(?i:support|team|desk|services|department|dept|operations|care|billing|accounts|helpdesk)[ \t]*$")
# ... or right under the last sentence, above a blank line and a separator (`...DPL-7332.⏎Luke⏎⏎--- Internal note`)
CLOSING_ABOVE_SEPARATOR = regex.compile(rf"(?<=[.!?])[ \t]*\n[ \t]*({NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE})?)[ \t]*(?=\n[ \t]*\n[ \t]*(?:-{{2,}}|_{{3,}}|>[ \t]*On[ \t]))")
CLOSING_NAME = regex.compile(rf"\n[ \t]*\n[ \t]*({NAME_WORD_RE}(?:[ \t]+{NAME_WORD_RE})?)[ \t]*(?=\n[ \t]*\n|\n[ \t]*-{{3,}}|\s*$)")
# A letter opening on its addressees' first names (`Thalente, Zibuyile,` then a blank line):
# names when the lists hold every one as a given name (`Paris, London,` is no greeting).
NAMES_LINE = regex.compile(
    rf"(?:^|\n)[ \t]*({NAME_WORD_RE}(?:[ \t]*(?:,|&|and)[ \t]*{NAME_WORD_RE}){{1,3}})[ \t]*[,:][ \t]*\r?\n[ \t]*\r?\n")
NAMES_LINE_WORD = regex.compile(NAME_WORD_RE)
# ... or a message opening on one first name (`Jake,⏎⏎See below`)
OPENING_NAME = regex.compile(rf"\A[ \t]*({NAME_WORD_RE})[ \t]*,[ \t]*\r?\n[ \t]*\r?\n")
FUNCTION_WORDS = (r"(?:el|la|los|las|lo|le|les|il|gli|de|del|della|des|du|en|em|no|na|nos|que|qui|che|con|sin|por|para|al|au|aux"
                   r"|un|una|une|uno|um|uma|y|et|o|ou|e|het|een|der|die|das|den|dem|mit|von|zu|im|am)")
FUNCTION_WORD_AFTER = regex.compile(rf"[ \t]+{FUNCTION_WORDS}\b")
FUNCTION_WORD = regex.compile(rf"{FUNCTION_WORDS}$")
# Who says their own name (`my name is samaksh`, `Ako si Lovely`, `Bon dia, sóc Francisco`,
# `Mani sauc Dārta`): after these words a name stands, listed or not (ner_names.self_named).
# `this is`, `I am` and the like also open a brand or a state (`this is Vodacom`): not here.
SELF_NAMING = regex.compile(
    r"(?<![\pL\pM])(?i:my name is|my name's|name's|the name is|call me|my naam is|mi nombre es|me llamo|je m'appelle|je m’appelle"
    r"|mi chiamo|ich heiße|ich heisse|mein name ist|ik heet|mijn naam is|jeg heter|jeg hedder|jag heter|mitt namn är"
    r"|nazywam się|mam na imię|jmenuji se|jmenuju se|volám sa|numele meu este|mă numesc|ma numesc|meu nome é|me chamo"
    r"|chamo-me|benim adım|minun nimeni on|nimeni on|mano vardas|mans vārds ir|mani sauc|minu nimi on|ime mi je"
    r"|zovem se|quhem|unë jam|ég heiti|em dic|el meu nom és|chámome|o meu nome é|nire izena|ako si|ako po si"
    r"|ang pangalan ko ay|ang pangalan ko po ay|nama saya|jisimni|is mise|fy enw i yw|fy enw yw|jina langu ni|naitwa|mimi ni"
    r"|tên tôi là|tên em là|sóc|soc la|soc el|kimi ni|mon nom est|jaz sem|eu sunt|sunt)[ \t]+"
    r"((?:\p{Lu}[\p{Ll}\pM]+|\p{Ll}[\p{Ll}\pM]+)(?:-\p{Lu}?[\p{Ll}\pM]+)?)"
    r"(?:[ \t]+((?:\p{Lu}[\p{Ll}\pM]+|\p{Ll}[\p{Ll}\pM]+)(?:-\p{Lu}?[\p{Ll}\pM]+)?))?(?![\pL\pM\d@_-]|\.[\pL\d])")
# The labels in capitals that follow a name in a record (`Spouse Krista DOB 02/13/1968`)
RECORD_ACRONYMS = frozenset("dob ssn nhs vin pin id dl ni tin nif dni nie cpf pan mrn nric".split())


# the capitalised words right before a span on its line
_CAPITALISED_BEFORE = regex.compile(r"(?:\p{Lu}[\pL'’&\-]*[ \t]+){1,3}\Z")
# a sender's address after its display name (`Octopus Energy <hello@octopus.energy>`)
_ADDRESS_AFTER = regex.compile(r"[ \t]*<[^@<>\s]+@([^<>\s]+)>")


def _squashed(value: str) -> str:
    return "".join(c for c in value.lower() if c.isalnum())


def sender_is_domain(text: str, start: int, end: int, listed: Callable[[str], bool]) -> bool:
    """A display name that is its address's domain or one label of it, spaces and case aside
    (`Ticketmaster <…@email.ticketmaster.com>`, `Octopus Energy <hello@octopus.energy>`): a firm
    sending, unless the lists hold every word as a name (`Anna Berg <anna@anna-berg.se>`)."""
    m = _ADDRESS_AFTER.match(text, end)
    if not m or all(listed(w) for w in text[start:end].split()):
        return False
    name = _squashed(text[start:end])
    labels = m.group(1).lower().split(".")
    squashed = {_squashed(x) for x in labels}
    if len(name) >= 4 and (name in squashed or name == _squashed("".join(labels[:-1])) or name == _squashed(m.group(1))):
        return True
    # ... or the end of one, the words before the span completing it (`Estudi Llum <hola@estudillum.cat>`)
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if not before or all(listed(w) for w in before.group(0).split()):
        return False  # (`Maria Kowalczyk <maria@mariakowalczyk.pl>`: a person's own domain)
    return len(name) >= 3 and _squashed(before.group(0) + text[start:end]) in squashed
