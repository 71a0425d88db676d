"""Form 01: GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ — two copies (liên) side by side on A4, or one on A5."""

from __future__ import annotations

from printing.blocks import (
    FormTemplate,
    Items,
    NationalHeader,
    PageSetup,
    Qr,
    SideBySide,
    Signatures,
    Signer,
    Space,
    Text,
    Title,
)

COPY_KEPT = "Liên 1: Lưu"
COPY_APPLICANT = "Liên 2: Giao người nộp"

RECEIPT = FormTemplate(
    key="receipt",
    model="01",
    name="Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
    page=PageSetup(size="A5", margins_mm=(11, 10, 9, 13)),
    font_size=10,
    copies=(COPY_KEPT, COPY_APPLICANT),
    two_up=True,
    blocks=(
        NationalHeader(),
        Title("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
              lines=("Mã hồ sơ: <b>{code}</b>", "<i>({copy_label})</i>")),
        Text("{sync_notice}", style="notice", when="not_synced"),
        Text("Nơi tiếp nhận: {centre_name}"),
        Text("Tiếp nhận hồ sơ của Ông (Bà)/Tổ chức: <b>{submitter_name}</b>"),
        Text("Số định danh cá nhân/tổ chức: {submitter_id}", style="indent"),
        Text("Địa chỉ: {submitter_address}", style="indent"),
        Text("Số điện thoại: {submitter_phone}&nbsp;&nbsp;&nbsp; Email: {submitter_email}", style="indent"),
        Text("Trường hợp được ủy quyền — người ủy quyền: <b>{authoriser_name}</b>", when="authorised"),
        Text("Số định danh cá nhân/tổ chức: {authoriser_id}", style="indent", when="authorised"),
        Text("Địa chỉ: {authoriser_address}", style="indent", when="authorised"),
        Text("Số điện thoại: {authoriser_phone}&nbsp;&nbsp;&nbsp; Email: {authoriser_email}", style="indent",
             when="authorised"),
        Text("Giấy tờ ủy quyền: {authorisation_paper}", style="indent", when="authorised"),
        Text("Trường hợp được ủy quyền: không", unless="authorised"),
        Text("Nội dung yêu cầu giải quyết: <b>{procedure_name}</b>"),
        Text("1. Thành phần hồ sơ nộp gồm:"),
        Items("documents"),
        SideBySide(
            left=(
                Text("2. Số lượng hồ sơ: {sets} (bộ)"),
                Text("3. Thời gian giải quyết hồ sơ theo quy định: {processing_time}"),
                Text("4. Thời gian nhận hồ sơ: {received_long}"),
                Text("5. Thời gian trả kết quả giải quyết hồ sơ: <b>{due_long}</b>"),
                Text("6. Đăng ký nhận kết quả tại: {result_delivery}"),
                Text("7. Phí, lệ phí: <b>{fee_amount}</b> (Bằng chữ: {fee_words})", unless="fee_free"),
                Text("7. Phí, lệ phí: không thu", when="fee_free"),
            ),
            right=(Qr("qr_text", size_mm=27, caption="Quét mã để tra cứu và kiểm tra phiếu"),),
            left_share=0.74,
        ),
        Text("Vào Sổ theo dõi hồ sơ, Quyển số: {ledger_book}&nbsp;&nbsp;&nbsp; Số thứ tự: {ledger_entry}"),
        Space(mm=1),
        Signatures((Signer("NGƯỜI NỘP HỒ SƠ"), Signer("NGƯỜI TIẾP NHẬN HỒ SƠ", name="{officer_name}")),
                   space_mm=16),
    ),
)
