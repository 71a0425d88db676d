"""`motcua print FORM DOSSIER_CODE -o FILE.pdf` — the legal one-stop forms as PDF, from this desk's store.

FORM: receipt (01), supplement (02), refusal (03), apology (04), control (05), ledger (06, with --from/--to
instead of a dossier code). A form already printed for the dossier is marked "BẢN IN LẠI" with the time,
and every print is written in the dossier's audit trail (action print/reprint, the form's number).
JSON: {"form", "model", "code" (null for the ledger), "output", "bytes", "reprint", "dossiers" (ledger)}.
"""

from __future__ import annotations

import argparse
import getpass
import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.cli.framework import CliError, Context
from forms.clock import as_vn, now_vn
from forms.desk import DeskProfile
from forms.dossier import Dossier
from printing import audit, documents
from printing.templates import FORMS
from printing.values import PaperDetails

log = logging.getLogger(__name__)

_DOSSIER_FORMS = ("receipt", "supplement", "refusal", "apology", "control")
_LEDGER_PAGE = 500


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "print", parents=[common], help="in các mẫu phiếu Một cửa ra tệp PDF",
        description="In mẫu phiếu ra PDF: receipt (01 Giấy tiếp nhận và hẹn trả), supplement (02 bổ sung hồ sơ), "
                    "refusal (03 từ chối tiếp nhận), apology (04 xin lỗi, hẹn lại), control (05 kiểm soát "
                    "quá trình), ledger (06 Sổ theo dõi hồ sơ, dùng --from/--to thay cho mã hồ sơ).",
    )
    parser.add_argument("form", metavar="MẪU", choices=[*_DOSSIER_FORMS, "ledger"],
                        help="receipt | supplement | refusal | apology | control | ledger")
    parser.add_argument("code", metavar="MÃ_HỒ_SƠ", nargs="?", help="mã hồ sơ (không dùng với ledger)")
    parser.add_argument("-o", "--output", required=True, metavar="TỆP.pdf", help="tệp PDF sẽ ghi")
    parser.add_argument("--a5", action="store_true", help="receipt: một liên trên khổ A5 (mặc định hai liên trên A4)")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="ledger: từ ngày tiếp nhận")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="ledger: đến ngày tiếp nhận")
    parser.add_argument("--number", metavar="SỐ", help="số của phiếu (để trống thì in dòng chấm để ghi tay)")
    parser.add_argument("--officer", metavar="HỌ_TÊN", default="", help="họ tên công chức ký phiếu")
    parser.add_argument("--reason", action="append", default=[], metavar="LÝ_DO",
                        help="lý do (refusal: lặp lại cho từng lý do; supplement, apology: một lý do)")
    parser.add_argument("--item", action="append", default=[], metavar="NỘI_DUNG",
                        help="supplement: một nội dung cần bổ sung, hoàn thiện (lặp lại được)")
    parser.add_argument("--contact", default="", metavar="HỌ_TÊN", help="supplement: người hướng dẫn để liên hệ")
    parser.add_argument("--contact-phone", default="", metavar="SĐT", help="supplement: số điện thoại liên hệ")
    parser.add_argument("--new-due", metavar="YYYY-MM-DDTHH:MM",
                        help="apology: ngày giờ hẹn trả mới (mặc định: ngày đã hẹn lại của hồ sơ)")
    parser.add_argument("--old-wording", action="store_true",
                        help="apology: lời văn cũ (hẹn lại ngày trả) thay cho đề nghị gia hạn (Thông tư 03/2025)")
    parser.add_argument("--issuing-body", metavar="TÊN",
                        help="apology, control: cơ quan giải quyết hồ sơ (mặc định: cơ quan chủ quản của bàn)")
    parser.add_argument("--head", default="", metavar="HỌ_TÊN", help="apology: họ tên thủ trưởng cơ quan")
    parser.add_argument("--coordinating", default="", metavar="TÊN", help="control: cơ quan phối hợp giải quyết")
    parser.add_argument("--reprint", action="store_true", help="đánh dấu BẢN IN LẠI dù nhật ký chưa ghi lần in nào")
    parser.add_argument("--actor", default=None, metavar="TÀI_KHOẢN",
                        help="người in, ghi vào nhật ký (mặc định: tài khoản hệ điều hành)")
    parser.set_defaults(handler=_print)


def _print(ctx: Context, args: argparse.Namespace) -> int:
    from sync.desk_profile import read_profile
    from sync.store import Store

    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise CliError("Tệp ra {path} cần đuôi .pdf", path=str(output))
    if args.form == "ledger":
        if args.code:
            raise CliError("Sổ theo dõi hồ sơ in theo khoảng ngày (--from/--to), không theo mã hồ sơ")
        date_from, date_to = _day(args.date_from, "--from"), _day(args.date_to, "--to")
    elif not args.code:
        raise CliError("Thiếu mã hồ sơ: motcua print {form} MÃ_HỒ_SƠ -o TỆP.pdf", form=args.form)
    if args.a5 and args.form != "receipt":
        raise CliError("--a5 chỉ dùng cho Giấy tiếp nhận hồ sơ (receipt)")
    actor = args.actor or _os_user()
    if not ctx.layout.database.exists():
        raise CliError("Thư mục dữ liệu {path} chưa có cơ sở dữ liệu hồ sơ", path=str(ctx.layout.root))

    with Store.open(ctx.layout) as store:
        desk = read_profile(store)
        paper = PaperDetails(number=args.number, officer_name=args.officer)
        if args.form == "ledger":
            dossiers = _dossiers_received(store, date_from, date_to)
            template = FORMS["ledger"]
            reprint_at = now_vn() if args.reprint else None
            pdf = documents.ledger_pdf(dossiers, desk, date_from=date_from, date_to=date_to, paper=paper,
                                       processing_bodies=_competent_bodies(dossiers), reprint_at=reprint_at)
            documents.write_pdf(pdf, output)
            store.audit(None, audit.print_action(args.reprint), actor,
                        audit.print_details(template, reprint=args.reprint, date_from=date_from.isoformat(),
                                            date_to=date_to.isoformat(), dossiers=len(dossiers)))
            log.info("printed form %s for %d dossiers", template.model, len(dossiers))
            ctx.emit(
                {"form": args.form, "model": template.model, "code": None, "output": str(output),
                 "bytes": len(pdf), "reprint": args.reprint, "dossiers": len(dossiers)},
                f"Đã in {template.name} ({len(dossiers)} hồ sơ) vào tệp {output}",
            )
            return 0

        dossier = store.get_by_code(args.code)
        template = FORMS[args.form]
        reprint = args.reprint or audit.is_reprint(store.events(dossier.uuid), template)
        reprint_at = now_vn() if reprint else None
        pdf = _render_dossier_form(args, dossier, desk, paper, reprint_at, store, ctx)
        documents.write_pdf(pdf, output)
        # Recorded once the file exists: a print that failed is not in the trail as printed.
        store.audit(dossier.uuid, audit.print_action(reprint), actor, audit.print_details(template, reprint=reprint))
    log.info("printed form %s for dossier %s (reprint=%s)", template.model, dossier.code, reprint)
    mark = " (BẢN IN LẠI)" if reprint else ""
    ctx.emit(
        {"form": args.form, "model": template.model, "code": dossier.code, "output": str(output),
         "bytes": len(pdf), "reprint": reprint},
        f"Đã in {template.name}{mark} của hồ sơ {dossier.code} vào tệp {output}",
    )
    return 0


def _render_dossier_form(args: argparse.Namespace, dossier: Dossier, desk: DeskProfile, paper: PaperDetails,
                         reprint_at: datetime | None, store: Any, ctx: Context) -> bytes:
    if args.form == "receipt":
        from sync.keys import signing_key

        return documents.receipt_pdf(dossier, desk, signing_key=signing_key(ctx.layout),
                                     processing_time=_processing_time(dossier), paper=paper, a5=args.a5,
                                     reprint_at=reprint_at)
    if args.form == "supplement":
        return documents.supplement_pdf(dossier, desk, requirements=args.item, reason=" ".join(args.reason),
                                        contact_name=args.contact, contact_phone=args.contact_phone, paper=paper,
                                        reprint_at=reprint_at)
    if args.form == "refusal":
        return documents.refusal_pdf(dossier, desk, reasons=args.reason, paper=paper, reprint_at=reprint_at)
    if args.form == "apology":
        new_due = _moment(args.new_due, "--new-due") if args.new_due else None
        return documents.apology_pdf(dossier, desk, reason=" ".join(args.reason), new_due_at=new_due,
                                     issuing_body=args.issuing_body,
                                     head_name=args.head, extension_wording=not args.old_wording, paper=paper,
                                     reprint_at=reprint_at)
    return documents.control_pdf(dossier, desk, store.events(dossier.uuid), paper=paper, reprint_at=reprint_at,
                                 processing_body=args.issuing_body,
                                 coordinating_bodies=args.coordinating)


def _procedure(dossier: Dossier) -> Any:
    """The procedure as the catalogue had it when the dossier was opened (None when not in the catalogue)."""
    from forms.catalogue import (
        CatalogueError,
        CatalogueLoadError,
        UnknownProcedureVersion,
        load_default_catalogue,
    )

    try:
        catalogue = load_default_catalogue()
    except (CatalogueError, CatalogueLoadError):
        return None
    try:
        return catalogue.as_of(dossier.procedure_code, dossier.catalogue_version)
    except UnknownProcedureVersion:  # a version this desk has not received: the current one is the best guess
        return catalogue.find(dossier.procedure_code)


def _processing_time(dossier: Dossier) -> str | None:
    procedure = _procedure(dossier)
    if procedure is None:
        return None  # printed as a dotted blank to fill in by hand
    text: str = procedure.processing_time_for(dossier.form_data).describe()
    return text


def _competent_body(dossier: Dossier) -> str | None:
    procedure = _procedure(dossier)
    return procedure.competent_body if procedure is not None else None


def _competent_bodies(dossiers: list[Dossier]) -> dict[str, str]:
    bodies: dict[str, str] = {}
    for dossier in dossiers:
        if dossier.procedure_code not in bodies:
            body = _competent_body(dossier)
            if body:
                bodies[dossier.procedure_code] = body
    return bodies


def _dossiers_received(store: Any, date_from: date, date_to: date) -> list[Dossier]:
    from sync.store.models import DossierFilter

    wanted = DossierFilter(received_from=date_from, received_to=date_to)
    found: list[Dossier] = []
    offset = 0
    while True:
        page = store.list(wanted, limit=_LEDGER_PAGE, offset=offset)
        found += [store.get(summary.uuid) for summary in page]
        if len(page) < _LEDGER_PAGE:
            return found
        offset += _LEDGER_PAGE


def _day(text: str | None, option: str) -> date:
    if not text:
        raise CliError("Sổ theo dõi hồ sơ cần {option} YYYY-MM-DD", option=option)
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError("{option} \"{value}\" không phải ngày dạng YYYY-MM-DD", option=option, value=text) from None


def _moment(text: str, option: str) -> datetime:
    try:
        return as_vn(datetime.fromisoformat(text.strip()))
    except ValueError:
        raise CliError("{option} \"{value}\" không phải thời điểm dạng YYYY-MM-DDTHH:MM", option=option,
                       value=text) from None


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"
