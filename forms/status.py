"""The national portal's dossier status codes (TrangThaiHoSo) and receiving channels.

These numbers are the portal's, not ours: they travel over the wire and sit in the database as is.
Which action moves a dossier from one status to another lives in `forms.lifecycle`.
"""

from __future__ import annotations

from enum import IntEnum

from forms.i18n import N_


class DossierStatus(IntEnum):
    NEW_ONLINE = 1  # Mới đăng ký: submitted online, not yet received
    RECEIVED = 2  # Được tiếp nhận
    REFUSED = 3  # Không được tiếp nhận (form 03)
    PROCESSING = 4  # Đang xử lý
    SUPPLEMENT_REQUESTED = 5  # Yêu cầu bổ sung giấy tờ (form 02), the clock pauses
    PAYMENT_REQUESTED = 6  # Yêu cầu thực hiện nghĩa vụ tài chính
    WITHDRAWN = 7  # Công dân yêu cầu rút hồ sơ
    STOPPED = 8  # Dừng xử lý
    RESULT_READY = 9  # Đã xử lý xong
    RETURNED = 10  # Đã trả kết quả

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def is_final(self) -> bool:
        return self in FINAL_STATUSES


STATUS_LABELS: dict[DossierStatus, str] = {
    DossierStatus.NEW_ONLINE: N_("Mới đăng ký"),
    DossierStatus.RECEIVED: N_("Được tiếp nhận"),
    DossierStatus.REFUSED: N_("Không được tiếp nhận"),
    DossierStatus.PROCESSING: N_("Đang xử lý"),
    DossierStatus.SUPPLEMENT_REQUESTED: N_("Yêu cầu bổ sung giấy tờ"),
    DossierStatus.PAYMENT_REQUESTED: N_("Yêu cầu thực hiện nghĩa vụ tài chính"),
    DossierStatus.WITHDRAWN: N_("Công dân yêu cầu rút hồ sơ"),
    DossierStatus.STOPPED: N_("Dừng xử lý"),
    DossierStatus.RESULT_READY: N_("Đã xử lý xong"),
    DossierStatus.RETURNED: N_("Đã trả kết quả"),
}

FINAL_STATUSES = frozenset(
    {DossierStatus.REFUSED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED, DossierStatus.RETURNED}
)


class Channel(IntEnum):
    """HinhThuc: how the dossier reached the desk."""

    AT_DESK = 1  # trực tiếp
    ONLINE = 2  # trực tuyến
    POST = 3  # qua dịch vụ bưu chính công ích

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.AT_DESK: N_("Trực tiếp"),
    Channel.ONLINE: N_("Trực tuyến"),
    Channel.POST: N_("Qua bưu chính công ích"),
}
