"""What can go wrong while reading a code or a scan, as typed errors with Vietnamese messages.

Each error has a stable `kind` so the reception screen can choose the action (offer another source, open
the settings on the right page) without parsing text. Messages never contain the payload: it is citizen data.
"""

from __future__ import annotations

from forms.errors import MotcuaError
from forms.i18n import N_


class ScanError(MotcuaError):
    """Base of every scanning failure."""

    kind = "scan"


class ImageMissing(ScanError):
    kind = "image_missing"

    def __init__(self, file: str) -> None:
        super().__init__(N_("Không tìm thấy tệp ảnh {file}"), file=file)


class ImageUnreadable(ScanError):
    kind = "image_unreadable"

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(N_("Không đọc được tệp ảnh {file}: {reason}"), file=file, reason=reason)


class NotUtf8(ScanError):
    """The bytes are not UTF-8 text. We never guess another encoding: a guess corrupts Vietnamese."""

    kind = "not_utf8"

    def __init__(self) -> None:
        super().__init__(N_("Dữ liệu quét được không phải văn bản UTF-8 nên không thể đọc chính xác; "
                            "hãy quét lại, hoặc kiểm tra cấu hình bảng mã của máy quét"))


class SerialPortFailure(ScanError):
    kind = "serial_port"

    def __init__(self, port: str, reason: str) -> None:
        super().__init__(N_("Không dùng được cổng máy quét {port}: {reason}"), port=port, reason=reason)


class SerialFrameTooLong(ScanError):
    kind = "serial_frame_too_long"

    def __init__(self, limit: int) -> None:
        super().__init__(N_("Máy quét gửi quá {limit} byte mà không có ký tự kết thúc; đã bỏ dữ liệu này. "
                            "Hãy đặt máy quét gửi Enter (CR/LF) sau mỗi lần quét"), limit=limit)


class CameraFailure(ScanError):
    kind = "camera"

    def __init__(self, reason: str) -> None:
        super().__init__(N_("Không dùng được webcam: {reason}"), reason=reason)


class NoCamera(ScanError):
    kind = "no_camera"

    def __init__(self) -> None:
        super().__init__(N_("Không tìm thấy webcam nào trên máy này"))


class ClipboardEmpty(ScanError):
    kind = "clipboard_empty"

    def __init__(self) -> None:
        super().__init__(N_("Bộ nhớ tạm (clipboard) không có ảnh nào"))


class NoCodeFound(ScanError):
    kind = "no_code"

    def __init__(self) -> None:
        super().__init__(N_("Không tìm thấy mã QR đọc được trong ảnh; hãy chụp lại rõ hơn, đủ sáng, "
                            "không lóa"))


class DocumentFailure(ScanError):
    kind = "document"

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(N_("Không đưa được bản quét {file} vào hồ sơ: {reason}"), file=file, reason=reason)


class NoPages(ScanError):
    kind = "no_pages"

    def __init__(self) -> None:
        super().__init__(N_("Chưa có trang nào để ghép thành tệp PDF"))
