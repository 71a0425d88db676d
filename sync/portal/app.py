"""The reference portal over HTTP: a Starlette app whose routes are the operations of `openapi.yaml`.

Every route is built from the contract: its path and method, its parameters and body schema, whether it
needs a token. Each request is validated against the contract before a handler sees it, so a handler only
ever receives contract-shaped input. To add an operation: describe it in `sync/contract/openapi.yaml` with an
`operationId`, write a handler of that name in `HANDLERS` below, and a client method in `sync/client.py`;
`build_app` refuses to start while an operation has no handler.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from forms.clock import now_vn, to_portal
from forms.errors import MotcuaError
from forms.i18n import N_
from forms.version import VERSION
from sync.contract import jsonio
from sync.contract.schema import ContractViolation, Operation, Parameter, operations
from sync.portal.service import Account, Portal, Unauthorized, UploadProblem

log = logging.getLogger(__name__)

MAX_JSON_BODY = 16 * 1024 * 1024
MAX_BINARY_BODY = 8 * 1024 * 1024 + 1
_INTEGER = re.compile(r"-?[0-9]{1,19}")


@dataclass
class Call:
    """What a handler receives: the validated inputs of one request."""

    request: Request
    portal: Portal
    account: Account | None
    params: dict[str, Any]
    body: Any


def error(status: int, code: str, message: str, headers: Mapping[str, str] | None = None, **extra: Any) -> Response:
    return JSONResponse({"error": {"code": code, "message": message, **extra}}, status_code=status,
                        headers=dict(headers or {}))


class BadRequest(Exception):
    def __init__(self, message: str, status: int = 400, code: str = "bad_request") -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code


def _coerce(parameter: Parameter, raw: str) -> Any:
    kind = parameter.resolved_schema().get("type")
    if kind == "integer":
        if not _INTEGER.fullmatch(raw.strip()):
            raise BadRequest(N_("Tham số {name} phải là số nguyên").format(name=parameter.name))
        return int(raw)
    if kind == "boolean":
        if raw not in ("true", "false"):
            raise BadRequest(N_("Tham số {name} phải là true hoặc false").format(name=parameter.name))
        return raw == "true"
    return raw


def _parameters(op: Operation, request: Request) -> dict[str, Any]:
    declared = {p.name for p in op.parameters if p.location == "query"}
    unknown = sorted(set(request.query_params.keys()) - declared)
    if unknown:
        raise BadRequest(N_("Tham số không có trong hợp đồng đồng bộ: {names}").format(
            names=", ".join(name[:40] for name in unknown[:5])))
    for name in declared:
        if len(request.query_params.getlist(name)) > 1:
            raise BadRequest(N_("Tham số {name} chỉ được có một giá trị").format(name=name))
    values: dict[str, Any] = {}
    for parameter in op.parameters:
        if parameter.location == "path":
            raw = request.path_params.get(parameter.name)
        elif parameter.location == "query":
            raw = request.query_params.get(parameter.name)
        else:
            raw = request.headers.get(parameter.name)
        if raw is None:
            if parameter.required:
                raise BadRequest(N_("Thiếu tham số {name}").format(name=parameter.name))
            default = parameter.resolved_schema().get("default")
            if default is not None:
                values[parameter.name] = default
            continue
        value = _coerce(parameter, raw)
        try:
            parameter.validate(value)
        except ContractViolation as exc:
            raise BadRequest(str(exc)) from exc
        values[parameter.name] = value
    return values


async def _body(op: Operation, request: Request) -> Any:
    if op.body_media_type is None:
        return None
    limit = MAX_JSON_BODY if op.body_media_type == "application/json" else MAX_BINARY_BODY
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BadRequest(N_("Dữ liệu gửi lên quá lớn"), 413, "too_large")
    received = bytearray()  # appended in place: `bytes +=` copies the whole body at every chunk
    async for chunk in request.stream():
        received += chunk
        if len(received) > limit:
            raise BadRequest(N_("Dữ liệu gửi lên quá lớn"), 413, "too_large")
    raw = bytes(received)
    if op.body_media_type != "application/json":
        return raw
    content_type = request.headers.get("content-type", "")
    if not content_type.split(";")[0].strip().lower().endswith("json"):
        raise BadRequest(N_("Nội dung phải là JSON (application/json)"))
    try:
        body = jsonio.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadRequest(N_("Nội dung gửi lên không phải JSON hợp lệ")) from exc
    try:
        op.validate_body(body)
    except ContractViolation as exc:
        raise BadRequest(str(exc)) from exc
    return body


def _account(portal: Portal, request: Request) -> Account:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized(N_("Cần đăng nhập (thiếu mã phiên Bearer)"))
    return portal.authenticate(token.strip())


Handler = Callable[[Call], Awaitable[Response]]


def _endpoint(op: Operation, handler: Handler, portal: Portal) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            account = _account(portal, request) if op.secured else None
            params = _parameters(op, request)
            body = await _body(op, request)
            return await handler(Call(request, portal, account, params, body))
        except Unauthorized as exc:
            return error(401, "unauthorized", str(exc), {"WWW-Authenticate": "Bearer"})
        except BadRequest as exc:
            return error(exc.status, exc.code, exc.message)
        except UploadProblem as exc:
            return error(exc.status, exc.code, str(exc))
        except MotcuaError as exc:
            log.info("%s refused: %s", op.operation_id, exc.kind)
            return error(400, exc.kind, str(exc))
    endpoint.__name__ = op.operation_id
    return endpoint


# ----- handlers, one per operationId --------------------------------------------------------------------------

async def health(call: Call) -> Response:
    return JSONResponse({"status": "ok", "version": VERSION, "time": to_portal(now_vn())})


async def issueToken(call: Call) -> Response:
    return JSONResponse(call.portal.issue_token(call.body["username"], call.body["password"]))


async def pushEvents(call: Call) -> Response:
    assert call.account is not None
    results = call.portal.push(call.account, call.body["items"])
    counts: dict[str, int] = {}
    for result in results:
        counts[result["result"]] = counts.get(result["result"], 0) + 1
    log.info("push from %s: %d items %s", call.account.username, len(results), counts)
    return JSONResponse({"results": results})


async def listChanges(call: Call) -> Response:
    assert call.account is not None
    return JSONResponse(call.portal.changes(call.account, call.params.get("cursor", ""), call.params["limit"]))


async def getCatalogue(call: Call) -> Response:
    return JSONResponse(call.portal.catalogue())


async def getCalendar(call: Call) -> Response:
    return JSONResponse(call.portal.calendar())


async def getAgencies(call: Call) -> Response:
    return JSONResponse(call.portal.agencies())


def _upload_headers(status: Mapping[str, Any]) -> dict[str, str]:
    return {"Upload-Offset": str(status["offset"]), "Upload-Length": str(status["length"]),
            "Upload-Complete": "?1" if status["complete"] else "?0"}


async def attachmentStatus(call: Call) -> Response:
    status = call.portal.attachment_status(call.params["sha256"])
    if status is None:
        return Response(status_code=404)
    return Response(status_code=200, headers=_upload_headers(status))


async def uploadAttachment(call: Call) -> Response:
    sha = call.params["sha256"]
    try:
        status = call.portal.upload(sha, call.params["Upload-Offset"], call.params["Upload-Length"], call.body)
    except UploadProblem as exc:
        if exc.status == 409 and exc.held is not None:
            return JSONResponse(exc.held, status_code=409, headers=_upload_headers(exc.held))
        raise
    return JSONResponse(status, headers=_upload_headers(status))


HANDLERS: dict[str, Handler] = {
    "health": health,
    "issueToken": issueToken,
    "pushEvents": pushEvents,
    "listChanges": listChanges,
    "getCatalogue": getCatalogue,
    "getCalendar": getCalendar,
    "getAgencies": getAgencies,
    "attachmentStatus": attachmentStatus,
    "uploadAttachment": uploadAttachment,
}


def build_app(portal: Portal) -> Starlette:
    routes = []
    missing = [op.operation_id for op in operations() if op.operation_id not in HANDLERS]
    if missing:
        raise RuntimeError(f"contract operations without a handler: {', '.join(missing)}")
    for op in operations():
        routes.append(Route(op.path, _endpoint(op, HANDLERS[op.operation_id], portal), methods=[op.method],
                            name=op.operation_id))

    async def not_found(request: Request, exc: Exception) -> Response:
        return error(404, "not_found", N_("Không có địa chỉ này trong hợp đồng đồng bộ"))

    async def not_allowed(request: Request, exc: Exception) -> Response:
        return error(405, "method_not_allowed", N_("Phương thức không được hỗ trợ ở địa chỉ này"))

    return Starlette(routes=routes, exception_handlers={404: not_found, 405: not_allowed})
