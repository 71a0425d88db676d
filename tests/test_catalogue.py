"""The shipped catalogue and its loader: every file validates, broken files are reported precisely."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from forms.catalogue import (
    Catalogue,
    CatalogueError,
    CatalogueLoadError,
    FieldType,
    UnknownProcedure,
    default_catalogue_dir,
    load_catalogue,
    load_default_catalogue,
)
from forms.catalogue.loader import PROCEDURES_DIR
from forms.fees import FeeKind
from forms.processing_time import ProcessingTime, TimeUnit

SHIPPED = default_catalogue_dir()


@pytest.fixture
def catalogue_copy(tmp_path: Path) -> Path:
    target = tmp_path / "catalogue"
    shutil.copytree(SHIPPED, target)
    return target


def _edit(directory: Path, code: str, change: Callable[[dict[str, Any]], object]) -> Path:
    path = directory / PROCEDURES_DIR / f"{code}.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_the_default_directory_is_the_shipped_resources_folder() -> None:
    assert Path(__file__).resolve().parents[1] / "resources" / "catalogue" == SHIPPED
    assert (SHIPPED / "catalogue.yaml").is_file()


def test_every_shipped_file_validates_strictly() -> None:
    catalogue = load_catalogue(SHIPPED, strict=True)
    files = sorted(p.stem for p in (SHIPPED / PROCEDURES_DIR).glob("*.yaml"))
    assert sorted(p.code for p in catalogue.procedures) == files
    assert catalogue.problems == ()


def test_default_catalogue_is_loaded_once_and_versioned() -> None:
    first = load_default_catalogue()
    assert first is load_default_catalogue()
    assert first.version == yaml.safe_load((SHIPPED / "catalogue.yaml").read_text("utf-8"))["catalogue_version"]
    assert all(p.version for p in first.procedures)


def test_get_returns_the_procedure_with_its_processing_time() -> None:
    catalogue = load_default_catalogue()
    birth = catalogue.get("1.001193")
    assert birth.name == "Đăng ký khai sinh"
    assert birth.processing_time == ProcessingTime(TimeUnit.SAME_DAY, 0)
    assert birth.field_code == "ho-tich" and birth.field_name == "Hộ tịch"
    residence = catalogue.get("1.004222")
    assert residence.processing_time == ProcessingTime(TimeUnit.WORKING_DAYS, 7)


def test_unknown_code_is_a_vietnamese_typed_error() -> None:
    with pytest.raises(UnknownProcedure) as caught:
        load_default_catalogue().get("9.999999")
    assert str(caught.value) == "Không có thủ tục mã 9.999999 trong danh mục (phiên bản " \
        f"{load_default_catalogue().version})"
    assert caught.value.kind == "unknown_procedure"


def test_wrong_type_is_reported_with_file_procedure_and_field_path(catalogue_copy: Path) -> None:
    _edit(catalogue_copy, "1.001193", lambda d: d["processing_time"].__setitem__("value", "ba"))
    catalogue = load_catalogue(catalogue_copy)
    messages = [str(p) for p in catalogue.problems]
    assert messages == ["Tệp procedures/1.001193.yaml (thủ tục 1.001193): trường processing_time.value "
                        "phải là số nguyên"]
    problem = catalogue.problems[0]
    assert (problem.origin, problem.procedure, problem.field_path) == (
        "Tệp procedures/1.001193.yaml", "1.001193", "processing_time.value")
    # The rest of the catalogue still loads; only the broken procedure is missing.
    assert "1.001193" not in catalogue
    assert "2.000815" in catalogue


def test_every_problem_of_a_file_is_reported_not_just_the_first(catalogue_copy: Path) -> None:
    def damage(document: dict[str, Any]) -> None:
        del document["name"]
        document["documents"]["items"][0]["requirement"] = "sometimes"
        document["form"]["fields"][1]["type"] = "ngay"
        document["processing_time"]["unexpected"] = 1

    _edit(catalogue_copy, "1.001193", damage)
    paths = {p.field_path: p.detail for p in load_catalogue(catalogue_copy).problems}
    assert paths["name"] == "là bắt buộc nhưng bị thiếu"
    assert paths["documents.items[0].requirement"].startswith("phải là một trong: mandatory, conditional")
    assert paths["form.fields[1].type"].startswith("phải là một trong: text, textarea, date")
    assert paths["processing_time.unexpected"] == "không có trong lược đồ (viết sai tên trường?)"


def test_semantic_problems_point_to_the_field(catalogue_copy: Path) -> None:
    def damage(document: dict[str, Any]) -> None:
        document["field"] = "khong-co"
        document["legal_basis"].append("NOSUCH: Điều 1")
        document["fee"]["exemptions"][0]["covers"] = ["khong_co"]
        document["form"]["fields"][5]["key"] = document["form"]["fields"][4]["key"]

    _edit(catalogue_copy, "1.001193", damage)
    problems = {p.field_path: str(p) for p in load_catalogue(catalogue_copy).problems}
    assert problems["field"].endswith("lĩnh vực khong-co chưa khai báo trong catalogue.yaml")
    assert problems["legal_basis[5]"].endswith("trích nguồn NOSUCH chưa khai báo trong catalogue.yaml")
    assert "không phải mã của khoản thu nào" in problems["fee.exemptions[0].covers[0]"]
    assert "trùng khóa" in problems["form.fields[5].key"]


def test_file_named_after_another_code_is_refused(catalogue_copy: Path) -> None:
    source = catalogue_copy / PROCEDURES_DIR / "2.000815.yaml"
    source.rename(catalogue_copy / PROCEDURES_DIR / "2.000816.yaml")
    problems = load_catalogue(catalogue_copy).problems
    assert [p.field_path for p in problems] == ["code"]
    assert "không trùng tên tệp 2.000816.yaml" in str(problems[0])


def test_yaml_syntax_error_names_the_line(catalogue_copy: Path) -> None:
    path = catalogue_copy / PROCEDURES_DIR / "2.000815.yaml"
    path.write_text("code: \"2.000815\"\nname: [không đóng\n", encoding="utf-8")
    (problem,) = load_catalogue(catalogue_copy).problems
    assert str(problem).startswith("Tệp procedures/2.000815.yaml (thủ tục 2.000815): sai cú pháp YAML ở dòng")


def test_unverified_fact_needs_a_note(catalogue_copy: Path) -> None:
    _edit(catalogue_copy, "2.000815", lambda d: d["competent_body"].update({"unverified": True, "note": ""}))
    (problem,) = load_catalogue(catalogue_copy).problems
    assert problem.field_path == "competent_body.note"


def test_strict_load_raises_with_every_problem(catalogue_copy: Path) -> None:
    _edit(catalogue_copy, "1.001193", lambda d: d.pop("version"))
    _edit(catalogue_copy, "2.000815", lambda d: d.pop("fee"))
    with pytest.raises(CatalogueLoadError) as caught:
        load_catalogue(catalogue_copy, strict=True)
    assert {(p.procedure, p.field_path) for p in caught.value.problems} == {
        ("1.001193", "version"), ("2.000815", "fee")}
    assert str(caught.value).startswith("Danh mục thủ tục có 2 lỗi")


def test_broken_manifest_stops_the_load(catalogue_copy: Path) -> None:
    manifest = catalogue_copy / "catalogue.yaml"
    document = yaml.safe_load(manifest.read_text("utf-8"))
    document["catalogue_version"] = "mới nhất"
    manifest.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogueLoadError) as caught:
        load_catalogue(catalogue_copy)
    (problem,) = caught.value.problems
    assert str(problem) == ("Tệp catalogue.yaml: trường catalogue_version phải có dạng NĂM.THÁNG-SỐ, "
                            "ví dụ 2026.11-1")


def test_from_documents_is_the_sync_path_with_record_origins() -> None:
    shipped = load_default_catalogue()
    documents = [dict(p.document) for p in shipped.procedures]
    documents[0] = {**documents[0], "code": 1.001193}  # a float, as an unquoted YAML value would be
    catalogue = Catalogue.from_documents(documents, "2027.01-1")
    assert catalogue.version == "2027.01-1"
    (problem,) = catalogue.problems
    assert str(problem).startswith("Bản ghi số 1")
    assert problem.field_path == "code" and "phải là chuỗi văn bản" in problem.detail
    assert len(catalogue) == len(shipped) - 1


def test_form_schema_carries_what_the_gui_needs() -> None:
    form = load_default_catalogue().get("1.001193").form
    name = form.field("ho_ten")
    assert name is not None
    assert (name.label, name.type, name.required) == ("Họ, chữ đệm, tên người được khai sinh", FieldType.TEXT, True)
    sex = form.field("gioi_tinh")
    assert sex is not None and [c.label for c in sex.choices] == ["Nam", "Nữ"]
    assert [f.order for f in form.fields] == list(range(len(form.fields)))
    ethnicity = form.field("dan_toc")
    assert ethnicity is not None and ethnicity.default == "Kinh"
    applicant = form.field("nguoi_yeu_cau_ho_ten")
    assert applicant is not None and applicant.prefill == "applicant.full_name"


def test_sources_and_unverified_notes_are_kept() -> None:
    residence = load_default_catalogue().get("1.004222")
    assert [str(c) for c in residence.citations["processing_time"]] == [
        "Luật Cư trú số 68/2020/QH14 ngày 13/11/2020, Điều 22 khoản 3"]
    assert "fee" in {note.path for note in residence.unverified}
    assert all(note.note for note in residence.unverified)
    assert {s.id for s in residence.sources} >= {"LCT2020", "TT75/2022"}


def test_catalogue_errors_are_motcua_errors() -> None:
    error = CatalogueError("Tệp x.yaml", "phải là số nguyên", procedure="1.000001", field_path="a.b")
    assert str(error) == "Tệp x.yaml (thủ tục 1.000001): trường a.b phải là số nguyên"
    assert error.kind == "catalogue"


# -- the shipped data ------------------------------------------------------------------------------------
DOMAIN_CODES = ("1.001193", "1.000656", "1.000894", "1.004873", "1.001022", "1.004837", "1.004884",
                "2.000635", "2.000815", "2.000884", "2.001019", "1.004222", "1.004194", "1.010038",
                "1.002755", "1.003677", "1.001699")


def test_at_least_25_real_procedures_across_the_commune_fields() -> None:
    catalogue = load_default_catalogue()
    assert len(catalogue) >= 25
    per_field = {sector.code: len(catalogue.in_field(sector.code)) for sector in catalogue.fields}
    assert per_field["ho-tich"] >= 8 and per_field["chung-thuc"] >= 3 and per_field["cu-tru"] >= 5
    assert per_field["bao-tro-xa-hoi"] >= 2 and per_field["dat-dai"] >= 1
    assert all(count > 0 for count in per_field.values())


def test_codes_seen_on_the_portal_are_all_present() -> None:
    catalogue = load_default_catalogue()
    assert [code for code in DOMAIN_CODES if code not in catalogue] == []


def test_the_code_conflict_with_the_domain_brief_is_flagged_not_hidden() -> None:
    catalogue = load_default_catalogue()
    for code in ("1.004837", "1.000689"):
        notes = {note.path: note.note for note in catalogue.get(code).unverified}
        assert "identity" in notes and "1.004837" in notes["identity"] and "domain.md" in notes["identity"]
    assert catalogue.get("1.004837").name == "Đăng ký giám hộ"
    assert catalogue.get("1.000689").name == "Đăng ký khai sinh kết hợp nhận cha, mẹ, con"


def test_every_fact_has_a_source_and_every_doubt_a_note() -> None:
    for procedure in load_default_catalogue().procedures:
        for block in ("identity", "competent_body", "processing_time", "fee", "documents", "form", "results"):
            assert procedure.citations.get(block), (procedure.code, block)
        assert procedure.legal_basis, procedure.code
        assert all(note.note.strip() for note in procedure.unverified), procedure.code
        assert procedure.documents and procedure.results, procedure.code


def test_unconfigured_provincial_fees_are_null_not_invented() -> None:
    for procedure in load_default_catalogue().procedures:
        for component in procedure.fee.components:
            if component.kind in (FeeKind.FIXED, FeeKind.PER_COPY) and component.amount is None:
                assert component.set_by_province, (procedure.code, component.id)
            for case in component.cases:
                assert case.amount is not None or component.set_by_province, (procedure.code, case.value)


def test_processing_time_variant_chosen_by_the_form() -> None:
    change = load_default_catalogue().get("1.004859")
    assert change.processing_time_for({"loai_yeu_cau": "cai_chinh"}) == ProcessingTime(TimeUnit.WORKING_DAYS, 3)
    assert change.processing_time_for({"loai_yeu_cau": "bo_sung"}) == ProcessingTime(TimeUnit.SAME_DAY, 0)
    assert change.processing_time_for() == ProcessingTime(TimeUnit.WORKING_DAYS, 3)


def test_all_three_time_units_are_used() -> None:
    units = {p.processing_time.unit for p in load_default_catalogue().procedures}
    assert units == {TimeUnit.WORKING_DAYS, TimeUnit.SAME_DAY, TimeUnit.WORKING_HOURS}


def test_default_directory_inside_a_pyinstaller_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "resources" / "catalogue"
    bundled.mkdir(parents=True)
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert default_catalogue_dir() == bundled


def test_shipped_json_schemas_are_valid_json_schemas() -> None:
    from jsonschema import Draft202012Validator

    for name in ("procedure.schema.json", "manifest.schema.json"):
        Draft202012Validator.check_schema(json.loads((SHIPPED / name).read_text("utf-8")))


def test_a_broken_schema_is_a_vietnamese_error_in_check_mode(catalogue_copy: Path) -> None:
    schema_path = catalogue_copy / "procedure.schema.json"
    schema = json.loads(schema_path.read_text("utf-8"))
    schema["properties"]["code"]["type"] = "chuỗi"
    schema_path.write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(catalogue_copy, check_schema=True)
    assert str(caught.value).startswith("Tệp procedure.schema.json: lược đồ JSON không hợp lệ ở properties.code")
