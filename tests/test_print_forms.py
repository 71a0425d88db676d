"""The six printed forms, read back with poppler: every field of the legal model, Vietnamese intact, on the page."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from forms.clock import VN_TZ
from forms.dossier import Applicant, DocumentItem, Dossier, SyncState
from forms.receipt_signature import ReceiptSignatureInvalid, hash_id_number, verify_receipt_text
from printing import documents
from printing.blocks import FormTemplate, Items, NationalHeader, Signatures, Signer, Text, Title
from printing.engine import Columns, Padding, Paragraph, TemplateError, render_pdf
from printing.fonts import FAMILY, register_fonts
from printing.values import PaperDetails, dossier_values
from tests.print_fixtures import (
    DESK,
    LONG_ADDRESS,
    PdfFacts,
    authorised_dossier,
    make_dossier,
    make_events,
    needs_poppler,
    read_pdf,
    render_png,
)

pytestmark = needs_poppler


KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
A4_LANDSCAPE = (841.89, 595.28)
A4_PORTRAIT = (595.28, 841.89)
A5_PORTRAIT = (419.53, 595.28)

HEADER = [
    "UBND XÃ TAM THANH",
    "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ TAM THANH",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số:",
]
APPLICANT = ["Nguyễn Thị Hương", "049190123456", LONG_ADDRESS, "0905123456", "huong.nguyen@example.vn"]


def _receipt(dossier=None, **kwargs) -> bytes:  # type: ignore[no-untyped-def]
    return documents.receipt_pdf(dossier or make_dossier(), DESK, signing_key=KEY,
                                 processing_time="03 ngày làm việc",
                                 paper=kwargs.pop("paper", PaperDetails(officer_name="Trần Thị Mai")), **kwargs)


def _assert_all_present(facts: PdfFacts, expected: list[str]) -> None:
    missing = [item for item in expected if " ".join(item.split()) not in facts.flat]
    assert not missing, f"missing from the PDF text: {missing}"


def _assert_on_page(facts: PdfFacts, margin_pt: float = 14) -> None:
    """No word is cut off: every word box lies inside the page with room to spare."""
    width, height = facts.page_size
    outside = [w.text for w in facts.words
               if w.x_min < margin_pt or w.y_min < margin_pt or w.x_max > width - margin_pt
               or w.y_max > height - margin_pt]
    assert not outside, f"words outside the printable area: {outside[:10]}"


# --- form 01 -----------------------------------------------------------------------------------------


def test_receipt_has_every_field_of_form_01_twice_on_one_a4_sheet(tmp_path: Path) -> None:
    facts = read_pdf(_receipt(), tmp_path)
    assert facts.pages == 1
    assert facts.page_size == pytest.approx(A4_LANDSCAPE, abs=1)
    fields = [
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: 000.00.12.H49-250715-1001",
        "Nơi tiếp nhận: TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ TAM THANH",
        "Tiếp nhận hồ sơ của Ông (Bà)/Tổ chức: Nguyễn Thị Hương",
        "Số định danh cá nhân/tổ chức: 049190123456", f"Địa chỉ: {LONG_ADDRESS}",
        "Số điện thoại: 0905123456", "Email: huong.nguyen@example.vn", "Trường hợp được ủy quyền: không",
        "Nội dung yêu cầu giải quyết: Đăng ký khai sinh", "1. Thành phần hồ sơ nộp gồm:",
        "1. Tờ khai đăng ký khai sinh theo mẫu (01 bản chính)",
        "3. Giấy chứng nhận kết hôn của cha, mẹ (01 bản sao có chứng thực)",
        "2. Số lượng hồ sơ: 01 (bộ)", "3. Thời gian giải quyết hồ sơ theo quy định: 03 ngày làm việc",
        "4. Thời gian nhận hồ sơ: 09 giờ 30 phút, ngày 15 tháng 7 năm 2025",
        "5. Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 18 tháng 7 năm 2025",
        "6. Đăng ký nhận kết quả tại: Trực tiếp tại nơi nộp hồ sơ",
        "7. Phí, lệ phí: 1.250.000 đồng (Bằng chữ: Một triệu hai trăm năm mươi nghìn đồng)",
        "Vào Sổ theo dõi hồ sơ, Quyển số:", "Số thứ tự:", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ",
        "(Ký và ghi rõ họ tên)", "Trần Thị Mai", "Tam Thanh, ngày 15 tháng 7 năm 2025",
        "(Liên 1: Lưu)", "(Liên 2: Giao người nộp)",
    ]
    _assert_all_present(facts, HEADER + fields)
    # Both copies carry the whole form.
    assert facts.flat.count("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ") == 2
    assert facts.flat.count("Nguyễn Thị Hương") == 2
    # A document that was not handed in is not listed as received.
    assert "Văn bản ủy quyền (nếu có)" not in facts.flat
    _assert_on_page(facts)
    middle = facts.page_size[0] / 2
    assert not [w.text for w in facts.words if w.x_min < middle < w.x_max], "a word crosses the cutting line"


def test_receipt_on_a5_is_the_applicants_copy_alone(tmp_path: Path) -> None:
    facts = read_pdf(_receipt(a5=True), tmp_path)
    assert facts.pages == 1
    assert facts.page_size == pytest.approx(A5_PORTRAIT, abs=1)
    assert "(Liên 2: Giao người nộp)" in facts.flat
    assert "Liên 1" not in facts.flat
    _assert_on_page(facts)


def test_receipt_of_an_authorised_submission_names_the_authoriser(tmp_path: Path) -> None:
    facts = read_pdf(_receipt(authorised_dossier()), tmp_path)
    _assert_all_present(facts, [
        "Tiếp nhận hồ sơ của Ông (Bà)/Tổ chức: Đặng Văn Đức",
        "Số định danh cá nhân/tổ chức: 049089654321",
        "Trường hợp được ủy quyền — người ủy quyền: Nguyễn Thị Hương",
        "Số định danh cá nhân/tổ chức: 049190123456", f"Địa chỉ: {LONG_ADDRESS}",
        "Giấy tờ ủy quyền: Giấy ủy quyền số 15/UQ ngày 10/7/2025",
    ])
    assert "Trường hợp được ủy quyền: không" not in facts.flat
    _assert_on_page(facts)


def test_free_procedure_and_missing_contact_details_print_as_such(tmp_path: Path) -> None:
    dossier = make_dossier(fee=0, applicant=Applicant(full_name="Lò Thị Mỷ", id_number="014301000123"))
    facts = read_pdf(_receipt(dossier), tmp_path)
    assert "7. Phí, lệ phí: không thu" in facts.flat
    assert "Bằng chữ" not in facts.flat
    # Unknown phone and e-mail are dotted blanks to fill in by hand, never "None".
    assert "None" not in facts.flat
    assert "Số điện thoại: …………… Email: ……………" in facts.flat


def test_receipt_says_when_the_dossier_is_not_yet_on_the_portal(tmp_path: Path) -> None:
    notice = "Hồ sơ chưa được đồng bộ lên Cổng Dịch vụ công quốc gia"
    for state in (SyncState.PENDING, SyncState.LOCAL, SyncState.CONFLICT, SyncState.REJECTED):
        facts = read_pdf(_receipt(make_dossier(sync_state=state)), tmp_path, name=state.value)
        assert facts.flat.count(notice) == 2, state
    assert notice not in read_pdf(_receipt(make_dossier(sync_state=SyncState.SENT)), tmp_path).flat


def test_reprint_is_marked_with_its_time(tmp_path: Path) -> None:
    first = read_pdf(_receipt(), tmp_path, name="first")
    assert "BẢN IN LẠI" not in first.flat
    again = read_pdf(_receipt(reprint_at=datetime(2025, 7, 16, 10, 32, tzinfo=VN_TZ)), tmp_path, name="again")
    assert again.flat.count("BẢN IN LẠI – 16/07/2025 10:32") == 2  # on each copy
    _assert_on_page(again, margin_pt=8)


def test_receipt_qr_decodes_from_the_printed_page_and_verifies(tmp_path: Path) -> None:
    dossier = make_dossier()
    pages = render_png(_receipt(dossier), tmp_path, dpi=150)
    found = zxingcpp.read_barcodes(Image.open(pages[0]))
    texts = [code.text for code in found if code.format == zxingcpp.BarcodeFormat.QRCode]
    assert len(texts) == 2 and texts[0] == texts[1]  # one per copy
    claim = verify_receipt_text(texts[0], [KEY.public_key()])
    assert claim.dossier_code == dossier.code
    assert claim.received_at == dossier.received_at
    assert claim.due_at == dossier.due_at
    assert claim.desk == "000.00.12.H49/2"
    assert claim.matches_id_number("049190123456")
    assert texts[0].startswith(DESK.lookup_url + "?")
    # The same slip with a different appointment written into its QR no longer verifies.
    tampered = texts[0].replace("hh=202507181700", "hh=202507251700")
    assert tampered != texts[0]
    with pytest.raises(ReceiptSignatureInvalid):
        verify_receipt_text(tampered, [KEY.public_key()])


def test_decomposed_and_awkward_names_print_composed_and_literally(tmp_path: Path) -> None:
    nfd_name = unicodedata.normalize("NFD", "Đặng Văn Đức")
    applicant = Applicant(full_name=nfd_name, id_number="049089654321",
                          address="Thôn <Phú Quý> & xóm Bến, xã Tam Thanh")
    facts = read_pdf(_receipt(make_dossier(applicant=applicant)), tmp_path)
    assert "Đặng Văn Đức" in facts.flat  # NFC: one glyph per letter, diacritics intact
    assert nfd_name not in facts.text
    assert "Thôn <Phú Quý> & xóm Bến, xã Tam Thanh" in facts.flat


def test_the_font_is_embedded(tmp_path: Path) -> None:
    facts = read_pdf(_receipt(), tmp_path)
    rows = [line.split() for line in facts.fonts.splitlines()[2:] if line.strip()]
    assert rows, facts.fonts
    for row in rows:
        assert "LiberationSerif" in row[0] or "MotcuaSerif" in row[0], row
        assert row[-5] == "yes", f"font not embedded: {row}"  # the "emb" column


def test_a_long_document_list_still_fits_one_sheet(tmp_path: Path) -> None:
    many = tuple(DocumentItem(f"Giấy tờ kèm theo số {n}: bản sao sổ hộ khẩu, giấy xác nhận cư trú của "
                              f"người có tên trong hồ sơ", 1, "photocopy", received=True) for n in range(1, 21))
    facts = read_pdf(_receipt(make_dossier(documents=many)), tmp_path)
    assert facts.pages == 1
    assert "20. Giấy tờ kèm theo số 20" in facts.flat
    assert facts.flat.count("NGƯỜI TIẾP NHẬN HỒ SƠ") == 2
    _assert_on_page(facts)


# --- forms 02, 03, 04 ------------------------------------------------------------------------------


def test_supplement_request_form_02(tmp_path: Path) -> None:
    pdf = documents.supplement_pdf(
        make_dossier(), DESK,
        requirements=["Bổ sung bản sao Giấy chứng nhận kết hôn có chứng thực",
                      "Ghi đầy đủ nơi sinh trong tờ khai theo Giấy chứng sinh"],
        reason="Hồ sơ chưa đủ thành phần theo quy định", contact_name="bà Trần Thị Mai",
        contact_phone="0235 3812 345", paper=PaperDetails(number="15", issued_at=datetime(2025, 7, 16, 9, 0)),
    )
    facts = read_pdf(pdf, tmp_path)
    _assert_all_present(facts, [
        *HEADER,
        "Số: 15/PBS",
        "Tam Thanh, ngày 16 tháng 7 năm 2025",
        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
        "Mã hồ sơ: 000.00.12.H49-250715-1001",
        "Hồ sơ của: Nguyễn Thị Hương",
        "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
        f"Địa chỉ: {LONG_ADDRESS}",
        "Số điện thoại: 0905123456",
        "Email: huong.nguyen@example.vn",
        "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:",
        "1. Bổ sung bản sao Giấy chứng nhận kết hôn có chứng thực",
        "2. Ghi đầy đủ nơi sinh trong tờ khai theo Giấy chứng sinh",
        "Lý do: Hồ sơ chưa đủ thành phần theo quy định",
        "liên hệ với bà Trần Thị Mai, số điện thoại 0235 3812 345 để được hướng dẫn",
        "NGƯỜI HƯỚNG DẪN",
        "(Ký và ghi rõ họ tên)",
    ])
    assert facts.page_size == pytest.approx(A4_PORTRAIT, abs=1)
    _assert_on_page(facts)
    with pytest.raises(documents.PrintError):
        documents.supplement_pdf(make_dossier(), DESK, requirements=["  "], reason="x")


def test_refusal_form_03(tmp_path: Path) -> None:
    pdf = documents.refusal_pdf(make_dossier(), DESK, reasons=[
        "Yêu cầu không thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã",
        "Người nộp không phải là người có quyền yêu cầu theo quy định",
    ])
    facts = read_pdf(pdf, tmp_path)
    _assert_all_present(facts, HEADER + APPLICANT + [
        "/PTC", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Nơi tiếp nhận:",
        "Tiếp nhận hồ sơ của Ông (Bà)/Tổ chức: Nguyễn Thị Hương", "Số định danh cá nhân/tổ chức:",
        "Mã hồ sơ (nếu có): 000.00.12.H49-250715-1001", "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
        "từ chối tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:",
        "1. Yêu cầu không thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã",
        "2. Người nộp không phải là người có quyền yêu cầu theo quy định",
        "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)",
    ])
    _assert_on_page(facts)
    with pytest.raises(documents.PrintError) as caught:
        documents.refusal_pdf(make_dossier(), DESK, reasons=[])
    assert "lý do" in str(caught.value)


@pytest.mark.parametrize("extension", [True, False])
def test_apology_form_04_in_both_wordings(tmp_path: Path, extension: bool) -> None:
    pdf = documents.apology_pdf(
        make_dossier(), DESK, reason="Cần xác minh thêm thông tin hộ tịch tại nơi cư trú trước đây",
        new_due_at=datetime(2025, 7, 23, 17, 0, tzinfo=VN_TZ), issuing_body="Ủy ban nhân dân xã Tam Thanh",
        head_name="Phạm Văn Long", extension_wording=extension,
    )
    facts = read_pdf(pdf, tmp_path)
    _assert_all_present(facts, HEADER[:1] + HEADER[2:] + [
        "ỦY BAN NHÂN DÂN XÃ TAM THANH", "/PXL", "Kính gửi: Nguyễn Thị Hương",
        "Ngày 15/07/2025, Ủy ban nhân dân xã Tam Thanh tiếp nhận giải quyết hồ sơ đề nghị Đăng ký khai sinh",
        "số định danh cá nhân/tổ chức: 049190123456", "mã hồ sơ: 000.00.12.H49-250715-1001",
        "Thời hạn giải quyết hồ sơ theo quy định: 17 giờ 00 phút, ngày 18 tháng 7 năm 2025",
        "chưa giải quyết xong hồ sơ của Ông (Bà)/Tổ chức đúng thời hạn",
        "Lý do: Cần xác minh thêm thông tin hộ tịch tại nơi cư trú trước đây",
        "xin lỗi Ông (Bà)/Tổ chức", "17 giờ 00 phút, ngày 23 tháng 7 năm 2025",
        "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "(Ký và ghi rõ họ tên)", "Phạm Văn Long",
    ])
    if extension:
        assert "PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT" in facts.flat
        assert "đồng ý gia hạn thời gian giải quyết hồ sơ đến" in facts.flat
    else:
        assert "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" in facts.flat
        assert "sẽ trả kết quả giải quyết hồ sơ cho Ông (Bà)/Tổ chức vào" in facts.flat
        assert "GIA HẠN" not in facts.flat
    _assert_on_page(facts)


def test_apology_needs_a_later_new_date() -> None:
    with pytest.raises(documents.PrintError):
        documents.apology_pdf(make_dossier(), DESK, reason="x")
    with pytest.raises(documents.PrintError):
        documents.apology_pdf(make_dossier(), DESK, reason="x",
                              new_due_at=datetime(2025, 7, 18, 12, 0, tzinfo=VN_TZ))
    rescheduled = make_dossier(rescheduled_due_at=datetime(2025, 7, 25, 17, 0, tzinfo=VN_TZ))
    assert documents.apology_pdf(rescheduled, DESK, reason="x").startswith(b"%PDF")


# --- form 05 -----------------------------------------------------------------------------------------


def test_control_form_05_lists_the_hand_overs_of_the_audit_trail(tmp_path: Path) -> None:
    dossier = make_dossier()
    pdf = documents.control_pdf(dossier, DESK, make_events(dossier), processing_body="Ủy ban nhân dân xã Tam Thanh",
                                coordinating_bodies="Công an xã Tam Thanh")
    facts = read_pdf(pdf, tmp_path)
    _assert_all_present(facts, [
        *HEADER,
        "/PKS",
        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
        "Mã hồ sơ: 000.00.12.H49-250715-1001",
        "Cơ quan giải quyết hồ sơ: Ủy ban nhân dân xã Tam Thanh",
        "Cơ quan phối hợp giải quyết hồ sơ: Công an xã Tam Thanh",
        "Thời gian nhận hồ sơ: 09 giờ 30 phút, ngày 15 tháng 7 năm 2025",
        "Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 18 tháng 7 năm 2025",
        "Tên cơ quan, đơn vị giao – nhận hồ sơ",
        "Thời gian giao, nhận hồ sơ",
        "Người giao",
        "Người nhận",
        "Kết quả giải quyết hồ sơ (trước hạn / đúng hạn / quá hạn)",
        "Ghi chú",
        "Lê Văn Bình",
        "Trần Thị Mai",
        "Tiếp nhận và trả kết quả → Công chức Tư pháp - Hộ tịch",
        "Giải quyết hồ sơ → Bộ phận Một cửa",
        "Trả kết quả cho công dân",
    ])
    # Four hand-overs (the print event is not one): on time on the due day, late after it.
    assert facts.flat.count("Trước hạn") == 2
    assert facts.flat.count("Đúng hạn") == 1
    assert facts.flat.count("Quá hạn") == 1
    _assert_on_page(facts)


def test_control_form_flows_over_pages_with_a_long_trail(tmp_path: Path) -> None:
    dossier = make_dossier()
    base = make_events(dossier)[2]
    events = [replace(base, at=base.at + timedelta(hours=n), uuid=str(n),
                      changes={"to_unit": f"Phòng ban số {n}", "receiver": f"Người nhận {n}"}) for n in range(60)]
    facts = read_pdf(documents.control_pdf(dossier, DESK, events), tmp_path)
    assert facts.pages >= 2
    assert "Người nhận 0" in facts.flat and "Người nhận 59" in facts.flat
    assert f"Trang 1/{facts.pages}" in facts.flat
    _assert_on_page(facts)


# --- form 06 -----------------------------------------------------------------------------------------


def test_ledger_form_06_many_rows_header_on_every_page(tmp_path: Path) -> None:
    dossiers = [
        make_dossier(code=f"000.00.12.H49-2507{15 + n % 5:02d}-{1001 + n:04d}",
                     received_at=datetime(2025, 7, 15 + n % 5, 8 + n % 8, 10, tzinfo=VN_TZ),
                     returned_at=datetime(2025, 7, 22, 9, 0, tzinfo=VN_TZ) if n % 3 == 0 else None)
        for n in range(90)
    ]
    outside = make_dossier(code="000.00.12.H49-250714-0999", received_at=datetime(2025, 7, 14, 16, 0, tzinfo=VN_TZ))
    pdf = documents.ledger_pdf([*dossiers, outside], DESK, date_from=date(2025, 7, 15), date_to=date(2025, 7, 19),
                               processing_bodies={"1.001193": "Công chức Tư pháp - Hộ tịch"})
    facts = read_pdf(pdf, tmp_path)
    assert facts.page_size == pytest.approx(A4_LANDSCAPE, abs=1)
    assert facts.pages >= 3
    _assert_all_present(facts, [
        *HEADER,
        "/STD",
        "SỔ THEO DÕI HỒ SƠ",
        "Từ ngày 15 tháng 7 năm 2025 đến ngày 19 tháng 7 năm 2025",
        "Công chức Tư pháp - Hộ tịch",
        "Trực tiếp tại nơi nộp hồ sơ",
        "22/07/2025 09:00",
    ])
    for dossier in dossiers:
        assert dossier.code in facts.flat
    assert outside.code not in facts.flat
    for page in range(1, facts.pages + 1):
        on_page = facts.page_text(page)
        for header in ("STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại",
                       "Cơ quan chủ trì giải quyết", "Nhận hồ sơ", "Hẹn trả kết quả", "Trả kết quả",
                       "Hình thức nhận kết quả", "Ký nhận"):
            assert header in on_page, (page, header)
        assert f"Trang {page}/{facts.pages}" in on_page
    # Rows are numbered in the order of reception.
    assert "90 000.00.12.H49-" in facts.flat
    _assert_on_page(facts)


def test_ledger_refuses_a_reversed_period() -> None:
    with pytest.raises(Exception) as caught:
        documents.ledger_pdf([], DESK, date_from=date(2025, 7, 19), date_to=date(2025, 7, 15))
    assert "trước ngày bắt đầu" in str(caught.value)


# --- forms as data --------------------------------------------------------------------------------


def test_a_seventh_form_is_a_template_not_code(tmp_path: Path) -> None:
    """The notice of stopping processing (Circular 03/2025) declared from the shared blocks and values."""
    stop_notice = FormTemplate(
        key="stop_notice", model="07", name="Thông báo dừng xử lý hồ sơ",
        blocks=(
            NationalHeader(number_suffix="TB-DXL"),
            Title("THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ", lines=("Mã hồ sơ: <b>{code}</b>",)),
            Text("Kính gửi: <b>{applicant_name}</b>", style="center"),
            Text("Hồ sơ {procedure_name} tiếp nhận lúc {received_long} được dừng xử lý vì các lý do sau:"),
            Items("stop_reasons"),
            Signatures((Signer(""), Signer("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"))),
        ),
    )
    values = {**dossier_values(make_dossier(), DESK), "stop_reasons": ["Công dân đề nghị rút hồ sơ"]}
    facts = read_pdf(render_pdf(stop_notice, values), tmp_path)
    _assert_all_present(facts, [
        *HEADER,
        "/TB-DXL",
        "THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ",
        "Kính gửi: Nguyễn Thị Hương",
        "Hồ sơ Đăng ký khai sinh tiếp nhận lúc 09 giờ 30 phút, ngày 15 tháng 7 năm 2025",
        "1. Công dân đề nghị rút hồ sơ",
    ])


def test_a_template_naming_an_unknown_value_is_a_clear_error() -> None:
    broken = FormTemplate(key="x", model="99", name="x", blocks=(Text("Giá trị: {no_such_value}"),))
    with pytest.raises(TemplateError) as caught:
        render_pdf(broken, dossier_values(make_dossier(), DESK))
    assert "no_such_value" in str(caught.value)


def test_the_renderer_returns_bytes_a_preview_can_show_and_writes_files_atomically(tmp_path: Path) -> None:
    pdf = _receipt()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    target = documents.write_pdf(pdf, tmp_path / "out" / "receipt.pdf")
    assert target.read_bytes() == pdf
    assert [p.name for p in target.parent.iterdir()] == ["receipt.pdf"]  # no temporary left behind
    blocked = tmp_path / "file"
    blocked.write_text("x")
    with pytest.raises(documents.PrintError):
        documents.write_pdf(pdf, blocked / "receipt.pdf")


def test_the_qr_carries_a_hash_not_the_id_number(tmp_path: Path) -> None:
    text = documents.receipt_qr_text(make_dossier(), DESK, KEY)
    assert "049190123456" not in text
    assert f"dd={hash_id_number('000.00.12.H49-250715-1001', '049190123456')}" in text


# --- what the engine keeps between slips ------------------------------------------------------------


def _every_form(dossier: Dossier, number: str) -> dict[str, bytes]:
    paper = PaperDetails(officer_name="Trần Thị Mai", number=number, issued_at=datetime(2025, 7, 15, 10, 0))
    return {
        "receipt": _receipt(dossier, paper=paper),
        "receipt_a5": _receipt(dossier, paper=paper, a5=True),
        "supplement": documents.supplement_pdf(dossier, DESK, requirements=["Bổ sung bản sao có chứng thực"],
                                               reason="Thiếu giấy tờ", paper=paper),
        "refusal": documents.refusal_pdf(dossier, DESK, reasons=["Không thuộc thẩm quyền"], paper=paper),
        "apology": documents.apology_pdf(dossier, DESK, reason="Cần xác minh thêm",
                                         new_due_at=datetime(2025, 7, 25, 17, 0, tzinfo=VN_TZ), paper=paper),
        "control": documents.control_pdf(dossier, DESK, make_events(dossier), paper=paper),
        "ledger": documents.ledger_pdf([dossier], DESK, date_from=date(2025, 7, 15), date_to=date(2025, 7, 15),
                                        paper=paper),
    }


def _assert_print_alike(reference: dict[str, bytes], candidate: dict[str, bytes], tmp_path: Path) -> None:
    """Every form of `candidate` renders (pdftoppm, 100 dpi) pixel for pixel as the same form of `reference`."""
    assert candidate.keys() == reference.keys()
    for name, pdf in reference.items():
        expected = [page.read_bytes() for page in render_png(pdf, tmp_path, 100, f"{name}-reference")]
        assert expected, name
        drawn = [page.read_bytes() for page in render_png(candidate[name], tmp_path, 100, f"{name}-candidate")]
        assert drawn == expected, name


def test_slips_printed_after_others_are_the_slips_printed_first(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The lines laid out for one slip are reused by the next: a slip must come out the same either way."""
    from printing import engine

    first = make_dossier()
    other = make_dossier(code="000.00.12.H49-250715-2002",
                         applicant=Applicant(full_name="Lê Thị Ánh Tuyết", id_number="001190000321",
                                             address="Thôn Phú Xuân, xã Tam Thanh", phone="0912000111"))
    with monkeypatch.context() as patch:
        patch.setattr(engine, "_remember", lambda *_: None)  # nothing kept: every line laid out afresh
        reference = _every_form(first, "15")
    monkeypatch.setattr(engine, "_parsed", {})
    monkeypatch.setattr(engine, "_broken", {})
    cold = _every_form(first, "15")  # nothing known yet
    _every_form(other, "16")
    warm = _every_form(first, "15")  # most lines known, some from the other citizen's slips
    assert engine._broken  # the second time round was not laid out afresh
    for name in reference:
        expected = [page.read_bytes() for page in render_png(reference[name], tmp_path, 40, f"{name}-reference")]
        assert expected, name
        for run, pdf in (("cold", cold[name]), ("warm", warm[name])):
            pages = render_png(pdf, tmp_path, 40, f"{name}-{run}")
            assert [page.read_bytes() for page in pages] == expected, (name, run)


def test_paragraphs_drawn_directly_look_as_reportlab_draws_them(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain paragraph is drawn by the engine itself: every form must look exactly as reportlab draws it,
    including paragraphs the engine leaves to reportlab (the bordered notice, bold runs, a word too long
    for its cell, whose spaces reportlab narrows)."""
    from printing import engine

    dossier = make_dossier(applicant=Applicant(
        full_name="Nguyễn Thị Hương", id_number="049190123456", phone="0905123456",
        address="Số 12/45 hẻm 8, thôn Phước Thành, xã Tam Thanh, " + "Khuphốrấtdàikhôngcóchỗngắtdòngnào" * 2,
        email="nguyen.thi.huong.dia.chi.thu.rat.dai.khong.ngat.duoc@example.vn"),
        sync_state=SyncState.PENDING)  # the slips carry the bordered "not yet on the portal" notice
    decided: list[bool] = []
    plain_lines = engine.Paragraph._plain_lines

    def counted(paragraph: engine.Paragraph) -> object:
        lines = plain_lines(paragraph)
        decided.append(lines is not None)
        return lines

    with monkeypatch.context() as patch:
        patch.setattr(engine.Paragraph, "_plain_lines", counted)
        direct = _every_form(dossier, "15")
    assert sum(decided) > len(decided) / 2 and not all(decided)  # both ways are taken
    monkeypatch.setattr(engine.Paragraph, "_plain_lines", lambda _paragraph: None)
    _assert_print_alike(_every_form(dossier, "15"), direct, tmp_path)


def _as_a_table(cells: list[list[object]], percents: list[float], padding: Padding) -> Table:
    """What `Columns` stands for: a one-row reportlab table of those cells."""
    table = Table([list(cells)], colWidths=[f"{percent}%" for percent in percents])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FAMILY.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding.left),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding.right),
        ("TOPPADDING", (0, 0), (-1, -1), padding.top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding.bottom),
    ]))
    return table


def test_columns_lay_out_as_a_reportlab_table_would(tmp_path: Path) -> None:
    """Spaces before and after the stacked flowables, an empty cell, widths short of and over 100 %, and
    what follows each row: `Columns` and the table it stands for must print the same page."""
    register_fonts()
    spaced = ParagraphStyle("spaced", fontName=FAMILY.regular, fontSize=10, leading=12.5, spaceBefore=7,
                            spaceAfter=5)
    plain = ParagraphStyle("plain", fontName=FAMILY.bold, fontSize=9, leading=11)

    def story(columns: Callable[[list[list[object]], list[float], Padding], object]) -> list[object]:
        flowables: list[object] = []
        for percents, padding in (([30.0, 50.0], Padding(top=4, right=3, bottom=6, left=5)),
                                  ([70.0, 30.0, 40.0], Padding(top=1, right=0, bottom=2, left=8))):
            cells: list[list[object]] = [
                [Paragraph("Trung tâm phục vụ hành chính công xã Tam Thanh, tỉnh Thừa Thiên Huế", spaced),
                 Paragraph("Người tiếp nhận", plain), Spacer(1, 9), Paragraph("Trần Thị Mai", spaced)],
                [Paragraph("Cộng hòa xã hội chủ nghĩa Việt Nam", plain)],
                [],
            ][:len(percents)]
            flowables += [columns(cells, percents, padding), Paragraph("Dòng ngay sau hàng ô.", plain)]
        return flowables

    pages = {}
    for name, columns in (("columns", Columns), ("table", _as_a_table)):
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A5).build(story(columns))
        pages[name] = [page.read_bytes() for page in render_png(buffer.getvalue(), tmp_path, 100, name)]
    assert pages["columns"] and pages["columns"] == pages["table"]


def test_forms_lay_out_their_columns_as_reportlab_tables_would(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The header, signature blocks and text beside the QR are `Columns`: every form must look exactly as
    with the one-row reportlab tables they stand for."""
    from printing import engine

    dossier = make_dossier(sync_state=SyncState.PENDING)
    built: list[int] = []
    columns = engine.Columns

    def counted(cells: list[list[object]], percents: list[float], padding: Padding) -> Columns:
        built.append(1)
        return columns(cells, percents, padding)

    with monkeypatch.context() as patch:
        patch.setattr(engine, "Columns", counted)
        ours = _every_form(dossier, "15")
    assert len(built) >= 7 * 3  # every form has a header (two rows) and signatures
    monkeypatch.setattr(engine, "Columns", _as_a_table)
    _assert_print_alike(_every_form(dossier, "15"), ours, tmp_path)


@pytest.mark.parametrize("alignment", [0, 1, 2, 4])  # left, centre, right, justified
def test_paragraphs_of_every_kind_draw_as_reportlab_draws_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               alignment: int) -> None:
    """Markup the forms may come to use, in every alignment: what the engine draws itself and what it
    leaves to reportlab must print as reportlab prints it."""
    from printing import engine

    register_fonts()
    style = ParagraphStyle(f"every_kind_{alignment}", fontName=FAMILY.regular, fontSize=10, leading=13,
                           alignment=alignment, firstLineIndent=12, leftIndent=6, spaceAfter=4)
    texts = [
        "Tiếp nhận hồ sơ của Ông (Bà) Nguyễn Thị Hương, thôn Phước Thành, xã Tam Thanh, tỉnh Thừa Thiên Huế",
        "Mã hồ sơ: <b>000.00.12.H49-250715-1003</b>, hẹn trả <i>ngày 18 tháng 7 năm 2025</i> tại Bộ phận Một cửa",
        "Phí: <font color='#c00000'>1.295.000 đồng</font> (bằng chữ: một triệu hai trăm chín mươi lăm nghìn đồng)",
        "Chỉ số<super>2</super> nâng lên, rồi <sub>hạ xuống</sub> giữa dòng",
        "Một cụm <u>gạch chân</u> và một cụm <strike>gạch ngang</strike> giữa dòng",
        "Một <a href='https://dichvucong.gov.vn'>đường dẫn</a> giữa dòng",
        "Một cụm <span backColor='#ffff00'>nền vàng</span> giữa dòng",
        "Dòng thứ nhất<br/>dòng thứ hai sau một lần xuống dòng",
        "Khuphốrấtdàikhôngcóchỗngắtdòngnàokhuphốrấtdàikhôngcóchỗngắtdòngnào <b>Khuphốrấtdàikhôngcóchỗngắt</b>",
        "<font size='13'>Chữ lớn</font> giữa dòng chữ thường, rồi <b><i>đậm nghiêng</i></b> và <font face='"
        + FAMILY.bold + "'>tên phông</font>",
    ]
    unbroken = ParagraphStyle(f"unbroken_{alignment}", parent=style, splitLongWords=0)
    # Words too long for a line; joined by no-break spaces, reportlab narrows those spaces to fit.
    joined = "\u00a0".join(["Thôn", "Phước", "Thành", "xã", "Tam", "Thanh", "huyện", "Phú", "Vang"] * 2)
    long_words = ["Khuphốrấtdàikhôngcóchỗngắtdòngnàokhuphốrấtdàikhôngcóchỗngắtdòngnàovàcònnữa <b>đậm</b> cuối",
                  "Khuphốrấtdàikhôngcóchỗngắtdòngnàokhuphốrấtdàikhôngcóchỗngắtdòngnàovàcònnữa cuối dòng",
                  f"{joined} cuối dòng", f"<b>{joined}</b> cuối dòng"]

    def page() -> bytes:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A5).build([Paragraph(text, style) for text in texts]
                                                     + [Paragraph(text, unbroken) for text in long_words])
        return buffer.getvalue()

    direct = page()
    assert b"/URI" in direct  # the link is kept (an annotation: nothing to see on the page)
    monkeypatch.setattr(engine.Paragraph, "_plain_lines", lambda _paragraph: None)
    expected = render_png(page(), tmp_path, 100, "reportlab")
    assert [p.read_bytes() for p in render_png(direct, tmp_path, 100, "direct")] == [p.read_bytes() for p in expected]
