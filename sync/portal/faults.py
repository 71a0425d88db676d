"""Fault injection for demos and tests: `--faults drop=0.1,error=0.1,truncate=0.05,delay_ms=200[,seed=7]`.

An ASGI middleware in front of the portal. Per request, after a random delay of up to `delay_ms`:
- `drop`: the connection is cut before the reply is complete — half the time before the portal handled the
  request, half the time after (the change is made but the desk never hears of it);
- `error`: a 500 reply, again before or after the portal handled the request;
- `truncate`: the portal handles the request and the reply body is cut short (valid HTTP, broken JSON).
Only `/v1/` routes are affected.
"""

from __future__ import annotations

import asyncio
import json
import random
from dataclasses import dataclass
from typing import Any

from forms.errors import InvalidInput
from forms.i18n import N_

Scope = dict[str, Any]
Message = dict[str, Any]


@dataclass(frozen=True)
class Faults:
    drop: float = 0.0
    error: float = 0.0
    truncate: float = 0.0
    delay_ms: int = 0
    seed: int | None = None

    @property
    def any(self) -> bool:
        return bool(self.drop or self.error or self.truncate or self.delay_ms)

    @classmethod
    def parse(cls, text: str) -> Faults:
        values: dict[str, Any] = {}
        for part in filter(None, (p.strip() for p in text.split(","))):
            key, sep, raw = part.partition("=")
            key = key.strip()
            if not sep or key not in ("drop", "error", "truncate", "delay_ms", "seed"):
                raise InvalidInput(N_("Lỗi giả lập «{part}» không hợp lệ; dùng drop=, error=, truncate=, delay_ms=, seed="),
                                   part=part)
            try:
                if key in ("delay_ms", "seed"):
                    number: float = int(raw)
                    if number < 0:
                        raise ValueError
                else:
                    number = float(raw)
                    if not 0.0 <= number <= 1.0:
                        raise ValueError
            except ValueError as exc:
                raise InvalidInput(N_("Giá trị của {key} không hợp lệ: «{raw}»"), key=key, raw=raw) from exc
            values[key] = number
        faults = cls(**values)
        if faults.drop + faults.error + faults.truncate > 1.0:
            raise InvalidInput(N_("Tổng xác suất drop + error + truncate không được vượt quá 1"))
        return faults


class FaultInjector:
    def __init__(self, app: Any, faults: Faults) -> None:
        self.app = app
        self.faults = faults
        self.rng = random.Random(faults.seed)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        faults = self.faults
        if faults.delay_ms:
            await asyncio.sleep(self.rng.uniform(0, faults.delay_ms) / 1000)
        roll = self.rng.random()
        before = self.rng.random() < 0.5
        if roll < faults.drop:
            mode = "drop"
        elif roll < faults.drop + faults.error:
            mode = "error"
        elif roll < faults.drop + faults.error + faults.truncate:
            mode, before = "truncate", False
        else:
            await self.app(scope, receive, send)
            return
        if before:
            await (_cut(send) if mode == "drop" else _server_error(send))
            return
        captured: list[Message] = []

        async def capture(message: Message) -> None:
            captured.append(message)

        await self.app(scope, receive, capture)
        if mode == "drop":
            await _cut(send)
        elif mode == "error":
            await _server_error(send)
        else:
            await _truncated(send, captured)


async def _cut(send: Any) -> None:
    # Headers promise a body that never comes; the server then closes the connection mid-reply.
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"64")]})
    await send({"type": "http.response.body", "body": b"{", "more_body": True})


async def _server_error(send: Any) -> None:
    body = json.dumps({"error": {"code": "injected", "message": "Lỗi máy chủ (giả lập)"}},
                      ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": 500,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


async def _truncated(send: Any, captured: list[Message]) -> None:
    start = next(m for m in captured if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in captured if m["type"] == "http.response.body")
    cut = body[: len(body) // 2]
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(cut)).encode()))
    await send({"type": "http.response.start", "status": start["status"], "headers": headers})
    await send({"type": "http.response.body", "body": cut})
