"""Time in the domain: every datetime is timezone-aware, in Vietnam's time (UTC+07:00, no daylight saving).

A fixed offset rather than the IANA zone, because Windows has no system time-zone database and Vietnam has
not changed its offset since 1975. The portal's wire format is `yyyyMMddHHmmss` in this local time.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7), "ICT")
PORTAL_FORMAT = "%Y%m%d%H%M%S"


def now_vn() -> datetime:
    return datetime.now(VN_TZ)


def as_vn(value: datetime) -> datetime:
    """Interpret a naive datetime as Vietnamese wall-clock time; convert an aware one to it."""
    if value.tzinfo is None:
        return value.replace(tzinfo=VN_TZ)
    return value.astimezone(VN_TZ)


def to_portal(value: datetime) -> str:
    return as_vn(value).strftime(PORTAL_FORMAT)


def from_portal(text: str) -> datetime:
    return datetime.strptime(text, PORTAL_FORMAT).replace(tzinfo=VN_TZ)
