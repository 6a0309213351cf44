"""Which translated headers pii-audit's column decisions read: Faker values of one kind (a
password, a date of birth, a town, a first name, an address, a bank number, a phone) under
headers in many languages and scripts, one column at a time; prints the headers whose column
was not flagged with the entity (and what was flagged instead).

    .venv/bin/python bench/column_headers.py

A probe, no benchmark truth (Faker's towns and addresses are partly invented), used in the
twenty-fourth issue-5 pass (bench/accuracy_notes.md). No network, no model needed.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pyarrow as pa
from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pii_audit.detection.engine import Detector  # noqa: E402
from pii_audit.model import Batch  # noqa: E402
from pii_audit.rules import load_rules  # noqa: E402

LATIN = ["en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL", "sv_SE", "tr_TR", "cs_CZ", "hu_HU"]
ROWS = 80

# (entity, value kind, locales the values come from, headers)
PROBES = [
    ("PASSWORD", "password", LATIN, "password passwort kennwort contraseña contrasena clave mot_de_passe senha wachtwoord hasło haslo heslo jelszó jelszo parola salasana passord lösenord adgangskode lozinka geslo şifre sifre parool slaptažodis parole κωδικός пароль parol パスワード 密码 密碼 비밀번호 user_pass login_pass pass_word pword passwd pw_plain parolă kodeord lykilorð contrasenya senha_usuario kennwort_klartext clave_acceso user_pwd loginPassword PASSWD hasło_użytkownika jelszava salasana_selkokielinen uygulama_sifresi parolası mật_khẩu"),
    ("DATE_OF_BIRTH", "date_of_birth", LATIN, "date_of_birth dob birthdate birth_date birthday fecha_nacimiento fecha_de_nacimiento f_nac fec_nac fnac geburtsdatum geb_datum gebdat date_naissance date_de_naissance data_nascita data_di_nascita data_nascimento data_de_nascimento dt_nasc geboortedatum data_urodzenia födelsedatum fødselsdato syntymäaika syntymapaiva születési_dátum datum_narození datum_rojstva datum_rođenja doğum_tarihi ημερομηνία_γέννησης tanggal_lahir tgl_lahir ngay_sinh дата_рождения 生年月日 出生日期 생년월일 data_nasterii geburtstag cumpleaños born bday dateofbirth DOB_YYYYMMDD BirthDt birth_dt date_birth naissance nacimiento geboren"),
    ("LOCATION", "city", LATIN, "city town ciudad ville stadt citta cidade stad miasto město mesto város kaupunki şehir sehir πόλη oraș grad kota thanh_pho город gorod home_city city_of_residence residence_city customer_city hometown suburb localidad municipio poblacion comune gemeente woonplaats postort ort paikkakunta település obec miejscowość localitate wohnort plaats cityName CITY_NM addr_city billing_city shipping_city mailing_city home_town kommune kunta il ilce municipality locality place_of_residence residencia travelling_from"),
    ("PERSON", "first_name", LATIN, "first_name firstname given_name forename vorname prénom nombre nome voornaam imię förnamn fornavn etunimi keresztnév jmeno ad isim όνομα nama_depan ten FirstNm fname given cust_first_name first_nm primer_nombre ime vardas eesnimi"),
    ("STREET_ADDRESS", "street_address", LATIN, "address street street_address addr address_line1 direccion dirección domicilio adresse anschrift strasse indirizzo morada endereco adres straat adresa cím katuosoite osoite ulica adresas aadress διεύθυνση alamat dia_chi home_address billing_address mailing_address addr_line_1 calle rua gatuadress postadresse lakcím adresi ev_adresi"),
    ("US_BANK_NUMBER", "bank_number", ["en_US"], "account_number bank_account acct_no account_no bank_acct acct_num checking_account savings_account bank_account_number acctnum ACCOUNT_NBR bankAccount direct_deposit_account"),
    ("PERSON", "last_name", ["ru_RU"], "фамилия фио"),
    ("PERSON", "name", ["ja_JP"], "氏名 名前"),
    ("PERSON", "name", ["zh_CN"], "姓名 名字"),
    ("PERSON", "name", ["ko_KR"], "이름 성명"),
    ("PERSON", "last_name", ["uk_UA"], "прізвище"),
    ("LOCATION", "city", ["ru_RU"], "город"),
    ("LOCATION", "city", ["uk_UA"], "місто"),
    ("LOCATION", "city", ["ja_JP"], "市区町村"),
    ("LOCATION", "city", ["zh_CN"], "城市"),
    ("LOCATION", "city", ["ko_KR"], "도시"),
    ("STREET_ADDRESS", "street_address", ["ru_RU"], "адрес"),
    ("STREET_ADDRESS", "street_address", ["uk_UA"], "адреса"),
    ("STREET_ADDRESS", "street_address", ["ko_KR"], "주소"),
    ("PHONE_NUMBER", "phone_number", ["ru_RU"], "телефон"),
    ("PHONE_NUMBER", "phone_number", ["ja_JP"], "電話番号"),
    ("PHONE_NUMBER", "phone_number", ["zh_CN"], "电话 手机"),
    ("PHONE_NUMBER", "phone_number", ["ko_KR"], "전화번호"),
]


def values(kind: str, locales: list[str], rnd: random.Random) -> list[str]:
    fakers = [Faker(loc) for loc in locales]
    for i, f in enumerate(fakers):
        f.seed_instance(i + 3)
    out = []
    for i in range(ROWS):
        f = fakers[i % len(fakers)]
        if kind == "password":
            out.append(f.password(length=rnd.randint(8, 14)))
        elif kind == "date_of_birth":
            out.append(f.date_of_birth(minimum_age=18, maximum_age=90).strftime(rnd.choice(["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"])))
        elif kind == "bank_number":
            out.append(str(rnd.randint(10**8, 10**12)))
        else:
            out.append(getattr(f, kind)())
    return out


def flagged(detector: Detector, header: str, column: list[str]) -> set[str]:
    det = detector.container("customers")
    table = pa.table({header: pa.array(column, pa.string())})
    det.update(Batch("customers", table, pa.array(range(1, ROWS + 1), pa.int64())))
    return {h.entity for h in det.finish()}


def main() -> None:
    detector = Detector(load_rules(), ner=None)
    rnd = random.Random(1)
    total = missed = 0
    for entity, kind, locales, headers in PROBES:
        column = values(kind, locales, rnd)
        miss = []
        for header in headers.split():
            total += 1
            got = flagged(detector, header, column)
            if entity not in got:
                miss.append(header + (f" ({', '.join(sorted(got))})" if got else ""))
        missed += len(miss)
        print(f"{entity:15} {kind:15} {'/'.join(locales) if len(locales) < 3 else 'latin':10} "
              f"{len(headers.split()):3} headers, missed: {' '.join(miss) or '-'}")
    print(f"{missed} of {total} headers missed")


if __name__ == "__main__":
    main()
