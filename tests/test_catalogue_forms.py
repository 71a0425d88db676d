"""Applicant form data checked against a procedure's form schema, with Vietnamese messages per field."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from forms.catalogue import (
    Choice,
    FieldCondition,
    FieldType,
    FormField,
    FormSchema,
    clean_form,
    load_default_catalogue,
    validate_form,
)

TODAY = date(2026, 11, 23)


def _field(key: str, label: str, type_: FieldType, **extra: Any) -> FormField:
    return FormField(key=key, label=label, type=type_, order=0, **extra)


def _birth_form() -> FormSchema:
    return load_default_catalogue().get("1.001193").form


def _valid_birth() -> dict[str, Any]:
    return {
        "nguoi_yeu_cau_ho_ten": "Nguyễn Thị Hoa", "nguoi_yeu_cau_so_dinh_danh": "001190012345",
        "nguoi_yeu_cau_noi_cu_tru": "Thôn 3, xã Tam Thanh", "quan_he": "me",
        "ho_ten": "Trần Minh Khôi", "ngay_sinh": "2026-11-01", "gioi_tinh": "Nam", "dan_toc": "Kinh",
        "quoc_tich": "Việt Nam", "noi_sinh": "Trạm y tế xã Tam Thanh", "que_quan": "Quảng Nam",
        "cam_doan": True,
    }


def test_a_complete_birth_registration_is_valid() -> None:
    assert validate_form(_birth_form(), _valid_birth(), today=TODAY) == []


def test_missing_required_field_names_its_label() -> None:
    data = _valid_birth()
    del data["ho_ten"]
    data["noi_sinh"] = "   "
    errors = validate_form(_birth_form(), data, today=TODAY)
    assert [e.text for e in errors] == [
        "Họ, chữ đệm, tên người được khai sinh là bắt buộc",
        "Nơi sinh là bắt buộc",
    ]
    assert [e.key for e in errors] == ["ho_ten", "noi_sinh"]
    assert errors[0].kind == "required"
    assert errors[0].message.template == "{label} là bắt buộc"  # translatable by the GUI


def test_every_kind_of_bad_value() -> None:
    data = {**_valid_birth(), "ngay_sinh": "31/02/2026", "gioi_tinh": "khác",
            "nguoi_yeu_cau_so_dinh_danh": "12345", "me_nam_sinh": "1890", "so_ban_sao": "hai",
            "cam_doan": False}
    messages = {e.key: e.text for e in validate_form(_birth_form(), data, today=TODAY)}
    assert messages == {
        "ngay_sinh": "Ngày sinh của người được khai sinh phải là ngày hợp lệ (ngày/tháng/năm)",
        "gioi_tinh": "Giới tính phải là một trong các lựa chọn: Nam, Nữ",
        "nguoi_yeu_cau_so_dinh_danh": "Số định danh cá nhân của người yêu cầu phải gồm đúng 12 chữ số",
        "me_nam_sinh": "Năm sinh của mẹ phải từ 1900 trở lên",
        "so_ban_sao": "Số bản sao Giấy khai sinh đề nghị cấp phải là số nguyên",
        "cam_doan": "Cần xác nhận: Người yêu cầu cam đoan nội dung khai là đúng sự thật",
    }


def test_birth_date_cannot_be_in_the_future() -> None:
    data = {**_valid_birth(), "ngay_sinh": date(2026, 11, 24)}
    (error,) = validate_form(_birth_form(), data, today=TODAY)
    assert error.text == "Ngày sinh của người được khai sinh không được sau ngày hôm nay"
    assert validate_form(_birth_form(), {**data, "ngay_sinh": TODAY}, today=TODAY) == []


def test_clean_form_normalises_for_storage() -> None:
    data = {**_valid_birth(), "ngay_sinh": "01/11/2026", "so_ban_sao": " 2 ", "ho_ten": "  Trần Minh Khôi ",
            "nguoi_yeu_cau_so_dinh_danh": "001 190 012 345", "ghi_chu_ngoai_bieu_mau": "x"}
    cleaned, errors = clean_form(_birth_form(), data, today=TODAY)
    assert errors == []
    assert cleaned["ngay_sinh"] == "2026-11-01"
    assert cleaned["so_ban_sao"] == 2
    assert cleaned["ho_ten"] == "Trần Minh Khôi"
    assert cleaned["nguoi_yeu_cau_so_dinh_danh"] == "001190012345"
    assert "ghi_chu_ngoai_bieu_mau" not in cleaned
    assert "me_ho_ten" not in cleaned  # optional and empty: left out


def test_widget_values_are_accepted() -> None:
    data = {**_valid_birth(), "ngay_sinh": datetime(2026, 11, 1, 8, 30), "so_ban_sao": 1, "cam_doan": "có"}
    assert validate_form(_birth_form(), data, today=TODAY) == []


def test_conditional_requirement() -> None:
    schema = FormSchema("t", (
        _field("truong_hop", "Trường hợp", FieldType.SELECT,
               choices=(Choice("so_huu", "Sở hữu"), Choice("thue_muon", "Thuê, mượn"))),
        _field("chu_ho", "Họ tên chủ hộ", FieldType.TEXT,
               required_when=FieldCondition("truong_hop", ("thue_muon",))),
    ))
    assert validate_form(schema, {"truong_hop": "so_huu"}) == []
    (error,) = validate_form(schema, {"truong_hop": "thue_muon"})
    assert error.text == "Họ tên chủ hộ là bắt buộc"


@pytest.mark.parametrize(("type_", "value", "message"), [
    (FieldType.PHONE, "09123", "Điện thoại không phải số điện thoại hợp lệ"),
    (FieldType.EMAIL, "an@", "Điện thoại không phải địa chỉ email hợp lệ"),
    (FieldType.TEXT, 12, "Điện thoại phải là văn bản"),
    (FieldType.NUMBER, True, "Điện thoại phải là số nguyên"),
    (FieldType.BOOL, "maybe", "Điện thoại phải là có hoặc không"),
])
def test_type_checks(type_: FieldType, value: object, message: str) -> None:
    schema = FormSchema("t", (_field("x", "Điện thoại", type_),))
    assert [e.text for e in validate_form(schema, {"x": value})] == [message]


@pytest.mark.parametrize("phone", ["0912345678", "0912 345 678", "+84912345678", "024.3825.1234"])
def test_vietnamese_phone_numbers(phone: str) -> None:
    schema = FormSchema("t", (_field("x", "Điện thoại", FieldType.PHONE),))
    assert validate_form(schema, {"x": phone}) == []


def test_length_and_pattern_with_custom_message() -> None:
    schema = FormSchema("t", (
        _field("so", "Số giấy tờ", FieldType.TEXT, pattern=r"[A-Z]\d{7}",
               pattern_message="{label} phải là một chữ in hoa và 7 chữ số"),
        _field("ten", "Tên", FieldType.TEXT, max_length=5),
    ))
    errors = validate_form(schema, {"so": "b1234567", "ten": "Nguyễn"})
    assert [e.text for e in errors] == ["Số giấy tờ phải là một chữ in hoa và 7 chữ số", "Tên dài tối đa 5 ký tự"]


def test_every_shipped_form_accepts_its_own_defaults_and_rejects_missing_required() -> None:
    for procedure in load_default_catalogue().procedures:
        defaults = {f.key: f.default for f in procedure.form.fields if f.default is not None}
        for error in validate_form(procedure.form, defaults, today=TODAY):
            assert error.kind == "required", (procedure.code, error.text)
        required = [f.key for f in procedure.form.fields if f.required and f.default is None]
        reported = {e.key for e in validate_form(procedure.form, {}, today=TODAY)}
        assert set(required) <= reported, procedure.code
