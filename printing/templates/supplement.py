"""Form 02: PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ (Số …/PBS)."""

from __future__ import annotations

from printing.blocks import FormTemplate, Items, NationalHeader, Signatures, Signer, Text, Title

SUPPLEMENT = FormTemplate(
    key="supplement",
    model="02",
    name="Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
    font_size=13,
    blocks=(
        NationalHeader(number_suffix="PBS"),
        Title("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", lines=("Mã hồ sơ: <b>{code}</b>",)),
        Text("{sync_notice}", style="notice", when="not_synced"),
        Text("Hồ sơ của: <b>{applicant_name}</b>"),
        Text("Nội dung yêu cầu giải quyết: {procedure_name}"),
        Text("Địa chỉ: {applicant_address}"),
        Text("Số điện thoại: {applicant_phone}&nbsp;&nbsp;&nbsp; Email: {applicant_email}"),
        Text("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:"),
        Items("requirements", blank_lines=3),
        Text("Lý do: {reason}"),
        Text("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông (Bà)/Tổ chức liên hệ với "
             "{contact_name}, số điện thoại {contact_phone} để được hướng dẫn."),
        Signatures((Signer(""), Signer("NGƯỜI HƯỚNG DẪN", name="{officer_name}"))),
    ),
)
