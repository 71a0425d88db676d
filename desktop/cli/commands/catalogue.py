"""`motcua catalogue list|show|search|check`: the procedure catalogue from the command line.

JSON (with --json):
  list, search  an array of objects, one per procedure:
                {"code": "1.001193", "name": "Đăng ký khai sinh",
                 "field": {"code": "ho-tich", "name": "Hộ tịch"},
                 "processing_time": {"unit": "same_day" | "working_days" | "working_hours", "value": 0,
                                     "text": "Trong ngày"},
                 "fee": {"kind": "free" | "fixed" | "per_copy" | "per_page" | "by_value" | "composite",
                         "text": "<one Vietnamese line: amounts, caps, exemptions>"},
                 "version": "<procedure version>", "unverified": <true if any fact is unconfirmed>}
  show          one object: the fields above plus competent_body, documents, form, results, legal_basis,
                sources, citations (field path → sources) and unverified notes.
  check         {"version", "procedures", "problems": [{"origin", "procedure", "field", "message"}]};
                exit 2 when there is a problem.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.framework import CliError, Context, warn
from forms.catalogue import Catalogue, Procedure, load_catalogue, load_default_catalogue
from forms.catalogue.model import FormField
from forms.fees import FeeComponent, FeeRule

_TYPES_HELP = (
    "JSON của list/search: mảng đối tượng có các khóa code, name, field {code, name}, "
    "processing_time {unit: working_days|same_day|working_hours, value, text}, "
    "fee {kind: free|fixed|per_copy|per_page|by_value|composite, text}, version, unverified."
)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    catalogue = subparsers.add_parser(
        "catalogue", parents=[common], help="danh mục thủ tục hành chính",
        description="Danh mục thủ tục hành chính (mã TTHC, thời hạn, phí, thành phần hồ sơ, tờ khai). " + _TYPES_HELP,
    )
    actions = catalogue.add_subparsers(dest="catalogue_action", metavar="THAO_TÁC", title="thao tác")
    location = argparse.ArgumentParser(add_help=False)
    location.add_argument("--dir", metavar="THƯ_MỤC", type=Path, default=None,
                          help="thư mục danh mục khác (mặc định: danh mục kèm phần mềm)")

    listing = actions.add_parser("list", parents=[common, location], help="liệt kê các thủ tục",
                                 description="Liệt kê các thủ tục theo lĩnh vực. " + _TYPES_HELP)
    listing.add_argument("--field", metavar="MÃ_LĨNH_VỰC", help="chỉ liệt kê một lĩnh vực (ví dụ ho-tich)")
    listing.set_defaults(handler=_list)

    show = actions.add_parser("show", parents=[common, location], help="xem đầy đủ một thủ tục",
                              description="Xem đầy đủ một thủ tục theo mã TTHC.")
    show.add_argument("code", metavar="MÃ", help="mã thủ tục, ví dụ 1.001193")
    show.set_defaults(handler=_show)

    search = actions.add_parser("search", parents=[common, location], help="tìm thủ tục (không cần dấu)",
                                description="Tìm theo mã, tên, từ khóa hoặc lĩnh vực; không phân biệt dấu, "
                                            "hoa thường, đ/d. " + _TYPES_HELP)
    search.add_argument("text", metavar="CHUỖI", help="ví dụ: khai sinh, chung thuc, 1.0011")
    search.add_argument("--limit", type=int, default=20, metavar="N", help="số kết quả tối đa (mặc định 20)")
    search.set_defaults(handler=_search)

    check = actions.add_parser("check", parents=[common, location], help="kiểm tra dữ liệu danh mục",
                               description="Kiểm tra mọi tệp của danh mục theo lược đồ; in từng lỗi kèm tệp, "
                                           "mã thủ tục và trường. Thoát với mã 2 nếu có lỗi.")
    check.set_defaults(handler=_check)


def _load(args: argparse.Namespace) -> Catalogue:
    directory: Path | None = getattr(args, "dir", None)
    if args.catalogue_action == "check":
        from forms.catalogue import default_catalogue_dir

        return load_catalogue(directory or default_catalogue_dir(), check_schema=True)
    catalogue = load_catalogue(directory) if directory is not None else load_default_catalogue()
    if catalogue.problems and args.catalogue_action != "check":
        warn(f"Cảnh báo: danh mục có {len(catalogue.problems)} lỗi dữ liệu; xem bằng: motcua catalogue check")
    return catalogue


# -- JSON shapes -----------------------------------------------------------------------------------------
def summary(procedure: Procedure) -> dict[str, Any]:
    time = procedure.processing_time
    return {
        "code": procedure.code,
        "name": procedure.name,
        "field": {"code": procedure.field_code, "name": procedure.field_name},
        "processing_time": {"unit": time.unit.value, "value": time.value, "text": time.describe()},
        "fee": {"kind": procedure.fee.kind.value, "text": procedure.fee.describe()},
        "version": procedure.version,
        "unverified": not procedure.is_verified,
    }


def _component(component: FeeComponent) -> dict[str, Any]:
    return {
        "id": component.id, "kind": component.kind.value, "label": component.label,
        "amount": component.amount, "online_amount": component.online_amount, "unit": component.unit,
        "tiers": [{"first_page": t.first_page, "last_page": t.last_page, "amount": t.amount} for t in component.tiers],
        "cap_per_copy": component.cap_per_copy, "pages_field": component.pages_field,
        "copies_field": component.copies_field, "value_field": component.value_field,
        "cases": [{"value": c.value, "amount": c.amount, "label": c.label} for c in component.cases],
        "set_by_province": component.set_by_province, "optional": component.optional,
    }


def _fee(rule: FeeRule) -> dict[str, Any]:
    return {
        "kind": rule.kind.value, "text": rule.describe(), "label": rule.label, "note": rule.note,
        "components": [_component(c) for c in rule.components],
        "exemptions": [
            {"code": e.code, "label": e.label, "covers": list(e.covers),
             "applies_when": None if e.applies_when is None else {
                 "field": e.applies_when.field, "values": list(e.applies_when.values),
                 "within_days": e.applies_when.within_days}}
            for e in rule.exemptions
        ],
    }


def _form_field(field: FormField) -> dict[str, Any]:
    return {
        "key": field.key, "label": field.label, "type": field.type.value, "required": field.required,
        "order": field.order, "help": field.help, "default": field.default,
        "choices": [{"value": c.value, "label": c.label} for c in field.choices],
        "pattern": field.pattern, "min": field.min_value if field.min_value is not None else field.min_date,
        "max": field.max_value if field.max_value is not None else field.max_date,
        "min_length": field.min_length, "max_length": field.max_length,
        "required_when": None if field.required_when is None else {
            "field": field.required_when.field, "values": list(field.required_when.values)},
        "prefill": field.prefill, "section": field.section, "unverified": field.unverified,
    }


def detail(procedure: Procedure, catalogue_version: str) -> dict[str, Any]:
    result = summary(procedure)
    result["processing_time"]["legal_text"] = procedure.processing_time_text
    result["processing_time"]["variants"] = [
        {"when": {"field": v.when.field, "values": list(v.when.values)}, "unit": v.time.unit.value,
         "value": v.time.value, "text": v.text or v.time.describe()}
        for v in procedure.processing_time_variants
    ]
    result.update({
        "catalogue_version": catalogue_version,
        "summary": procedure.summary,
        "keywords": list(procedure.keywords),
        "competent_body": procedure.competent_body,
        "fee": _fee(procedure.fee),
        "documents": [
            {"name": d.name, "originals": d.originals, "certified_copies": d.certified_copies,
             "photocopies": d.photocopies, "mandatory": d.mandatory, "condition": d.condition,
             "delivery": d.delivery.value, "note": d.note}
            for d in procedure.documents
        ],
        "form": {"title": procedure.form.title, "fields": [_form_field(f) for f in procedure.form.fields]},
        "results": [{"name": r.name, "note": r.note} for r in procedure.results],
        "legal_basis": [str(c) for c in procedure.legal_basis],
        "sources": [{"id": s.id, "title": s.title, "kind": s.kind, "url": s.url} for s in procedure.sources],
        "citations": {path: [str(c) for c in citations] for path, citations in procedure.citations.items()},
        "unverified_notes": [{"path": n.path, "note": n.note} for n in procedure.unverified],
    })
    return result


# -- text ------------------------------------------------------------------------------------------------
def _line(procedure: Procedure, *, with_field: bool = False) -> str:
    field = f" [{procedure.field_name}]" if with_field else ""
    mark = " (*)" if not procedure.is_verified else ""
    return f"  {procedure.code}  {procedure.name}{field} — {procedure.processing_time.describe()}{mark}"


def _listing_text(catalogue: Catalogue, procedures: list[Procedure]) -> str:
    lines = [f"Danh mục {catalogue.version}: {len(procedures)} thủ tục"]
    for sector in catalogue.fields:
        members = [p for p in procedures if p.field_code == sector.code]
        if members:
            lines.append(f"{sector.name}:")
            lines.extend(_line(p) for p in members)
    if any(not p.is_verified for p in procedures):
        lines.append("(*) có dữ kiện chưa kiểm chứng — xem: motcua catalogue show MÃ")
    return "\n".join(lines)


def _document_line(index: int, procedure: Procedure, position: int) -> str:
    document = procedure.documents[position]
    how = "xuất trình" if document.delivery.value == "present" else document.copies_text()
    need = "bắt buộc" if document.mandatory else f"nếu: {document.condition}"
    return f"  {index}. {document.name} — {how} ({need})"


def _show_text(procedure: Procedure, catalogue_version: str) -> str:
    lines = [
        f"{procedure.code} — {procedure.name}",
        f"Lĩnh vực: {procedure.field_name}",
        f"Cơ quan giải quyết: {procedure.competent_body}",
        f"Thời hạn giải quyết: {procedure.processing_time.describe()} — {procedure.processing_time_text}",
    ]
    lines.extend(f"  • {v.text or v.time.describe()}" for v in procedure.processing_time_variants)
    lines.append(f"Phí, lệ phí: {procedure.fee.describe()}")
    lines.append("Thành phần hồ sơ:")
    lines.extend(_document_line(i + 1, procedure, i) for i in range(len(procedure.documents)))
    lines.append(f"Tờ khai: {procedure.form.title} ({len(procedure.form.fields)} trường)")
    lines.append("Kết quả: " + "; ".join(r.name for r in procedure.results))
    lines.append("Căn cứ pháp lý:")
    lines.extend(f"  - {c}" for c in procedure.legal_basis)
    if procedure.unverified:
        lines.append("Chưa kiểm chứng:")
        lines.extend(f"  - {n.path}: {n.note}" for n in procedure.unverified)
    lines.append(f"Phiên bản thủ tục {procedure.version} (danh mục {catalogue_version})")
    return "\n".join(lines)


# -- handlers --------------------------------------------------------------------------------------------
def _list(ctx: Context, args: argparse.Namespace) -> int:
    catalogue = _load(args)
    procedures = list(catalogue.procedures)
    if args.field:
        if args.field not in {s.code for s in catalogue.fields}:
            known = ", ".join(s.code for s in catalogue.fields)
            raise CliError("Không có lĩnh vực {field}; các lĩnh vực: {known}", field=args.field, known=known)
        procedures = [p for p in procedures if p.field_code == args.field]
    ctx.emit([summary(p) for p in procedures], lambda: _listing_text(catalogue, procedures))
    return 0


def _show(ctx: Context, args: argparse.Namespace) -> int:
    catalogue = _load(args)
    procedure = catalogue.get(args.code)
    ctx.emit(detail(procedure, catalogue.version), lambda: _show_text(procedure, catalogue.version))
    return 0


def _search(ctx: Context, args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CliError("--limit phải từ 1 trở lên")
    catalogue = _load(args)
    found = catalogue.search(args.text, limit=args.limit)

    def text() -> str:
        if not found:
            return f"Không tìm thấy thủ tục nào cho «{args.text}»"
        return "\n".join([f"{len(found)} thủ tục:"] + [_line(p, with_field=True) for p in found])

    ctx.emit([summary(p) for p in found], text)
    return 0


def _check(ctx: Context, args: argparse.Namespace) -> int:
    catalogue = _load(args)
    problems = [
        {"origin": p.origin, "procedure": p.procedure, "field": p.field_path, "message": str(p)}
        for p in catalogue.problems
    ]
    ok = (f"Danh mục {catalogue.version}: {len(catalogue.procedures)} thủ tục hợp lệ" if not problems else
          f"Danh mục {catalogue.version}: {len(catalogue.procedures)} thủ tục hợp lệ, {len(problems)} lỗi")
    ctx.emit({"version": catalogue.version, "procedures": len(catalogue.procedures), "problems": problems},
             lambda: "\n".join([str(p["message"]) for p in problems] + [ok]))
    if problems:
        raise CliError("Danh mục có {count} lỗi dữ liệu", count=len(problems))
    return 0


__all__ = ["detail", "register", "summary"]
