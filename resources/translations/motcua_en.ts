<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../desktop/first_run.py" line="+145" />
            <source>Tài khoản quản trị đầu tiên</source>
            <translation>First administrator account</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Người quản trị tạo tài khoản cho các cán bộ khác và thay đổi cài đặt. Mật khẩu ít nhất {n} ký tự.</source>
            <translation>The administrator creates the other officials' accounts and changes the settings. The password needs at least {n} characters.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Tên đăng nhập:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Họ và tên:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Mật khẩu:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Nhập lại mật khẩu:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
    </context>
    <context>
        <name>AgencyPage</name>
        <message>
            <location line="-64" />
            <source>Cơ quan và quầy tiếp nhận</source>
            <translation>Agency and reception desk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thông tin này in trên giấy tiếp nhận và dùng để cấp mã hồ sơ.</source>
            <translation>This is printed on the receipt and used to issue dossier codes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tên &amp;bộ phận:</source>
            <translation>&amp;Centre name:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Mã định danh cơ quan:</source>
            <translation>&amp;Agency code:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cơ quan &amp;chủ quản:</source>
            <translation>&amp;Governing body:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Số quầy (1–9):</source>
            <translation>&amp;Desk number (1–9):</translation>
        </message>
    </context>
    <context>
        <name>ApplicantPanel</name>
        <message>
            <location filename="../../desktop/reception/applicant_panel.py" line="+247" />
            <source>Người nộp hồ sơ (chủ hồ sơ)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Nộp thay theo ủy quyền</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Người được ủy quyền (người trực tiếp nộp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Số, ngày của giấy ủy quyền</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Giấy ủy quyền</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictInboxPage</name>
        <message>
            <location filename="../../desktop/conflicts.py" line="+178" />
            <source>Xung đột cần cán bộ quyết định</source>
            <translation>Conflicts waiting for a decision</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hồ sơ dưới đây vừa được sửa tại quầy vừa được thay đổi trên Cổng. Không bản nào bị ghi đè. Nguyên tắc: cơ quan xử lý quyết định trạng thái; quầy quyết định thông tin đã tiếp nhận.</source>
            <translation>These dossiers were changed both at the desk and on the portal. Neither version was overwritten. Rule: the processing agency decides the status; the desk decides what it received.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thông tin</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tại quầy (máy này)</source>
            <translation>At the desk (this computer)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trên Cổng dịch vụ công</source>
            <translation>On the public service portal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Giữ bản tại &amp;quầy</source>
            <translation>Keep the &amp;desk version</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhận bản trên &amp;Cổng</source>
            <translation>Take the &amp;portal version</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Không có xung đột nào. Mọi hồ sơ đều khớp với Cổng.</source>
            <translation>No conflicts. Every dossier matches the portal.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Họ tên người nộp</source>
            <translation>Applicant's name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số định danh</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Địa chỉ</source>
            <translation>Address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Điện thoại</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ngày sinh</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thư điện tử</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hẹn trả</source>
            <translation>Due</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hẹn trả mới</source>
            <translation>New due date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ngày nhận</source>
            <translation>Received</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ngày giải quyết xong</source>
            <translation>Finished</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ngày trả kết quả</source>
            <translation>Result returned</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lệ phí</source>
            <translation>Fee</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Thành phần hồ sơ</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thủ tục</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tờ khai</source>
            <translation>Application form</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phiên bản</source>
            <translation>Revision</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mã hồ sơ</source>
            <translation>Dossier code</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tờ khai: {field}</source>
            <translation>Form: {field}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>có</source>
            <translation>yes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>không</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+35" />
            <source>{code} — {name}
{n} thông tin khác nhau</source>
            <translation>{code} — {name}
{n} fields differ</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Gợi ý: nhận bản trên Cổng (cơ quan xử lý đã thay đổi trạng thái hoặc thời hạn).</source>
            <translation>Suggestion: take the portal version (the processing agency changed the status or the deadline).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gợi ý: giữ bản tại quầy (thông tin tiếp nhận do quầy quyết định).</source>
            <translation>Suggestion: keep the desk version (what was received is the desk's to decide).</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Xác nhận</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bản tại quầy</source>
            <translation>the desk version</translation>
        </message>
        <message>
            <location line="+0" />
            <source>bản trên Cổng</source>
            <translation>the portal version</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dùng {version} cho hồ sơ {code}? Bản còn lại vẫn được lưu trong nhật ký.</source>
            <translation>Use {version} for dossier {code}? The other version stays in the audit trail.</translation>
        </message>
    </context>
    <context>
        <name>DocumentChecklist</name>
        <message>
            <location filename="../../desktop/reception/checklist.py" line="+55" />
            <source>Thành phần hồ sơ</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nhận đủ &amp;giấy tờ bắt buộc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Đính &amp;kèm bản quét…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>xuất trình</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>nếu: {condition}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>không bắt buộc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>đã quét {n} tệp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Còn thiếu {n} giấy tờ bắt buộc.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Đã nhận đủ giấy tờ bắt buộc.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../desktop/first_run.py" line="+175" />
            <source>Thiết lập bàn tiếp nhận — MotCua Desk</source>
            <translation>Set up the reception desk — MotCua Desk</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../desktop/login.py" line="+268" />
            <source>Màn hình đã khóa</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} ({login}) đang làm việc. Nhập mật khẩu để tiếp tục; hồ sơ đang nhập vẫn được giữ nguyên.</source>
            <translation>{name} ({login}) is working here. Enter the password to continue; the dossier being entered is kept as it was.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Đăng nhập để tiếp tục.</source>
            <translation>Sign in to continue.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location line="-111" />
            <source>Đăng nhập — MotCua Desk</source>
            <translation>Sign in — MotCua Desk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{centre}
Quầy số {desk}</source>
            <translation>{centre}
Desk {desk}</translation>
        </message>
    </context>
    <context>
        <name>LoginForm</name>
        <message>
            <location line="-73" />
            <source>&amp;Tên đăng nhập:</source>
            <translation>&amp;Login:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Mật khẩu:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đăng &amp;nhập</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Nhập tên đăng nhập và mật khẩu</source>
            <translation>Enter your login and password</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Không kiểm tra được mật khẩu; thử lại hoặc báo bộ phận kỹ thuật</source>
            <translation>The password could not be checked; try again or call technical support</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/main_window.py" line="+301" />
            <source>MotCua Desk — Bộ phận Tiếp nhận và Trả kết quả</source>
            <translation>MotCua Desk — Reception and Results Desk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tiếp nhận</source>
            <translation>Reception</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hồ sơ</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Xung đột</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đồng bộ</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Báo cáo</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tình trạng đồng bộ</source>
            <translation>Sync status</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Tệp</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cài đặt…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Khóa màn hình</source>
            <translation>&amp;Lock screen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Thoát</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Hồ sơ</source>
            <translation>&amp;Dossiers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tìm hồ sơ…</source>
            <translation>&amp;Find dossier…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đồng &amp;bộ</source>
            <translation>&amp;Sync</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Báo cáo</source>
            <translation>&amp;Reports</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đồng bộ &amp;ngay</source>
            <translation>Sync &amp;now</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Xem</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chữ &amp;lớn</source>
            <translation>&amp;Large font</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ngôn ngữ</source>
            <translation>L&amp;anguage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trợ &amp;giúp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Hướng dẫn và phím tắt</source>
            <translation>&amp;Guide and shortcuts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Giới thiệu</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cán bộ: {name}</source>
            <translation>Official: {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chưa đăng nhập</source>
            <translation>Not signed in</translation>
        </message>
        <message>
            <location line="+153" />
            <source>Phím tắt:</source>
            <translation>Shortcuts:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tìm hồ sơ</source>
            <translation>Find dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lưu hồ sơ (trang Tiếp nhận)</source>
            <translation>Save the dossier (Reception page)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In giấy tiếp nhận</source>
            <translation>Print the receipt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Khóa màn hình</source>
            <translation>Lock screen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đồng bộ ngay</source>
            <translation>Sync now</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trợ giúp</source>
            <translation>Help</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Hướng dẫn</source>
            <translation>Guide</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quét mã QR trên căn cước vào bất cứ lúc nào: thông tin người nộp được điền vào trang Tiếp nhận.
Chọn thủ tục, điền biểu mẫu, đánh dấu giấy tờ, rồi Lưu (Ctrl+S) và In (Ctrl+P).</source>
            <translation>Scan the QR code of an ID card at any moment: the applicant is filled in on the Reception page.
Choose the procedure, fill in the form, tick the documents, then Save (Ctrl+S) and Print (Ctrl+P).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Giới thiệu</source>
            <translation>About</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MotCua Desk {version}
Phần mềm Bộ phận Một cửa cấp xã, làm việc cả khi mất mạng.</source>
            <translation>MotCua Desk {version}
Software for the commune one-stop desk; it keeps working when the network is down.</translation>
        </message>
    </context>
    <context>
        <name>MissingPage</name>
        <message>
            <location line="-431" />
            <source>Chức năng này chưa có trong bản cài đặt này.</source>
            <translation>This feature is not included in this installation.</translation>
        </message>
    </context>
    <context>
        <name>PersonFields</name>
        <message>
            <location filename="../../desktop/reception/applicant_panel.py" line="-164" />
            <source>Họ và tên</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Số định danh cá nhân</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ngày sinh</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nữ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Giới tính</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Địa chỉ thường trú</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Số điện thoại</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+96" />
            <source>Họ và tên là bắt buộc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Số định danh cá nhân phải gồm đúng 12 chữ số</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ngày sinh phải là ngày hợp lệ (ngày/tháng/năm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Số điện thoại không hợp lệ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Địa chỉ email không hợp lệ</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PortalPage</name>
        <message>
            <location filename="../../desktop/first_run.py" line="-70" />
            <source>Kết nối Cổng dịch vụ công (không bắt buộc)</source>
            <translation>Connect to the public service portal (optional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Để trống nếu chưa có: bàn tiếp nhận vẫn làm việc ngoại tuyến, có thể khai báo sau trong Cài đặt.</source>
            <translation>Leave empty if you do not have it yet: the desk works offline, and you can set it later in Settings.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Địa chỉ &amp;cổng:</source>
            <translation>Portal &amp;address:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tài khoản &amp;bàn:</source>
            <translation>Desk &amp;account:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mật &amp;khẩu:</source>
            <translation>&amp;Password:</translation>
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message>
            <location filename="../../desktop/print_preview.py" line="+185" />
            <source>Xem trước khi in — {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Máy này không có thành phần xem PDF. Bấm “Mở bằng trình xem PDF” để xem và in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>&amp;In (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Chọn máy in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Lưu PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Mở bằng trình xem PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Đón&amp;g (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Máy in: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Chưa chọn máy in: lần in đầu sẽ hỏi máy in và ghi nhớ lựa chọn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Chọn máy in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Đang gửi tới máy in {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Đang in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Đã in {pages} trang tới {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Lưu bản PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Đang lưu PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Đã lưu {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProcedureListModel</name>
        <message>
            <location filename="../../desktop/reception/procedure_picker.py" line="+51" />
            <source>đã nhận {n} hồ sơ</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProcedurePicker</name>
        <message>
            <location line="+22" />
            <source>&amp;Thủ tục</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Gõ tên hoặc mã thủ tục, không cần dấu (vd: khai sinh)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Đang nạp danh mục thủ tục…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Không có thủ tục nào khớp “{text}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProvenanceTag</name>
        <message>
            <location filename="../../desktop/reception/applicant_panel.py" line="-151" />
            <source>QR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Đọc từ mã QR trên thẻ căn cước</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>nhập tay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cán bộ nhập hoặc sửa</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="+132" />
            <source>Chọn…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Cơ quan</source>
            <translation>&amp;Agency</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Giờ làm việc</source>
            <translation>&amp;Office hours</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Đồng &amp;bộ</source>
            <translation>&amp;Sync</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Thiết bị</source>
            <translation>&amp;Devices</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gia&amp;o diện</source>
            <translation>&amp;Interface</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Sao lưu</source>
            <translation>&amp;Backup</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tài khoản cổng:</source>
            <translation>Portal account:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mật khẩu cổng:</source>
            <translation>Portal password:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>để trống: giữ mật khẩu đã lưu</source>
            <translation>leave empty to keep the saved password</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../desktop/first_run.py" line="+27" />
            <source>Sẵn sàng</source>
            <translation>Ready</translation>
        </message>
        <message>
            <location line="+6" />
            <source>chưa khai báo (làm việc ngoại tuyến)</source>
            <translation>not set (working offline)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bộ phận: {centre}
Mã cơ quan: {code} — quầy số {desk}
Quản trị: {login}
Cổng: {portal}

Bấm Hoàn tất để lưu và bắt đầu làm việc.</source>
            <translation>Centre: {centre}
Agency code: {code} — desk {desk}
Administrator: {login}
Portal: {portal}

Press Finish to save and start working.</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../desktop/sync_status.py" line="+365" />
            <source>Đồng bộ với Cổng dịch vụ công</source>
            <translation>Sync with the public service portal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cổng:</source>
            <translation>Portal:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tình trạng:</source>
            <translation>State:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hồ sơ:</source>
            <translation>Dossiers:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Đồng bộ &amp;ngay (F5)</source>
            <translation>Sync &amp;now (F5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Các lần đồng bộ gần đây:</source>
            <translation>Recent sync passes:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>chưa khai báo — vào Tệp › Cài đặt › Đồng bộ</source>
            <translation>not set — go to File › Settings › Sync</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Làm việc ngoại tuyến: hồ sơ được lưu trên máy và gửi lên cổng khi có kết nối.</source>
            <translation>Working offline: dossiers are saved on this computer and sent to the portal when there is a connection.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đang đồng bộ…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trực tuyến</source>
            <translation>Online</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chưa kết nối</source>
            <translation>Not connected yet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mất kết nối: {reason}</source>
            <translation>Connection lost: {reason}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>chờ gửi {pending} · xung đột {conflicts} · bị từ chối {rejected} · lần cuối thành công: {when}</source>
            <translation>{pending} pending · {conflicts} conflicts · {rejected} rejected · last success: {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>chưa lần nào</source>
            <translation>never</translation>
        </message>
    </context>
    <context>
        <name>SyncRunner</name>
        <message>
            <location line="-215" />
            <source>Gửi {pushed}, nhận {pulled}, xung đột {conflicts}</source>
            <translation>Sent {pushed}, received {pulled}, conflicts {conflicts}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Lỗi không mong muốn khi đồng bộ; chi tiết trong nhật ký</source>
            <translation>Unexpected error while syncing; details in the log</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <location line="+100" />
            <source>● Ngoại tuyến (chưa khai báo cổng)</source>
            <translation>● Offline (no portal set)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>● Đang đồng bộ…</source>
            <translation>● Syncing…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>● Trực tuyến</source>
            <translation>● Online</translation>
        </message>
        <message>
            <location line="+2" />
            <source>● Chưa kết nối</source>
            <translation>● Not connected yet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>● Mất kết nối</source>
            <translation>● Connection lost</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chờ gửi: {n}</source>
            <translation>Pending: {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đồng bộ lần cuối: {when}</source>
            <translation>Last sync: {when}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>chưa lần nào</source>
            <translation>never</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xung đột: {n}</source>
            <translation>Conflicts: {n}</translation>
        </message>
    </context>
    <context>
        <name>ops</name>
        <message>
            <location filename="../../desktop/ops.py" line="+379" />
            <source>Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu không bị ảnh hưởng; chi tiết đã được ghi vào nhật ký để bộ phận kỹ thuật kiểm tra.</source>
            <translation>An unexpected error occurred. Saved data is not affected; the details were written to the log for technical support.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Không thực hiện được</source>
            <translation>Could not be done</translation>
        </message>
    </context>
    <context>
        <name>motcua</name>
        <message>
            <location filename="../../desktop/cli/commands/catalogue.py" line="216" />
            <source>Không có lĩnh vực {field}; các lĩnh vực: {known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/catalogue.py" line="231" />
            <source>--limit phải từ 1 trở lên</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/catalogue.py" line="254" />
            <source>Danh mục có {count} lỗi dữ liệu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/deadline.py" line="49" />
            <source>Thời điểm tiếp nhận "{value}" không hợp lệ: cần dạng YYYY-MM-DDTHH:MM, ví dụ 2025-04-24T10:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/deadline.py" line="55" />
            <source>{option} "{value}" không phải số nguyên</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/deadline.py" line="58" />
            <source>{option} phải từ 0 đến {limit}, không phải {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="80" />
            <source>Cổng tham chiếu cần starlette và uvicorn: pip install "motcua-desk[portal]"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="89" />
            <source>Cổng TCP {port} không hợp lệ (0–65535)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="91" />
            <source>Số hồ sơ tạo thêm không được âm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="97" />
            <source>Chưa có cơ quan nào trên cổng; dùng --seed-agency CODE hoặc thêm tài khoản trước</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="109" />
            <source>Không mở được cổng {host}:{port}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="142" />
            <source>Mã trạng thái {value} không có trong danh mục TrangThaiHoSo (1–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="152" />
            <source>Số hồ sơ phải từ 0 đến 100000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="168" />
            <source>Ngày «{day}» không hợp lệ; dùng dạng YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/sync.py" line="51" />
            <source>Chưa có địa chỉ cổng; dùng --portal URL hoặc «motcua sync login» trước</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/sync.py" line="72" />
            <source>Không đăng nhập được cổng {url}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/sync.py" line="100" />
            <source>Số thay đổi mỗi lần gửi phải từ 1 đến 500</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/sync.py" line="102" />
            <source>Khoảng thời gian giữa hai lần đồng bộ phải lớn hơn 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/sync.py" line="107" />
            <source>Chưa có tài khoản cho cổng {url}; hãy chạy «motcua sync login»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/cli/commands/sync.py" line="115" />
            <source>{message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/datadir.py" line="41" />
            <source>Không tạo được thư mục dữ liệu {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/datadir.py" line="45" />
            <source>Đường dẫn dữ liệu {path} không phải là thư mục</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/first_run.py" line="165" />
            <source>Hai lần nhập mật khẩu không khớp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/first_run.py" line="206" />
            <source>Nhập cả tài khoản và mật khẩu của cổng, hoặc để trống cả hai</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ops.py" line="68" />
            <source>Đã hủy thao tác</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/print_preview.py" line="106" />
            <source>Máy này thiếu thành phần QtPdf nên không in trực tiếp được; hãy lưu PDF rồi in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/print_preview.py" line="113" />
            <source>Không đọc được tệp PDF cần in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/print_preview.py" line="127" />
            <source>Máy in không sẵn sàng. Kiểm tra máy in đã bật, còn giấy và đã kết nối.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/print_preview.py" line="134" />
            <source>Máy in dừng giữa chừng ở trang {page}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="23" />
            <source>Không tìm thấy tệp ảnh {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="30" />
            <source>Không đọc được tệp ảnh {file}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="39" />
            <source>Dữ liệu quét được không phải văn bản UTF-8 nên không thể đọc chính xác; hãy quét lại, hoặc kiểm tra cấu hình bảng mã của máy quét</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="47" />
            <source>Không dùng được cổng máy quét {port}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="54" />
            <source>Máy quét gửi quá {limit} byte mà không có ký tự kết thúc; đã bỏ dữ liệu này. Hãy đặt máy quét gửi Enter (CR/LF) sau mỗi lần quét</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="62" />
            <source>Không dùng được webcam: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="69" />
            <source>Không tìm thấy webcam nào trên máy này</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="76" />
            <source>Bộ nhớ tạm (clipboard) không có ảnh nào</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="83" />
            <source>Không tìm thấy mã QR đọc được trong ảnh; hãy chụp lại rõ hơn, đủ sáng, không lóa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="91" />
            <source>Không đưa được bản quét {file} vào hồ sơ: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="98" />
            <source>Chưa có trang nào để ghép thành tệp PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="108" />
            <source>“{title}” phải từ {lo} đến {hi}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="135" />
            <source>“{title}”: lựa chọn không hợp lệ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="176" />
            <source>Tên bộ phận / cơ quan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="178" />
            <source>Mã định danh cơ quan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="179" />
            <source>Dạng 000.00.12.H49 (QCVN 102:2016/BTTTT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="183" />
            <source>Cơ quan chủ quản</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="184" />
            <source>Địa danh (dòng ngày tháng)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="185" />
            <source>Tỉnh / thành phố</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="186" />
            <source>Số quầy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="187" />
            <source>Giờ mở cửa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="188" />
            <source>Giờ đóng cửa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="189" />
            <source>Sau giờ này tính từ ngày làm việc kế tiếp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="192" />
            <source>Địa chỉ tra cứu in trên giấy hẹn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="196" />
            <source>Địa chỉ Cổng dịch vụ công</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="201" />
            <source>Ngôn ngữ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="203" />
            <source>Chữ lớn (màn hình nhỏ, người lớn tuổi)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="205" />
            <source>Tự khóa sau (phút không thao tác, 0 = tắt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="207" />
            <source>Máy in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="209" />
            <source>Kiểu máy quét mã QR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="210" />
            <source>Bàn phím (USB HID)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="210" />
            <source>Cổng COM (USB-serial)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="211" />
            <source>Webcam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="213" />
            <source>Cổng COM của máy quét</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="214" />
            <source>Thư mục sao lưu (để trống: trong thư mục dữ liệu)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/calendar.py" line="48" />
            <source>Ngày điều chỉnh lịch làm việc không hợp lệ: {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/calendar.py" line="56" />
            <source>Ngày điều chỉnh lịch làm việc {day} không đúng dạng yyyyMMdd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/calendar.py" line="79" />
            <source>Lịch ngày nghỉ chỉ có các năm {first}–{last}, không có năm {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/calendar.py" line="96" />
            <source>Ngày nghỉ theo quyết định của tỉnh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/calendar.py" line="99" />
            <source>Cuối tuần</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/calendar.py" line="117" />
            <source>Số ngày làm việc phải không âm, không phải {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/calendar.py" line="139" />
            <source>Dữ liệu lịch làm việc của tỉnh không hợp lệ (thiếu danh sách items)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="69" />
            <source>trùng mã nguồn {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="76" />
            <source>trùng mã lĩnh vực {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="115" />
            <source>trích nguồn {id} chưa khai báo trong catalogue.yaml</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="127" />
            <source>phải ghi rõ điều gì chưa kiểm chứng (unverified: true cần note)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="140" />
            <source>trùng khóa {key} với một trường khác</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="147" />
            <source>phải là khóa của một trường khác trong biểu mẫu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="162" />
            <source>phải là số nguyên với trường kiểu number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="169" />
            <source>phải là "today" hoặc ngày dạng YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="175" />
            <source>chỉ dùng cho trường kiểu number hoặc date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="181" />
            <source>không phải biểu thức chính quy hợp lệ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="184" />
            <source>chỉ dùng cho trường kiểu select</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="187" />
            <source>không hợp với kiểu {type} của trường</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="217" />
            <source>phải bằng 0 khi unit là same_day (trong ngày)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="219" />
            <source>phải từ 1 trở lên khi unit là {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="231" />
            <source>trùng mã khoản thu {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="240" />
            <source>trùng mã miễn {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="245" />
            <source>không phải mã của khoản thu nào ({id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="248" />
            <source>Phí, lệ phí</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="257" />
            <source>phải là khóa của một trường trong biểu mẫu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="259" />
            <source>within_days chỉ dùng với trường kiểu date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="269" />
            <source>chỉ được để trống (null) khi set_by_province: true</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="280" />
            <source>phải là khóa của một trường kiểu {type} trong biểu mẫu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="289" />
            <source>không phải lựa chọn của trường {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="306" />
            <source>phải bằng {n} (các bậc trang phải liền nhau, bắt đầu từ trang 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="310" />
            <source>chỉ bậc cuối cùng được để trống</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="313" />
            <source>bậc cuối cùng phải để trống (áp dụng cho mọi trang còn lại)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="316" />
            <source>phải lớn hơn hoặc bằng first_page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="330" />
            <source>phải ghi số bản chính, bản sao có chứng thực hoặc bản chụp cần nộp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="346" />
            <source>({code}) không trùng tên tệp {file}.yaml</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="350" />
            <source>lĩnh vực {code} chưa khai báo trong catalogue.yaml</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/catalogue.py" line="89" />
            <source>Danh mục đồng bộ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/catalogue.py" line="92" />
            <source>Bản ghi số {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/catalogue.py" line="103" />
            <source>trùng với {other}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="27" />
            <source>{origin} (thủ tục {procedure}): trường {field_path} {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="30" />
            <source>{origin} (thủ tục {procedure}): {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="33" />
            <source>{origin}: trường {field_path} {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="36" />
            <source>{origin}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="47" />
            <source>Danh mục thủ tục có {count} lỗi; lỗi đầu tiên: {first}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="56" />
            <source>Không có thủ tục mã {code} trong danh mục (phiên bản {version})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="65" />
            <source>Không có thủ tục mã {code} ở phiên bản danh mục {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="73" />
            <source>Phiên bản danh mục {offered} cũ hơn phiên bản đang dùng {current}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="58" />
            <source>Tệp {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="65" />
            <source>không phải văn bản UTF-8 (byte lỗi ở vị trí {at})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="67" />
            <source>không tìm thấy tệp ({path})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="69" />
            <source>không đọc được ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="74" />
            <source> ở dòng {line}, cột {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="75" />
            <source>sai cú pháp YAML{where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="83" />
            <source>không đọc được lược đồ JSON ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="85" />
            <source>lược đồ JSON phải là một đối tượng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="140" />
            <source>phải là một bảng khóa–giá trị (YAML mapping)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="20" />
            <source>số nguyên</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="21" />
            <source>số</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="22" />
            <source>chuỗi văn bản</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="23" />
            <source>true hoặc false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="24" />
            <source>danh sách</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="25" />
            <source>bảng khóa–giá trị</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="26" />
            <source>rỗng (null)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="52" />
            <source> hoặc </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="63" />
            <source>là bắt buộc nhưng bị thiếu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="67" />
            <source>không có trong lược đồ (viết sai tên trường?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="72" />
            <source>phải là {type}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="73" />
            <source>phải là một trong: {values}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="74" />
            <source>phải bằng {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="75" />
            <source>không đúng định dạng (mẫu {pattern})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="76" />
            <source>phải lớn hơn hoặc bằng {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="77" />
            <source>phải nhỏ hơn hoặc bằng {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="78" />
            <source>không được để trống</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="79" />
            <source>phải có ít nhất {value} ký tự</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="80" />
            <source>dài tối đa {value} ký tự</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="81" />
            <source>phải có ít nhất {value} mục</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="82" />
            <source>có mục trùng nhau</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="83" />
            <source>không khớp đúng một dạng cho phép</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="86" />
            <source>không hợp lệ ({rule})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="83" />
            <source>{label} phải là có hoặc không</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="91" />
            <source>{label} phải là số nguyên</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="96" />
            <source>{label} phải là ngày hợp lệ (ngày/tháng/năm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="98" />
            <source>{label} phải là văn bản</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="103" />
            <source>{label} phải gồm đúng 12 chữ số</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="107" />
            <source>{label} không phải số điện thoại hợp lệ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="109" />
            <source>{label} không phải địa chỉ email hợp lệ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="111" />
            <source>{label} phải là một trong các lựa chọn: {choices}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="120" />
            <source>{label} phải từ {min} trở lên</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="122" />
            <source>{label} không được lớn hơn {max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="128" />
            <source>{label} không được trước ngày hôm nay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="129" />
            <source>{label} không được trước ngày {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="133" />
            <source>{label} không được sau ngày hôm nay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="134" />
            <source>{label} không được sau ngày {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="138" />
            <source>{label} phải có ít nhất {n} ký tự</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="140" />
            <source>{label} dài tối đa {n} ký tự</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="142" />
            <source>{label} không đúng định dạng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="165" />
            <source>{label} là bắt buộc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="169" />
            <source>Cần xác nhận: {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="64" />
            <source>Giờ làm việc không hợp lệ: mở cửa {open}, giờ tiếp nhận cuối {cutoff}, đóng cửa {close}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="119" />
            <source>Thời hạn giải quyết {value} không hợp lệ: phải từ 0 đến {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="129" />
            <source>Lần yêu cầu bổ sung lúc {at} trùng hoặc trước một mốc trước đó ({previous})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="132" />
            <source>Chỉ lần yêu cầu bổ sung cuối cùng mới được chưa có ngày nhận lại hồ sơ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="134" />
            <source>Ngày nhận lại hồ sơ bổ sung {resumed} trước ngày yêu cầu bổ sung {paused}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="231" />
            <source>Chưa tính được hạn trả kết quả</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="246" />
            <source>Hồ sơ đã được hẹn lại ngày trả kết quả một lần; không được hẹn lại lần nữa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="251" />
            <source>Phiếu xin lỗi và hẹn lại phải gửi trước hạn trả ít nhất một ngày làm việc: hạn trả {due}, chậm nhất ngày {latest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="256" />
            <source>Ngày hẹn trả mới {new} phải sau ngày hẹn cũ {old}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="280" />
            <source>Trước hạn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="281" />
            <source>Đúng hạn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="282" />
            <source>Quá hạn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="283" />
            <source>Trong hạn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="306" />
            <source>Hồ sơ đã xong nhưng không có hạn trả kết quả để so sánh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="309" />
            <source>Cần thời điểm hiện tại để xếp loại hồ sơ đang giải quyết</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="76" />
            <source>Mã định danh cơ quan phải là chuỗi ký tự</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="79" />
            <source>Chưa khai báo mã định danh điện tử của cơ quan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="82" />
            <source>Mã định danh cơ quan «{value}» không đúng dạng 000.00.00.H00 (QCVN 102:2016/BTTTT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="91" />
            <source>Số bàn tiếp nhận phải từ {low} đến {high}, không phải {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="107" />
            <source>Số thứ tự {number} không thuộc khối số của bàn nào</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="122" />
            <source>Số thứ tự cuối cùng đã cấp ({last}) nằm ngoài khối số của bàn {desk}; không thể cấp tiếp mà không trùng số</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="127" />
            <source>Bàn {desk} đã cấp hết {count} số hồ sơ trong ngày; hãy tiếp nhận ở bàn khác hoặc đợi sang ngày sau</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="141" />
            <source>Số thứ tự hồ sơ phải từ 1 đến 9999, không phải {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="143" />
            <source>Năm {year} không biểu diễn được bằng hai chữ số trong mã hồ sơ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="163" />
            <source>Mã hồ sơ phải là chuỗi ký tự</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="166" />
            <source>Chưa nhập mã hồ sơ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="171" />
            <source>Mã hồ sơ «{code}» phải có ba phần: mã cơ quan-ngày (yyMMdd)-số thứ tự</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="177" />
            <source>Mã hồ sơ «{code}»: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="180" />
            <source>Mã hồ sơ «{code}»: phần ngày «{day}» phải gồm 6 chữ số yyMMdd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="186" />
            <source>Mã hồ sơ «{code}»: ngày «{day}» không có thật</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="190" />
            <source>Mã hồ sơ «{code}»: số thứ tự «{number}» phải gồm 4 chữ số</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="194" />
            <source>Mã hồ sơ «{code}»: số thứ tự không thể là 0000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="129" />
            <source>Thủ tục này không có trường hợp miễn phí, lệ phí "{code}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="134" />
            <source>Không thu phí, lệ phí</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="138" />
            <source>miễn: {cases}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="165" />
            <source>Tổng cộng: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="167" />
            <source>(chưa đủ: {reasons})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="176" />
            <source>trang {first}–{last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="178" />
            <source>từ trang {first}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="179" />
            <source>{amount}/trang ({pages})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="182" />
            <source>tối đa {cap}/bản</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="193" />
            <source>(trực tuyến {amount}{unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="202" />
            <source>mức do HĐND tỉnh quy định (chưa cấu hình)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="203" />
            <source>chưa có mức thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="226" />
            <source>Số {what} phải là số nguyên</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="232" />
            <source>Số {what} phải từ {minimum} trở lên</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="270" />
            <source>trang</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="274" />
            <source>chưa có số trang của bản chính</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="276" />
            <source>{pages} trang/bản × {copies} bản: {one}/bản</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="279" />
            <source>(mức tối đa)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="288" />
            <source>chưa chọn loại yêu cầu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="297" />
            <source>bản</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="298" />
            <source>{copies} {unit} × {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/fees.py" line="337" />
            <source>miễn ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="26" />
            <source>mã QR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="27" />
            <source>số định danh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="28" />
            <source>số CMND cũ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="29" />
            <source>họ tên</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="30" />
            <source>ngày sinh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="31" />
            <source>giới tính</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="32" />
            <source>nơi thường trú</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="33" />
            <source>ngày cấp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="71" />
            <source>Mã QR bị bộ gõ tiếng Việt làm sai ({evidence}): máy quét đang gõ qua Unikey/EVKey{method}. Hãy chuyển bộ gõ sang tiếng Anh (chế độ E) hoặc đặt máy quét ở chế độ USB-COM rồi quét lại.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/ime.py" line="71" />
            <source>chữ còn phím dấu Telex như aa, ee, oo, dd, w, s/f/r/x/j</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/ime.py" line="73" />
            <source>chữ lẫn phím dấu VNI (chữ số 1–9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/ime.py" line="76" />
            <source>số định danh chỉ có {n}/12 chữ số</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/ime.py" line="78" />
            <source>một ngày chỉ có {n}/8 chữ số</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/number.py" line="22" />
            <source>Số định danh {value} chỉ được gồm chữ số</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/number.py" line="25" />
            <source>Số định danh {value} không đủ 12 chữ số</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/number.py" line="28" />
            <source>Số định danh {value} thừa chữ số (có {n}, cần đúng 12)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/number.py" line="31" />
            <source>Mã tỉnh {code} ở đầu số định danh không phải mã tỉnh, thành phố nào</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/number.py" line="39" />
            <source>Số CMND cũ {value} phải gồm 9 hoặc 12 chữ số</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/number.py" line="54" />
            <source>Chữ số thế kỷ/giới tính của số định danh ({digit}) không khớp với năm sinh {year} và giới tính {sex}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/number.py" line="61" />
            <source>Hai chữ số năm sinh trong số định danh ({digits}) không khớp với năm sinh {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="35" />
            <source>Ngày sinh {value} không đúng dạng ngày tháng năm 8 chữ số (ddMMyyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="36" />
            <source>Ngày sinh {value} không đủ 8 chữ số (ddMMyyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="37" />
            <source>Ngày sinh {value} thừa chữ số (có {n}, cần 8: ddMMyyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="38" />
            <source>Ngày sinh {value} không phải ngày có thật</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="39" />
            <source>Ngày sinh {value} ở sau ngày hôm nay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="42" />
            <source>Ngày cấp {value} không đúng dạng ngày tháng năm 8 chữ số (ddMMyyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="43" />
            <source>Ngày cấp {value} không đủ 8 chữ số (ddMMyyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="44" />
            <source>Ngày cấp {value} thừa chữ số (có {n}, cần 8: ddMMyyyy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="45" />
            <source>Ngày cấp {value} không phải ngày có thật</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="46" />
            <source>Ngày cấp {value} ở sau ngày hôm nay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="75" />
            <source>Họ tên trong mã QR có chữ số</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="78" />
            <source>Họ tên trong mã QR có ký tự không phải chữ cái</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="96" />
            <source>Mã QR không phải của thẻ căn cước/CCCD (không có họ tên, giới tính)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="103" />
            <source>Giới tính "{value}" không hợp lệ: phải là Nam hoặc Nữ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="106" />
            <source>Mã QR thiếu ngày sinh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="107" />
            <source>Mã QR thiếu giới tính</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="113" />
            <source>Mã QR thiếu số định danh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="116" />
            <source>Mã QR có {n} trường trước họ tên; thẻ căn cước chỉ có số định danh và số CMND cũ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="121" />
            <source>Mã QR thiếu số định danh 12 số (chỉ có số CMND cũ)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="142" />
            <source>Mã QR thiếu họ tên</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="150" />
            <source>Mã QR thiếu nơi thường trú</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="160" />
            <source>Ngày cấp {issued} không sau ngày sinh {born}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/payload.py" line="33" />
            <source>Mã QR không phải văn bản UTF-8 (byte lỗi ở vị trí {position}); hãy quét lại bằng chế độ USB-COM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/payload.py" line="49" />
            <source>Mã QR dài {n} ký tự, quá dài để là mã của thẻ căn cước</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/payload.py" line="52" />
            <source>Mã QR trống: chưa đọc được dữ liệu nào</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/screening.py" line="22" />
            <source>Mã QR này là một đường link, không phải mã trên thẻ căn cước</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/screening.py" line="26" />
            <source>Đây là mã QR của thẻ bảo hiểm y tế, không phải của thẻ căn cước</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/screening.py" line="29" />
            <source>Mã QR không phải của thẻ căn cước/CCCD (không có các trường ngăn bởi dấu |)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/screening.py" line="58" />
            <source>Chữ tiếng Việt trong mã QR bị đọc sai bảng mã (dạng "Nguyá»…n"): máy quét hoặc phần mềm đọc không dùng UTF-8. Hãy đặt máy quét ở chế độ USB-COM hoặc bật UTF-8 rồi quét lại</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/idcard/screening.py" line="64" />
            <source>Mã QR bị mất các chữ có dấu (thay bằng "?"): máy quét ở chế độ bàn phím không gõ được tiếng Việt. Hãy đặt máy quét ở chế độ USB-COM hoặc bật chế độ Unicode của máy quét rồi quét lại</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/processing_time.py" line="24" />
            <source>Trong ngày</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/processing_time.py" line="26" />
            <source>{n} giờ làm việc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/processing_time.py" line="27" />
            <source>{n} ngày làm việc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="50" />
            <source>mã hồ sơ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="51" />
            <source>mã băm số định danh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="52" />
            <source>thời gian nhận hồ sơ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="53" />
            <source>thời gian hẹn trả</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="54" />
            <source>bàn tiếp nhận</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="55" />
            <source>chữ ký số</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="123" />
            <source>Địa chỉ tra cứu {url} không hợp lệ: cần bắt đầu bằng http:// hoặc https://</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="187" />
            <source>Mã QR không phải phiếu tiếp nhận hồ sơ do MotCua Desk cấp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="192" />
            <source>Mã QR của phiếu tiếp nhận bị hỏng, không đọc được các trường</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="196" />
            <source>Mã QR của phiếu có trường lạ «{name}»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="198" />
            <source>Mã QR của phiếu có trường {field} lặp lại</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="204" />
            <source>Mã QR của phiếu thiếu {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="216" />
            <source>Trường {field} trên mã QR không hợp lệ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="232" />
            <source>Chưa có khóa công khai nào để kiểm tra chữ ký</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="234" />
            <source>Chữ ký trên phiếu tiếp nhận không hợp lệ: phiếu đã bị sửa hoặc không do bàn tiếp nhận này cấp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="269" />
            <source>Không tìm thấy khóa công khai nào trong dữ liệu đã cho</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="279" />
            <source>Khóa công khai không hợp lệ: không phải chuỗi base64</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="281" />
            <source>Khóa công khai không hợp lệ: cần đúng 32 byte, nhận được {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="289" />
            <source>Khóa công khai không hợp lệ: tệp PEM hỏng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="291" />
            <source>Khóa công khai không hợp lệ: không phải khóa Ed25519</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/status.py" line="36" />
            <source>Mới đăng ký</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/status.py" line="37" />
            <source>Được tiếp nhận</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/status.py" line="38" />
            <source>Không được tiếp nhận</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/status.py" line="39" />
            <source>Đang xử lý</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/status.py" line="40" />
            <source>Yêu cầu bổ sung giấy tờ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/status.py" line="41" />
            <source>Yêu cầu thực hiện nghĩa vụ tài chính</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/status.py" line="42" />
            <source>Công dân yêu cầu rút hồ sơ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/status.py" line="43" />
            <source>Dừng xử lý</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/status.py" line="44" />
            <source>Đã xử lý xong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/status.py" line="45" />
            <source>Đã trả kết quả</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/status.py" line="66" />
            <source>Trực tiếp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../forms/status.py" line="67" />
            <source>Trực tuyến</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../forms/status.py" line="68" />
            <source>Qua bưu chính công ích</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../printing/documents.py" line="93" />
            <source>Cần ghi ít nhất một nội dung yêu cầu bổ sung</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../printing/documents.py" line="111" />
            <source>Phiếu từ chối phải ghi rõ lý do từ chối</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../printing/documents.py" line="134" />
            <source>Phiếu xin lỗi cần ngày hẹn trả kết quả mới</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../printing/documents.py" line="136" />
            <source>Ngày hẹn trả mới phải sau ngày hẹn trả ban đầu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../printing/documents.py" line="178" />
            <source>Ngày kết thúc {to} trước ngày bắt đầu {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../printing/documents.py" line="195" />
            <source>Không có mẫu in «{key}»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../printing/engine.py" line="100" />
            <source>Mẫu in thiếu giá trị «{key}»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../printing/engine.py" line="105" />
            <source>Giá trị «{key}» của mẫu in phải là một danh sách</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../printing/engine.py" line="270" />
            <source>Dòng của bảng «{key}» có {n} ô, mẫu in cần {m}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="45" />
            <source>Tiếp nhận hồ sơ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="46" />
            <source>Xử lý hồ sơ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="47" />
            <source>Trưởng bộ phận</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="48" />
            <source>Quản trị</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="61" />
            <source>Sai tên đăng nhập hoặc mật khẩu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="79" />
            <source>Tên đăng nhập “{login}” không hợp lệ: 2–32 ký tự, chỉ chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="90" />
            <source>Vai trò “{role}” không có; chọn một trong: {roles}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="98" />
            <source>Mật khẩu phải có ít nhất {n} ký tự</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="100" />
            <source>Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="128" />
            <source>Thiếu họ và tên của cán bộ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="140" />
            <source>Tên đăng nhập “{login}” đã có</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="203" />
            <source>Không có tài khoản “{login}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="211" />
            <source>Không thể khóa quản trị viên cuối cùng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="50" />
            <source>Không kết nối được cổng dịch vụ công ({detail}); thay đổi vẫn được giữ để gửi lại</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="59" />
            <source>Cổng dịch vụ công đang gặp lỗi (HTTP {status}); sẽ thử lại sau</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="69" />
            <source>Cổng trả lời không đúng hợp đồng đồng bộ ({operation}: {where}); thay đổi vẫn được giữ để gửi lại</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="78" />
            <source>Cổng từ chối đăng nhập: {message} Hãy đăng nhập lại («motcua sync login»).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="86" />
            <source>Chưa có thông tin đăng nhập cổng {url}; hãy chạy «motcua sync login»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="93" />
            <source>Cổng từ chối yêu cầu {operation} (HTTP {status}): {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="221" />
            <source>hết thời gian chờ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="231" />
            <source>nội dung không phải JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="286" />
            <source>kết quả không khớp các sự kiện đã gửi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="299" />
            <source>pushEvents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="299" />
            <source>xung đột thiếu phiên bản hồ sơ của cổng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="305" />
            <source>listChanges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="305" />
            <source>trang thay đổi không ứng với con trỏ đã hỏi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="345" />
            <source>attachmentStatus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="362" />
            <source>uploadAttachment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/client.py" line="362" />
            <source>tải tệp không tiến triển</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/contract/schema.py" line="34" />
            <source>Dữ liệu không đúng hợp đồng đồng bộ ({component}): trường {where} vi phạm quy tắc {rule}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/contract/transitions.py" line="25" />
            <source>Hồ sơ đã ở trạng thái này</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/contract/transitions.py" line="27" />
            <source>Hồ sơ đã kết thúc, không chuyển trạng thái được nữa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/contract/wire.py" line="43" />
            <source>Giá trị không hợp lệ trong dữ liệu đồng bộ: trường {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="54" />
            <source>Địa chỉ cổng «{url}» không hợp lệ; cần dạng https://máy-chủ[:cổng]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="71" />
            <source>Không đọc được tệp {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="77" />
            <source>Không ghi được tệp {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="109" />
            <source>Cần tên tài khoản và mật khẩu của bàn tiếp nhận trên cổng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="115" />
            <source>Không lưu được mật khẩu vào kho khóa của hệ điều hành: {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="126" />
            <source>Không đọc được mật khẩu từ kho khóa của hệ điều hành: {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="134" />
            <source>Thông tin đăng nhập cổng trong kho khóa bị hỏng; hãy đăng nhập lại</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="143" />
            <source>Không xóa được mật khẩu khỏi kho khóa: {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/engine.py" line="210" />
            <source>Đã dừng đồng bộ theo yêu cầu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/engine.py" line="262" />
            <source>Dữ liệu hồ sơ không đúng hợp đồng đồng bộ (trường {where}); hãy sửa hồ sơ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/engine.py" line="415" />
            <source>danh_gia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/keys.py" line="57" />
            <source>Khóa ký phiếu trong kho khóa của hệ điều hành bị hỏng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/keys.py" line="76" />
            <source>Không đọc được tệp khóa công khai {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/keys.py" line="118" />
            <source>Không truy cập được kho khóa của hệ điều hành: {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/keys.py" line="125" />
            <source>Không lưu được khóa ký vào kho khóa của hệ điều hành: {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/keys.py" line="142" />
            <source>Không ghi được tệp {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="66" />
            <source>Tham số {name} phải là số nguyên</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="70" />
            <source>Tham số {name} phải là true hoặc false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="79" />
            <source>Tham số không có trong hợp đồng đồng bộ: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="83" />
            <source>Tham số {name} chỉ được có một giá trị</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="94" />
            <source>Thiếu tham số {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="114" />
            <source>Dữ liệu gửi lên quá lớn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="124" />
            <source>Nội dung phải là JSON (application/json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="128" />
            <source>Nội dung gửi lên không phải JSON hợp lệ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="140" />
            <source>Cần đăng nhập (thiếu mã phiên Bearer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="250" />
            <source>Không có địa chỉ này trong hợp đồng đồng bộ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="253" />
            <source>Phương thức không được hỗ trợ ở địa chỉ này</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/db.py" line="89" />
            <source>Không mở được cơ sở dữ liệu của cổng {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/db.py" line="124" />
            <source>Cần cài psycopg để dùng PostgreSQL: pip install "psycopg[binary]"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/db.py" line="130" />
            <source>Không kết nối được PostgreSQL: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/faults.py" line="45" />
            <source>Lỗi giả lập «{part}» không hợp lệ; dùng drop=, error=, truncate=, delay_ms=, seed=</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/faults.py" line="57" />
            <source>Giá trị của {key} không hợp lệ: «{raw}»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/faults.py" line="61" />
            <source>Tổng xác suất drop + error + truncate không được vượt quá 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="94" />
            <source>Trạng thái hồ sơ trên cổng đã được thay đổi ({portal}); thao tác từ trạng thái {desk} không còn áp dụng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="95" />
            <source>Hồ sơ do bàn tiếp nhận khác quản lý; thông tin tiếp nhận của bàn đó được giữ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="96" />
            <source>Không được chuyển hồ sơ từ trạng thái {before} sang {after}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="97" />
            <source>Mã hồ sơ đã được dùng cho một hồ sơ khác trên cổng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="98" />
            <source>Mã hồ sơ không được thay đổi sau khi đã đồng bộ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="99" />
            <source>Hồ sơ không thuộc cơ quan của tài khoản này</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="100" />
            <source>Dữ liệu hồ sơ không hợp lệ: {where}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="163" />
            <source>Tên tài khoản phải có từ 1 đến 128 ký tự</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="165" />
            <source>Mật khẩu phải có từ 1 đến 256 ký tự</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="188" />
            <source>Sai tên tài khoản hoặc mật khẩu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="204" />
            <source>Phiên đăng nhập không hợp lệ hoặc đã hết hạn; hãy đăng nhập lại</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="356" />
            <source>Cổng không có hồ sơ mã {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="363" />
            <source>Không chuyển được hồ sơ {code} từ trạng thái {before} sang {after}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="403" />
            <source>Cổng đã cấp hết mã hồ sơ trực tuyến trong ngày cho cơ quan {agency}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="504" />
            <source>Mỗi lần gửi tối đa {n} byte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="506" />
            <source>Tệp đính kèm quá lớn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="511" />
            <source>Độ dài tệp khác với lần gửi đầu ({n} byte)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="515" />
            <source>Cổng đang giữ {n} byte; hãy gửi tiếp từ vị trí đó</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="519" />
            <source>Dữ liệu gửi vượt quá độ dài đã khai báo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="542" />
            <source>Nội dung tệp không khớp mã SHA-256; hãy gửi lại từ đầu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/__init__.py" line="143" />
            <source>Không có bản sao lưu nào trong {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/attachments.py" line="59" />
            <source>Tệp quét {sha} không phải tệp đã mã hóa hợp lệ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/attachments.py" line="65" />
            <source>Tệp quét {sha} không giải mã được: tệp bị hỏng hoặc khóa mã hóa không đúng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/attachments.py" line="88" />
            <source>Mã băm tệp quét «{sha}» không hợp lệ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/attachments.py" line="120" />
            <source>Không tìm thấy tệp quét {sha} trong thư mục dữ liệu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/attachments.py" line="123" />
            <source>Tệp quét {sha} bị hỏng (nội dung không khớp mã băm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="187" />
            <source>Không tìm thấy tệp sao lưu {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="191" />
            <source>Tệp {path} không phải là cơ sở dữ liệu SQLite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="195" />
            <source>Không mở được tệp {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="200" />
            <source>Tệp sao lưu {path} bị hỏng ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="204" />
            <source>Tệp {path} không phải là cơ sở dữ liệu của MotCua Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="207" />
            <source>Tệp {path} do phiên bản MotCua Desk mới hơn tạo ra (lược đồ {found}); hãy cập nhật phần mềm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="233" />
            <source>Khôi phục bản sao lưu lúc {when}: mọi hồ sơ tiếp nhận hoặc thay đổi sau thời điểm đó sẽ bị mất (không đọc được cơ sở dữ liệu hiện tại để đếm).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="236" />
            <source>Khôi phục bản sao lưu lúc {when}: không mất hồ sơ nào.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="239" />
            <source>Khôi phục bản sao lưu lúc {when} sẽ làm mất {n} hồ sơ mới hoặc đã thay đổi sau thời điểm đó: {codes}{more}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/connection.py" line="78" />
            <source>Ổ đĩa chứa dữ liệu ({folder}) đã đầy. Thao tác chưa được lưu; hãy giải phóng dung lượng rồi thực hiện lại.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/connection.py" line="84" />
            <source>Thư mục dữ liệu {folder} chỉ cho phép đọc, không ghi được. Thao tác chưa được lưu; hãy kiểm tra quyền ghi của thư mục hoặc chọn thư mục dữ liệu khác.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/connection.py" line="90" />
            <source>Không mở được cơ sở dữ liệu trong thư mục {folder} (thư mục chỉ đọc, không tồn tại hoặc không có quyền). Thao tác chưa được lưu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/connection.py" line="96" />
            <source>Cơ sở dữ liệu đang bị một chương trình khác giữ (đã chờ {seconds} giây). Thao tác chưa được lưu; hãy đóng cửa sổ MotCua khác hoặc chương trình đang mở tệp rồi thử lại.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/connection.py" line="102" />
            <source>Lỗi đọc/ghi ổ đĩa tại {folder}. Thao tác chưa được lưu; hãy kiểm tra ổ đĩa (hoặc USB, ổ mạng) rồi thử lại.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/connection.py" line="123" />
            <source>Lỗi đọc/ghi ổ đĩa tại {folder} ({reason}). Thao tác chưa được lưu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/errors.py" line="91" />
            <source>Cơ sở dữ liệu {path} bị hỏng và không có bản sao lưu nào để khôi phục. Hãy giữ nguyên tệp và liên hệ cán bộ kỹ thuật.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/errors.py" line="97" />
            <source>Cơ sở dữ liệu {path} bị hỏng. Có thể khôi phục bản sao lưu lúc {taken_at} ({backup}); các hồ sơ tiếp nhận hoặc thay đổi sau thời điểm đó sẽ bị mất.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/secrets.py" line="78" />
            <source>Không đọc được khóa mã hóa tệp quét từ kho khóa của hệ điều hành ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/secrets.py" line="94" />
            <source>Không lưu được khóa mã hóa tệp quét vào kho khóa của hệ điều hành ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/secrets.py" line="122" />
            <source>Khóa mã hóa tệp quét trong kho khóa của hệ điều hành bị hỏng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/secrets.py" line="126" />
            <source>Không tìm thấy khóa mã hóa tệp quét của bàn này trong kho khóa của hệ điều hành; các tệp quét đã mã hóa không đọc được trên máy hoặc tài khoản này</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/secrets.py" line="132" />
            <source>Kho khóa của hệ điều hành không giữ được khóa mã hóa tệp quét</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/store.py" line="155" />
            <source>Lỗi cơ sở dữ liệu: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/store.py" line="167" />
            <source>Cơ sở dữ liệu được tạo bởi phiên bản MotCua Desk mới hơn (lược đồ {found}, phần mềm này hiểu đến {supported}); hãy cập nhật phần mềm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/store.py" line="177" />
            <source>Tệp {path} là một cơ sở dữ liệu khác, không phải của MotCua Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/store.py" line="469" />
            <source>Mã hồ sơ {code} đã thuộc một hồ sơ khác trên bàn này</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/store.py" line="505" />
            <source>Không tìm thấy hồ sơ {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/store.py" line="645" />
            <source>Không tìm thấy xung đột số {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/store.py" line="647" />
            <source>Xung đột số {id} đã được giải quyết</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/store.py" line="726" />
            <source>Không có tệp quét {sha} trong cơ sở dữ liệu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/store.py" line="865" />
            <source>Hồ sơ {code} vừa được thay đổi ở nơi khác (phiên bản {seen} → {now}); hãy mở lại hồ sơ rồi thực hiện lại.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../sync/store/store.py" line="907" />
            <source>Tệp quét {sha} chưa được lưu; hãy quét hoặc đính kèm lại</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
