"""Free text in Chinese, Japanese and Korean, written without spaces between words: numbers
glued to the script, labels and context words inside a run of it, dates with 年月日, and
names before an honorific. Also Cyrillic and Arabic labels. All values are made up."""
from __future__ import annotations

import pytest

from tests.helpers import text_spans, values_of


def test_a_phone_glued_to_japanese_is_found(detector):
    assert values_of(detector, "電話番号は090-1234-5678です。", "PHONE_NUMBER") == {"090-1234-5678"}


def test_a_chinese_mobile_with_its_context_word_is_found(detector):
    assert values_of(detector, "王先生的手机号是13912345678，请尽快联系。", "PHONE_NUMBER") == {"13912345678"}


def test_a_number_in_chinese_without_a_phone_word_is_no_phone(detector):
    assert not values_of(detector, "订单号13912345678已发货。", "PHONE_NUMBER")


def test_an_email_glued_to_japanese_stops_at_the_script(detector):
    assert values_of(detector, "メールはtaro.yamada@example.jpまでお願いします。", "EMAIL_ADDRESS") == {"taro.yamada@example.jp"}


@pytest.mark.parametrize(("text", "name"), [
    ("姓名：李小龙\n电话：13812345678", "李小龙"),
    ("氏名: 山田 太郎\n電話番号: 03-1234-5678", "山田 太郎"),
    ("이름: 김민준\n전화번호: 010-9876-5432", "김민준"),
])
def test_a_name_under_its_own_label_in_an_unspaced_script(detector, text, name):
    assert name in values_of(detector, text, "PERSON")


def test_a_product_under_a_plain_label_stays_no_person(detector):
    assert not values_of(detector, "商品：抹茶\n価格：1200円", "PERSON")


@pytest.mark.parametrize(("text", "date"), [
    ("生年月日: 1985年4月3日", "1985年4月3日"),
    ("생년월일: 1992년 7월 15일", "1992년 7월 15일"),
])
def test_a_birth_date_with_year_month_day_signs(detector, text, date):
    assert values_of(detector, text, "DATE_OF_BIRTH") == {date}


@pytest.mark.parametrize(("text", "name"), [
    ("お客様の田中様から電話がありました。", "田中"),
    ("佐藤さんに確認します。", "佐藤"),
    ("请马上联系李小龙女士。", "李小龙"),
    ("王先生明天到。", "王"),
    ("고객님, 김민준 님께 전달 바랍니다.", "김민준"),
    ("박서연씨가 방문했습니다.", "박서연"),
])
def test_a_name_before_its_honorific(detector, text, name):
    assert values_of(detector, text, "PERSON") == {name}


@pytest.mark.parametrize("text", [
    "担当者様へ、株式会社様にご連絡ください。",
    "患者さんの予約を変更しました。",
    "고객님 감사합니다. 선생님께 말씀드렸어요.",
])
def test_a_role_or_a_firm_before_an_honorific_is_no_person(detector, text):
    assert not values_of(detector, text, "PERSON")


def test_labels_in_cyrillic(detector):
    found = text_spans(detector, "ФИО: Петров Иван Сергеевич\nДата рождения: 14.02.1979\nПароль: Qwerty_2024")
    assert {("PERSON", "Петров Иван Сергеевич"), ("DATE_OF_BIRTH", "14.02.1979"), ("PASSWORD", "Qwerty_2024")} <= found


def test_an_address_under_a_chinese_label(detector):
    assert values_of(detector, "地址：北京市朝阳区建国路88号", "STREET_ADDRESS") == {"北京市朝阳区建国路88号"}
