"""The one place in `forms/` that reads files: the shipped catalogue under `resources/catalogue/`.

Layout of a catalogue directory (UTF-8, editable by a provincial officer):

    catalogue.yaml            version, title, lĩnh vực list, sources cited by the procedures
    procedure.schema.json     JSON Schema of one procedure file
    manifest.schema.json      JSON Schema of catalogue.yaml
    procedures/<code>.yaml    one procedure per file, named after its code

`forms` may not import `resources` (tests/test_layering.py), so the default directory is computed from
this file's place in the source tree, or from the PyInstaller bundle (`sys._MEIPASS`) when frozen.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema.exceptions import SchemaError

from forms.catalogue.build import Manifest, build_manifest
from forms.catalogue.catalogue import Catalogue
from forms.catalogue.errors import CatalogueError, CatalogueLoadError
from forms.catalogue.schema_check import SchemaChecker, format_path
from forms.i18n import N_

log = logging.getLogger(__name__)

MANIFEST_FILE = "catalogue.yaml"
PROCEDURE_SCHEMA_FILE = "procedure.schema.json"
MANIFEST_SCHEMA_FILE = "manifest.schema.json"
PROCEDURES_DIR = "procedures"

# The C loader is several times faster when PyYAML was built with libyaml; both give plain data only.
_YamlLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def default_catalogue_dir() -> Path:
    """`resources/catalogue` next to the `forms` package (source tree, install, or PyInstaller bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        candidate = Path(bundle) / "resources" / "catalogue"
        if candidate.is_dir():
            return candidate
    return Path(__file__).resolve().parents[2] / "resources" / "catalogue"


def _origin(directory: Path, path: Path) -> str:
    try:
        relative = path.relative_to(directory).as_posix()
    except ValueError:
        relative = path.as_posix()
    return N_("Tệp {file}").format(file=relative)


def _read_yaml(path: Path, origin: str) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogueError(origin, N_("không phải văn bản UTF-8 (byte lỗi ở vị trí {at})").format(at=exc.start)) from exc
    except FileNotFoundError as exc:
        raise CatalogueError(origin, N_("không tìm thấy tệp ({path})").format(path=path)) from exc
    except OSError as exc:
        raise CatalogueError(origin, N_("không đọc được ({reason})").format(reason=exc.strerror or exc)) from exc
    try:
        return yaml.load(text, Loader=_YamlLoader)  # SafeLoader/CSafeLoader: plain data only
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = N_(" ở dòng {line}, cột {column}").format(line=mark.line + 1, column=mark.column + 1) if mark else ""
        raise CatalogueError(origin, N_("sai cú pháp YAML{where}").format(where=where)) from exc


def _read_json(path: Path) -> Mapping[str, Any]:
    origin = _origin(path.parent, path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogueError(origin, N_("không đọc được lược đồ JSON ({reason})").format(reason=exc)) from exc
    if not isinstance(data, Mapping):
        raise CatalogueError(origin, N_("lược đồ JSON phải là một đối tượng"))
    return data


@lru_cache(maxsize=8)
def _schema_at(path: str) -> Mapping[str, Any]:
    return _read_json(Path(path))


_checkers: dict[int, tuple[Mapping[str, Any], SchemaChecker]] = {}


def checker_for(schema: Mapping[str, Any], *, check_schema: bool = False,
                origin: str = N_("Lược đồ danh mục")) -> SchemaChecker:
    """A compiled checker for this schema object, built once per process."""
    cached = _checkers.get(id(schema))
    if cached is not None and cached[0] is schema and not check_schema:
        return cached[1]
    try:
        checker = SchemaChecker(schema, check_schema=check_schema)
    except SchemaError as exc:
        where = format_path(exc.absolute_path) or "$"
        raise CatalogueError(origin, N_("lược đồ JSON không hợp lệ ở {where}").format(where=where)) from exc
    _checkers[id(schema)] = (schema, checker)  # keeps `schema` alive, so its id is not reused
    return checker


def default_procedure_schema() -> Mapping[str, Any]:
    return _schema_at(str(default_catalogue_dir() / PROCEDURE_SCHEMA_FILE))


def manifest_from_document(document: Any, origin: str, schema: Mapping[str, Any] | None = None, *,
                           check_schema: bool = False) -> Manifest:
    schema_path = default_catalogue_dir() / MANIFEST_SCHEMA_FILE
    checker = checker_for(schema if schema is not None else _schema_at(str(schema_path)),
                          check_schema=check_schema, origin=N_("Tệp {file}").format(file=MANIFEST_SCHEMA_FILE))
    return build_manifest(document, origin, checker)


def _load_manifest(directory: Path, *, check_schema: bool = False) -> Manifest:
    path = directory / MANIFEST_FILE
    origin = _origin(directory, path)
    schema_path = directory / MANIFEST_SCHEMA_FILE
    schema = _schema_at(str(schema_path)) if schema_path.exists() else None
    return manifest_from_document(_read_yaml(path, origin), origin, schema, check_schema=check_schema)


@lru_cache(maxsize=1)
def default_manifest() -> Manifest:
    return _load_manifest(default_catalogue_dir())


def load_catalogue(directory: Path, *, strict: bool = False, check_schema: bool = False) -> Catalogue:
    """Read and validate a catalogue directory.

    A broken manifest raises (`CatalogueError`/`CatalogueLoadError`): nothing can be checked without it.
    A broken procedure file is left out and reported in `Catalogue.problems` with its file, code and field
    path, so the rest still loads; `strict=True` raises `CatalogueLoadError` with every problem instead.
    `check_schema=True` also checks the two JSON Schemas themselves (for `motcua catalogue check`).
    """
    directory = Path(directory)
    manifest = _load_manifest(directory, check_schema=check_schema)
    schema_path = directory / PROCEDURE_SCHEMA_FILE
    schema = _schema_at(str(schema_path)) if schema_path.exists() else default_procedure_schema()
    checker_for(schema, check_schema=check_schema, origin=_origin(directory, schema_path))
    documents: list[Mapping[str, Any]] = []
    origins: list[str] = []
    expected: list[str | None] = []
    problems: list[CatalogueError] = []
    for path in sorted((directory / PROCEDURES_DIR).glob("*.yaml")):
        origin = _origin(directory, path)
        try:
            document = _read_yaml(path, origin)
        except CatalogueError as exc:
            problems.append(CatalogueError(origin, exc.detail, procedure=path.stem))
            continue
        if not isinstance(document, Mapping):
            problems.append(CatalogueError(origin, N_("phải là một bảng khóa–giá trị (YAML mapping)"),
                                           procedure=path.stem))
            continue
        documents.append(document)
        origins.append(origin)
        expected.append(path.stem)
    catalogue = Catalogue.from_documents(documents, manifest.version, manifest=manifest, origins=origins,
                                         expected_codes=expected, schema=schema)
    all_problems = (*problems, *catalogue.problems)
    if strict and all_problems:
        raise CatalogueLoadError(all_problems)
    if all_problems:
        log.warning("catalogue %s loaded with %d problem(s)", manifest.version, len(all_problems))
    return Catalogue(version=catalogue.version, procedures=catalogue.procedures, fields=catalogue.fields,
                     sources=catalogue.sources, problems=all_problems, title=catalogue.title)


@lru_cache(maxsize=1)
def load_default_catalogue() -> Catalogue:
    """The shipped catalogue (read once per process; the value is immutable)."""
    return load_catalogue(default_catalogue_dir())
