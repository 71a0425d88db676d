"""The signed receipt QR: round trip, tampering, foreign keys, hostile text, key text formats."""

from __future__ import annotations

import base64
import contextlib
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from forms.clock import VN_TZ
from forms.receipt_signature import (
    PublicKeyError,
    ReceiptClaim,
    ReceiptError,
    ReceiptFormatError,
    ReceiptSignatureInvalid,
    desk_identifier,
    hash_id_number,
    load_public_keys,
    parse_receipt_qr,
    public_key_text,
    sign_receipt,
    verify_receipt_text,
)

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
OTHER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))


def claim(**overrides: object) -> ReceiptClaim:
    values: dict[str, object] = {
        "dossier_code": "000.00.12.H49-250715-1001",
        "id_number": "049190123456",
        "received_at": datetime(2025, 7, 15, 9, 30, 41, tzinfo=VN_TZ),
        "due_at": datetime(2025, 7, 18, 17, 0, tzinfo=VN_TZ),
        "desk": desk_identifier("000.00.12.H49", 2),
        "lookup_url": "https://dichvucong.gov.vn/tra-cuu-ho-so",
    }
    values.update(overrides)
    return ReceiptClaim.for_dossier(**values)  # type: ignore[arg-type]


def qr_text(**overrides: object) -> str:
    return sign_receipt(claim(**overrides), KEY).to_qr_text()


def test_round_trip_returns_the_signed_fields() -> None:
    text = qr_text()
    verified = verify_receipt_text(text, [KEY.public_key()])
    assert verified.dossier_code == "000.00.12.H49-250715-1001"
    assert verified.received_at == datetime(2025, 7, 15, 9, 30, tzinfo=VN_TZ)  # whole minutes
    assert verified.due_at == datetime(2025, 7, 18, 17, 0, tzinfo=VN_TZ)
    assert verified.desk == "000.00.12.H49/2"
    assert verified.lookup_url == "https://dichvucong.gov.vn/tra-cuu-ho-so"
    assert verified.matches_id_number("049190123456")
    assert verified.matches_id_number(" 0491 9012 3456 ")
    assert not verified.matches_id_number("049190123457")


def test_qr_text_is_the_lookup_url_and_stays_compact() -> None:
    text = qr_text()
    assert text.startswith("https://dichvucong.gov.vn/tra-cuu-ho-so?hs=000.00.12.H49-250715-1001&")
    assert "049190123456" not in text  # only its salted hash travels
    assert len(text) < 240, len(text)


def test_naive_and_utc_times_are_read_as_vietnam_time() -> None:
    utc = datetime(2025, 7, 15, 2, 30, tzinfo=UTC)
    naive = datetime(2025, 7, 15, 9, 30)
    assert claim(received_at=utc).received_at == claim(received_at=naive).received_at


@pytest.mark.parametrize(
    ("param", "new_value"),
    [
        ("hs", "000.00.12.H49-250715-1002"),
        ("dd", hash_id_number("000.00.12.H49-250715-1001", "049190999999")),
        ("tn", "202507150931"),
        ("hh", "202507251700"),
        ("bt", "000.00.12.H49/3"),
    ],
)
def test_each_changed_field_breaks_the_signature(param: str, new_value: str) -> None:
    text = qr_text()
    before = text.split(f"{param}=", 1)[1].split("&", 1)[0]
    tampered = text.replace(f"{param}={before}", f"{param}={quote(new_value, safe='./-_')}")
    assert tampered != text
    parse_receipt_qr(tampered)  # still well-formed …
    with pytest.raises(ReceiptSignatureInvalid) as caught:
        verify_receipt_text(tampered, [KEY.public_key()])  # … but no longer what the desk signed
    assert "không hợp lệ" in str(caught.value)


def test_a_swapped_lookup_url_breaks_the_signature() -> None:
    tampered = qr_text().replace("https://dichvucong.gov.vn/", "https://dichvucong-gov.example/")
    with pytest.raises(ReceiptSignatureInvalid):
        verify_receipt_text(tampered, [KEY.public_key()])


def test_a_flipped_signature_bit_fails() -> None:
    signed = sign_receipt(claim(), KEY)
    broken = bytes([signed.signature[0] ^ 1]) + signed.signature[1:]
    text = type(signed)(signed.claim, broken).to_qr_text()
    with pytest.raises(ReceiptSignatureInvalid):
        verify_receipt_text(text, [KEY.public_key()])


def test_another_desks_key_fails_and_a_key_history_passes() -> None:
    text = qr_text()
    with pytest.raises(ReceiptSignatureInvalid):
        verify_receipt_text(text, [OTHER_KEY.public_key()])
    assert verify_receipt_text(text, [OTHER_KEY.public_key(), KEY.public_key()]).dossier_code


def test_no_key_at_all_is_a_key_error_not_a_pass() -> None:
    with pytest.raises(PublicKeyError):
        verify_receipt_text(qr_text(), [])


def test_lookup_url_with_its_own_query_round_trips() -> None:
    text = qr_text(lookup_url="https://dvc.quangnam.gov.vn/tra-cuu?lang=vi")
    assert "tra-cuu?lang=vi&hs=" in text
    assert verify_receipt_text(text, [KEY.public_key()]).lookup_url == "https://dvc.quangnam.gov.vn/tra-cuu?lang=vi"


def test_no_due_date_and_no_id_number_round_trip() -> None:
    text = qr_text(due_at=None, id_number=None)
    verified = verify_receipt_text(text, [KEY.public_key()])
    assert verified.due_at is None
    assert verified.id_hash == ""
    assert not verified.matches_id_number("049190123456")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3|15042021", "không phải phiếu tiếp nhận"),
        ("https://x.vn/a?hs=1&dd=&tn=202507150930&hh=&bt=D/1", "thiếu chữ ký số"),
        ("https://x.vn/a?hs=1&dd=&tn=2025071509&hh=&bt=D/1&ck=AA", "thời gian nhận hồ sơ"),
        ("https://x.vn/a?hs=1&dd=&tn=202513150930&hh=&bt=D/1&ck=AA", "thời gian nhận hồ sơ"),
        ("https://x.vn/a?hs=1&dd=&tn=202507150930&hh=&bt=D/1&ck=AAAA", "chữ ký số"),
        ("https://x.vn/a?hs=1&dd=&tn=202507150930&tn=202507150930&hh=&bt=D/1&ck=AA", "lặp lại"),
        ("https://x.vn/a?hs=1&zz=2&dd=&tn=202507150930&hh=&bt=D/1&ck=AA", "trường lạ"),
        ("ftp://x.vn/a?hs=1&dd=&tn=202507150930&hh=&bt=D/1&ck=" + "A" * 86, "Địa chỉ tra cứu"),
    ],
)
def test_malformed_text_gets_a_vietnamese_reason(text: str, fragment: str) -> None:
    with pytest.raises(ReceiptFormatError) as caught:
        parse_receipt_qr(text)
    assert fragment in str(caught.value)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_no_text_makes_the_parser_fail_with_anything_but_a_receipt_error(text: str) -> None:
    with contextlib.suppress(ReceiptError):
        parse_receipt_qr(text)


@settings(max_examples=150, deadline=None)
@given(position=st.integers(min_value=0), replacement=st.characters(codec="ascii"))
def test_any_single_character_change_is_refused(position: int, replacement: str) -> None:
    text = qr_text()
    index = position % len(text)
    if text[index] == replacement:
        return
    changed = text[:index] + replacement + text[index + 1 :]
    try:
        verified = verify_receipt_text(changed, [KEY.public_key()])
    except ReceiptError:
        return
    # Only a change that does not alter the decoded fields may pass (e.g. %2F for / in the desk).
    assert verified == parse_receipt_qr(text).claim


def test_public_key_text_formats() -> None:
    public = KEY.public_key()
    b64 = public_key_text(public)
    raw = base64.b64decode(b64)
    urlsafe = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    for text in (b64, urlsafe, pem, f"# desk 2\n{b64} ABCD\n\n{public_key_text(OTHER_KEY.public_key())}\n"):
        keys = load_public_keys(text)
        assert verify_receipt_text(qr_text(), keys).dossier_code


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "Không tìm thấy"),
        ("@@@@ khóa", "base64"),
        (base64.b64encode(b"short").decode(), "32 byte"),
        ("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----", "PEM"),
    ],
)
def test_bad_public_keys_are_explained(text: str, fragment: str) -> None:
    with pytest.raises(PublicKeyError) as caught:
        load_public_keys(text)
    assert fragment in str(caught.value)


def test_seconds_within_the_minute_do_not_change_the_claim() -> None:
    base = claim()
    later_seconds = claim(received_at=datetime(2025, 7, 15, 9, 30, 59, tzinfo=VN_TZ))
    next_minute = claim(received_at=datetime(2025, 7, 15, 9, 30, tzinfo=VN_TZ) + timedelta(minutes=1))
    assert base.canonical_bytes() == later_seconds.canonical_bytes()
    assert base.canonical_bytes() != next_minute.canonical_bytes()
