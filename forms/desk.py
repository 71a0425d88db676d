"""The desk's identity and office hours: configuration, never constants (see domain.md §5 and §10)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


@dataclass(frozen=True)
class DeskProfile:
    agency_code: str = "000.00.00.H00"  # mã định danh điện tử của cơ quan (QCVN 102:2016/BTTTT)
    centre_name: str = "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
    governing_body: str = "UBND XÃ"  # printed above the centre's name on every form
    place_name: str = ""  # for the date line: "<place>, ngày … tháng … năm …"
    province_name: str = ""
    desk_number: int = 1  # 1–9: the desk draws dossier sequence numbers from its own block
    office_open: time = time(7, 30)
    office_close: time = time(17, 0)
    cutoff: time = time(15, 0)  # received later than this → counted from the next working day
    lookup_url: str = "https://dichvucong.gov.vn/tra-cuu-ho-so"
