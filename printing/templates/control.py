"""Form 05: PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ (Số …/PKS) — the hand-overs of one dossier."""

from __future__ import annotations

from printing.blocks import Column, FormTemplate, NationalHeader, Table, Text, Title

CONTROL = FormTemplate(
    key="control",
    model="05",
    name="Phiếu kiểm soát quá trình giải quyết hồ sơ",
    font_size=12,
    fit_to_page=False,
    page_numbers=True,
    blocks=(
        NationalHeader(number_suffix="PKS"),
        Title("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", lines=("Mã hồ sơ: <b>{code}</b>",)),
        Text("Hồ sơ của: <b>{applicant_name}</b>; nội dung yêu cầu giải quyết: {procedure_name}"),
        Text("Cơ quan giải quyết hồ sơ: {processing_body}"),
        Text("Cơ quan phối hợp giải quyết hồ sơ: {coordinating_bodies}"),
        Text("Thời gian nhận hồ sơ: {received_long}"),
        Text("Thời gian trả kết quả giải quyết hồ sơ: <b>{effective_due_long}</b>"),
        Table(
            columns=(
                Column("STT", 0.6, "center"),
                Column("Tên cơ quan, đơn vị giao – nhận hồ sơ", 2.2),
                Column("Thời gian giao, nhận hồ sơ", 1.3, "center"),
                Column("Người giao", 1.3),
                Column("Người nhận", 1.3),
                Column("Kết quả giải quyết hồ sơ (trước hạn / đúng hạn / quá hạn)", 1.3, "center"),
                Column("Ghi chú", 1.5),
            ),
            rows="handovers",
            blank_rows=3,
        ),
        Text("<i>Người giao và người nhận ký xác nhận vào cột tương ứng khi giao, nhận hồ sơ.</i>", style="note"),
    ),
)
