"""Form 04: PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ (Số …/PXL).

Circular 03/2025/TT-VPCP words it as an apology that asks the applicant to agree to a longer processing
time ("… VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"); the value `extension_wording` chooses that wording,
otherwise the earlier wording (Circular 01/2018) with a new appointment date is printed.
"""

from __future__ import annotations

from printing.blocks import FormTemplate, NationalHeader, Signatures, Signer, Text, Title

APOLOGY = FormTemplate(
    key="apology",
    model="04",
    name="Phiếu xin lỗi và hẹn lại ngày trả kết quả",
    font_size=13,
    blocks=(
        NationalHeader(number_suffix="PXL", lower="{issuing_body}"),
        Title("PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", when="extension_wording"),
        Title("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", unless="extension_wording"),
        Text("{sync_notice}", style="notice", when="not_synced"),
        Text("Kính gửi: <b>{applicant_name}</b>", style="center"),
        Text("Ngày {received_short}, {issuing_body} tiếp nhận giải quyết hồ sơ đề nghị "
             "<b>{procedure_name}</b> của Ông (Bà)/Tổ chức; số định danh cá nhân/tổ chức: {applicant_id}; "
             "mã hồ sơ: <b>{code}</b>."),
        Text("Thời hạn giải quyết hồ sơ theo quy định: {due_long}."),
        Text("Tuy nhiên đến nay, {issuing_body} chưa giải quyết xong hồ sơ của Ông (Bà)/Tổ chức "
             "đúng thời hạn theo quy định."),
        Text("Lý do: {reason}"),
        Text("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của Ông (Bà)/Tổ chức. "
             "{issuing_body} trân trọng xin lỗi Ông (Bà)/Tổ chức và đề nghị Ông (Bà)/Tổ chức đồng ý "
             "gia hạn thời gian giải quyết hồ sơ đến <b>{new_due_long}</b>.", when="extension_wording"),
        Text("Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của Ông (Bà)/Tổ chức. "
             "{issuing_body} xin lỗi Ông (Bà)/Tổ chức và sẽ trả kết quả giải quyết hồ sơ cho "
             "Ông (Bà)/Tổ chức vào <b>{new_due_long}</b>.", unless="extension_wording"),
        Text("Kính mong Ông (Bà)/Tổ chức thông cảm./."),
        Signatures((Signer(""), Signer("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", name="{head_name}"))),
    ),
)
