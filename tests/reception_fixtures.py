"""Small, hand-made procedures for the reception widgets' unit tests (the real catalogue is used elsewhere).

They have the shapes the widgets must handle: sections, selects, dates with bounds, a prefilled field, a
conditional requirement, per-page fees with a cap and an exemption the official ticks.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from desktop.ops import OpRunner
from desktop.services import AppServices
from forms.catalogue import (
    Catalogue,
    Choice,
    Delivery,
    FieldCondition,
    FieldType,
    FormField,
    FormSchema,
    Procedure,
    RequiredDocument,
    load_default_catalogue,
)
from forms.clock import now_vn
from forms.dossier import Applicant, Dossier
from forms.fees import Exemption, FeeComponent, FeeKind, FeeRule, PageTier
from forms.processing_time import ProcessingTime, TimeUnit
from sync.accounts import Official, Role
from sync.layout import DataLayout
from sync.store import Store
from tests.print_fixtures import MemoryKeyring, memory_keyring

__all__ = ["desk", "memory_keyring"]  # fixtures: import them into the test module that uses them

VALID_PAYLOAD = "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Thôn 3, Xã Tam Thanh, Tỉnh Quảng Nam|15042021"
FEMALE_PAYLOAD = "049190001234||Trần Thị Bích Ngọc|12071990|Nữ|Tổ 5, Phường Hòa Khánh, TP. Đà Nẵng|10032022"


def birth_registration() -> Procedure:
    form = FormSchema(
        title="Tờ khai đăng ký khai sinh",
        fields=(
            FormField("child_name", "Họ, chữ đệm, tên người được khai sinh", FieldType.TEXT, 1, required=True,
                      section="Người được khai sinh", max_length=100),
            FormField("child_birth_date", "Ngày, tháng, năm sinh", FieldType.DATE, 2, required=True,
                      section="Người được khai sinh", max_date="today"),
            FormField("child_sex", "Giới tính", FieldType.SELECT, 3, required=True, section="Người được khai sinh",
                      choices=(Choice("Nam", "Nam"), Choice("Nữ", "Nữ"))),
            FormField("mother_name", "Họ, chữ đệm, tên người mẹ", FieldType.TEXT, 4, section="Cha, mẹ"),
            FormField("relationship", "Quan hệ với người được khai sinh", FieldType.SELECT, 5, required=True,
                      section="Người đi khai sinh", choices=(Choice("cha", "Cha"), Choice("me", "Mẹ"),
                                                             Choice("khac", "Khác"))),
            FormField("relationship_other", "Quan hệ khác (ghi rõ)", FieldType.TEXT, 6, section="Người đi khai sinh",
                      required_when=FieldCondition("relationship", ("khac",))),
            FormField("requester_name", "Họ tên người đi khai sinh", FieldType.TEXT, 7,
                      section="Người đi khai sinh", prefill="applicant.full_name"),
        ),
    )
    return Procedure(
        code="1.001193", version="2025.07-1", name="Đăng ký khai sinh", field_code="HT", field_name="Hộ tịch",
        competent_body="UBND cấp xã", processing_time=ProcessingTime(TimeUnit.SAME_DAY),
        fee=FeeRule(components=(FeeComponent("le_phi", FeeKind.FIXED, "Lệ phí", amount=8000),),
                    exemptions=(Exemption("dung_han", "Đăng ký đúng hạn"),)),
        documents=(
            RequiredDocument("Tờ khai đăng ký khai sinh", originals=1),
            RequiredDocument("Giấy chứng sinh", originals=1),
            RequiredDocument("Văn bản ủy quyền", originals=1, mandatory=False, condition="nộp thay"),
        ),
        form=form, results=(), legal_basis=(), keywords=("làm giấy khai sinh",),
    )


def certify_copy() -> Procedure:
    form = FormSchema(
        title="Yêu cầu chứng thực",
        fields=(
            FormField("pages", "Số trang của bản chính", FieldType.NUMBER, 1, required=True, min_value=1),
            FormField("copies", "Số bản sao", FieldType.NUMBER, 2, required=True, min_value=1, default=1),
        ),
    )
    return Procedure(
        code="2.000815", version="2025.07-1", name="Chứng thực bản sao từ bản chính", field_code="CT",
        field_name="Chứng thực", competent_body="UBND cấp xã",
        processing_time=ProcessingTime(TimeUnit.SAME_DAY),
        fee=FeeRule(components=(FeeComponent(
            "phi", FeeKind.PER_PAGE, "Phí chứng thực", tiers=(PageTier(1, 2, 2000), PageTier(3, None, 1000)),
            cap_per_copy=200000, pages_field="pages", copies_field="copies"),)),
        documents=(RequiredDocument("Bản chính giấy tờ", originals=1, delivery=Delivery.PRESENT),),
        form=form, results=(), legal_basis=(),
    )


def marriage() -> Procedure:
    return Procedure(
        code="1.000894", version="2025.07-1", name="Đăng ký kết hôn", field_code="HT", field_name="Hộ tịch",
        competent_body="UBND cấp xã", processing_time=ProcessingTime(TimeUnit.WORKING_DAYS, 5),
        fee=FeeRule(), documents=(RequiredDocument("Tờ khai đăng ký kết hôn", originals=1),),
        form=FormSchema("Tờ khai", (FormField("spouse", "Họ tên bên kia", FieldType.TEXT, 1, required=True),)),
        results=(), legal_basis=(),
    )


def small_catalogue() -> Catalogue:
    return Catalogue(version="test-1", procedures=(birth_registration(), marriage(), certify_copy()), fields=())


# -- a desk on the real store and the shipped catalogue -------------------------------------------------
@pytest.fixture
def desk(qapp: QApplication, tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[AppServices]:
    """AppServices on a real Store in a fresh data folder, the shipped catalogue, a synchronous runner."""
    layout = DataLayout(tmp_path / "desk")
    layout.root.mkdir()
    services = AppServices(layout, runner=OpRunner(synchronous=True), store_opener=Store.open,
                           catalogue_loader=load_default_catalogue)
    services.start()
    services.set_official(Official(login="ntlan", display_name="Nguyễn Thị Lan", role=Role.RECEPTION))
    yield services
    services.close()


def pdf_printer(path: Path) -> QPrinter:
    """What the official's remembered printer is in tests: a PDF file (low resolution, to stay fast)."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def seed_history(services: AppServices, counts: dict[str, int]) -> None:
    """Dossiers this desk received earlier, through the same save path (`Store.save_new`)."""
    catalogue = services.catalogue
    assert catalogue is not None

    def save(store: Store) -> None:
        for code, n in counts.items():
            procedure = catalogue.get(code)
            for i in range(n):
                store.save_new(Dossier(
                    code="", procedure_code=code, procedure_name=procedure.name,
                    catalogue_version=catalogue.version,
                    applicant=Applicant(full_name=f"Công dân {i}", id_number=f"0010901234{i:02d}"),
                    received_at=now_vn() - timedelta(days=i + 1), due_at=now_vn(),
                ), actor="seed")

    services.db(save).run()


def mangled_beyond_repair() -> str:
    """A Telex-typed payload whose ID number also lost a digit: no repair is certain."""
    return ("00109012345|012345678|Nguyeenx Vawn An|01011990|Nam|Thoon 3, Xax Tam Thanh, Tinhr Quangr Nam"
            "|15042021")
