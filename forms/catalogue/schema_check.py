"""Check a document against the catalogue's JSON Schema and say what is wrong in Vietnamese.

`jsonschema` reports in English and points with a path of keys and indices; an officer editing YAML needs
"trường processing_time.value phải là số nguyên". A schema may carry `x-message` next to a `pattern` (or a
`oneOf`) to explain the expected shape in words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from forms.i18n import N_

_TYPE_NAMES = {
    "integer": N_("số nguyên"),
    "number": N_("số"),
    "string": N_("chuỗi văn bản"),
    "boolean": N_("true hoặc false"),
    "array": N_("danh sách"),
    "object": N_("bảng khóa–giá trị"),
    "null": N_("rỗng (null)"),
}


@dataclass(frozen=True)
class SchemaProblem:
    path: str  # "processing_time.value", "documents.items[2].name"; "" for the document itself
    detail: str  # Vietnamese, to follow "trường <path> "


def format_path(parts: Iterable[Any]) -> str:
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _join(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key


def _type_name(expected: Any) -> str:
    names = expected if isinstance(expected, list) else [expected]
    return N_(" hoặc ").join(_TYPE_NAMES.get(str(name), str(name)) for name in names)


def _describe(error: ValidationError) -> list[SchemaProblem]:
    path = format_path(error.absolute_path)
    schema: Mapping[str, Any] = error.schema if isinstance(error.schema, Mapping) else {}
    custom = schema.get("x-message")
    validator = str(error.validator)
    value = error.validator_value
    instance = error.instance
    if validator == "required" and isinstance(instance, Mapping):
        return [SchemaProblem(_join(path, str(name)), N_("là bắt buộc nhưng bị thiếu"))
                for name in value if name not in instance]
    if validator == "additionalProperties" and isinstance(instance, Mapping):
        known = set(schema.get("properties", {}))
        return [SchemaProblem(_join(path, str(name)), N_("không có trong lược đồ (viết sai tên trường?)"))
                for name in instance if name not in known]
    if custom and validator in {"pattern", "oneOf", "anyOf"}:
        return [SchemaProblem(path, str(custom))]
    details = {
        "type": lambda: N_("phải là {type}").format(type=_type_name(value)),
        "enum": lambda: N_("phải là một trong: {values}").format(values=", ".join(map(str, value))),
        "const": lambda: N_("phải bằng {value}").format(value=value),
        "pattern": lambda: N_("không đúng định dạng (mẫu {pattern})").format(pattern=value),
        "minimum": lambda: N_("phải lớn hơn hoặc bằng {value}").format(value=value),
        "maximum": lambda: N_("phải nhỏ hơn hoặc bằng {value}").format(value=value),
        "minLength": lambda: (N_("không được để trống") if value == 1
                              else N_("phải có ít nhất {value} ký tự").format(value=value)),
        "maxLength": lambda: N_("dài tối đa {value} ký tự").format(value=value),
        "minItems": lambda: N_("phải có ít nhất {value} mục").format(value=value),
        "uniqueItems": lambda: N_("có mục trùng nhau"),
        "oneOf": lambda: N_("không khớp đúng một dạng cho phép"),
    }
    make = details.get(validator)
    detail = make() if make else N_("không hợp lệ ({rule})").format(rule=validator)
    return [SchemaProblem(path, detail)]


def inline_local_refs(schema: Mapping[str, Any]) -> dict[str, Any]:
    """The schema with every local `{"$ref": "#/$defs/name"}` replaced by its target.

    jsonschema resolves each `$ref` through its registry on every use, which costs more than the
    validation itself for our small documents; the catalogue schemas are not recursive, so the references
    can be expanded once. A recursive reference is left as it is.
    """
    definitions = schema.get("$defs", {})

    def expand(node: Any, seen: frozenset[str]) -> Any:
        if isinstance(node, Mapping):
            reference = node.get("$ref")
            if isinstance(reference, str) and reference.startswith("#/$defs/"):
                name = reference.removeprefix("#/$defs/")
                if name in definitions and name not in seen:
                    target = expand(definitions[name], seen | {name})
                    siblings = {k: expand(v, seen) for k, v in node.items() if k != "$ref"}
                    return {**target, **siblings}
            return {k: expand(v, seen) for k, v in node.items()}
        if isinstance(node, list):
            return [expand(item, seen) for item in node]
        return node

    expanded: dict[str, Any] = expand(schema, frozenset())
    return expanded


class SchemaChecker:
    """One compiled validator, reused for every document of a load (and cached per schema by the loader)."""

    def __init__(self, schema: Mapping[str, Any], *, check_schema: bool = False) -> None:
        """`check_schema` validates the schema against the JSON Schema meta-schema first (slow: done by
        `motcua catalogue check` and the tests, not by every start). Raises `SchemaError`."""
        if check_schema:
            Draft202012Validator.check_schema(schema)
        self._validator = Draft202012Validator(inline_local_refs(schema))

    def problems(self, document: Any) -> list[SchemaProblem]:
        found: list[SchemaProblem] = []
        for error in self._validator.iter_errors(document):
            found.extend(_describe(error))
        unique = {(p.path, p.detail): p for p in found}
        return sorted(unique.values(), key=lambda p: (_path_key(p.path), p.detail))


def _path_key(path: str) -> Sequence[Any]:
    # Sort "documents.items[10]" after "documents.items[2]" so reports follow the file.
    out: list[Any] = []
    for piece in path.replace("[", ".[").split("."):
        if piece.startswith("[") and piece.endswith("]") and piece[1:-1].isdigit():
            out.append((1, int(piece[1:-1]), ""))
        else:
            out.append((0, 0, piece))
    return out
