"""Form 03: PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ (Số …/PTC)."""

from __future__ import annotations

from printing.blocks import FormTemplate, Items, NationalHeader, Signatures, Signer, Text, Title

REFUSAL = FormTemplate(
    key="refusal",
    model="03",
    name="Phiếu từ chối tiếp nhận giải quyết hồ sơ",
    font_size=13,
    blocks=(
        NationalHeader(number_suffix="PTC"),
        Title("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
        Text("Nơi tiếp nhận: {centre_name}"),
        Text("Tiếp nhận hồ sơ của Ông (Bà)/Tổ chức: <b>{submitter_name}</b>"),
        Text("Số định danh cá nhân/tổ chức: {submitter_id}", style="indent"),
        Text("Địa chỉ: {submitter_address}", style="indent"),
        Text("Số điện thoại: {submitter_phone}&nbsp;&nbsp;&nbsp; Email: {submitter_email}", style="indent"),
        Text("Mã hồ sơ (nếu có): {code}"),
        Text("Nội dung yêu cầu giải quyết: {procedure_name}"),
        Text("Sau khi nghiên cứu, đối chiếu với quy định hiện hành, cơ quan tiếp nhận từ chối tiếp nhận, "
             "giải quyết hồ sơ này với lý do cụ thể như sau:"),
        Items("reasons", blank_lines=3),
        Text("Xin thông báo để Ông (Bà)/Tổ chức được biết và thực hiện./."),
        Signatures((Signer("NGƯỜI NỘP HỒ SƠ"), Signer("NGƯỜI TIẾP NHẬN HỒ SƠ", name="{officer_name}"))),
    ),
)
