"""Twenty-fourth accuracy pass, columns: a gateway's public address is the subscriber's, the
Turkish `ad` (name) and `şifresi` (its password), where a guest is travelling from, and the
codes and towns that belong to a door, a screen or a business's premises, not to a person.
All values are made up."""
from __future__ import annotations

import pytest

from tests.helpers import column_hits

PUBLIC_IPS = ["197.126.4.120", "94.77.16.198", "143.28.8.205", "97.131.17.25", "207.179.145.17", "58.177.51.162",
              "2a00:23c7:de05:3938:f161:8fdb:82e0:da93", "160.88.59.47", "93.112.89.46", "34.182.163.76"]
PRIVATE_IPS = ["192.168.1.1", "10.0.0.1", "172.16.4.1", "192.168.0.254", "10.20.0.1", "fd95:70bc::1"]


def _col(values: list[str], n: int = 60) -> list[str]:
    return [values[i % len(values)] for i in range(n)]


def test_a_site_gateway_s_public_address_is_an_ip(detector):
    assert ("GatewayIp", "IP_ADDRESS") in column_hits(detector, {"GatewayIp": _col(PUBLIC_IPS)}, "solar_site_surveys")


def test_a_lan_gateway_stays_no_ip(detector):
    assert not column_hits(detector, {"default_gateway": _col(PRIVATE_IPS)}, "network_config")


TURKISH_GIVEN = ["Okgüçlü", "Serda", "Hüsnühâl", "Atasagun", "Çisem", "Buşra", "Gülder", "Zülfüye", "Doğannur",
                 "Temirhan", "Beyda", "Şadıman", "Kaver", "Ermutlu", "Bediriye", "Zebirce", "İlteriş", "Tenvir"]


def test_turkish_ad_is_a_name_header(detector):
    hits = column_hits(detector, {"ad": _col(TURKISH_GIVEN), "soyad": _col(["Çetin", "Tarhan", "Yıldırım", "Ergül"])},
                       "isitme_cihazi_teslim")
    assert ("ad", "PERSON") in hits and ("soyad", "PERSON") in hits


def test_an_ad_s_headline_stays_no_person(detector):
    ads = ["Summer Sale", "Free Shipping", "Back To School", "Spring Deals", "New Arrivals", "Last Chance",
           "Weekend Offer", "Gift Ideas", "Clearance Event", "Holiday Specials"]
    assert not column_hits(detector, {"ad": _col(ads)}, "campaign_creatives")


def test_turkish_sifresi_is_a_password_header(detector):
    pw = ["correct-piano-horse99", "!lfbRtSOQmv", "FtpA%fRixkFbJj", "Kiwi2024?", "Tigger1984?", "g&YvhaA!CB5e9cbt", "Temp354@1"]
    assert ("uygulama_sifresi", "PASSWORD") in column_hits(detector, {"uygulama_sifresi": _col(pw)}, "uyeler")


@pytest.mark.parametrize("header", ["screen_pin", "door_pin", "kapi_sifresi", "gate_code_password", "locker_pin", "alarm_pin"])
def test_a_door_s_or_a_screen_s_code_is_no_password(detector, header):
    codes = ["4821", "1739", "902114", "5530", "2868", "771203", "3141", "6607", "1290", "8452"]
    assert (header, "PASSWORD") not in column_hits(detector, {header: _col(codes)}, "repair_orders")


def test_a_card_pin_stays_a_password(detector):
    codes = ["4821", "1739", "5530", "2868", "3141", "6607", "1290", "8452", "9023", "7714"]
    assert ("card_pin", "PASSWORD") in column_hits(detector, {"card_pin": _col(codes)}, "customers")


def test_where_a_guest_travels_from_is_a_place(detector):
    towns = ["Toronto", "Boston", "London", "Sydney", "Cork", "Galway", "unknown"]
    assert ("Travelling From", "LOCATION") in column_hits(detector, {"Travelling From": _col(towns)}, "wedding_guests")


@pytest.mark.parametrize("header", ["SALON_TOWN", "studio_city", "gym_town", "restaurant_city", "pharmacy_city"])
def test_a_business_s_town_is_no_one_s_home(detector, header):
    towns = ["Leeds", "Derby", "Bristol", "Reading", "Swansea", "Norwich", "York", "Exeter"]
    assert not column_hits(detector, {header: _col(towns, 150)}, "appointments")


def test_a_customer_s_town_stays_a_place(detector):
    towns = ["Leeds", "Derby", "Bristol", "Reading", "Swansea", "Norwich", "York", "Exeter"]
    assert ("customer_town", "LOCATION") in column_hits(detector, {"customer_town": _col(towns, 150)}, "appointments")


# Headers in more languages and scripts (values made up; the hint is what these columns add)
@pytest.mark.parametrize("header, values, entity", [
    ("parolası", ["Kiwi2024?", "stone-piano-horse23", "g&YvhaA!CB5e", "Temp354@1"], "PASSWORD"),
    ("пароль", ["Kiwi2024?", "stone-piano-horse23", "g&YvhaA!CB5e", "Temp354@1"], "PASSWORD"),
    ("비밀번호", ["Kiwi2024?", "stone-piano-horse23", "g&YvhaA!CB5e", "Temp354@1"], "PASSWORD"),
    ("дата_рождения", ["1984-02-11", "1979-12-30", "1991-07-04", "1966-03-21", "2001-10-09"], "DATE_OF_BIRTH"),
    ("生年月日", ["1984-02-11", "1979-12-30", "1991-07-04", "1966-03-21", "2001-10-09"], "DATE_OF_BIRTH"),
    ("dateofbirth", ["11.02.1984", "30.12.1979", "04.07.1991", "21.03.1966", "09.10.2001"], "DATE_OF_BIRTH"),
    ("ACCOUNT_NBR", ["705331990", "54830606281", "931782081147", "25736786591", "8034406626"], "US_BANK_NUMBER"),
    ("фамилия", ["Деркач", "Вовк", "Жайворон", "Соколова", "Миронов", "Лебедева", "Кравец"], "PERSON"),
    ("姓名", ["钟涛", "石艳", "聂龙", "何志强", "蒋丽娟", "史荣", "王芳"], "PERSON"),
    ("이름", ["서지우", "서하은", "박진우", "홍진우", "김지영", "한정웅"], "PERSON"),
    ("телефон", ["+7 (845) 825-6992", "8 399 904 36 77", "8 (277) 779-3353", "+7 912 004 11 83"], "PHONE_NUMBER"),
    ("電話番号", ["03-7672-6780", "090-0384-5825", "06-2639-9904", "080-4417-2231"], "PHONE_NUMBER"),
    ("адрес", ["ул. Малая, д. 1", "пр. Мира, д. 81 кв. 3", "ул. Ленина, д. 12", "пер. Тихий, д. 7"], "STREET_ADDRESS"),
    ("주소", ["인천광역시 종로구 석촌호수길 403", "서울특별시 강남구 테헤란로 12", "부산광역시 해운대구 우동 101"], "STREET_ADDRESS"),
    ("город", ["г. Тверь", "с. Костомукша", "Ростов-на-Дону", "Биробиджан", "Чусовой", "Луга", "Троицк"], "LOCATION"),
    ("市区町村", ["横浜市港南区", "調布市", "清瀬市", "東大和市", "国分寺市", "阜新市"], "LOCATION"),
    ("gemeente", ["Utrecht", "Zwolle", "Haarlem", "Delft", "Leiden", "Breda", "Tilburg"], "LOCATION"),
])
def test_headers_of_more_languages_and_scripts(detector, header, values, entity):
    assert (header, entity) in column_hits(detector, {header: _col(values)}, "customers")


@pytest.mark.parametrize("header, values", [
    ("город", ["вчера", "сегодня", "завтра", "позже"]),   # lower-case words no list holds
    ("city", ["vodja enote", "kuharica", "n/a", "unknown"]),
])
def test_lower_case_words_under_a_town_header_stay_no_places(detector, header, values):
    assert (header, "LOCATION") not in column_hits(detector, {header: _col(values)}, "customers")
