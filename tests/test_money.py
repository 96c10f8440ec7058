from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.money import MAX_AMOUNT, amount_in_words, format_yuan, from_fen, parse_amount, round_fen, to_fen

D = Decimal


@pytest.mark.parametrize(("value", "expected"), [
    ("1.005", "1.01"), ("1.004", "1.00"), ("2.675", "2.68"), ("0.125", "0.13"), ("-1.005", "-1.01"), ("7", "7.00"),
])
def test_rounding_is_half_up_to_the_fen(value, expected):
    assert round_fen(D(value)) == D(expected)


def test_fen_round_trip_and_format():
    assert to_fen(D("1234.50")) == 123450
    assert from_fen(123450) == D("1234.50")
    assert format_yuan(D("1234.5")) == "¥1,234.50"
    assert format_yuan(D("0")) == "¥0.00"
    assert format_yuan(D("-12.3")) == "-¥12.30"
    assert format_yuan(D("1234567.891")) == "¥1,234,567.89"


@given(st.integers(min_value=0, max_value=int(MAX_AMOUNT * 100)))
def test_every_fen_amount_survives_the_round_trip(fen):
    assert to_fen(from_fen(fen)) == fen


@pytest.mark.parametrize(("text", "expected"), [
    ("12", "12.00"), (" 1,234.5 ", "1234.50"), ("¥88.80", "88.80"), ("￥0.01", "0.01"),
])
def test_parse_amount_accepts_what_a_clerk_types(text, expected):
    assert parse_amount(text) == D(expected)


@pytest.mark.parametrize("text", ["abc", "", "1.234", "-5", "NaN", "Infinity", "1e20", "1e3", "0x10", "1 000"])
def test_parse_amount_refuses_bad_input_with_one_message(text):
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, field="amount")
    assert caught.value.field == "amount"
    assert str(caught.value)


# The PBOC examples (《正确填写票据和结算凭证的基本规定》) and the rules the foundation issue names.
@pytest.mark.parametrize(("amount", "words"), [
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("15.00", "壹拾伍元整"),
    ("0.50", "伍角"),
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
    ("107000.53", "壹拾万柒仟元零伍角叁分"),
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("100000.00", "壹拾万元整"),
    ("10005.00", "壹万零伍元整"),
    ("100010.00", "壹拾万零壹拾元整"),
    ("1010101.00", "壹佰零壹万零壹佰零壹元整"),
    ("100000000.00", "壹亿元整"),
    ("1000000001.00", "壹拾亿零壹元整"),
    ("0.05", "伍分"),
    ("0.01", "壹分"),
    ("1.00", "壹元整"),
    ("1680.02", "壹仟陆佰捌拾元零贰分"),
    ("0.00", "零元整"),
    ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
])
def test_amount_in_words_follows_the_pboc_rules(amount, words):
    assert amount_in_words(D(amount)) == words


def test_amount_in_words_never_guesses():
    with pytest.raises(ValueError):
        amount_in_words(D("-1.00"))
    with pytest.raises(ValueError):
        amount_in_words(MAX_AMOUNT + D("0.01"))
    with pytest.raises(ValueError):
        amount_in_words(D("1.005"))
    with pytest.raises(TypeError):
        amount_in_words(1.5)


@given(st.integers(min_value=1, max_value=int(MAX_AMOUNT * 100)))
def test_words_are_well_formed_for_any_amount(fen):
    words = amount_in_words(from_fen(fen))
    assert "零零" not in words
    assert not words.startswith("零")
    assert words.endswith(("整", "角", "分"))
    assert words.endswith("整") == (fen % 100 == 0)
    assert not words.endswith("分整")


def test_money_is_never_a_float():
    with pytest.raises(TypeError):
        round_fen(1.005)
    with pytest.raises(TypeError):
        to_fen(0.285)


@pytest.mark.parametrize("text", ["1" + "0" * 26, "9" * 30, "-" + "9" * 30])
def test_huge_amounts_are_refused_before_any_arithmetic(text):
    with pytest.raises(ValidationError, match="too large"):
        parse_amount(text, allow_negative=True)
