"""Turn catalogue documents (plain mappings, from YAML files or from sync) into domain values.

Each document is first checked against the JSON Schema, then against what a schema cannot say: the file
is named after its code, the lĩnh vực and every cited source are declared in the manifest, form field keys
are unique and the fee refers to fields that exist, page tiers are contiguous, an unverified fact carries
a note. Every problem is collected, never just the first; a document with problems yields no procedure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from forms.catalogue.errors import CatalogueError, CatalogueLoadError
from forms.catalogue.model import (
    Choice,
    Citation,
    Delivery,
    FieldCondition,
    FieldType,
    FormField,
    FormSchema,
    Procedure,
    RequiredDocument,
    ResultDocument,
    Sector,
    Source,
    TimeVariant,
    UnverifiedNote,
)
from forms.catalogue.schema_check import SchemaChecker
from forms.fees import Exemption, FeeComponent, FeeKind, FeeRule, FormCondition, PageTier, ValueCase
from forms.i18n import N_
from forms.processing_time import ProcessingTime, TimeUnit

VERSION_PATTERN = re.compile(r"^(\d{4})\.(\d{2})-(\d+)$")


def version_key(version: str) -> tuple[int, int, int]:
    """Order catalogue/procedure versions "YYYY.MM-N"; a malformed one sorts first."""
    match = VERSION_PATTERN.match(version)
    if not match:
        return (0, 0, 0)
    return (int(match[1]), int(match[2]), int(match[3]))


@dataclass(frozen=True)
class Manifest:
    version: str
    title: str
    fields: tuple[Sector, ...]
    sources: Mapping[str, Source]
    note: str = ""


def build_manifest(document: Any, origin: str, checker: SchemaChecker) -> Manifest:
    """The manifest must be whole: without it no citation or lĩnh vực can be checked."""
    problems = [CatalogueError(origin, p.detail, field_path=p.path or None) for p in checker.problems(document)]
    if problems:
        raise CatalogueLoadError(tuple(problems))
    fields = tuple(Sector(str(f["code"]), str(f["name"])) for f in document["fields"])
    sources: dict[str, Source] = {}
    for index, raw in enumerate(document["sources"]):
        if raw["id"] in sources:
            problems.append(CatalogueError(origin, N_("trùng mã nguồn {id}").format(id=raw["id"]),
                                           field_path=f"sources[{index}].id"))
        sources[raw["id"]] = Source(id=raw["id"], title=raw["title"], kind=raw.get("kind", "law"),
                                    url=raw.get("url"), note=raw.get("note", ""))
    codes = [f.code for f in fields]
    for index, code in enumerate(codes):
        if codes.index(code) != index:
            problems.append(CatalogueError(origin, N_("trùng mã lĩnh vực {code}").format(code=code),
                                           field_path=f"fields[{index}].code"))
    if problems:
        raise CatalogueLoadError(tuple(problems))
    return Manifest(version=document["catalogue_version"], title=document["title"], fields=fields,
                    sources=MappingProxyType(sources), note=document.get("note", ""))


def _is_iso_date(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


class _ProcedureBuilder:
    def __init__(self, document: Mapping[str, Any], origin: str, manifest: Manifest,
                 expected_code: str | None) -> None:
        self.doc = document
        self.origin = origin
        self.manifest = manifest
        self.expected_code = expected_code
        code = document.get("code")
        self.code = code if isinstance(code, str) and code else expected_code
        self.problems: list[CatalogueError] = []
        self.citations: dict[str, tuple[Citation, ...]] = {}
        self.unverified: list[UnverifiedNote] = []

    def problem(self, path: str | None, detail: str) -> None:
        self.problems.append(CatalogueError(self.origin, detail, procedure=self.code, field_path=path))

    # -- facts: sources and unverified notes -------------------------------------------------------
    def citation(self, path: str, text: str) -> Citation | None:
        source_id, _, locator = text.partition(":")
        source = self.manifest.sources.get(source_id.strip())
        if source is None:
            self.problem(path, N_("trích nguồn {id} chưa khai báo trong catalogue.yaml").format(id=source_id.strip()))
            return None
        return Citation(source, locator.strip())

    def fact(self, path: str, block: Mapping[str, Any]) -> None:
        raw = block.get("sources")
        if raw is not None:
            cited = [self.citation(f"{path}.sources[{i}]", text) for i, text in enumerate(raw)]
            self.citations[path] = tuple(c for c in cited if c is not None)
        if block.get("unverified"):
            note = str(block.get("note", "")).strip()
            if not note:
                self.problem(f"{path}.note", N_("phải ghi rõ điều gì chưa kiểm chứng (unverified: true cần note)"))
            self.unverified.append(UnverifiedNote(path, note))

    # -- parts -------------------------------------------------------------------------------------
    def form(self) -> FormSchema:
        raw = self.doc["form"]
        self.fact("form", raw)
        fields: list[FormField] = []
        seen: set[str] = set()
        for index, item in enumerate(raw["fields"]):
            path = f"form.fields[{index}]"
            key = item["key"]
            if key in seen:
                self.problem(f"{path}.key", N_("trùng khóa {key} với một trường khác").format(key=key))
            seen.add(key)
            fields.append(self.form_field(path, index, item))
        for index, form_field in enumerate(fields):
            condition = form_field.required_when
            if condition is not None and (condition.field not in seen or condition.field == form_field.key):
                self.problem(f"form.fields[{index}].required_when.field",
                             N_("phải là khóa của một trường khác trong biểu mẫu"))
        return FormSchema(title=raw["title"], fields=tuple(fields))

    def form_field(self, path: str, index: int, item: Mapping[str, Any]) -> FormField:
        field_type = FieldType(item["type"])
        if item.get("unverified"):
            self.fact(path, item)
        min_value = max_value = None
        min_date = max_date = None
        for bound in ("min", "max"):
            value = item.get(bound)
            if value is None:
                continue
            if field_type is FieldType.NUMBER:
                if not isinstance(value, int):
                    self.problem(f"{path}.{bound}", N_("phải là số nguyên với trường kiểu number"))
                elif bound == "min":
                    min_value = value
                else:
                    max_value = value
            elif field_type is FieldType.DATE:
                if value != "today" and not _is_iso_date(value):
                    self.problem(f"{path}.{bound}", N_("phải là \"today\" hoặc ngày dạng YYYY-MM-DD"))
                elif bound == "min":
                    min_date = str(value)
                else:
                    max_date = str(value)
            else:
                self.problem(f"{path}.{bound}", N_("chỉ dùng cho trường kiểu number hoặc date"))
        pattern = item.get("pattern")
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error:
                self.problem(f"{path}.pattern", N_("không phải biểu thức chính quy hợp lệ"))
        choices = tuple(Choice(c["value"], c["label"]) for c in item.get("choices", ()))
        if choices and field_type is not FieldType.SELECT:
            self.problem(f"{path}.choices", N_("chỉ dùng cho trường kiểu select"))
        default = item.get("default")
        if default is not None and not _default_fits(field_type, default, choices):
            self.problem(f"{path}.default", N_("không hợp với kiểu {type} của trường").format(type=field_type.value))
        return FormField(
            key=item["key"], label=item["label"], type=field_type, order=index,
            required=bool(item.get("required", False)), help=item.get("help", ""), default=default,
            choices=choices, pattern=pattern, pattern_message=item.get("pattern_message"),
            min_value=min_value, max_value=max_value, min_date=min_date, max_date=max_date,
            min_length=item.get("min_length"), max_length=item.get("max_length"),
            required_when=_field_condition(item.get("required_when")),
            prefill=item.get("prefill"), section=item.get("section"),
            unverified=item.get("note") if item.get("unverified") else None,
        )

    def processing_time(self, form: FormSchema) -> tuple[ProcessingTime, tuple[TimeVariant, ...], str]:
        raw = self.doc["processing_time"]
        self.fact("processing_time", raw)
        general = self.time("processing_time", raw)
        variants = []
        for index, item in enumerate(raw.get("variants", ())):
            path = f"processing_time.variants[{index}]"
            condition = _field_condition(item["when"])
            if condition is not None and form.field(condition.field) is None:
                self.problem(f"{path}.when.field", N_("phải là khóa của một trường trong biểu mẫu"))
            if condition is not None:
                variants.append(TimeVariant(condition, self.time(path, item), item.get("text", "")))
        return general, tuple(variants), raw["text"]

    def time(self, path: str, raw: Mapping[str, Any]) -> ProcessingTime:
        unit = TimeUnit(raw["unit"])
        value = int(raw["value"])
        if unit is TimeUnit.SAME_DAY and value != 0:
            self.problem(f"{path}.value", N_("phải bằng 0 khi unit là same_day (trong ngày)"))
        if unit is not TimeUnit.SAME_DAY and value < 1:
            self.problem(f"{path}.value", N_("phải từ 1 trở lên khi unit là {unit}").format(unit=unit.value))
        return ProcessingTime(unit, value)

    def fee(self, form: FormSchema) -> FeeRule:
        raw = self.doc["fee"]
        self.fact("fee", raw)
        components: list[FeeComponent] = []
        ids: list[str] = []
        for index, item in enumerate(raw["components"]):
            path = f"fee.components[{index}]"
            self.fact(path, item)
            if item["id"] in ids:
                self.problem(f"{path}.id", N_("trùng mã khoản thu {id}").format(id=item["id"]))
            ids.append(item["id"])
            components.append(self.fee_component(path, item, form))
        exemptions: list[Exemption] = []
        codes: set[str] = set()
        for index, item in enumerate(raw.get("exemptions", ())):
            path = f"fee.exemptions[{index}]"
            self.fact(path, item)
            if item["code"] in codes:
                self.problem(f"{path}.code", N_("trùng mã miễn {code}").format(code=item["code"]))
            codes.add(item["code"])
            for covered_index, covered in enumerate(item.get("covers", ())):
                if covered not in ids:
                    self.problem(f"{path}.covers[{covered_index}]",
                                 N_("không phải mã của khoản thu nào ({id})").format(id=covered))
            exemptions.append(Exemption(code=item["code"], label=item["label"], covers=tuple(item.get("covers", ())),
                                        applies_when=self.exemption_condition(path, item.get("applies_when"), form)))
        return FeeRule(label=raw.get("label", N_("Phí, lệ phí")), components=tuple(components),
                       exemptions=tuple(exemptions), note=raw.get("note", ""))

    def exemption_condition(self, path: str, raw: Mapping[str, Any] | None,
                            form: FormSchema) -> FormCondition | None:
        if raw is None:
            return None
        form_field = form.field(raw["field"])
        if form_field is None:
            self.problem(f"{path}.applies_when.field", N_("phải là khóa của một trường trong biểu mẫu"))
        elif "within_days" in raw and form_field.type is not FieldType.DATE:
            self.problem(f"{path}.applies_when.field", N_("within_days chỉ dùng với trường kiểu date"))
        if "within_days" in raw:
            return FormCondition(raw["field"], within_days=int(raw["within_days"]))
        values = tuple(raw["in"]) if "in" in raw else (raw["equals"],)
        return FormCondition(raw["field"], values=values)

    def fee_component(self, path: str, item: Mapping[str, Any], form: FormSchema) -> FeeComponent:
        kind = FeeKind(item["kind"])
        set_by_province = bool(item.get("set_by_province", False))
        if item.get("amount", 0) is None and not set_by_province:
            self.problem(f"{path}.amount", N_("chỉ được để trống (null) khi set_by_province: true"))
        tiers = tuple(PageTier(t["first_page"], t.get("last_page"), t["amount"]) for t in item.get("tiers", ()))
        if kind is FeeKind.PER_PAGE:
            self.check_tiers(path, tiers)
        for key, expected in (("pages_field", FieldType.NUMBER), ("copies_field", FieldType.NUMBER),
                              ("value_field", FieldType.SELECT)):
            name = item.get(key)
            if name is None:
                continue
            form_field = form.field(name)
            if form_field is None or form_field.type is not expected:
                self.problem(f"{path}.{key}", N_("phải là khóa của một trường kiểu {type} trong biểu mẫu")
                             .format(type=expected.value))
        cases = tuple(ValueCase(c["value"], c["amount"], c.get("label", "")) for c in item.get("cases", ()))
        value_field = form.field(item["value_field"]) if item.get("value_field") else None
        if value_field is not None and value_field.type is FieldType.SELECT:
            allowed = {choice.value for choice in value_field.choices}
            for index, case in enumerate(cases):
                if case.value not in allowed:
                    self.problem(f"{path}.cases[{index}].value",
                                 N_("không phải lựa chọn của trường {key}").format(key=value_field.key))
                if case.amount is None and not set_by_province:
                    self.problem(f"{path}.cases[{index}].amount",
                                 N_("chỉ được để trống (null) khi set_by_province: true"))
        return FeeComponent(
            id=item["id"], kind=kind, label=item["label"], amount=item.get("amount"),
            online_amount=item.get("online_amount"), unit=item.get("unit", ""), tiers=tiers,
            cap_per_copy=item.get("cap_per_copy"), pages_field=item.get("pages_field"),
            copies_field=item.get("copies_field"), value_field=item.get("value_field"), cases=cases,
            set_by_province=set_by_province, optional=bool(item.get("optional", False)),
        )

    def check_tiers(self, path: str, tiers: Sequence[PageTier]) -> None:
        expected_first = 1
        for index, tier in enumerate(tiers):
            if tier.first_page != expected_first:
                self.problem(f"{path}.tiers[{index}].first_page",
                             N_("phải bằng {n} (các bậc trang phải liền nhau, bắt đầu từ trang 1)")
                             .format(n=expected_first))
            last = index == len(tiers) - 1
            if tier.last_page is None and not last:
                self.problem(f"{path}.tiers[{index}].last_page", N_("chỉ bậc cuối cùng được để trống"))
            if tier.last_page is not None and last:
                self.problem(f"{path}.tiers[{index}].last_page",
                             N_("bậc cuối cùng phải để trống (áp dụng cho mọi trang còn lại)"))
            if tier.last_page is not None:
                if tier.last_page < tier.first_page:
                    self.problem(f"{path}.tiers[{index}].last_page", N_("phải lớn hơn hoặc bằng first_page"))
                expected_first = tier.last_page + 1

    def documents(self) -> tuple[RequiredDocument, ...]:
        raw = self.doc["documents"]
        self.fact("documents", raw)
        items = []
        for index, item in enumerate(raw["items"]):
            path = f"documents.items[{index}]"
            self.fact(path, item)
            mandatory = item["requirement"] == "mandatory"
            delivery = Delivery(item.get("delivery", "submit"))
            counts = (item.get("originals", 0), item.get("certified_copies", 0), item.get("photocopies", 0))
            if delivery is Delivery.SUBMIT and not any(counts):
                self.problem(path, N_("phải ghi số bản chính, bản sao có chứng thực hoặc bản chụp cần nộp"))
            items.append(RequiredDocument(
                name=item["name"], originals=counts[0], certified_copies=counts[1], photocopies=counts[2],
                mandatory=mandatory, condition=None if mandatory else item.get("condition"),
                delivery=delivery, note=item.get("note", ""),
            ))
        return tuple(items)

    def results(self) -> tuple[ResultDocument, ...]:
        raw = self.doc["results"]
        self.fact("results", raw)
        return tuple(ResultDocument(item["name"], item.get("note", "")) for item in raw["items"])

    def build(self) -> Procedure | None:
        doc = self.doc
        if self.expected_code is not None and doc["code"] != self.expected_code:
            self.problem("code", N_("({code}) không trùng tên tệp {file}.yaml").format(
                code=doc["code"], file=self.expected_code))
        sector = next((s for s in self.manifest.fields if s.code == doc["field"]), None)
        if sector is None:
            self.problem("field", N_("lĩnh vực {code} chưa khai báo trong catalogue.yaml").format(code=doc["field"]))
        self.fact("identity", doc["identity"])
        self.fact("competent_body", doc["competent_body"])
        form = self.form()
        time, variants, time_text = self.processing_time(form)
        fee = self.fee(form)
        documents = self.documents()
        results = self.results()
        legal = [self.citation(f"legal_basis[{i}]", text) for i, text in enumerate(doc["legal_basis"])]
        if self.problems or sector is None:
            return None
        return Procedure(
            code=doc["code"], version=doc["version"], name=doc["name"], field_code=sector.code,
            field_name=sector.name, competent_body=doc["competent_body"]["name"], processing_time=time,
            fee=fee, documents=documents, form=form, results=results,
            legal_basis=tuple(c for c in legal if c is not None), processing_time_text=time_text,
            processing_time_variants=variants, citations=MappingProxyType(dict(self.citations)),
            unverified=tuple(self.unverified), keywords=tuple(doc.get("keywords", ())),
            summary=doc.get("summary", ""), document=MappingProxyType(dict(doc)),
        )


def _field_condition(raw: Mapping[str, Any] | None) -> FieldCondition | None:
    if raw is None:
        return None
    values = tuple(raw["in"]) if "in" in raw else (raw.get("equals"),)
    return FieldCondition(raw["field"], values)


def _default_fits(field_type: FieldType, default: Any, choices: Sequence[Choice]) -> bool:
    if field_type is FieldType.BOOL:
        return isinstance(default, bool)
    if field_type is FieldType.NUMBER:
        return isinstance(default, int) and not isinstance(default, bool)
    if field_type is FieldType.SELECT:
        return default in {c.value for c in choices}
    if field_type is FieldType.DATE:
        return default == "today" or _is_iso_date(default)
    return isinstance(default, str)


def build_procedure(document: Any, origin: str, manifest: Manifest, checker: SchemaChecker,
                    expected_code: str | None = None) -> tuple[Procedure | None, list[CatalogueError]]:
    """One document → (procedure, []) or (None, every problem found in it)."""
    if isinstance(document, Mapping) and not isinstance(document, dict):
        document = dict(document)  # jsonschema's "object" means dict; a read-only mapping is one too
    code = document.get("code") if isinstance(document, Mapping) else None
    procedure_code = code if isinstance(code, str) and code else expected_code
    schema_problems = checker.problems(document)
    if schema_problems:
        return None, [CatalogueError(origin, p.detail, procedure=procedure_code, field_path=p.path or None)
                      for p in schema_problems]
    builder = _ProcedureBuilder(document, origin, manifest, expected_code)
    procedure = builder.build()
    return procedure, builder.problems
