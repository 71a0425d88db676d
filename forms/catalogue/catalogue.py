"""The catalogue: the current procedures of one version, and every earlier version still retrievable.

A dossier keeps the catalogue version it was opened with (`Dossier.catalogue_version`); `as_of(code,
version)` gives back the procedure as it was then, even after later versions arrived by sync. The same
constructor serves files and sync: `Catalogue.from_documents(documents, version, manifest=...)`. A newer
catalogue is combined with `merge` (a partial update: procedures it carries replace or add, the others
stay) or `replace` (a full list: procedures it lacks are retired from the current set but kept in history).
Problems found while building are kept on `problems`, never raised by default: the caller decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from forms.catalogue.build import Manifest, build_procedure, version_key
from forms.catalogue.errors import (
    CatalogueError,
    CatalogueLoadError,
    CatalogueVersionError,
    UnknownProcedure,
    UnknownProcedureVersion,
)
from forms.catalogue.model import Procedure, Sector, Source
from forms.catalogue.search import SearchIndex
from forms.i18n import N_

ProcedureKey = tuple[str, str]  # (code, procedure version)


def _frozen(values: Mapping[Any, Any]) -> Mapping[Any, Any]:
    return MappingProxyType(dict(values))


@dataclass(frozen=True)
class Catalogue:
    version: str
    procedures: tuple[Procedure, ...]
    fields: tuple[Sector, ...]
    sources: Mapping[str, Source] = field(default_factory=lambda: _frozen({}))
    problems: tuple[CatalogueError, ...] = ()
    title: str = ""
    # Every procedure ever seen, by (code, procedure version); and for each catalogue version, which
    # procedure version each code had. Cheap (references and short strings), so superseded versions stay.
    history: Mapping[ProcedureKey, Procedure] = field(default_factory=lambda: _frozen({}), repr=False)
    snapshots: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: _frozen({}), repr=False)

    def __post_init__(self) -> None:
        by_code = {p.code: p for p in self.procedures}
        object.__setattr__(self, "_by_code", by_code)
        object.__setattr__(self, "_index", SearchIndex(self.procedures))
        history = dict(self.history)
        for procedure in self.procedures:
            history.setdefault((procedure.code, procedure.version), procedure)
        object.__setattr__(self, "history", _frozen(history))
        snapshots = dict(self.snapshots)
        snapshots.setdefault(self.version, _frozen({p.code: p.version for p in self.procedures}))
        object.__setattr__(self, "snapshots", _frozen(snapshots))

    # -- building ------------------------------------------------------------------------------------
    @classmethod
    def from_documents(
        cls,
        documents: Iterable[Mapping[str, Any]],
        version: str,
        *,
        manifest: Manifest | Mapping[str, Any] | None = None,
        origins: Sequence[str] | None = None,
        expected_codes: Sequence[str | None] | None = None,
        schema: Mapping[str, Any] | None = None,
        strict: bool = False,
    ) -> Catalogue:
        """Build a catalogue from procedure documents (dicts as in the YAML files or from sync).

        `manifest` gives the lĩnh vực list and the sources citations refer to (a `Manifest`, its document,
        or None for the shipped one); `origins` names each document in error messages ("Tệp procedures/…
        .yaml", "Bản ghi đồng bộ số 3"). Invalid documents are left out and reported in `problems`; with
        `strict=True` any problem raises `CatalogueLoadError` instead.
        """
        from forms.catalogue import loader  # the shipped schema/manifest are files; read them only if needed

        checker = loader.checker_for(schema if schema is not None else loader.default_procedure_schema())
        if manifest is None:
            manifest = loader.default_manifest()
        elif not isinstance(manifest, Manifest):
            manifest = loader.manifest_from_document(manifest, N_("Danh mục đồng bộ"))
        docs = list(documents)
        names = list(origins) if origins is not None else [
            N_("Bản ghi số {n}").format(n=i + 1) for i in range(len(docs))]
        expected = list(expected_codes) if expected_codes is not None else [None] * len(docs)
        procedures: list[Procedure] = []
        problems: list[CatalogueError] = []
        first_origin: dict[str, str] = {}
        for document, origin, code in zip(docs, names, expected, strict=True):
            procedure, found = build_procedure(document, origin, manifest, checker, expected_code=code)
            problems.extend(found)
            if procedure is None:
                continue
            if procedure.code in first_origin:
                problems.append(CatalogueError(origin, N_("trùng với {other}").format(
                    other=first_origin[procedure.code]), procedure=procedure.code, field_path="code"))
                continue
            first_origin[procedure.code] = origin
            procedures.append(procedure)
        if strict and problems:
            raise CatalogueLoadError(tuple(problems))
        order = {sector.code: index for index, sector in enumerate(manifest.fields)}
        procedures.sort(key=lambda p: (order.get(p.field_code, len(order)), p.code))
        return cls(version=version, procedures=tuple(procedures), fields=manifest.fields,
                   sources=manifest.sources, problems=tuple(problems), title=manifest.title)

    # -- lookups -------------------------------------------------------------------------------------
    def get(self, code: str) -> Procedure:
        """The current procedure with this code; `UnknownProcedure` (Vietnamese) when there is none."""
        procedure: Procedure | None = self._by_code.get(code.strip())  # type: ignore[attr-defined]
        if procedure is None:
            raise UnknownProcedure(code, self.version)
        return procedure

    def find(self, code: str) -> Procedure | None:
        found: Procedure | None = self._by_code.get(code.strip())  # type: ignore[attr-defined]
        return found

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code.strip() in self._by_code  # type: ignore[attr-defined]

    def __len__(self) -> int:
        return len(self.procedures)

    def get_version(self, code: str, procedure_version: str) -> Procedure:
        """A procedure at one of its own versions, current or superseded."""
        procedure = self.history.get((code, procedure_version))
        if procedure is None:
            raise UnknownProcedureVersion(code, procedure_version)
        return procedure

    def as_of(self, code: str, catalogue_version: str) -> Procedure:
        """The procedure as it was in catalogue `catalogue_version` (the one a dossier was opened with)."""
        snapshot = self.snapshots.get(catalogue_version)
        procedure_version = snapshot.get(code) if snapshot is not None else None
        if procedure_version is None:
            raise UnknownProcedureVersion(code, catalogue_version)
        return self.get_version(code, procedure_version)

    def search(self, text: str, limit: int | None = 20) -> list[Procedure]:
        """Accent-insensitive search by code, name, keywords or lĩnh vực (see `forms.catalogue.search`)."""
        index: SearchIndex = self._index  # type: ignore[attr-defined]
        return index.search(text, limit)

    def in_field(self, field_code: str) -> tuple[Procedure, ...]:
        return tuple(p for p in self.procedures if p.field_code == field_code)

    def documents(self) -> list[Mapping[str, Any]]:
        """The current procedures as documents, e.g. to store this version or send it on."""
        return [p.document for p in self.procedures]

    # -- versions ------------------------------------------------------------------------------------
    def _check_newer(self, other: Catalogue) -> bool:
        """True when `other` is newer; False when it is this same version (nothing to do)."""
        if version_key(other.version) < version_key(self.version):
            raise CatalogueVersionError(self.version, other.version)
        return version_key(other.version) > version_key(self.version)

    def _combined(self, other: Catalogue, current: Sequence[Procedure]) -> Catalogue:
        fields = list(self.fields) + [s for s in other.fields if s.code not in {f.code for f in self.fields}]
        return Catalogue(
            version=other.version,
            procedures=tuple(current),
            fields=tuple(fields),
            sources=_frozen({**self.sources, **other.sources}),
            problems=other.problems,
            title=other.title or self.title,
            history=_frozen({**self.history, **other.history}),
            snapshots=_frozen({**self.snapshots, **{k: v for k, v in other.snapshots.items() if k != other.version}}),
        )

    def merge(self, newer: Catalogue) -> Catalogue:
        """A partial update: `newer`'s procedures replace or add to the current ones; the rest stay."""
        if not self._check_newer(newer):
            return self
        current = {p.code: p for p in self.procedures}
        current.update({p.code: p for p in newer.procedures})
        order = {s.code: i for i, s in enumerate((*self.fields, *newer.fields))}
        ordered = sorted(current.values(), key=lambda p: (order.get(p.field_code, len(order)), p.code))
        return self._combined(newer, ordered)

    def replace(self, newer: Catalogue) -> Catalogue:
        """A full list: the current set becomes exactly `newer`'s; earlier versions stay retrievable."""
        if not self._check_newer(newer):
            return self
        return self._combined(newer, newer.procedures)
