"""Form 06: SỔ THEO DÕI HỒ SƠ (Số …/STD) for a date range — a landscape register, its header on every page."""

from __future__ import annotations

from printing.blocks import Column, FormTemplate, NationalHeader, PageSetup, Table, Title

LEDGER = FormTemplate(
    key="ledger",
    model="06",
    name="Sổ theo dõi hồ sơ",
    page=PageSetup(size="A4", landscape=True, margins_mm=(15, 12, 15, 18)),
    font_size=9.5,
    fit_to_page=False,
    page_numbers=True,
    blocks=(
        NationalHeader(number_suffix="STD"),
        Title("SỔ THEO DÕI HỒ SƠ", lines=("{period}",)),
        Table(
            # Widths in mm of the 267 mm between the margins: the dossier code fits on one line.
            columns=(
                Column("STT", 9, "center"),
                Column("Mã hồ sơ", 40),
                Column("Tên thủ tục hành chính", 33),
                Column("Tên cá nhân, tổ chức", 27),
                Column("Địa chỉ, số điện thoại", 45),
                Column("Cơ quan chủ trì giải quyết", 26),
                Column("Nhận hồ sơ (ngày, giờ)", 17.5, "center"),
                Column("Hẹn trả kết quả (ngày, giờ)", 17.5, "center"),
                Column("Trả kết quả (ngày, giờ)", 17.5, "center"),
                Column("Hình thức nhận kết quả", 20),
                Column("Ký nhận", 14.5),
            ),
            font_delta=-0.5,
            rows="ledger_rows",
        ),
    ),
)
