"""The signed QR of the receipt slip (form 01): what is signed, how it is written in the QR, how it is checked.

Anyone holding the desk's public key can check a slip offline: the QR carries the signed fields themselves,
so nothing has to be looked up. The QR text is the desk's lookup URL with the fields as query parameters,
so a citizen's phone camera opens the portal's lookup page, while `motcua verify-receipt` checks it:

    https://dichvucong.gov.vn/tra-cuu-ho-so?hs=000.00.12.H49-250715-0001&dd=3q2-7wAAAAAA
        &tn=202507150930&hh=202507221700&bt=000.00.12.H49/1&ck=<86 characters of base64url>

Signed (Ed25519, in this order, one per line, after a domain-separation tag): the dossier code, a hash of the
applicant's ID number, the received-at and due-at minutes in Vietnam time, the desk, and the lookup URL.
The URL is signed too, so a forged slip cannot keep a valid signature while sending phones elsewhere.

The ID number is hashed (salted with the dossier code, truncated to 72 bits) rather than written out: it
lets a verifier confirm the number on the card in front of them without putting the number in a QR that
any phone can read. The hash is not a secret-keeping device (ID numbers are few enough to enumerate); the
number is printed on the slip anyway. The salt keeps hashes of one person unlinkable across dossiers.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, quote

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from forms.clock import VN_TZ, as_vn
from forms.errors import MotcuaError
from forms.i18n import N_

DOMAIN_TAG = "motcua-receipt/1"
_ID_HASH_TAG = b"motcua-id/1\x00"
_ID_HASH_BYTES = 9  # 72 bits: 12 base64url characters, ample to tell two people apart
_SIGNATURE_BYTES = 64
_TIME_FORMAT = "%Y%m%d%H%M"

# Query parameter names, short because every character enlarges the printed QR.
P_CODE, P_ID_HASH, P_RECEIVED, P_DUE, P_DESK, P_SIGNATURE = "hs", "dd", "tn", "hh", "bt", "ck"
_PARAM_ORDER = (P_CODE, P_ID_HASH, P_RECEIVED, P_DUE, P_DESK, P_SIGNATURE)
_FIELD_LABELS = {
    P_CODE: N_("mã hồ sơ"),
    P_ID_HASH: N_("mã băm số định danh"),
    P_RECEIVED: N_("thời gian nhận hồ sơ"),
    P_DUE: N_("thời gian hẹn trả"),
    P_DESK: N_("bàn tiếp nhận"),
    P_SIGNATURE: N_("chữ ký số"),
}

_CODE_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,63}")
_DESK_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-/]{0,63}")
_B64URL_RE = re.compile(r"[A-Za-z0-9_\-]*")
_URL_RE = re.compile(r"https?://[^\s#]+")


class ReceiptError(MotcuaError):
    kind = "receipt"


class ReceiptFormatError(ReceiptError):
    """The text is not a receipt QR of this application, or a field of it is malformed."""

    kind = "receipt_format"


class ReceiptSignatureInvalid(ReceiptError):
    """The fields were changed after signing, or another key signed them."""

    kind = "receipt_signature"


class PublicKeyError(ReceiptError):
    kind = "public_key"


@dataclass(frozen=True)
class ReceiptClaim:
    """What the desk vouches for on a slip. Times are whole minutes in Vietnam time."""

    dossier_code: str
    id_hash: str  # base64url, "" when the applicant has no ID number
    received_at: datetime
    due_at: datetime | None
    desk: str  # desk_identifier(agency_code, desk_number)
    lookup_url: str

    @classmethod
    def for_dossier(
        cls,
        *,
        dossier_code: str,
        id_number: str | None,
        received_at: datetime,
        due_at: datetime | None,
        desk: str,
        lookup_url: str,
    ) -> ReceiptClaim:
        claim = cls(
            dossier_code=dossier_code,
            id_hash=hash_id_number(dossier_code, id_number),
            received_at=_to_minute(received_at),
            due_at=_to_minute(due_at) if due_at is not None else None,
            desk=desk,
            lookup_url=lookup_url,
        )
        claim.validate()
        return claim

    def validate(self) -> None:
        _check(P_CODE, self.dossier_code, _CODE_RE)
        _check(P_DESK, self.desk, _DESK_RE)
        _check(P_ID_HASH, self.id_hash, _B64URL_RE)
        if not _URL_RE.fullmatch(self.lookup_url):
            raise ReceiptFormatError(
                N_("Địa chỉ tra cứu {url} không hợp lệ: cần bắt đầu bằng http:// hoặc https://"),
                url=self.lookup_url,
            )

    def canonical_bytes(self) -> bytes:
        """The exact bytes signed: stable across platforms and versions of this program."""
        lines = (
            DOMAIN_TAG,
            self.dossier_code,
            self.id_hash,
            _format_time(self.received_at),
            _format_time(self.due_at) if self.due_at is not None else "",
            self.desk,
            self.lookup_url,
        )
        return "\n".join(lines).encode("utf-8")

    def matches_id_number(self, id_number: str) -> bool:
        """Whether the ID number on the card in front of the verifier is the one on the slip."""
        return hash_id_number(self.dossier_code, id_number) == self.id_hash


@dataclass(frozen=True)
class SignedReceipt:
    claim: ReceiptClaim
    signature: bytes

    def to_qr_text(self) -> str:
        claim = self.claim
        values = {
            P_CODE: claim.dossier_code,
            P_ID_HASH: claim.id_hash,
            P_RECEIVED: _format_time(claim.received_at),
            P_DUE: _format_time(claim.due_at) if claim.due_at is not None else "",
            P_DESK: claim.desk,
            P_SIGNATURE: _b64url(self.signature),
        }
        query = "&".join(f"{name}={quote(values[name], safe='./-_')}" for name in _PARAM_ORDER)
        separator = "&" if "?" in claim.lookup_url else "?"
        return f"{claim.lookup_url}{separator}{query}"


def desk_identifier(agency_code: str, desk_number: int) -> str:
    return f"{agency_code}/{desk_number}"


def hash_id_number(dossier_code: str, id_number: str | None) -> str:
    digits = "".join((id_number or "").split())
    if not digits:
        return ""
    digest = hashlib.sha256(_ID_HASH_TAG + dossier_code.encode("utf-8") + b"\x00" + digits.encode("utf-8"))
    return _b64url(digest.digest()[:_ID_HASH_BYTES])


def sign_receipt(claim: ReceiptClaim, private_key: Ed25519PrivateKey) -> SignedReceipt:
    claim.validate()
    return SignedReceipt(claim, private_key.sign(claim.canonical_bytes()))


def parse_receipt_qr(text: str) -> SignedReceipt:
    """Read the fields out of a receipt QR text; raises ReceiptFormatError, never anything else."""
    text = unicodedata.normalize("NFC", text).strip()
    start = max(text.rfind(f"?{P_CODE}="), text.rfind(f"&{P_CODE}="))
    if start <= 0:
        raise ReceiptFormatError(N_("Mã QR không phải phiếu tiếp nhận hồ sơ do MotCua Desk cấp"))
    lookup_url, query = text[:start], text[start + 1 :]
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=True, errors="strict")
    except (ValueError, UnicodeDecodeError) as exc:
        raise ReceiptFormatError(N_("Mã QR của phiếu tiếp nhận bị hỏng, không đọc được các trường")) from exc
    values: dict[str, str] = {}
    for name, value in pairs:
        if name not in _FIELD_LABELS:
            raise ReceiptFormatError(N_("Mã QR của phiếu có trường lạ «{name}»"), name=name[:20])
        if name in values:
            raise ReceiptFormatError(N_("Mã QR của phiếu có trường {field} lặp lại"), field=_FIELD_LABELS[name])
        values[name] = value
    for name in _PARAM_ORDER:
        if name not in values:
            raise ReceiptFormatError(N_("Mã QR của phiếu thiếu {field}"), field=_FIELD_LABELS[name])
    if not values[P_CODE]:
        raise ReceiptFormatError(N_("Mã QR của phiếu thiếu {field}"), field=_FIELD_LABELS[P_CODE])
    claim = ReceiptClaim(
        dossier_code=values[P_CODE],
        id_hash=values[P_ID_HASH],
        received_at=_parse_time(P_RECEIVED, values[P_RECEIVED]),
        due_at=_parse_time(P_DUE, values[P_DUE]) if values[P_DUE] else None,
        desk=values[P_DESK],
        lookup_url=lookup_url,
    )
    claim.validate()
    signature = _parse_b64url(P_SIGNATURE, values[P_SIGNATURE])
    if len(signature) != _SIGNATURE_BYTES:
        raise ReceiptFormatError(N_("Trường {field} trên mã QR không hợp lệ"), field=_FIELD_LABELS[P_SIGNATURE])
    return SignedReceipt(claim, signature)


def verify_receipt(signed: SignedReceipt, public_keys: Iterable[Ed25519PublicKey]) -> ReceiptClaim:
    """Return the claim if one of the keys signed exactly these fields; raise ReceiptSignatureInvalid."""
    signing_key_of(signed, public_keys)
    return signed.claim


def signing_key_of(signed: SignedReceipt, public_keys: Iterable[Ed25519PublicKey]) -> Ed25519PublicKey:
    """The key (of those given) that signed exactly these fields; raise ReceiptSignatureInvalid if none."""
    payload = signed.claim.canonical_bytes()
    tried = False
    for key in public_keys:
        tried = True
        try:
            key.verify(signed.signature, payload)
        except InvalidSignature:
            continue
        return key
    if not tried:
        raise PublicKeyError(N_("Chưa có khóa công khai nào để kiểm tra chữ ký"))
    raise ReceiptSignatureInvalid(
        N_("Chữ ký trên phiếu tiếp nhận không hợp lệ: phiếu đã bị sửa hoặc không do bàn tiếp nhận này cấp")
    )


def verify_receipt_text(text: str, public_keys: Iterable[Ed25519PublicKey]) -> ReceiptClaim:
    return verify_receipt(parse_receipt_qr(text), public_keys)


# --- keys as text ---------------------------------------------------------------------------------


def public_key_text(key: Ed25519PublicKey) -> str:
    """The 32 raw bytes in standard base64: one short line an official can paste or print."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def key_fingerprint(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def load_public_keys(text: str) -> list[Ed25519PublicKey]:
    """Keys from text: PEM blocks, or lines of base64 of the 32 raw bytes; `#` starts a comment line."""
    keys: list[Ed25519PublicKey] = []
    for pem in re.findall(r"-----BEGIN PUBLIC KEY-----.+?-----END PUBLIC KEY-----", text, flags=re.S):
        keys.append(_load_pem(pem))
    without_pem = re.sub(r"-----BEGIN PUBLIC KEY-----.+?-----END PUBLIC KEY-----", "", text, flags=re.S)
    for line in without_pem.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        keys.append(public_key_from_base64(line.split()[0]))
    if not keys:
        raise PublicKeyError(N_("Không tìm thấy khóa công khai nào trong dữ liệu đã cho"))
    return keys


def public_key_from_base64(text: str) -> Ed25519PublicKey:
    # Standard or URL-safe alphabet, padded or not: officials copy keys from mails and web pages.
    cleaned = text.strip().rstrip("=").replace("-", "+").replace("_", "/")
    try:
        raw = base64.b64decode(cleaned + "=" * (-len(cleaned) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PublicKeyError(N_("Khóa công khai không hợp lệ: không phải chuỗi base64")) from exc
    if len(raw) != 32:
        raise PublicKeyError(N_("Khóa công khai không hợp lệ: cần đúng 32 byte, nhận được {n}"), n=len(raw))
    return Ed25519PublicKey.from_public_bytes(raw)


def _load_pem(pem: str) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise PublicKeyError(N_("Khóa công khai không hợp lệ: tệp PEM hỏng")) from exc
    if not isinstance(key, Ed25519PublicKey):
        raise PublicKeyError(N_("Khóa công khai không hợp lệ: không phải khóa Ed25519"))
    return key


# --- helpers --------------------------------------------------------------------------------------


def _to_minute(value: datetime) -> datetime:
    return as_vn(value).replace(second=0, microsecond=0)


def _format_time(value: datetime) -> str:
    return as_vn(value).strftime(_TIME_FORMAT)


def _parse_time(name: str, text: str) -> datetime:
    if not re.fullmatch(r"\d{12}", text):
        raise ReceiptFormatError(N_("Trường {field} trên mã QR không hợp lệ"), field=_FIELD_LABELS[name])
    try:
        return datetime.strptime(text, _TIME_FORMAT).replace(tzinfo=VN_TZ)
    except ValueError as exc:
        raise ReceiptFormatError(N_("Trường {field} trên mã QR không hợp lệ"), field=_FIELD_LABELS[name]) from exc


def _check(name: str, value: str, pattern: re.Pattern[str]) -> None:
    if not pattern.fullmatch(value):
        raise ReceiptFormatError(N_("Trường {field} trên mã QR không hợp lệ"), field=_FIELD_LABELS[name])


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _parse_b64url(name: str, text: str) -> bytes:
    if not _B64URL_RE.fullmatch(text) or len(text) % 4 == 1:
        raise ReceiptFormatError(N_("Trường {field} trên mã QR không hợp lệ"), field=_FIELD_LABELS[name])
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))

