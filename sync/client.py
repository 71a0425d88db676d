"""The desk's HTTP client for the portal contract (`sync/contract/openapi.yaml`), on httpx.

Every call has timeouts, verifies TLS, and retries what can safely be retried (network failures, 5xx,
429, malformed replies — pushes are idempotent by event UUID) with exponential backoff and jitter. Every
reply is validated against the contract, then checked against the request it answers (a push reply must
list exactly the events sent, in order; a page of changes must echo the cursor asked for), so a stale,
duplicated or truncated reply is refused rather than believed. Failures surface as `SyncError`
subclasses with a Vietnamese message and a `kind`; log lines name operations, counts and contract paths,
never a citizen's data.
"""

from __future__ import annotations

import logging
import random
import ssl
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from forms.dossier import DossierEvent
from forms.errors import MotcuaError
from forms.i18n import N_
from sync.contract import jsonio
from sync.contract.schema import ContractViolation, Operation, operation
from sync.contract.wire import PortalDossier, WireError, dossier_from_wire, event_from_wire
from sync.credentials import Credentials

log = logging.getLogger(__name__)

USER_AGENT = "MotCua-Desk-sync/1"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0, pool=5.0)
UPLOAD_CHUNK = 1024 * 1024


# ----- errors --------------------------------------------------------------------------------------------------

class SyncError(MotcuaError):
    kind = "sync"
    retryable = False


class PortalUnreachable(SyncError):
    kind = "offline"
    retryable = True

    def __init__(self, detail: str) -> None:
        super().__init__(N_("Không kết nối được cổng dịch vụ công ({detail}); thay đổi vẫn được giữ để gửi lại"),
                         detail=detail)


class PortalServerError(SyncError):
    kind = "server"
    retryable = True

    def __init__(self, status: int) -> None:
        super().__init__(N_("Cổng dịch vụ công đang gặp lỗi (HTTP {status}); sẽ thử lại sau"), status=status)
        self.status = status


class PortalReplyInvalid(SyncError):
    kind = "invalid_reply"
    retryable = True

    def __init__(self, operation_id: str, where: str) -> None:
        super().__init__(
            N_("Cổng trả lời không đúng hợp đồng đồng bộ ({operation}: {where}); thay đổi vẫn được giữ để gửi lại"),
            operation=operation_id, where=where)
        self.where = where


class PortalAuthFailed(SyncError):
    kind = "auth"

    def __init__(self, message: str) -> None:
        super().__init__(N_("Cổng từ chối đăng nhập: {message} Hãy đăng nhập lại («motcua sync login»)."),
                         message=message)


class NotLoggedIn(SyncError):
    kind = "auth"

    def __init__(self, portal_url: str) -> None:
        super().__init__(N_("Chưa có thông tin đăng nhập cổng {url}; hãy chạy «motcua sync login»"), url=portal_url)


class PortalRefused(SyncError):
    kind = "refused"

    def __init__(self, operation_id: str, status: int, message: str) -> None:
        super().__init__(N_("Cổng từ chối yêu cầu {operation} (HTTP {status}): {message}"),
                         operation=operation_id, status=status, message=message)
        self.status = status


# ----- typed replies -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PushOutcome:
    event_uuid: str
    result: str  # applied | duplicate | conflict | rejected
    reason_code: str | None
    reason_message: str | None
    revision: int | None
    portal: PortalDossier | None  # the portal's version, for conflicts


@dataclass(frozen=True)
class Change:
    seq: str
    kind: str  # online_submitted | status_changed | withdrawal_requested | dossier_updated
    portal: PortalDossier
    event: DossierEvent | None
    hoso: Mapping[str, Any]  # the wire form, kept for conflict records and content checks


@dataclass(frozen=True)
class ChangesPage:
    cursor: str
    next_cursor: str
    has_more: bool
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_s: float = 0.25
    max_s: float = 8.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Exponential backoff with 'equal jitter': half fixed, half random, so retries of many desks spread."""
        ceiling = min(self.max_s, self.base_s * 2 ** (attempt - 1))
        return float(ceiling / 2 + rng.uniform(0, ceiling / 2))


@dataclass
class _Reply:
    status: int
    body: Any
    headers: httpx.Headers


def _parse_portal_dossier(hoso: Mapping[str, Any], op: str, where: str) -> PortalDossier:
    try:
        return dossier_from_wire(hoso)
    except WireError as exc:
        raise PortalReplyInvalid(op, f"{where}.{exc.where}") from exc


class PortalClient:
    def __init__(self, base_url: str, credentials: Credentials | None, *,
                 timeout: httpx.Timeout = DEFAULT_TIMEOUT, retry: RetryPolicy | None = None,
                 transport: httpx.BaseTransport | None = None, verify: bool | str | ssl.SSLContext = True,
                 sleep: Callable[[float], None] = time.sleep, rng: random.Random | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.credentials = credentials
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._token: str | None = None
        if isinstance(verify, str):  # a CA bundle for a portal with its own certificate authority
            verify = ssl.create_default_context(cafile=verify)
        self.agency: str | None = None
        self.username: str | None = None
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, verify=verify, transport=transport,
                                  headers={"User-Agent": USER_AGENT}, follow_redirects=False)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PortalClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- the one request loop ----------------------------------------------------------------------------
    def _call(self, operation_id: str, *, path: str | None = None, params: Mapping[str, Any] | None = None,
              json_body: Any = None, content: bytes | None = None, headers: Mapping[str, str] | None = None,
              check: Callable[[_Reply], None] | None = None, accept: Sequence[int] = (200,)) -> _Reply:
        op = operation(operation_id)
        last: SyncError | None = None
        relogged = False
        attempt = 0
        while attempt < self.retry.attempts:
            attempt += 1
            try:
                reply = self._once(op, path or op.path, params, json_body, content, headers)
                if reply.status == 401 and op.secured and not relogged:
                    relogged = True  # the token expired or the portal restarted: log in once more
                    self._token = None
                    attempt -= 1
                    continue
                return self._judge(op, reply, check, accept)
            except SyncError as exc:
                if not exc.retryable:
                    raise
                last = exc
            log.warning("portal %s: attempt %d/%d failed (%s%s)", op.operation_id, attempt, self.retry.attempts,
                        last.kind, f": {last.where}" if isinstance(last, PortalReplyInvalid) else "")
            if attempt < self.retry.attempts:
                self._sleep(self.retry.delay(attempt, self._rng))
        assert last is not None
        raise last

    def _once(self, op: Operation, path: str, params: Mapping[str, Any] | None, json_body: Any,
              content: bytes | None, headers: Mapping[str, str] | None) -> _Reply:
        all_headers = dict(headers or {})
        if op.secured:
            all_headers["Authorization"] = f"Bearer {self._ensure_token()}"
        try:
            if json_body is not None:
                data = jsonio.dumps(json_body)
                all_headers["Content-Type"] = "application/json"
                response = self._http.request(op.method, path, params=params, content=data, headers=all_headers)
            else:
                response = self._http.request(op.method, path, params=params, content=content,
                                              headers=all_headers)
        except httpx.TimeoutException as exc:
            raise PortalUnreachable(N_("hết thời gian chờ")) from exc
        except httpx.TransportError as exc:
            raise PortalUnreachable(type(exc).__name__) from exc
        body: Any = None
        if op.method != "HEAD" and response.content:
            try:
                body = jsonio.loads(response.content)
            except (UnicodeDecodeError, ValueError) as exc:
                if response.status_code >= 500:
                    raise PortalServerError(response.status_code) from exc
                raise PortalReplyInvalid(op.operation_id, N_("nội dung không phải JSON")) from exc
        return _Reply(response.status_code, body, response.headers)

    def _judge(self, op: Operation, reply: _Reply, check: Callable[[_Reply], None] | None,
               accept: Sequence[int]) -> _Reply:
        if reply.status >= 500 or reply.status == 429:
            raise PortalServerError(reply.status)
        try:
            op.validate_response(reply.status, reply.body)
        except ContractViolation as exc:
            raise PortalReplyInvalid(op.operation_id, exc.where) from exc
        if reply.status in accept:
            if check is not None:
                check(reply)
            return reply
        message = ""
        if isinstance(reply.body, dict) and isinstance(reply.body.get("error"), dict):
            message = str(reply.body["error"].get("message", ""))
        if reply.status == 401:
            raise PortalAuthFailed(message)
        raise PortalRefused(op.operation_id, reply.status, message)

    # ----- operations --------------------------------------------------------------------------------------
    def _ensure_token(self) -> str:
        if self._token is None:
            self.login()
        assert self._token is not None
        return self._token

    def ensure_login(self) -> None:
        """Log in unless a token is already held (an expired one is renewed on its first 401)."""
        if self._token is None:
            self.login()

    def login(self) -> Mapping[str, Any]:
        if self.credentials is None:
            raise NotLoggedIn(self.base_url)
        reply = self._call("issueToken", json_body={"username": self.credentials.username,
                                                    "password": self.credentials.password})
        self._token = reply.body["access_token"]
        self.agency = reply.body["agency"]
        self.username = reply.body["username"]
        log.info("logged in to the portal as a desk of agency %s", self.agency)
        return dict(reply.body)

    def health(self) -> Mapping[str, Any]:
        return dict(self._call("health").body)

    def push(self, items: Sequence[Mapping[str, Any]]) -> list[PushOutcome]:
        """Push `items` (each {"SuKien", "HoSo"}); one outcome per item, in order."""
        sent = [item["SuKien"]["MaSuKien"] for item in items]

        def check(reply: _Reply) -> None:
            got = [result["MaSuKien"] for result in reply.body["results"]]
            if got != sent:
                raise PortalReplyInvalid("pushEvents", N_("kết quả không khớp các sự kiện đã gửi"))

        reply = self._call("pushEvents", json_body={"items": list(items)}, check=check)
        outcomes = []
        for index, result in enumerate(reply.body["results"]):
            hoso = result.get("HoSo")
            reason = result.get("reason") or {}
            outcomes.append(PushOutcome(
                event_uuid=result["MaSuKien"], result=result["result"], reason_code=reason.get("code"),
                reason_message=reason.get("message"), revision=result.get("PhienBan"),
                portal=None if hoso is None else _parse_portal_dossier(hoso, "pushEvents", f"results[{index}].HoSo"),
            ))
        if any(o.result == "conflict" and o.portal is None for o in outcomes):
            raise PortalReplyInvalid("pushEvents", N_("xung đột thiếu phiên bản hồ sơ của cổng"))
        return outcomes

    def changes(self, cursor: str, limit: int = 200) -> ChangesPage:
        def check(reply: _Reply) -> None:
            if reply.body["cursor"] != cursor:
                raise PortalReplyInvalid("listChanges", N_("trang thay đổi không ứng với con trỏ đã hỏi"))

        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        reply = self._call("listChanges", params=params, check=check)
        changes = []
        for index, item in enumerate(reply.body["changes"]):
            event = None
            if item.get("SuKien") is not None:
                try:
                    event = event_from_wire(item["SuKien"])
                except WireError as exc:
                    raise PortalReplyInvalid("listChanges", f"changes[{index}].SuKien.{exc.where}") from exc
            changes.append(Change(
                seq=item["seq"], kind=item["kind"], event=event, hoso=item["HoSo"],
                portal=_parse_portal_dossier(item["HoSo"], "listChanges", f"changes[{index}].HoSo"),
            ))
        body = reply.body
        return ChangesPage(cursor=body["cursor"], next_cursor=body["next_cursor"], has_more=body["has_more"],
                           changes=tuple(changes))

    def catalogue(self) -> list[Mapping[str, Any]]:
        return list(self._call("getCatalogue").body["items"])

    def calendar(self) -> list[Mapping[str, Any]]:
        return list(self._call("getCalendar").body["items"])

    def agencies(self) -> list[Mapping[str, Any]]:
        return list(self._call("getAgencies").body["items"])

    def attachment_offset(self, sha256: str) -> tuple[int, bool]:
        """(bytes the portal holds, complete?) — (0, False) when it holds nothing."""
        reply = self._call("attachmentStatus", path=f"/v1/attachments/{sha256}", accept=(200, 404))
        if reply.status == 404:
            return 0, False
        try:
            offset = int(reply.headers["Upload-Offset"])
            complete = reply.headers["Upload-Complete"] == "?1"
        except (KeyError, ValueError) as exc:
            raise PortalReplyInvalid("attachmentStatus", "Upload-Offset") from exc
        return offset, complete

    def upload_attachment(self, sha256: str, length: int, read: Callable[[int, int], bytes], *,
                          chunk_size: int = UPLOAD_CHUNK) -> None:
        """Send the bytes the portal does not hold yet, from where it stopped; `read(offset, size)` gives them."""
        offset, complete = self.attachment_offset(sha256)
        for _ in range(length // max(chunk_size, 1) + 2 * self.retry.attempts + 2):
            if complete:
                return
            chunk = read(offset, min(chunk_size, length - offset))
            reply = self._call(
                "uploadAttachment", path=f"/v1/attachments/{sha256}", content=chunk, accept=(200, 409),
                headers={"Upload-Offset": str(offset), "Upload-Length": str(length),
                         "Content-Type": "application/octet-stream"},
            )
            offset, complete = int(reply.body["offset"]), bool(reply.body["complete"])
        raise PortalReplyInvalid("uploadAttachment", N_("tải tệp không tiến triển"))
