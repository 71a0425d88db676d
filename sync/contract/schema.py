"""Load `openapi.yaml` once and validate JSON against its schemas (JSON Schema 2020-12, as OpenAPI 3.1 is).

Each schema the code validates against (a component, a parameter, a request or response body) is cut out of
the spec as a standalone JSON Schema with every component it refers to under `$defs`, and compiled once.
Compiled with `jsonschema-rs` (Rust; about a hundred times faster than pure Python, which matters: every
pushed dossier is validated on both sides), or with `jsonschema` where no jsonschema-rs wheel exists.

Validation errors name the place and the rule that failed, never the value: a value can be a citizen's name
or ID number, and these messages end up in logs.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import yaml
from jsonschema import Draft202012Validator

from forms.errors import MotcuaError

_fast_engine: Any
try:
    import jsonschema_rs as _fast_engine
except ImportError:  # pragma: no cover - every supported platform has a wheel; the fallback is only slower
    _fast_engine = None

SPEC_PATH = Path(__file__).with_name("openapi.yaml")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


class ContractViolation(MotcuaError):
    """A document does not follow the contract. The text says where, never what the value was."""

    kind = "contract"

    def __init__(self, component: str, where: str, rule: str) -> None:
        super().__init__(
            "Dữ liệu không đúng hợp đồng đồng bộ ({component}): trường {where} vi phạm quy tắc {rule}",
            component=component, where=where, rule=rule,
        )
        self.component = component
        self.where = where
        self.rule = rule


@cache
def load_spec() -> Mapping[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


_COMPONENT_REF = "#/components/schemas/"


def _pointer(*parts: str) -> str:
    escaped = (part.replace("~", "~0").replace("/", "~1") for part in parts)
    return "/" + "/".join(quote(part, safe="~:.-_") for part in escaped)


def _node(pointer: str) -> Any:
    node: Any = load_spec()
    for part in pointer.lstrip("/").split("/"):
        key = unquote(part).replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def _local_refs(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: (value.replace(_COMPONENT_REF, "#/$defs/") if key == "$ref" and isinstance(value, str)
                      else _local_refs(value)) for key, value in node.items()}
    if isinstance(node, list):
        return [_local_refs(item) for item in node]
    return node


@cache
def _definitions() -> dict[str, Any]:
    return dict(_local_refs(copy.deepcopy(dict(load_spec()["components"]["schemas"]))))


def standalone(pointer: str) -> dict[str, Any]:
    """The schema at `pointer` in the spec, self-contained: the components it uses travel under `$defs`."""
    schema = dict(_local_refs(copy.deepcopy(_node(pointer))))
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$defs"] = _definitions()
    return schema


def _where(path: Any) -> str:
    text = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)
    return text.lstrip(".") or "(gốc)"


class _Checker:
    """One compiled schema: `is_valid`, and the first problem as (where, rule) without the value."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self._python = Draft202012Validator(schema)
        self._fast = _fast_engine.validator_for(schema) if _fast_engine is not None else None

    def is_valid(self, instance: Any) -> bool:
        if self._fast is not None:
            return bool(self._fast.is_valid(instance))
        return bool(self._python.is_valid(instance))

    def first_error(self, instance: Any) -> tuple[str, str] | None:
        if self.is_valid(instance):
            return None
        error = next(iter(self._python.iter_errors(instance)), None)
        if error is None:  # the two engines disagree: trust the stricter answer, say so plainly
            return "(gốc)", "schema"
        # For oneOf/anyOf the deepest failing branch names the real culprit.
        while error.context:
            error = min(error.context, key=lambda e: -len(e.absolute_path))
        return _where(error.absolute_path), str(error.validator)


@cache
def _validator_at(pointer: str) -> _Checker:
    return _Checker(standalone(pointer))


def validator_for(component: str) -> _Checker:
    """The validator of `#/components/schemas/<component>`."""
    return _validator_at(_pointer("components", "schemas", component))


def _first_error(validator: _Checker, instance: Any) -> tuple[str, str] | None:
    return validator.first_error(instance)


def validate(component: str, instance: Any) -> None:
    """Raise `ContractViolation` unless `instance` follows `#/components/schemas/<component>`."""
    problem = _first_error(validator_for(component), instance)
    if problem is not None:
        raise ContractViolation(component, *problem)


def is_valid(component: str, instance: Any) -> bool:
    return bool(validator_for(component).is_valid(instance))


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "query" | "path" | "header"
    required: bool
    schema: Mapping[str, Any]
    pointer: str  # where its schema lives in the spec, for validation with $refs resolved

    def validate(self, value: Any) -> None:
        problem = _first_error(_validator_at(self.pointer), value)
        if problem is not None:
            raise ContractViolation(f"tham số {self.name}", self.name, problem[1])

    def resolved_schema(self) -> Mapping[str, Any]:
        """The parameter's schema with a top-level $ref followed (enough to coerce text to a type)."""
        schema = self.schema
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            node: Any = load_spec()
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            return dict(node)
        return schema


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # as in the spec, e.g. "/v1/attachments/{sha256}"
    parameters: tuple[Parameter, ...]
    body_media_type: str | None
    body_pointer: str | None  # schema pointer of the request body
    body_required: bool
    secured: bool
    responses: Mapping[str, str | None]  # status code → pointer of its JSON schema (None: no JSON body)

    def validate_response(self, status: int, body: Any) -> None:
        """Raise `ContractViolation` unless `body` is what the contract says `status` carries."""
        if str(status) not in self.responses:
            raise ContractViolation(self.operation_id, f"HTTP {status}", "responses")
        pointer = self.responses[str(status)]
        if pointer is None:
            return
        problem = _first_error(_validator_at(pointer), body)
        if problem is not None:
            raise ContractViolation(self.operation_id, *problem)

    def validate_body(self, body: Any) -> None:
        if self.body_pointer is None:
            return
        problem = _first_error(_validator_at(self.body_pointer), body)
        if problem is not None:
            raise ContractViolation(self.operation_id, *problem)


def _parameters(raw: list[Mapping[str, Any]], *pointer_parts: str) -> list[Parameter]:
    found = []
    for index, item in enumerate(raw):
        found.append(Parameter(
            name=item["name"], location=item["in"], required=bool(item.get("required", False)),
            schema=item["schema"], pointer=_pointer(*pointer_parts, "parameters", str(index), "schema"),
        ))
    return found


def _response_pointer(reply: Mapping[str, Any], path: str, method: str, status: str) -> str | None:
    parts: tuple[str, ...] = ("paths", path, method, "responses", status)
    ref = reply.get("$ref")
    if isinstance(ref, str):
        parts = tuple(part.replace("~1", "/").replace("~0", "~") for part in ref[2:].split("/"))
        node: Any = load_spec()
        for part in parts:
            node = node[part]
        reply = node
    if "application/json" not in reply.get("content", {}):
        return None
    return _pointer(*parts, "content", "application/json", "schema")


@cache
def operations() -> tuple[Operation, ...]:
    spec = load_spec()
    default_secured = bool(spec.get("security"))
    result = []
    for path, item in spec["paths"].items():
        shared = _parameters(item.get("parameters", []), "paths", path)
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            own = _parameters(op.get("parameters", []), "paths", path, method)
            own_keys = {(p.name.lower(), p.location) for p in own}
            params = [p for p in shared if (p.name.lower(), p.location) not in own_keys] + own
            body = op.get("requestBody")
            media_type = body_pointer = None
            if body is not None:
                media_type, media = next(iter(body["content"].items()))
                if media_type == "application/json":
                    body_pointer = _pointer("paths", path, method, "requestBody", "content", media_type,
                                            "schema")
                del media
            security = op.get("security")
            responses = {status: _response_pointer(reply, path, method, status)
                         for status, reply in op.get("responses", {}).items()}
            result.append(Operation(
                operation_id=op["operationId"], method=method.upper(), path=path, parameters=tuple(params),
                body_media_type=media_type, body_pointer=body_pointer,
                body_required=bool(body and body.get("required")),
                secured=default_secured if security is None else bool(security),
                responses=responses,
            ))
    return tuple(result)


def operation(operation_id: str) -> Operation:
    for op in operations():
        if op.operation_id == operation_id:
            return op
    raise KeyError(operation_id)
