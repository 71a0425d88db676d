"""Typed, Vietnamese errors of the procedure catalogue.

A broken procedure file is reported with its file (or sync record), its procedure code and the path of the
offending field, so a provincial officer editing the YAML can find it: "Tệp procedures/1.001193.yaml
(thủ tục 1.001193): trường processing_time.value phải là số nguyên". The loader collects every problem and
lets the caller decide; only a broken manifest stops the load.
"""

from __future__ import annotations

from forms.errors import MotcuaError
from forms.i18n import N_


class CatalogueError(MotcuaError):
    """A problem in the catalogue data: which file or record, which procedure, which field."""

    kind = "catalogue"

    def __init__(self, origin: str, detail: str, *, procedure: str | None = None,
                 field_path: str | None = None) -> None:
        self.origin = origin
        self.procedure = procedure
        self.field_path = field_path
        self.detail = detail
        if procedure and field_path:
            super().__init__(N_("{origin} (thủ tục {procedure}): trường {field_path} {detail}"),
                             origin=origin, procedure=procedure, field_path=field_path, detail=detail)
        elif procedure:
            super().__init__(N_("{origin} (thủ tục {procedure}): {detail}"),
                             origin=origin, procedure=procedure, detail=detail)
        elif field_path:
            super().__init__(N_("{origin}: trường {field_path} {detail}"),
                             origin=origin, field_path=field_path, detail=detail)
        else:
            super().__init__(N_("{origin}: {detail}"), origin=origin, detail=detail)


class CatalogueLoadError(MotcuaError):
    """Raised by a strict load: carries every problem found."""

    kind = "catalogue"

    def __init__(self, problems: tuple[CatalogueError, ...]) -> None:
        self.problems = problems
        first = str(problems[0]) if problems else ""
        super().__init__(N_("Danh mục thủ tục có {count} lỗi; lỗi đầu tiên: {first}"),
                         count=len(problems), first=first)


class UnknownProcedure(MotcuaError):
    kind = "unknown_procedure"

    def __init__(self, code: str, version: str) -> None:
        self.code = code
        super().__init__(N_("Không có thủ tục mã {code} trong danh mục (phiên bản {version})"),
                         code=code, version=version)


class UnknownProcedureVersion(MotcuaError):
    kind = "unknown_procedure"

    def __init__(self, code: str, version: str) -> None:
        self.code = code
        super().__init__(N_("Không có thủ tục mã {code} ở phiên bản danh mục {version}"),
                         code=code, version=version)


class CatalogueVersionError(MotcuaError):
    kind = "catalogue_version"

    def __init__(self, current: str, offered: str) -> None:
        super().__init__(N_("Phiên bản danh mục {offered} cũ hơn phiên bản đang dùng {current}"),
                         current=current, offered=offered)
