<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../../desktop/dossiers/action_dialog.py" line="+74" />
            <source>{action} — hồ sơ {code}</source>
            <translation>{action} — dossier {code}</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Thực hiện (Ctrl+Enter)</source>
            <translation>Do it (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hủy (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Hồ sơ {code}: {procedure}, của {name}.</source>
            <translation>Dossier {code}: {procedure}, of {name}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sau khi thực hiện, phiếu mẫu {form} sẽ hiện ra để in.</source>
            <translation>Afterwards, form {form} appears for printing.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Chuyển đến &amp;cơ quan</source>
            <translation>Transfer to &amp;agency</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Nội dung cần bổ sung</source>
            <translation>&amp;Items to supplement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mỗi dòng một nội dung (in thành danh sách trên phiếu 02)</source>
            <translation>One item per line (printed as a list on form 02)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Số tiền (đồng)</source>
            <translation>&amp;Amount (đồng)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Ngày hẹn trả mới</source>
            <translation>&amp;New due date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Giờ</source>
            <translation>&amp;Time</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Lý do từ chối</source>
            <translation>&amp;Reason for refusal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lý do</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Ghi chú</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mỗi dòng một lý do (in trên phiếu 03)</source>
            <translation>One reason per line (printed on form 03)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Số &amp;định danh người nhận (quét thẻ hoặc gõ)</source>
            <translation>Recipient's &amp;ID number (scan the card or type)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Họ tên người &amp;nhận</source>
            <translation>Recipient's &amp;name</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mức độ hài lòng (Alt+1, Alt+2, Alt+3)</source>
            <translation>Satisfaction (Alt+1, Alt+2, Alt+3)</translation>
        </message>
        <message>
            <location line="+112" />
            <source>Cần ghi mức độ hài lòng của người nhận (Alt+1, Alt+2 hoặc Alt+3).</source>
            <translation>Record how satisfied the recipient is (Alt+1, Alt+2 or Alt+3).</translation>
        </message>
        <message>
            <location line="-101" />
            <source>Tiêu chí (không bắt buộc)</source>
            <translation>Criteria (optional)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Góp ý (không bắt buộc)</source>
            <translation>Comment (optional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Người dân đồng ý để lưu góp ý này (dữ liệu cá nhân không bắt buộc)</source>
            <translation>The citizen agrees that this comment is kept (personal data is optional)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Quét thẻ căn cước của người nhận hoặc gõ số định danh.</source>
            <translation>Scan the recipient's ID card or type the ID number.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>✔ Khớp với hồ sơ.</source>
            <translation>✔ Matches the dossier.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>✘ Không khớp với số định danh trong hồ sơ: không được trả kết quả.</source>
            <translation>✘ Does not match the ID number in the dossier: the result cannot be returned.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Số định danh có 12 chữ số.</source>
            <translation>The ID number has 12 digits.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Cần ghi lý do.</source>
            <translation>A reason is needed.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cần ghi ít nhất một nội dung cần bổ sung.</source>
            <translation>Write at least one item to supplement.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cần ghi cơ quan giải quyết.</source>
            <translation>The processing agency is needed.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Số tiền phải là số nguyên dương (đồng).</source>
            <translation>The amount must be a positive whole number (đồng).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Ngày giờ hẹn mới không hợp lệ (ngày/tháng/năm, giờ:phút).</source>
            <translation>The new due date and time are not valid (day/month/year, hour:minute).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Số định danh người nhận phải khớp với hồ sơ trước khi trả kết quả.</source>
            <translation>The recipient's ID number must match the dossier before the result is returned.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Chỉ lưu góp ý khi người dân đồng ý; đánh dấu ô đồng ý hoặc xóa góp ý.</source>
            <translation>Keep the comment only if the citizen agrees; tick the consent box or clear the comment.</translation>
        </message>
    </context>
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
            <source>Tên đăng &amp;nhập:</source>
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
            <source>Nhập &amp;lại mật khẩu:</source>
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
            <location filename="../../desktop/reception/applicant_panel.py" line="+310" />
            <source>Người nộp hồ sơ (chủ hồ sơ)</source>
            <translation>Applicant (owner of the dossier)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nộp thay theo ủy &amp;quyền</source>
            <translation>Submitted by an a&amp;uthorised person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Người được ủy quyền (người trực tiếp nộp)</source>
            <translation>Authorised person (who submits in person)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số, ngày của giấy ủy quyền</source>
            <translation>Number and date of the authorisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Giấy ủy quyền</source>
            <translation>Authorisation</translation>
        </message>
    </context>
    <context>
        <name>CameraPreview</name>
        <message>
            <location filename="../../desktop/scanning/camera.py" line="+122" />
            <source>Đưa mã QR trên thẻ căn cước vào giữa khung hình</source>
            <translation>Hold the QR code of the ID card in the middle of the frame</translation>
        </message>
    </context>
    <context>
        <name>ConflictInboxPage</name>
        <message>
            <location filename="../../desktop/conflicts.py" line="+195" />
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
            <location line="+0" />
            <source>Mã cơ quan</source>
            <translation>Agency code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loại người nộp</source>
            <translation>Applicant type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Số CMND cũ</source>
            <translation>Old ID number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Giới tính</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Người được ủy quyền</source>
            <translation>Authorised person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phiên bản danh mục</source>
            <translation>Catalogue version</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hình thức nộp</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mã lĩnh vực</source>
            <translation>Field code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lĩnh vực</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trích yếu</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số bộ hồ sơ</source>
            <translation>Number of sets</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hình thức nhận kết quả</source>
            <translation>Result delivery</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mã thủ tục</source>
            <translation>Procedure code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hồ sơ tập huấn</source>
            <translation>Training dossier</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tờ khai: {field}</source>
            <translation>Form: {field}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Tổ chức</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Công dân</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <location line="+12" />
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
{n} field(s) differ</translation>
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
            <location filename="../../desktop/reception/checklist.py" line="+86" />
            <source>Thành phần hồ sơ</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhận đủ &amp;giấy tờ bắt buộc</source>
            <translation>All &amp;mandatory papers received</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đính &amp;kèm bản quét…</source>
            <translation>Attach a &amp;scan…</translation>
        </message>
        <message>
            <location line="+27" />
            <source>xuất trình</source>
            <translation>to show</translation>
        </message>
        <message>
            <location line="+2" />
            <source>nếu: {condition}</source>
            <translation>if: {condition}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>không bắt buộc</source>
            <translation>optional</translation>
        </message>
        <message>
            <location line="+2" />
            <source>đã quét {n} tệp</source>
            <translation>{n} file(s) scanned</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Còn thiếu {n} giấy tờ bắt buộc.</source>
            <translation>{n} mandatory paper(s) still missing.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Đã nhận đủ giấy tờ bắt buộc.</source>
            <translation>All mandatory papers received.</translation>
        </message>
    </context>
    <context>
        <name>DossierDeskPage</name>
        <message>
            <location filename="../../desktop/dossiers/page.py" line="+191" />
            <source>&amp;Tìm</source>
            <translation>S&amp;earch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mã hồ sơ, tên, số định danh, điện thoại hoặc thủ tục — không cần dấu</source>
            <translation>Dossier code, name, ID number, phone or procedure — accents optional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lọc</source>
            <translation>F&amp;ilter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mọi trạng thái</source>
            <translation>Any status</translation>
        </message>
        <message>
            <location line="+36" />
            <source>{n} hồ sơ khớp</source>
            <translation>{n} matching dossiers</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n}+ hồ sơ khớp</source>
            <translation>{n}+ matching dossiers</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} hồ sơ</source>
            <translation>{n} dossiers</translation>
        </message>
        <message>
            <location line="+86" />
            <source>Đang thực hiện…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Đang cập nhật hồ sơ…</source>
            <translation>Updating the dossier…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Đã {action}: hồ sơ {code} — {status}.</source>
            <translation>Done ({action}): dossier {code} — {status}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Chưa thực hiện được: {message}</source>
            <translation>Could not be done: {message}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Đang tạo phiếu…</source>
            <translation>Making the slip…</translation>
        </message>
        <message>
            <location line="-282" />
            <source>Chưa tạo được phiếu: {message}</source>
            <translation>The slip could not be made: {message}</translation>
        </message>
    </context>
    <context>
        <name>DossierDetail</name>
        <message>
            <location filename="../../desktop/dossiers/detail.py" line="+120" />
            <source>Thao tác</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quá trình xử lý</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In &amp;lại phiếu…</source>
            <translation>&amp;Reprint slip…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thời gian</source>
            <translation>Time</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Thao tác, trạng thái, lý do</source>
            <translation>Action, status, reason</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cán bộ</source>
            <translation>Official</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Chọn một hồ sơ trong danh sách để xem chi tiết.</source>
            <translation>Choose a dossier in the list to see its details.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Thủ tục</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Người nộp</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Điện thoại</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Người được ủy quyền</source>
            <translation>Authorised person</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tiếp nhận</source>
            <translation>Reception</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(đã hẹn lại)</source>
            <translation>(rescheduled)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hẹn trả</source>
            <translation>Due</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đã trả</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phí, lệ phí</source>
            <translation>Fees and charges</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đồng bộ</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Đánh giá</source>
            <translation>Rating</translation>
        </message>
        <message>
            <location line="-110" />
            <location line="+148" />
            <source> (mẫu {form})</source>
            <translation> (form {form})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Không có thao tác nào cho vai trò của bạn ở trạng thái này.</source>
            <translation>Your role has no action in this status.</translation>
        </message>
    </context>
    <context>
        <name>DossierTableModel</name>
        <message>
            <location filename="../../desktop/dossiers/table_model.py" line="+162" />
            <source>Mã hồ sơ</source>
            <translation>Dossier code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Người nộp</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Thủ tục</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tiếp nhận</source>
            <translation>Reception</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Hẹn trả</source>
            <translation>Due</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đồng bộ</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Quá hạn</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hồ sơ tập huấn</source>
            <translation>Training dossier</translation>
        </message>
    </context>
    <context>
        <name>FeePanel</name>
        <message>
            <location filename="../../desktop/reception/fee_panel.py" line="+89" />
            <source>Phí, lệ phí</source>
            <translation>Fees and charges</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+15" />
            <source>Miễn: {label}</source>
            <translation>Exempt: {label}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Chưa tính được phí</source>
            <translation>The fee cannot be computed yet</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Không thu phí, lệ phí</source>
            <translation>No fee or charge</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tổng: {amount}</source>
            <translation>Total: {amount}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chưa đủ để tính: {reasons}</source>
            <translation>Not enough to compute: {reasons}</translation>
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
        <name>ImageScanner</name>
        <message>
            <location filename="../../desktop/scanning/images.py" line="+87" />
            <source>Đang đọc mã QR…</source>
            <translation>Reading the QR code…</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../desktop/login.py" line="+271" />
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
            <location line="-108" />
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
            <location line="-69" />
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
            <location filename="../../desktop/main_window.py" line="+322" />
            <source>Máy quét trên cổng {port} đã sẵn sàng</source>
            <translation>The scanner on port {port} is ready</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mất kết nối máy quét trên cổng {port}; đang thử kết nối lại…</source>
            <translation>Lost the scanner on port {port}; reconnecting…</translation>
        </message>
        <message>
            <location line="+19" />
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
            <source>Tệ&amp;p</source>
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
            <source>&amp;Sao lưu dữ liệu ngay</source>
            <translation>&amp;Back up now</translation>
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
            <source>Đồ&amp;ng bộ</source>
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
            <location line="+103" />
            <source>Đang sao lưu dữ liệu…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Đã sao lưu: {path}</source>
            <translation>Backed up: {path}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>bản thứ hai: {path}</source>
            <translation>second copy: {path}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>không chép được vào thư mục thứ hai: {reason}</source>
            <translation>could not copy into the second folder: {reason}</translation>
        </message>
        <message>
            <location line="+81" />
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
            <location line="-509" />
            <source>Chức năng này chưa có trong bản cài đặt này.</source>
            <translation>This feature is not included in this installation.</translation>
        </message>
    </context>
    <context>
        <name>OutcomeChart</name>
        <message>
            <location filename="../../desktop/reports/chart.py" line="+59" />
            <source>Trả trước hạn</source>
            <translation>Finished before due</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trả đúng hạn</source>
            <translation>Finished on due</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trả quá hạn</source>
            <translation>Finished late</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đang giải quyết, trong hạn</source>
            <translation>In progress, in time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đang giải quyết, quá hạn</source>
            <translation>In progress, overdue</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Không có hồ sơ nào trong kỳ này.</source>
            <translation>No dossiers in this period.</translation>
        </message>
    </context>
    <context>
        <name>PaperAssembler</name>
        <message>
            <location filename="../../desktop/scanning/documents.py" line="+91" />
            <source>Ảnh webcam {n}</source>
            <translation>Webcam picture {n}</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Đang ghép các trang thành PDF…</source>
            <translation>Putting the pages into a PDF…</translation>
        </message>
    </context>
    <context>
        <name>PeriodChooser</name>
        <message>
            <location filename="../../desktop/reports/period_chooser.py" line="+150" />
            <source>&amp;Kỳ báo cáo:</source>
            <translation>Reporting &amp;period:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tháng</source>
            <translation>Month</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quý</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>6 tháng</source>
            <translation>6 months</translation>
        </message>
        <message>
            <location line="+1" />
            <source>9 tháng đầu năm</source>
            <translation>First 9 months</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Năm</source>
            <translation>Year</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Khoảng ngày</source>
            <translation>Date range</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tháng {n}</source>
            <translation>Month {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quý {n}</source>
            <translation>Quarter {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>đầu năm</source>
            <translation>first half</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cuối năm</source>
            <translation>second half</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Năm </source>
            <translation>Year </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chốt số liệu ngày 14 (Nghị định 09/2019)</source>
            <translation>Close on the 14th (Decree 09/2019)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kỳ báo cáo tính từ ngày 15 tháng trước đến ngày 14 tháng cuối kỳ</source>
            <translation>The period runs from the 15th of the month before to the 14th of its last month</translation>
        </message>
    </context>
    <context>
        <name>PersonFields</name>
        <message>
            <location filename="../../desktop/reception/applicant_panel.py" line="-183" />
            <source>Họ và tên</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số định danh cá nhân</source>
            <translation>Personal ID number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ngày sinh</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nam</source>
            <translation>Male</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nữ</source>
            <translation>Female</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Giới tính</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Địa chỉ thường trú</source>
            <translation>Permanent address</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Số điện thoại</source>
            <translation>Phone number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Họ và tên là bắt buộc</source>
            <translation>The full name is required</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Số định danh cá nhân phải gồm đúng 12 chữ số</source>
            <translation>The personal ID number must have exactly 12 digits</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ngày sinh phải là ngày hợp lệ (ngày/tháng/năm)</source>
            <translation>The date of birth must be a real date (day/month/year)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Số điện thoại không hợp lệ</source>
            <translation>The phone number is not valid</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Địa chỉ email không hợp lệ</source>
            <translation>The email address is not valid</translation>
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
            <translation>&amp;Desk account:</translation>
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
            <location filename="../../desktop/print_preview.py" line="+196" />
            <source>Xem trước khi in — {title}</source>
            <translation>Print preview — {title}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Máy này không có thành phần xem PDF. Bấm “Mở bằng trình xem PDF” để xem và in.</source>
            <translation>This computer has no PDF viewing component. Press “Open in the PDF viewer” to view and print.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;In (Ctrl+P)</source>
            <translation>&amp;Print (Ctrl+P)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Chọn máy in…</source>
            <translation>&amp;Choose printer…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Lưu PDF…</source>
            <translation>&amp;Save PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Mở bằng trình xem PDF</source>
            <translation>&amp;Open in the PDF viewer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đón&amp;g (Esc)</source>
            <translation>&amp;Close (Esc)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Máy in: {name}</source>
            <translation>Printer: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chưa chọn máy in: lần in đầu sẽ hỏi máy in và ghi nhớ lựa chọn.</source>
            <translation>No printer chosen yet: the first print asks for one and remembers it.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Chọn máy in</source>
            <translation>Choose a printer</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Đang gửi tới máy in {name}…</source>
            <translation>Sending to printer {name}…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Đang in…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Đã in {pages} trang tới {name}.</source>
            <translation>Printed {pages} page(s) on {name}.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Lưu bản PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Đang lưu PDF…</source>
            <translation>Saving the PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đã lưu {path}</source>
            <translation>Saved {path}</translation>
        </message>
    </context>
    <context>
        <name>ProcedureListModel</name>
        <message>
            <location filename="../../desktop/reception/procedure_picker.py" line="+68" />
            <source>đã nhận {n} hồ sơ</source>
            <translation>{n} dossiers received</translation>
        </message>
    </context>
    <context>
        <name>ProcedurePicker</name>
        <message>
            <location line="+75" />
            <source>&amp;Thủ tục (F3)</source>
            <translation>&amp;Procedure (F3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gõ tên hoặc mã thủ tục, không cần dấu (vd: khai sinh)</source>
            <translation>Type the procedure name or code, accents optional (e.g. khai sinh)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Đang nạp danh mục thủ tục…</source>
            <translation>Loading the procedure catalogue…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Không có thủ tục nào khớp “{text}”.</source>
            <translation>No procedure matches “{text}”.</translation>
        </message>
    </context>
    <context>
        <name>ProvenanceTag</name>
        <message>
            <location filename="../../desktop/reception/applicant_panel.py" line="-178" />
            <source>QR</source>
            <translation>QR</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đọc từ mã QR trên thẻ căn cước</source>
            <translation>Read from the QR code of the ID card</translation>
        </message>
        <message>
            <location line="+3" />
            <source>nhập tay</source>
            <translation>typed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cán bộ nhập hoặc sửa</source>
            <translation>Typed or corrected by the official</translation>
        </message>
    </context>
    <context>
        <name>RatesPanel</name>
        <message>
            <location filename="../../desktop/reports/chart.py" line="+87" />
            <source>{numerator} / {denominator} — {formula}</source>
            <translation>{numerator} / {denominator} — {formula}</translation>
        </message>
    </context>
    <context>
        <name>ReceptionPage</name>
        <message>
            <location filename="../../desktop/reception/page.py" line="+223" />
            <source>Hẹn trả kết quả</source>
            <translation>Appointment for the result</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nhận kết quả</source>
            <translation>Result delivery</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tại Bộ phận Một cửa</source>
            <translation>At the one-stop desk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Qua bưu chính công ích</source>
            <translation>By public postal service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trực tuyến</source>
            <translation>Online</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lưu hồ sơ (Ctrl+S)</source>
            <translation>Save dossier (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In giấy tiếp nhận (Ctrl+P)</source>
            <translation>Print receipt (Ctrl+P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hồ sơ mới (Ctrl+N)</source>
            <translation>New dossier (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+300" />
            <source>Mã hồ sơ: {code}</source>
            <translation>Dossier code: {code}</translation>
        </message>
        <message>
            <location line="-292" />
            <source>Chọn thủ tục để hiện tờ khai.</source>
            <translation>Choose a procedure to show its form.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tờ khai: {title} — {code}</source>
            <translation>Form: {title} — {code}</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Đang lưu hồ sơ; thẻ vừa quét sẽ mở hồ sơ mới ngay sau đó.</source>
            <translation>Saving the dossier; the card just scanned will open a new dossier right after.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Đang đọc mã QR…</source>
            <translation>Reading the QR code…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Không đọc được thẻ: {message}</source>
            <translation>The card could not be read: {message}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Mã QR bị bộ gõ tiếng Việt làm sai nhưng đã sửa được chắc chắn; hãy kiểm tra lại họ tên. Nên chuyển bộ gõ sang tiếng Anh (chế độ E) hoặc đặt máy quét ở chế độ USB-COM.</source>
            <translation>A Vietnamese input method altered the QR code, and it was repaired with certainty; check the name again. Switch the input method to English (E mode) or set the scanner to USB-COM mode.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Đã đọc thẻ căn cước: {name}</source>
            <translation>ID card read: {name}</translation>
        </message>
        <message>
            <location line="+71" />
            <source>{when}
(thời hạn: {time}; tính nếu tiếp nhận bây giờ)</source>
            <translation>{when}
(time limit: {time}; computed as if received now)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Chọn bản quét giấy tờ</source>
            <translation>Choose the scanned paper</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ảnh hoặc PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
            <translation>Image or PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Chưa đính kèm được bản quét: {message}</source>
            <translation>The scan could not be attached: {message}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Đang lưu bản quét…</source>
            <translation>Saving the scan…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Đã đính kèm bản quét ({pages} trang).</source>
            <translation>Scan attached ({pages} pages).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Chưa chọn thủ tục: gõ tên thủ tục rồi bấm Enter.</source>
            <translation>No procedure chosen: type its name and press Enter.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Thông tin người nộp chưa đúng: {problem}</source>
            <translation>The applicant's details are not right: {problem}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Tờ khai còn {n} chỗ cần sửa: {first}</source>
            <translation>The form still has {n} field(s) to correct: {first}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Còn thiếu giấy tờ bắt buộc: {names}. Nếu công dân chưa đủ, hãy hướng dẫn bổ sung thay vì tiếp nhận.</source>
            <translation>Mandatory papers missing: {names}. If the citizen does not have them, explain what to bring instead of receiving the dossier.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Hồ sơ {code} đã được lưu. Ctrl+P để in lại giấy tiếp nhận, Ctrl+N để nhập hồ sơ mới.</source>
            <translation>Dossier {code} is saved. Ctrl+P prints the receipt again, Ctrl+N starts a new dossier.</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+5" />
            <source>Đang lưu hồ sơ…</source>
            <translation>Saving the dossier…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Đã lưu hồ sơ {code}. Hẹn trả: {due}. Ctrl+P để in giấy tiếp nhận.</source>
            <translation>Dossier {code} saved. Due: {due}. Ctrl+P prints the receipt.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Chưa lưu được hồ sơ: {message}</source>
            <translation>The dossier could not be saved: {message}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Thẻ quét trong lúc lưu chưa được dùng: hãy quét lại sau.</source>
            <translation>The card scanned while saving was not used: please scan it again.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Đang tạo giấy tiếp nhận…</source>
            <translation>Making the receipt…</translation>
        </message>
        <message>
            <location line="-463" />
            <source>Chưa tạo được giấy tiếp nhận: {message}</source>
            <translation>The receipt could not be made: {message}</translation>
        </message>
        <message>
            <location line="+483" />
            <source>Đã in giấy tiếp nhận hồ sơ {code}. Ctrl+N để nhập hồ sơ mới.</source>
            <translation>Receipt of dossier {code} printed. Ctrl+N starts a new dossier.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Hãy lưu hồ sơ (Ctrl+S) trước khi in giấy tiếp nhận.</source>
            <translation>Save the dossier (Ctrl+S) before printing the receipt.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Hồ sơ đang nhập chưa được lưu. Bấm Ctrl+N lần nữa để bỏ và nhập hồ sơ mới, hoặc Ctrl+S để lưu.</source>
            <translation>The dossier being entered is not saved. Press Ctrl+N again to discard it and start a new one, or Ctrl+S to save.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../desktop/reports/page.py" line="+155" />
            <source>Đang lập báo cáo {period}…</source>
            <translation>Preparing the report for {period}…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đang lập báo cáo…</source>
            <translation>Preparing the report…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Chưa lập được báo cáo: {message}</source>
            <translation>The report could not be prepared: {message}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{period}. Hồ sơ đang giải quyết tính đến {moment}.</source>
            <translation>{period}. Dossiers in progress as of {moment}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Có tính hồ sơ tập huấn — không dùng để báo cáo.</source>
            <translation>Training dossiers included — not for official reporting.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Đang tạo tệp PDF…</source>
            <translation>Making the PDF…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Lưu báo cáo Excel</source>
            <translation>Save the Excel report</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Đang ghi tệp Excel…</source>
            <translation>Writing the Excel file…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Đã lưu {path}</source>
            <translation>Saved {path}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Đang đọc sổ theo dõi…</source>
            <translation>Reading the tracking ledger…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Đang tạo sổ theo dõi…</source>
            <translation>Making the tracking ledger…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Chưa xuất được: {message}</source>
            <translation>Could not export: {message}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Báo cáo thống kê</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tính cả hồ sơ &amp;tập huấn</source>
            <translation>Include &amp;training dossiers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kết quả giải quyết theo lĩnh vực</source>
            <translation>Results by field</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xuất P&amp;DF (Biểu II.06a)…</source>
            <translation>E&amp;xport PDF (Form II.06a)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xuất &amp;Excel…</source>
            <translation>Export &amp;Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sổ theo dõi hồ sơ…</source>
            <translation>Tracking &amp;ledger…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Bảng số liệu theo lĩnh vực</source>
            <translation>Figures by field</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../desktop/settings_dialog.py" line="+162" />
            <source>Chọn…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location line="+55" />
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
        <name>StatisticsModel</name>
        <message>
            <location filename="../../desktop/reports/table_model.py" line="+34" />
            <source>Số hồ sơ nhận giải quyết</source>
            <translation>Dossiers taken up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mới tiếp nhận trong kỳ</source>
            <translation>Newly received</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kết quả giải quyết › Số hồ sơ đã giải quyết</source>
            <translation>Results › Finished</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kết quả giải quyết › Số hồ sơ đang giải quyết</source>
            <translation>Results › In progress</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tổng số</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Từ kỳ trước chuyển qua</source>
            <translation>Carried over from the previous period</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trực tuyến</source>
            <translation>Online</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trực tiếp, dịch vụ bưu chính</source>
            <translation>At the desk or by post</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trả trước hạn</source>
            <translation>Before due</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trả đúng hạn</source>
            <translation>On due</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trả quá hạn</source>
            <translation>After due</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trong hạn</source>
            <translation>In time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quá hạn</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lĩnh vực</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tổng số
(1)</source>
            <translation>Total
(1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kỳ trước
(2)</source>
            <translation>Carried
over (2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mới nhận
(3)</source>
            <translation>New
(3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trực
tuyến
(4)</source>
            <translation>On-
line
(4)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trực tiếp,
BCCI
(5)</source>
            <translation>Desk,
post
(5)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đã giải
quyết
(6)</source>
            <translation>Fin-
ished
(6)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trước
hạn
(7)</source>
            <translation>Before
due
(7)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đúng
hạn
(8)</source>
            <translation>On
due
(8)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quá
hạn
(9)</source>
            <translation>After
due
(9)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Đang giải
quyết
(10)</source>
            <translation>In pro-
gress
(10)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trong
hạn
(11)</source>
            <translation>In
time
(11)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quá
hạn
(12)</source>
            <translation>Over-
due
(12)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lĩnh vực giải quyết</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Tổng cộng</source>
            <translation>Total</translation>
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
            <location filename="../../desktop/sync_status.py" line="+405" />
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
            <source>Đồng bộ nga&amp;y (F5)</source>
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
            <location line="+5" />
            <source>chờ gửi {pending} · xung đột {conflicts} · bị từ chối {rejected} · lần cuối thành công: {when}</source>
            <translation>{pending} pending · {conflicts} conflicts · {rejected} rejected · last success: {when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>chưa lần nào</source>
            <translation>never</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Chưa có lần đồng bộ nào từ khi mở phần mềm.</source>
            <translation>No sync pass since the program started.</translation>
        </message>
    </context>
    <context>
        <name>SyncRunner</name>
        <message>
            <location line="-267" />
            <source>Không kết nối được Cổng; hồ sơ vẫn chờ gửi trên máy</source>
            <translation>The portal cannot be reached; dossiers wait on this computer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chưa đăng nhập cổng hoặc sai mật khẩu: vào Tệp › Cài đặt › Đồng bộ</source>
            <translation>Not logged in to the portal, or a wrong password: go to File › Settings › Sync</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cổng trả lời sai định dạng; đã ghi nhật ký, sẽ thử lại</source>
            <translation>The portal answered in a wrong format; logged, will retry</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cổng đang gặp lỗi; sẽ thử lại</source>
            <translation>The portal is failing; will retry</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cổng từ chối yêu cầu</source>
            <translation>The portal refused the request</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Không ghi được dữ liệu nhận về trên máy; không mất dữ liệu</source>
            <translation>What was received could not be written on this computer; nothing was lost</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Đồng bộ dừng giữa chừng</source>
            <translation>Sync stopped part-way</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Gửi {pushed}, nhận {pulled}, xung đột {conflicts}</source>
            <translation>Sent {pushed}, received {pulled}, conflicts {conflicts}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Lỗi không mong muốn khi đồng bộ; chi tiết trong nhật ký</source>
            <translation>Unexpected error while syncing; details in the log</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusWidget</name>
        <message>
            <location line="+115" />
            <source>● Ngoại tuyến</source>
            <translation>● Offline</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chưa khai báo Cổng dịch vụ công: hồ sơ được lưu trên máy</source>
            <translation>No public service portal set: dossiers are kept on this computer</translation>
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
            <source>Lần cuối: {when}</source>
            <translation>Last: {when}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>chưa</source>
            <translation>never</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lần đồng bộ thành công gần nhất</source>
            <translation>The last successful sync</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Xung đột: {n}</source>
            <translation>Conflicts: {n}</translation>
        </message>
    </context>
    <context>
        <name>motcua</name>
        <message>
            <location filename="../../forms/status.py" line="67" />
            <source>Trực tuyến</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/catalogue.py" line="220" />
            <source>Không có lĩnh vực {field}; các lĩnh vực: {known}</source>
            <translation>There is no field {field}; the fields are: {known}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/catalogue.py" line="235" />
            <source>--limit phải từ 1 trở lên</source>
            <translation>--limit must be 1 or more</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/catalogue.py" line="259" />
            <source>Danh mục có {count} lỗi dữ liệu</source>
            <translation>The catalogue has {count} data error(s)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/deadline.py" line="49" />
            <source>Thời điểm tiếp nhận "{value}" không hợp lệ: cần dạng YYYY-MM-DDTHH:MM, ví dụ 2025-04-24T10:00</source>
            <translation>Received time "{value}" is not valid: use YYYY-MM-DDTHH:MM, e.g. 2025-04-24T10:00</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/deadline.py" line="55" />
            <source>{option} "{value}" không phải số nguyên</source>
            <translation>{option} "{value}" is not a whole number</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/deadline.py" line="58" />
            <source>{option} phải từ 0 đến {limit}, không phải {value}</source>
            <translation>{option} must be from 0 to {limit}, not {value}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="80" />
            <source>Cổng tham chiếu cần starlette và uvicorn: pip install "motcua-desk[portal]"</source>
            <translation>The reference portal needs starlette and uvicorn: pip install "motcua-desk[portal]"</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="89" />
            <source>Cổng TCP {port} không hợp lệ (0–65535)</source>
            <translation>TCP port {port} is not valid (0–65535)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="91" />
            <source>Số hồ sơ tạo thêm không được âm</source>
            <translation>The number of dossiers to create cannot be negative</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="97" />
            <source>Chưa có cơ quan nào trên cổng; dùng --seed-agency CODE hoặc thêm tài khoản trước</source>
            <translation>The portal has no agency yet; use --seed-agency CODE or add an account first</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="111" />
            <source>Không mở được cổng {host}:{port}: {reason}</source>
            <translation>Cannot open {host}:{port}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="144" />
            <source>Mã trạng thái {value} không có trong danh mục TrangThaiHoSo (1–10)</source>
            <translation>Status code {value} is not in the TrangThaiHoSo list (1–10)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="154" />
            <source>Số hồ sơ phải từ 0 đến 100000</source>
            <translation>The number of dossiers must be from 0 to 100000</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/portal.py" line="170" />
            <source>Ngày «{day}» không hợp lệ; dùng dạng YYYY-MM-DD</source>
            <translation>Date «{day}» is not valid; use YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/print.py" line="74" />
            <source>Tệp ra {path} cần đuôi .pdf</source>
            <translation>The output file {path} needs the .pdf extension</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/print.py" line="77" />
            <source>Sổ theo dõi hồ sơ in theo khoảng ngày (--from/--to), không theo mã hồ sơ</source>
            <translation>The tracking ledger is printed for a date range (--from/--to), not for a dossier code</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/print.py" line="80" />
            <source>Thiếu mã hồ sơ: motcua print {form} MÃ_HỒ_SƠ -o TỆP.pdf</source>
            <translation>Dossier code missing: motcua print {form} DOSSIER_CODE -o FILE.pdf</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/print.py" line="82" />
            <source>--a5 chỉ dùng cho Giấy tiếp nhận hồ sơ (receipt)</source>
            <translation>--a5 is only for the receipt (receipt)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/print.py" line="85" />
            <source>Thư mục dữ liệu {path} chưa có cơ sở dữ liệu hồ sơ</source>
            <translation>The data folder {path} has no dossier database yet</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/print.py" line="209" />
            <source>Sổ theo dõi hồ sơ cần {option} YYYY-MM-DD</source>
            <translation>The tracking ledger needs {option} YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/print.py" line="213" />
            <source>{option} "{value}" không phải ngày dạng YYYY-MM-DD</source>
            <translation>{option} "{value}" is not a date in the form YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/print.py" line="220" />
            <source>{option} "{value}" không phải thời điểm dạng YYYY-MM-DDTHH:MM</source>
            <translation>{option} "{value}" is not a time in the form YYYY-MM-DDTHH:MM</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/sync.py" line="49" />
            <source>Chưa có địa chỉ cổng; dùng --portal URL hoặc «motcua sync login» trước</source>
            <translation>No portal address yet; use --portal URL or «motcua sync login» first</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/sync.py" line="70" />
            <source>Không đăng nhập được cổng {url}: {reason}</source>
            <translation>Cannot log in to the portal {url}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/sync.py" line="98" />
            <source>Số thay đổi mỗi lần gửi phải từ 1 đến 500</source>
            <translation>The number of changes per batch must be from 1 to 500</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/sync.py" line="100" />
            <source>Khoảng thời gian giữa hai lần đồng bộ phải lớn hơn 0</source>
            <translation>The interval between two sync passes must be greater than 0</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/sync.py" line="105" />
            <source>Chưa có tài khoản cho cổng {url}; hãy chạy «motcua sync login»</source>
            <translation>No account for the portal {url}; run «motcua sync login»</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/sync.py" line="113" />
            <source>{message}</source>
            <translation>{message}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/verify_receipt.py" line="55" />
            <source>Thiếu chuỗi QR hoặc tệp ảnh phiếu cần kiểm tra</source>
            <translation>The QR text or the image of the slip to check is missing</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/verify_receipt.py" line="83" />
            <source>Không tìm thấy tệp ảnh {path}</source>
            <translation>Image file {path} not found</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/verify_receipt.py" line="96" />
            <source>Tệp {path} không phải ảnh đọc được (PNG, JPG)</source>
            <translation>File {path} is not a readable image (PNG, JPG)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/verify_receipt.py" line="101" />
            <source>Không tìm thấy mã QR nào trong ảnh {path}</source>
            <translation>No QR code found in the image {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/verify_receipt.py" line="109" />
            <source>Mã QR trong ảnh không phải phiếu tiếp nhận hồ sơ do MotCua Desk cấp</source>
            <translation>The QR code in the image is not a receipt issued by MotCua Desk</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/verify_receipt.py" line="134" />
            <source>Chữ ký hợp lệ nhưng số định danh đã cho không khớp với phiếu {code}</source>
            <translation>The signature is valid but the given ID number does not match slip {code}</translation>
        </message>
        <message>
            <location filename="../../desktop/datadir.py" line="41" />
            <source>Không tạo được thư mục dữ liệu {path}: {reason}</source>
            <translation>Cannot create the data folder {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/datadir.py" line="45" />
            <source>Đường dẫn dữ liệu {path} không phải là thư mục</source>
            <translation>The data path {path} is not a folder</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/action_dialog.py" line="49" />
            <source>Thái độ, tác phong của công chức</source>
            <translation>Attitude and conduct of the official</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/action_dialog.py" line="50" />
            <source>Trả kết quả đúng hẹn</source>
            <translation>Result returned on time</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/action_dialog.py" line="51" />
            <source>Chỉ phải đi lại một lần</source>
            <translation>Only one trip needed</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/action_dialog.py" line="52" />
            <source>Hướng dẫn rõ ràng, đầy đủ</source>
            <translation>Clear and complete guidance</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/actions.py" line="31" />
            <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</source>
            <translation>Receipt and appointment slip</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/actions.py" line="32" />
            <source>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</source>
            <translation>Request to supplement the dossier</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/actions.py" line="33" />
            <source>Phiếu từ chối tiếp nhận giải quyết hồ sơ</source>
            <translation>Refusal slip</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/actions.py" line="34" />
            <source>Phiếu xin lỗi và hẹn lại ngày trả kết quả</source>
            <translation>Apology and new-date letter</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/actions.py" line="35" />
            <source>Phiếu kiểm soát quá trình giải quyết hồ sơ</source>
            <translation>Processing control sheet</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/actions.py" line="92" />
            <source>stale</source>
            <translation>stale</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/actions.py" line="92" />
            <source>Hồ sơ {code} vừa chuyển sang trạng thái '{status}'; hãy xem lại trước khi thao tác.</source>
            <translation>Dossier {code} has just moved to status '{status}'; review it before acting.</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/actions.py" line="107" />
            <source>procedure_unknown</source>
            <translation>procedure_unknown</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/actions.py" line="107" />
            <source>Danh mục không có thủ tục {code}; chưa tính được hạn trả</source>
            <translation>The catalogue has no procedure {code}; the due date cannot be computed</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/detail.py" line="34" />
            <source>Tiếp nhận, tạo hồ sơ</source>
            <translation>Received, dossier created</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/detail.py" line="35" />
            <source>Sửa thông tin hồ sơ</source>
            <translation>Dossier details edited</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/detail.py" line="36" />
            <source>In phiếu</source>
            <translation>Slip printed</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/detail.py" line="37" />
            <source>In lại phiếu</source>
            <translation>Slip reprinted</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/detail.py" line="38" />
            <source>Ghi mức độ hài lòng</source>
            <translation>Satisfaction recorded</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/detail.py" line="39" />
            <source>Xem hồ sơ</source>
            <translation>Dossier viewed</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/detail.py" line="40" />
            <source>Xuất dữ liệu</source>
            <translation>Data exported</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/filters.py" line="29" />
            <source>Tất cả</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/filters.py" line="30" />
            <source>Đến hạn hôm nay</source>
            <translation>Due today</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/filters.py" line="32" />
            <source>Chưa đồng bộ</source>
            <translation>Not synced</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/filters.py" line="33" />
            <source>Có xung đột</source>
            <translation>In conflict</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/table_model.py" line="33" />
            <source>Chỉ trên máy</source>
            <translation>On this computer only</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/table_model.py" line="35" />
            <source>Đã đồng bộ</source>
            <translation>Synced</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/table_model.py" line="36" />
            <source>Xung đột</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/table_model.py" line="37" />
            <source>Cổng từ chối</source>
            <translation>Refused by the portal</translation>
        </message>
        <message>
            <location filename="../../desktop/first_run.py" line="165" />
            <source>Hai lần nhập mật khẩu không khớp</source>
            <translation>The two passwords do not match</translation>
        </message>
        <message>
            <location filename="../../desktop/first_run.py" line="206" />
            <source>Nhập cả tài khoản và mật khẩu của cổng, hoặc để trống cả hai</source>
            <translation>Enter both the portal account and password, or leave both empty</translation>
        </message>
        <message>
            <location filename="../../desktop/ops.py" line="68" />
            <source>Đã hủy thao tác</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../desktop/print_preview.py" line="107" />
            <source>Máy này thiếu thành phần QtPdf nên không in trực tiếp được; hãy lưu PDF rồi in.</source>
            <translation>This computer lacks the QtPdf component, so it cannot print directly; save the PDF and print it.</translation>
        </message>
        <message>
            <location filename="../../desktop/print_preview.py" line="114" />
            <source>Không đọc được tệp PDF cần in.</source>
            <translation>The PDF file to print cannot be read.</translation>
        </message>
        <message>
            <location filename="../../desktop/print_preview.py" line="129" />
            <source>Máy in không sẵn sàng. Kiểm tra máy in đã bật, còn giấy và đã kết nối.</source>
            <translation>The printer is not ready. Check that it is on, has paper and is connected.</translation>
        </message>
        <message>
            <location filename="../../desktop/print_preview.py" line="136" />
            <source>Máy in dừng giữa chừng ở trang {page}.</source>
            <translation>The printer stopped at page {page}.</translation>
        </message>
        <message>
            <location filename="../../desktop/reception/appointment.py" line="35" />
            <source>Thứ Hai</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../desktop/reception/appointment.py" line="35" />
            <source>Thứ Ba</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../desktop/reception/appointment.py" line="35" />
            <source>Thứ Tư</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../desktop/reception/appointment.py" line="35" />
            <source>Thứ Năm</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../desktop/reception/appointment.py" line="35" />
            <source>Thứ Sáu</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../desktop/reception/appointment.py" line="35" />
            <source>Thứ Bảy</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../desktop/reception/appointment.py" line="36" />
            <source>Chủ Nhật</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="23" />
            <source>Không tìm thấy tệp ảnh {file}</source>
            <translation>Image file {file} not found</translation>
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="30" />
            <source>Không đọc được tệp ảnh {file}: {reason}</source>
            <translation>Cannot read the image file {file}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="39" />
            <source>Dữ liệu quét được không phải văn bản UTF-8 nên không thể đọc chính xác; hãy quét lại, hoặc kiểm tra cấu hình bảng mã của máy quét</source>
            <translation>The scanned data is not UTF-8 text, so it cannot be read exactly; scan again, or check the scanner's character-set setting</translation>
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="47" />
            <source>Không dùng được cổng máy quét {port}: {reason}</source>
            <translation>Cannot use the scanner port {port}: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="54" />
            <source>Máy quét gửi quá {limit} byte mà không có ký tự kết thúc; đã bỏ dữ liệu này. Hãy đặt máy quét gửi Enter (CR/LF) sau mỗi lần quét</source>
            <translation>The scanner sent more than {limit} bytes without a terminator; the data was dropped. Set the scanner to send Enter (CR/LF) after each scan</translation>
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="62" />
            <source>Không dùng được webcam: {reason}</source>
            <translation>Cannot use the webcam: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="69" />
            <source>Không tìm thấy webcam nào trên máy này</source>
            <translation>No webcam found on this computer</translation>
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="76" />
            <source>Bộ nhớ tạm (clipboard) không có ảnh nào</source>
            <translation>The clipboard holds no image</translation>
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="83" />
            <source>Không tìm thấy mã QR đọc được trong ảnh; hãy chụp lại rõ hơn, đủ sáng, không lóa</source>
            <translation>No readable QR code in the image; take it again, sharper, with enough light and no glare</translation>
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="91" />
            <source>Không đưa được bản quét {file} vào hồ sơ: {reason}</source>
            <translation>Cannot add the scan {file} to the dossier: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/scanning/errors.py" line="98" />
            <source>Chưa có trang nào để ghép thành tệp PDF</source>
            <translation>There are no pages to put into a PDF yet</translation>
        </message>
        <message>
            <location filename="../../desktop/scanning/serial.py" line="194" />
            <source>(chưa chọn)</source>
            <translation>(none chosen)</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="110" />
            <source>“{title}” phải từ {lo} đến {hi}</source>
            <translation>“{title}” must be from {lo} to {hi}</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="137" />
            <source>“{title}”: lựa chọn không hợp lệ</source>
            <translation>“{title}”: not a valid choice</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="178" />
            <source>Tên bộ phận / cơ quan</source>
            <translation>Centre / agency name</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="180" />
            <source>Mã định danh cơ quan</source>
            <translation>Agency code</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="181" />
            <source>Dạng 000.00.12.H49 (QCVN 102:2016/BTTTT)</source>
            <translation>Shaped 000.00.12.H49 (QCVN 102:2016/BTTTT)</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="185" />
            <source>Cơ quan chủ quản</source>
            <translation>Governing body</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="186" />
            <source>Địa danh (dòng ngày tháng)</source>
            <translation>Place name (for the date line)</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="187" />
            <source>Tỉnh / thành phố</source>
            <translation>Province / city</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="188" />
            <source>Số quầy</source>
            <translation>Desk number</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="189" />
            <source>Giờ mở cửa</source>
            <translation>Opening time</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="190" />
            <source>Giờ đóng cửa</source>
            <translation>Closing time</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="191" />
            <source>Sau giờ này tính từ ngày làm việc kế tiếp</source>
            <translation>After this time, count from the next working day</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="194" />
            <source>Địa chỉ tra cứu in trên giấy hẹn</source>
            <translation>Lookup address printed on the slip</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="198" />
            <source>Địa chỉ Cổng dịch vụ công</source>
            <translation>Public service portal address</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="203" />
            <source>Ngôn ngữ</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="205" />
            <source>Chữ lớn (màn hình nhỏ, người lớn tuổi)</source>
            <translation>Large font (small screens, older officials)</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="207" />
            <source>Tự khóa sau (phút không thao tác, 0 = tắt)</source>
            <translation>Lock after (idle minutes, 0 = never)</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="209" />
            <source>Máy in</source>
            <translation>Printer</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="212" />
            <source>Kiểu máy quét mã QR</source>
            <translation>QR scanner type</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="213" />
            <source>Bàn phím (USB HID)</source>
            <translation>Keyboard (USB HID)</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="213" />
            <source>Cổng COM (USB-serial)</source>
            <translation>COM port (USB serial)</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="214" />
            <source>Webcam</source>
            <translation>Webcam</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="216" />
            <source>Cổng COM của máy quét</source>
            <translation>Scanner COM port</translation>
        </message>
        <message>
            <location filename="../../forms/calendar.py" line="48" />
            <source>Ngày điều chỉnh lịch làm việc không hợp lệ: {item}</source>
            <translation>Invalid working-calendar adjustment: {item}</translation>
        </message>
        <message>
            <location filename="../../forms/calendar.py" line="56" />
            <source>Ngày điều chỉnh lịch làm việc {day} không đúng dạng yyyyMMdd</source>
            <translation>Working-calendar adjustment {day} is not in the form yyyyMMdd</translation>
        </message>
        <message>
            <location filename="../../forms/calendar.py" line="79" />
            <source>Lịch ngày nghỉ chỉ có các năm {first}–{last}, không có năm {year}</source>
            <translation>The holiday calendar covers {first}–{last} only, not {year}</translation>
        </message>
        <message>
            <location filename="../../forms/calendar.py" line="96" />
            <source>Ngày nghỉ theo quyết định của tỉnh</source>
            <translation>Day off decided by the province</translation>
        </message>
        <message>
            <location filename="../../forms/calendar.py" line="99" />
            <source>Cuối tuần</source>
            <translation>Weekend</translation>
        </message>
        <message>
            <location filename="../../forms/calendar.py" line="117" />
            <source>Số ngày làm việc phải không âm, không phải {n}</source>
            <translation>The number of working days cannot be negative, not {n}</translation>
        </message>
        <message>
            <location filename="../../forms/calendar.py" line="139" />
            <source>Dữ liệu lịch làm việc của tỉnh không hợp lệ (thiếu danh sách items)</source>
            <translation>The province's working-calendar data is invalid (the items list is missing)</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="69" />
            <source>trùng mã nguồn {id}</source>
            <translation>duplicate source id {id}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="76" />
            <source>trùng mã lĩnh vực {code}</source>
            <translation>duplicate field code {code}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="115" />
            <source>trích nguồn {id} chưa khai báo trong catalogue.yaml</source>
            <translation>cites source {id}, which catalogue.yaml does not declare</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="127" />
            <source>phải ghi rõ điều gì chưa kiểm chứng (unverified: true cần note)</source>
            <translation>must say what is unverified (unverified: true needs a note)</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="140" />
            <source>trùng khóa {key} với một trường khác</source>
            <translation>key {key} is used by another field too</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="147" />
            <source>phải là khóa của một trường khác trong biểu mẫu</source>
            <translation>must be the key of another field of the form</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="162" />
            <source>phải là số nguyên với trường kiểu number</source>
            <translation>must be a whole number for a number field</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="169" />
            <source>phải là "today" hoặc ngày dạng YYYY-MM-DD</source>
            <translation>must be "today" or a date YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="175" />
            <source>chỉ dùng cho trường kiểu number hoặc date</source>
            <translation>only for number or date fields</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="181" />
            <source>không phải biểu thức chính quy hợp lệ</source>
            <translation>is not a valid regular expression</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="184" />
            <source>chỉ dùng cho trường kiểu select</source>
            <translation>only for select fields</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="187" />
            <source>không hợp với kiểu {type} của trường</source>
            <translation>does not fit the field type {type}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="217" />
            <source>phải bằng 0 khi unit là same_day (trong ngày)</source>
            <translation>must be 0 when the unit is same_day (within the day)</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="219" />
            <source>phải từ 1 trở lên khi unit là {unit}</source>
            <translation>must be 1 or more when the unit is {unit}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="231" />
            <source>trùng mã khoản thu {id}</source>
            <translation>duplicate charge id {id}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="240" />
            <source>trùng mã miễn {code}</source>
            <translation>duplicate exemption code {code}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="245" />
            <source>không phải mã của khoản thu nào ({id})</source>
            <translation>is not the id of any charge ({id})</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="248" />
            <source>Phí, lệ phí</source>
            <translation>Fees and charges</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="257" />
            <source>phải là khóa của một trường trong biểu mẫu</source>
            <translation>must be the key of a field of the form</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="259" />
            <source>within_days chỉ dùng với trường kiểu date</source>
            <translation>within_days is only for date fields</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="269" />
            <source>chỉ được để trống (null) khi set_by_province: true</source>
            <translation>may be empty (null) only with set_by_province: true</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="280" />
            <source>phải là khóa của một trường kiểu {type} trong biểu mẫu</source>
            <translation>must be the key of a {type} field of the form</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="289" />
            <source>không phải lựa chọn của trường {key}</source>
            <translation>is not a choice of field {key}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="306" />
            <source>phải bằng {n} (các bậc trang phải liền nhau, bắt đầu từ trang 1)</source>
            <translation>must equal {n} (page tiers must be contiguous, starting at page 1)</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="310" />
            <source>chỉ bậc cuối cùng được để trống</source>
            <translation>only the last tier may be open-ended</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="313" />
            <source>bậc cuối cùng phải để trống (áp dụng cho mọi trang còn lại)</source>
            <translation>the last tier must be open-ended (it covers every remaining page)</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="316" />
            <source>phải lớn hơn hoặc bằng first_page</source>
            <translation>must be greater than or equal to first_page</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="330" />
            <source>phải ghi số bản chính, bản sao có chứng thực hoặc bản chụp cần nộp</source>
            <translation>must state how many originals, certified copies or photocopies to submit</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="346" />
            <source>({code}) không trùng tên tệp {file}.yaml</source>
            <translation>({code}) does not match the file name {file}.yaml</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/build.py" line="350" />
            <source>lĩnh vực {code} chưa khai báo trong catalogue.yaml</source>
            <translation>field {code} is not declared in catalogue.yaml</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/catalogue.py" line="88" />
            <source>Danh mục đồng bộ</source>
            <translation>Synced catalogue</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/catalogue.py" line="91" />
            <source>Bản ghi số {n}</source>
            <translation>Record {n}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/catalogue.py" line="102" />
            <source>trùng với {other}</source>
            <translation>duplicates {other}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="27" />
            <source>{origin} (thủ tục {procedure}): trường {field_path} {detail}</source>
            <translation>{origin} (procedure {procedure}): field {field_path} {detail}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="30" />
            <source>{origin} (thủ tục {procedure}): {detail}</source>
            <translation>{origin} (procedure {procedure}): {detail}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="33" />
            <source>{origin}: trường {field_path} {detail}</source>
            <translation>{origin}: field {field_path} {detail}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="36" />
            <source>{origin}: {detail}</source>
            <translation>{origin}: {detail}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="47" />
            <source>Danh mục thủ tục có {count} lỗi; lỗi đầu tiên: {first}</source>
            <translation>The procedure catalogue has {count} error(s); the first: {first}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="56" />
            <source>Không có thủ tục mã {code} trong danh mục (phiên bản {version})</source>
            <translation>No procedure with code {code} in the catalogue (version {version})</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="65" />
            <source>Không có thủ tục mã {code} ở phiên bản danh mục {version}</source>
            <translation>No procedure with code {code} in catalogue version {version}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/errors.py" line="73" />
            <source>Phiên bản danh mục {offered} cũ hơn phiên bản đang dùng {current}</source>
            <translation>Catalogue version {offered} is older than the version in use {current}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="59" />
            <source>Tệp {file}</source>
            <translation>File {file}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="66" />
            <source>không phải văn bản UTF-8 (byte lỗi ở vị trí {at})</source>
            <translation>is not UTF-8 text (bad byte at position {at})</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="68" />
            <source>không tìm thấy tệp ({path})</source>
            <translation>file not found ({path})</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="70" />
            <source>không đọc được ({reason})</source>
            <translation>cannot be read ({reason})</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="75" />
            <source> ở dòng {line}, cột {column}</source>
            <translation> at line {line}, column {column}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="76" />
            <source>sai cú pháp YAML{where}</source>
            <translation>YAML syntax error{where}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="84" />
            <source>không đọc được lược đồ JSON ({reason})</source>
            <translation>the JSON schema cannot be read ({reason})</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="86" />
            <source>lược đồ JSON phải là một đối tượng</source>
            <translation>the JSON schema must be an object</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="99" />
            <source>Lược đồ danh mục</source>
            <translation>Catalogue schema</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="108" />
            <source>lược đồ JSON không hợp lệ ở {where}</source>
            <translation>invalid JSON schema at {where}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/loader.py" line="163" />
            <source>phải là một bảng khóa–giá trị (YAML mapping)</source>
            <translation>must be a key–value table (YAML mapping)</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="20" />
            <source>số nguyên</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="21" />
            <source>số</source>
            <translation>a number</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="22" />
            <source>chuỗi văn bản</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="23" />
            <source>true hoặc false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="24" />
            <source>danh sách</source>
            <translation>a list</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="25" />
            <source>bảng khóa–giá trị</source>
            <translation>a key–value table</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="26" />
            <source>rỗng (null)</source>
            <translation>empty (null)</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="52" />
            <source> hoặc </source>
            <translation> or </translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="63" />
            <source>là bắt buộc nhưng bị thiếu</source>
            <translation>is required but missing</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="67" />
            <source>không có trong lược đồ (viết sai tên trường?)</source>
            <translation>is not in the schema (misspelt field name?)</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="72" />
            <source>phải là {type}</source>
            <translation>must be {type}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="73" />
            <source>phải là một trong: {values}</source>
            <translation>must be one of: {values}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="74" />
            <source>phải bằng {value}</source>
            <translation>must equal {value}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="75" />
            <source>không đúng định dạng (mẫu {pattern})</source>
            <translation>has the wrong format (pattern {pattern})</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="76" />
            <source>phải lớn hơn hoặc bằng {value}</source>
            <translation>must be greater than or equal to {value}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="77" />
            <source>phải nhỏ hơn hoặc bằng {value}</source>
            <translation>must be less than or equal to {value}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="78" />
            <source>không được để trống</source>
            <translation>cannot be empty</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="79" />
            <source>phải có ít nhất {value} ký tự</source>
            <translation>must have at least {value} characters</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="80" />
            <source>dài tối đa {value} ký tự</source>
            <translation>is at most {value} characters long</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="81" />
            <source>phải có ít nhất {value} mục</source>
            <translation>must have at least {value} items</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="82" />
            <source>có mục trùng nhau</source>
            <translation>has duplicate items</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="83" />
            <source>không khớp đúng một dạng cho phép</source>
            <translation>does not match exactly one allowed shape</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/schema_check.py" line="86" />
            <source>không hợp lệ ({rule})</source>
            <translation>is not valid ({rule})</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="83" />
            <source>{label} phải là có hoặc không</source>
            <translation>{label} must be yes or no</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="91" />
            <source>{label} phải là số nguyên</source>
            <translation>{label} must be a whole number</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="96" />
            <source>{label} phải là ngày hợp lệ (ngày/tháng/năm)</source>
            <translation>{label} must be a real date (day/month/year)</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="98" />
            <source>{label} phải là văn bản</source>
            <translation>{label} must be text</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="103" />
            <source>{label} phải gồm đúng 12 chữ số</source>
            <translation>{label} must have exactly 12 digits</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="107" />
            <source>{label} không phải số điện thoại hợp lệ</source>
            <translation>{label} is not a valid phone number</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="109" />
            <source>{label} không phải địa chỉ email hợp lệ</source>
            <translation>{label} is not a valid email address</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="111" />
            <source>{label} phải là một trong các lựa chọn: {choices}</source>
            <translation>{label} must be one of: {choices}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="120" />
            <source>{label} phải từ {min} trở lên</source>
            <translation>{label} must be {min} or more</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="122" />
            <source>{label} không được lớn hơn {max}</source>
            <translation>{label} cannot be more than {max}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="128" />
            <source>{label} không được trước ngày hôm nay</source>
            <translation>{label} cannot be before today</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="129" />
            <source>{label} không được trước ngày {date}</source>
            <translation>{label} cannot be before {date}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="133" />
            <source>{label} không được sau ngày hôm nay</source>
            <translation>{label} cannot be after today</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="134" />
            <source>{label} không được sau ngày {date}</source>
            <translation>{label} cannot be after {date}</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="138" />
            <source>{label} phải có ít nhất {n} ký tự</source>
            <translation>{label} must have at least {n} characters</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="140" />
            <source>{label} dài tối đa {n} ký tự</source>
            <translation>{label} is at most {n} characters long</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="142" />
            <source>{label} không đúng định dạng</source>
            <translation>{label} has the wrong format</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="165" />
            <source>{label} là bắt buộc</source>
            <translation>{label} is required</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue/validation.py" line="169" />
            <source>Cần xác nhận: {label}</source>
            <translation>Confirmation needed: {label}</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="64" />
            <source>Giờ làm việc không hợp lệ: mở cửa {open}, giờ tiếp nhận cuối {cutoff}, đóng cửa {close}</source>
            <translation>Invalid office hours: opening {open}, last reception {cutoff}, closing {close}</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="119" />
            <source>Thời hạn giải quyết {value} không hợp lệ: phải từ 0 đến {limit}</source>
            <translation>Processing time {value} is not valid: it must be from 0 to {limit}</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="129" />
            <source>Lần yêu cầu bổ sung lúc {at} trùng hoặc trước một mốc trước đó ({previous})</source>
            <translation>The supplement request at {at} coincides with or precedes an earlier one ({previous})</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="132" />
            <source>Chỉ lần yêu cầu bổ sung cuối cùng mới được chưa có ngày nhận lại hồ sơ</source>
            <translation>Only the last supplement request may still lack the date the dossier came back</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="134" />
            <source>Ngày nhận lại hồ sơ bổ sung {resumed} trước ngày yêu cầu bổ sung {paused}</source>
            <translation>The supplemented dossier came back on {resumed}, before the request on {paused}</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="231" />
            <source>Chưa tính được hạn trả kết quả</source>
            <translation>The due date cannot be computed yet</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="246" />
            <source>Hồ sơ đã được hẹn lại ngày trả kết quả một lần; không được hẹn lại lần nữa</source>
            <translation>The due date of this dossier was already rescheduled once; it cannot be rescheduled again</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="251" />
            <source>Phiếu xin lỗi và hẹn lại phải gửi trước hạn trả ít nhất một ngày làm việc: hạn trả {due}, chậm nhất ngày {latest}</source>
            <translation>The apology and new-date letter must be sent at least one working day before the due date: due {due}, at the latest {latest}</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="256" />
            <source>Ngày hẹn trả mới {new} phải sau ngày hẹn cũ {old}</source>
            <translation>The new due date {new} must be after the old one {old}</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="280" />
            <source>Trước hạn</source>
            <translation>Before the due date</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="281" />
            <source>Đúng hạn</source>
            <translation>On time</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="282" />
            <source>Quá hạn</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="283" />
            <source>Trong hạn</source>
            <translation>In time</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="306" />
            <source>Hồ sơ đã xong nhưng không có hạn trả kết quả để so sánh</source>
            <translation>The dossier is finished but has no due date to compare with</translation>
        </message>
        <message>
            <location filename="../../forms/deadlines.py" line="309" />
            <source>Cần thời điểm hiện tại để xếp loại hồ sơ đang giải quyết</source>
            <translation>The current time is needed to classify a dossier in progress</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="76" />
            <source>Mã định danh cơ quan phải là chuỗi ký tự</source>
            <translation>The agency code must be text</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="79" />
            <source>Chưa khai báo mã định danh điện tử của cơ quan</source>
            <translation>The agency's electronic code is not set</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="82" />
            <source>Mã định danh cơ quan «{value}» không đúng dạng 000.00.00.H00 (QCVN 102:2016/BTTTT)</source>
            <translation>Agency code «{value}» is not shaped 000.00.00.H00 (QCVN 102:2016/BTTTT)</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="91" />
            <source>Số bàn tiếp nhận phải từ {low} đến {high}, không phải {value}</source>
            <translation>The desk number must be from {low} to {high}, not {value}</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="107" />
            <source>Số thứ tự {number} không thuộc khối số của bàn nào</source>
            <translation>Sequence number {number} belongs to no desk's block</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="122" />
            <source>Số thứ tự cuối cùng đã cấp ({last}) nằm ngoài khối số của bàn {desk}; không thể cấp tiếp mà không trùng số</source>
            <translation>The last number issued ({last}) is outside desk {desk}'s block; no further number can be issued without a duplicate</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="127" />
            <source>Bàn {desk} đã cấp hết {count} số hồ sơ trong ngày; hãy tiếp nhận ở bàn khác hoặc đợi sang ngày sau</source>
            <translation>Desk {desk} has issued all {count} dossier numbers of the day; receive at another desk or wait until tomorrow</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="141" />
            <source>Số thứ tự hồ sơ phải từ 1 đến 9999, không phải {value}</source>
            <translation>The dossier sequence number must be from 1 to 9999, not {value}</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="143" />
            <source>Năm {year} không biểu diễn được bằng hai chữ số trong mã hồ sơ</source>
            <translation>Year {year} cannot be written with two digits in a dossier code</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="163" />
            <source>Mã hồ sơ phải là chuỗi ký tự</source>
            <translation>The dossier code must be text</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="166" />
            <source>Chưa nhập mã hồ sơ</source>
            <translation>No dossier code entered</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="171" />
            <source>Mã hồ sơ «{code}» phải có ba phần: mã cơ quan-ngày (yyMMdd)-số thứ tự</source>
            <translation>Dossier code «{code}» must have three parts: agency code-date (yyMMdd)-sequence number</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="177" />
            <source>Mã hồ sơ «{code}»: {reason}</source>
            <translation>Dossier code «{code}»: {reason}</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="180" />
            <source>Mã hồ sơ «{code}»: phần ngày «{day}» phải gồm 6 chữ số yyMMdd</source>
            <translation>Dossier code «{code}»: the date part «{day}» must be 6 digits yyMMdd</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="186" />
            <source>Mã hồ sơ «{code}»: ngày «{day}» không có thật</source>
            <translation>Dossier code «{code}»: the date «{day}» does not exist</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="190" />
            <source>Mã hồ sơ «{code}»: số thứ tự «{number}» phải gồm 4 chữ số</source>
            <translation>Dossier code «{code}»: the sequence number «{number}» must be 4 digits</translation>
        </message>
        <message>
            <location filename="../../forms/dossier_code.py" line="194" />
            <source>Mã hồ sơ «{code}»: số thứ tự không thể là 0000</source>
            <translation>Dossier code «{code}»: the sequence number cannot be 0000</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="131" />
            <source>Thủ tục này không có trường hợp miễn phí, lệ phí "{code}"</source>
            <translation>This procedure has no fee exemption "{code}"</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="136" />
            <source>Không thu phí, lệ phí</source>
            <translation>No fee or charge</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="140" />
            <source>miễn: {cases}</source>
            <translation>exempt: {cases}</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="167" />
            <source>Tổng cộng: {amount}</source>
            <translation>Total: {amount}</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="169" />
            <source>(chưa đủ: {reasons})</source>
            <translation>(incomplete: {reasons})</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="178" />
            <source>trang {first}–{last}</source>
            <translation>pages {first}–{last}</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="180" />
            <source>từ trang {first}</source>
            <translation>from page {first}</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="181" />
            <source>{amount}/trang ({pages})</source>
            <translation>{amount}/page ({pages})</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="184" />
            <source>tối đa {cap}/bản</source>
            <translation>at most {cap}/copy</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="195" />
            <source>(trực tuyến {amount}{unit})</source>
            <translation>(online {amount}{unit})</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="204" />
            <source>mức do HĐND tỉnh quy định (chưa cấu hình)</source>
            <translation>amount set by the provincial People's Council (not configured)</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="205" />
            <source>chưa có mức thu</source>
            <translation>no amount yet</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="228" />
            <source>Số {what} phải là số nguyên</source>
            <translation>The number of {what} must be a whole number</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="234" />
            <source>Số {what} phải từ {minimum} trở lên</source>
            <translation>The number of {what} must be {minimum} or more</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="272" />
            <source>trang</source>
            <translation>pages</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="276" />
            <source>chưa có số trang của bản chính</source>
            <translation>the number of pages of the original is missing</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="278" />
            <source>{pages} trang/bản × {copies} bản: {one}/bản</source>
            <translation>{pages} pages/copy × {copies} copies: {one}/copy</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="281" />
            <source>(mức tối đa)</source>
            <translation>(the cap)</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="290" />
            <source>chưa chọn loại yêu cầu</source>
            <translation>no request type chosen</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="298" />
            <source>bản</source>
            <translation>copies</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="299" />
            <source>{copies} {unit} × {amount}</source>
            <translation>{copies} {unit} × {amount}</translation>
        </message>
        <message>
            <location filename="../../forms/fees.py" line="338" />
            <source>miễn ({reason})</source>
            <translation>exempt ({reason})</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="26" />
            <source>mã QR</source>
            <translation>QR code</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="27" />
            <source>số định danh</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="28" />
            <source>số CMND cũ</source>
            <translation>old ID number</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="29" />
            <source>họ tên</source>
            <translation>full name</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="30" />
            <source>ngày sinh</source>
            <translation>date of birth</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="31" />
            <source>giới tính</source>
            <translation>sex</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="32" />
            <source>nơi thường trú</source>
            <translation>permanent address</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="33" />
            <source>ngày cấp</source>
            <translation>issue date</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/errors.py" line="71" />
            <source>Mã QR bị bộ gõ tiếng Việt làm sai ({evidence}): máy quét đang gõ qua Unikey/EVKey{method}. Hãy chuyển bộ gõ sang tiếng Anh (chế độ E) hoặc đặt máy quét ở chế độ USB-COM rồi quét lại.</source>
            <translation>A Vietnamese input method altered the QR code ({evidence}): the scanner is typing through Unikey/EVKey{method}. Switch the input method to English (E mode) or set the scanner to USB-COM mode, then scan again.</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/ime.py" line="71" />
            <source>chữ còn phím dấu Telex như aa, ee, oo, dd, w, s/f/r/x/j</source>
            <translation>letters still carry Telex keys such as aa, ee, oo, dd, w, s/f/r/x/j</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/ime.py" line="73" />
            <source>chữ lẫn phím dấu VNI (chữ số 1–9)</source>
            <translation>letters mixed with VNI tone keys (digits 1–9)</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/ime.py" line="76" />
            <source>số định danh chỉ có {n}/12 chữ số</source>
            <translation>the ID number has only {n}/12 digits</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/ime.py" line="78" />
            <source>một ngày chỉ có {n}/8 chữ số</source>
            <translation>a date has only {n}/8 digits</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/number.py" line="22" />
            <source>Số định danh {value} chỉ được gồm chữ số</source>
            <translation>ID number {value} may contain digits only</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/number.py" line="25" />
            <source>Số định danh {value} không đủ 12 chữ số</source>
            <translation>ID number {value} has fewer than 12 digits</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/number.py" line="28" />
            <source>Số định danh {value} thừa chữ số (có {n}, cần đúng 12)</source>
            <translation>ID number {value} has too many digits ({n}; exactly 12 needed)</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/number.py" line="31" />
            <source>Mã tỉnh {code} ở đầu số định danh không phải mã tỉnh, thành phố nào</source>
            <translation>The province code {code} at the start of the ID number is no province's or city's code</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/number.py" line="39" />
            <source>Số CMND cũ {value} phải gồm 9 hoặc 12 chữ số</source>
            <translation>Old ID number {value} must have 9 or 12 digits</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/number.py" line="54" />
            <source>Chữ số thế kỷ/giới tính của số định danh ({digit}) không khớp với năm sinh {year} và giới tính {sex}</source>
            <translation>The century/sex digit of the ID number ({digit}) does not match birth year {year} and sex {sex}</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/number.py" line="61" />
            <source>Hai chữ số năm sinh trong số định danh ({digits}) không khớp với năm sinh {year}</source>
            <translation>The two birth-year digits of the ID number ({digits}) do not match birth year {year}</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="36" />
            <source>Ngày sinh {value} không đúng dạng ngày tháng năm 8 chữ số (ddMMyyyy)</source>
            <translation>Date of birth {value} is not an 8-digit date (ddMMyyyy)</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="37" />
            <source>Ngày sinh {value} không đủ 8 chữ số (ddMMyyyy)</source>
            <translation>Date of birth {value} has fewer than 8 digits (ddMMyyyy)</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="38" />
            <source>Ngày sinh {value} thừa chữ số (có {n}, cần 8: ddMMyyyy)</source>
            <translation>Date of birth {value} has too many digits ({n}; 8 needed: ddMMyyyy)</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="39" />
            <source>Ngày sinh {value} không phải ngày có thật</source>
            <translation>Date of birth {value} is not a real date</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="40" />
            <source>Ngày sinh {value} chỉ có năm, không có ngày hoặc tháng: hãy nhập tay thông tin người nộp</source>
            <translation>Date of birth {value} has only a year, no day or month: type the applicant's details by hand</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="41" />
            <source>Ngày sinh {value} ở sau ngày hôm nay</source>
            <translation>Date of birth {value} is after today</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="44" />
            <source>Ngày cấp {value} không đúng dạng ngày tháng năm 8 chữ số (ddMMyyyy)</source>
            <translation>Issue date {value} is not an 8-digit date (ddMMyyyy)</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="45" />
            <source>Ngày cấp {value} không đủ 8 chữ số (ddMMyyyy)</source>
            <translation>Issue date {value} has fewer than 8 digits (ddMMyyyy)</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="46" />
            <source>Ngày cấp {value} thừa chữ số (có {n}, cần 8: ddMMyyyy)</source>
            <translation>Issue date {value} has too many digits ({n}; 8 needed: ddMMyyyy)</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="47" />
            <source>Ngày cấp {value} không phải ngày có thật</source>
            <translation>Issue date {value} is not a real date</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="48" />
            <source>Ngày cấp {value} không có ngày hoặc tháng</source>
            <translation>Issue date {value} has no day or month</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="49" />
            <source>Ngày cấp {value} ở sau ngày hôm nay</source>
            <translation>Issue date {value} is after today</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="80" />
            <source>Họ tên trong mã QR có chữ số</source>
            <translation>The name in the QR code contains digits</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="83" />
            <source>Họ tên trong mã QR có ký tự không phải chữ cái</source>
            <translation>The name in the QR code contains characters that are not letters</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="101" />
            <source>Mã QR không phải của thẻ căn cước/CCCD (không có họ tên, giới tính)</source>
            <translation>The QR code is not an ID card's (no name, no sex)</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="108" />
            <source>Giới tính "{value}" không hợp lệ: phải là Nam hoặc Nữ</source>
            <translation>Sex "{value}" is not valid: it must be Nam or Nữ</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="111" />
            <source>Mã QR thiếu ngày sinh</source>
            <translation>The QR code lacks the date of birth</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="112" />
            <source>Mã QR thiếu giới tính</source>
            <translation>The QR code lacks the sex</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="120" />
            <source>Mã QR thiếu số định danh</source>
            <translation>The QR code lacks the ID number</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="123" />
            <source>Mã QR có {n} trường trước họ tên; thẻ căn cước chỉ có số định danh và số CMND cũ</source>
            <translation>The QR code has {n} fields before the name; an ID card has only the ID number and the old ID number</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="128" />
            <source>Mã QR thiếu số định danh 12 số (chỉ có số CMND cũ)</source>
            <translation>The QR code lacks the 12-digit ID number (only the old ID number)</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="149" />
            <source>Mã QR thiếu họ tên</source>
            <translation>The QR code lacks the name</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="157" />
            <source>Mã QR thiếu nơi thường trú</source>
            <translation>The QR code lacks the permanent address</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/parser.py" line="167" />
            <source>Ngày cấp {issued} không sau ngày sinh {born}</source>
            <translation>Issue date {issued} is not after the date of birth {born}</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/payload.py" line="33" />
            <source>Mã QR không phải văn bản UTF-8 (byte lỗi ở vị trí {position}); hãy quét lại bằng chế độ USB-COM</source>
            <translation>The QR code is not UTF-8 text (bad byte at position {position}); scan again in USB-COM mode</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/payload.py" line="49" />
            <source>Mã QR dài {n} ký tự, quá dài để là mã của thẻ căn cước</source>
            <translation>The QR code is {n} characters long, too long for an ID card</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/payload.py" line="52" />
            <source>Mã QR trống: chưa đọc được dữ liệu nào</source>
            <translation>The QR code is empty: nothing was read</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/screening.py" line="22" />
            <source>Mã QR này là một đường link, không phải mã trên thẻ căn cước</source>
            <translation>This QR code is a link, not the code on an ID card</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/screening.py" line="26" />
            <source>Đây là mã QR của thẻ bảo hiểm y tế, không phải của thẻ căn cước</source>
            <translation>This is the QR code of a health insurance card, not of an ID card</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/screening.py" line="29" />
            <source>Mã QR không phải của thẻ căn cước/CCCD (không có các trường ngăn bởi dấu |)</source>
            <translation>The QR code is not an ID card's (no fields separated by |)</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/screening.py" line="58" />
            <source>Chữ tiếng Việt trong mã QR bị đọc sai bảng mã (dạng "Nguyá»…n"): máy quét hoặc phần mềm đọc không dùng UTF-8. Hãy đặt máy quét ở chế độ USB-COM hoặc bật UTF-8 rồi quét lại</source>
            <translation>The Vietnamese letters in the QR code were read in the wrong character set (like "Nguyá»…n"): the scanner or the reading software does not use UTF-8. Set the scanner to USB-COM mode or turn on UTF-8, then scan again</translation>
        </message>
        <message>
            <location filename="../../forms/idcard/screening.py" line="64" />
            <source>Mã QR bị mất các chữ có dấu (thay bằng "?"): máy quét ở chế độ bàn phím không gõ được tiếng Việt. Hãy đặt máy quét ở chế độ USB-COM hoặc bật chế độ Unicode của máy quét rồi quét lại</source>
            <translation>The QR code lost its accented letters (replaced by "?"): a scanner in keyboard mode cannot type Vietnamese. Set the scanner to USB-COM mode or turn on its Unicode mode, then scan again</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="56" />
            <source>Tiếp nhận và trả kết quả</source>
            <translation>Reception and results</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="57" />
            <source>Giải quyết hồ sơ</source>
            <translation>Processing</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="58" />
            <source>Lãnh đạo trung tâm</source>
            <translation>Head of the centre</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="59" />
            <source>Quản trị</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="83" />
            <source>tiếp nhận</source>
            <translation>receive</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="84" />
            <source>từ chối tiếp nhận</source>
            <translation>refuse</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="85" />
            <source>chuyển cơ quan giải quyết</source>
            <translation>transfer to the processing agency</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="86" />
            <source>yêu cầu bổ sung hồ sơ</source>
            <translation>request a supplement</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="87" />
            <source>nhận hồ sơ bổ sung</source>
            <translation>receive the supplement</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="88" />
            <source>yêu cầu thực hiện nghĩa vụ tài chính</source>
            <translation>request payment of financial obligations</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="89" />
            <source>xác nhận đã thực hiện nghĩa vụ tài chính</source>
            <translation>confirm financial obligations paid</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="90" />
            <source>rút hồ sơ theo yêu cầu</source>
            <translation>withdraw on request</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="91" />
            <source>dừng xử lý</source>
            <translation>stop processing</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="92" />
            <source>nhận kết quả giải quyết</source>
            <translation>receive the result</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="93" />
            <source>trả kết quả</source>
            <translation>return the result</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="94" />
            <source>xin lỗi và hẹn lại ngày trả</source>
            <translation>apologise and set a new date</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="121" />
            <source>Rất hài lòng</source>
            <translation>Very satisfied</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="122" />
            <source>Hài lòng</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="123" />
            <source>Không hài lòng</source>
            <translation>Not satisfied</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="184" />
            <source>Chưa tiếp nhận</source>
            <translation>Not received yet</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="191" />
            <source>illegal_transition</source>
            <translation>illegal_transition</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="191" />
            <source>Không thể '{action}' khi hồ sơ đang ở trạng thái '{status}'</source>
            <translation>Cannot '{action}' while the dossier is '{status}'</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="194" />
            <source>forbidden_role</source>
            <translation>forbidden_role</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="194" />
            <source>Vai trò '{role}' không được '{action}'</source>
            <translation>Role '{role}' may not '{action}'</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="209" />
            <source>invalid_detail</source>
            <translation>invalid_detail</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="209" />
            <source>'{name}' phải là ngày giờ</source>
            <translation>'{name}' must be a date and time</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="220" />
            <source>rating_required</source>
            <translation>rating_required</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="221" />
            <source>Cần ghi mức hài lòng của người nhận: Rất hài lòng, Hài lòng hoặc Không hài lòng</source>
            <translation>Record how satisfied the recipient is: Very satisfied, Satisfied or Not satisfied</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="225" />
            <source>Tiêu chí đánh giá hoặc góp ý không hợp lệ</source>
            <translation>The rating criteria or the comment are not valid</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="239" />
            <source>due_required</source>
            <translation>due_required</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="239" />
            <source>Cần hạn trả kết quả khi tiếp nhận hồ sơ</source>
            <translation>A due date is needed to receive a dossier</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="253" />
            <source>id_check_required</source>
            <translation>id_check_required</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="254" />
            <source>Phải kiểm tra giấy tờ tùy thân của người nhận trước khi trả kết quả</source>
            <translation>The recipient's identity papers must be checked before returning the result</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="264" />
            <source>Cần ngày hẹn trả mới khi xin lỗi và hẹn lại</source>
            <translation>A new due date is needed for the apology and new date</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="271" />
            <source>reschedule</source>
            <translation>reschedule</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="290" />
            <source>actor_required</source>
            <translation>actor_required</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="290" />
            <source>Cần biết cán bộ thực hiện '{action}'</source>
            <translation>The official doing '{action}' must be known</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="293" />
            <source>reason_required</source>
            <translation>reason_required</translation>
        </message>
        <message>
            <location filename="../../forms/lifecycle.py" line="293" />
            <source>Cần ghi lý do khi '{action}'</source>
            <translation>A reason is needed to '{action}'</translation>
        </message>
        <message>
            <location filename="../../forms/processing_time.py" line="24" />
            <source>Trong ngày</source>
            <translation>Within the day</translation>
        </message>
        <message>
            <location filename="../../forms/processing_time.py" line="26" />
            <source>{n} giờ làm việc</source>
            <translation>{n} working hours</translation>
        </message>
        <message>
            <location filename="../../forms/processing_time.py" line="27" />
            <source>{n} ngày làm việc</source>
            <translation>{n} working days</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="50" />
            <source>mã hồ sơ</source>
            <translation>dossier code</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="51" />
            <source>mã băm số định danh</source>
            <translation>ID number hash</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="52" />
            <source>thời gian nhận hồ sơ</source>
            <translation>time received</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="53" />
            <source>thời gian hẹn trả</source>
            <translation>due time</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="54" />
            <source>bàn tiếp nhận</source>
            <translation>reception desk</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="55" />
            <source>chữ ký số</source>
            <translation>digital signature</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="123" />
            <source>Địa chỉ tra cứu {url} không hợp lệ: cần bắt đầu bằng http:// hoặc https://</source>
            <translation>Lookup address {url} is not valid: it must start with http:// or https://</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="187" />
            <source>Mã QR không phải phiếu tiếp nhận hồ sơ do MotCua Desk cấp</source>
            <translation>The QR code is not a receipt issued by MotCua Desk</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="192" />
            <source>Mã QR của phiếu tiếp nhận bị hỏng, không đọc được các trường</source>
            <translation>The receipt's QR code is damaged; its fields cannot be read</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="196" />
            <source>Mã QR của phiếu có trường lạ «{name}»</source>
            <translation>The receipt's QR code has an unknown field «{name}»</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="198" />
            <source>Mã QR của phiếu có trường {field} lặp lại</source>
            <translation>The receipt's QR code repeats the field {field}</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="204" />
            <source>Mã QR của phiếu thiếu {field}</source>
            <translation>The receipt's QR code lacks the {field}</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="216" />
            <source>Trường {field} trên mã QR không hợp lệ</source>
            <translation>The field {field} of the QR code is not valid</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="238" />
            <source>Chưa có khóa công khai nào để kiểm tra chữ ký</source>
            <translation>There is no public key yet to check the signature</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="240" />
            <source>Chữ ký trên phiếu tiếp nhận không hợp lệ: phiếu đã bị sửa hoặc không do bàn tiếp nhận này cấp</source>
            <translation>The signature on the receipt is not valid: the slip was altered or was not issued by this desk</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="275" />
            <source>Không tìm thấy khóa công khai nào trong dữ liệu đã cho</source>
            <translation>No public key found in the given data</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="285" />
            <source>Khóa công khai không hợp lệ: không phải chuỗi base64</source>
            <translation>Invalid public key: not base64 text</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="287" />
            <source>Khóa công khai không hợp lệ: cần đúng 32 byte, nhận được {n}</source>
            <translation>Invalid public key: exactly 32 bytes needed, got {n}</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="295" />
            <source>Khóa công khai không hợp lệ: tệp PEM hỏng</source>
            <translation>Invalid public key: damaged PEM file</translation>
        </message>
        <message>
            <location filename="../../forms/receipt_signature.py" line="297" />
            <source>Khóa công khai không hợp lệ: không phải khóa Ed25519</source>
            <translation>Invalid public key: not an Ed25519 key</translation>
        </message>
        <message>
            <location filename="../../forms/status.py" line="36" />
            <source>Mới đăng ký</source>
            <translation>Newly submitted</translation>
        </message>
        <message>
            <location filename="../../forms/status.py" line="37" />
            <source>Được tiếp nhận</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../forms/status.py" line="38" />
            <source>Không được tiếp nhận</source>
            <translation>Refused</translation>
        </message>
        <message>
            <location filename="../../forms/status.py" line="39" />
            <source>Đang xử lý</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../forms/status.py" line="40" />
            <source>Yêu cầu bổ sung giấy tờ</source>
            <translation>Supplement requested</translation>
        </message>
        <message>
            <location filename="../../forms/status.py" line="41" />
            <source>Yêu cầu thực hiện nghĩa vụ tài chính</source>
            <translation>Payment requested</translation>
        </message>
        <message>
            <location filename="../../forms/status.py" line="42" />
            <source>Công dân yêu cầu rút hồ sơ</source>
            <translation>Withdrawn at the citizen's request</translation>
        </message>
        <message>
            <location filename="../../forms/status.py" line="43" />
            <source>Dừng xử lý</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <location filename="../../forms/status.py" line="44" />
            <source>Đã xử lý xong</source>
            <translation>Processed</translation>
        </message>
        <message>
            <location filename="../../forms/status.py" line="45" />
            <source>Đã trả kết quả</source>
            <translation>Result returned</translation>
        </message>
        <message>
            <location filename="../../forms/status.py" line="66" />
            <source>Trực tiếp</source>
            <translation>In person</translation>
        </message>
        <message>
            <location filename="../../forms/status.py" line="68" />
            <source>Qua bưu chính công ích</source>
            <translation>By public postal service</translation>
        </message>
        <message>
            <location filename="../../printing/documents.py" line="93" />
            <source>Cần ghi ít nhất một nội dung yêu cầu bổ sung</source>
            <translation>Write at least one item to supplement</translation>
        </message>
        <message>
            <location filename="../../printing/documents.py" line="111" />
            <source>Phiếu từ chối phải ghi rõ lý do từ chối</source>
            <translation>The refusal slip must state the reason</translation>
        </message>
        <message>
            <location filename="../../printing/documents.py" line="134" />
            <source>Phiếu xin lỗi cần ngày hẹn trả kết quả mới</source>
            <translation>The apology letter needs a new due date</translation>
        </message>
        <message>
            <location filename="../../printing/documents.py" line="136" />
            <source>Ngày hẹn trả mới phải sau ngày hẹn trả ban đầu</source>
            <translation>The new due date must be after the original one</translation>
        </message>
        <message>
            <location filename="../../printing/documents.py" line="178" />
            <source>Ngày kết thúc {to} trước ngày bắt đầu {start}</source>
            <translation>The end date {to} is before the start date {start}</translation>
        </message>
        <message>
            <location filename="../../printing/documents.py" line="195" />
            <source>Không có mẫu in «{key}»</source>
            <translation>There is no print template «{key}»</translation>
        </message>
        <message>
            <location filename="../../printing/engine.py" line="100" />
            <source>Mẫu in thiếu giá trị «{key}»</source>
            <translation>The print template lacks the value «{key}»</translation>
        </message>
        <message>
            <location filename="../../printing/engine.py" line="105" />
            <source>Giá trị «{key}» của mẫu in phải là một danh sách</source>
            <translation>The value «{key}» of the print template must be a list</translation>
        </message>
        <message>
            <location filename="../../printing/engine.py" line="277" />
            <source>Dòng của bảng «{key}» có {n} ô, mẫu in cần {m}</source>
            <translation>A row of table «{key}» has {n} cells; the template needs {m}</translation>
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="45" />
            <source>Tiếp nhận hồ sơ</source>
            <translation>Reception</translation>
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="46" />
            <source>Xử lý hồ sơ</source>
            <translation>Processing</translation>
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="47" />
            <source>Trưởng bộ phận</source>
            <translation>Head of the desk</translation>
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="61" />
            <source>Sai tên đăng nhập hoặc mật khẩu</source>
            <translation>Wrong login or password</translation>
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="79" />
            <source>Tên đăng nhập “{login}” không hợp lệ: 2–32 ký tự, chỉ chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới</source>
            <translation>Login “{login}” is not valid: 2–32 characters, only unaccented letters, digits, dot, hyphen, underscore</translation>
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="90" />
            <source>Vai trò “{role}” không có; chọn một trong: {roles}</source>
            <translation>There is no role “{role}”; choose one of: {roles}</translation>
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="98" />
            <source>Mật khẩu phải có ít nhất {n} ký tự</source>
            <translation>The password must have at least {n} characters</translation>
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="100" />
            <source>Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách</source>
            <translation>The password cannot start or end with a space</translation>
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="128" />
            <source>Thiếu họ và tên của cán bộ</source>
            <translation>The official's full name is missing</translation>
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="140" />
            <source>Tên đăng nhập “{login}” đã có</source>
            <translation>Login “{login}” already exists</translation>
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="203" />
            <source>Không có tài khoản “{login}”</source>
            <translation>There is no account “{login}”</translation>
        </message>
        <message>
            <location filename="../../sync/accounts.py" line="211" />
            <source>Không thể khóa quản trị viên cuối cùng</source>
            <translation>The last administrator cannot be disabled</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="51" />
            <source>Không kết nối được cổng dịch vụ công ({detail}); thay đổi vẫn được giữ để gửi lại</source>
            <translation>Cannot reach the public service portal ({detail}); changes are kept to send again</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="60" />
            <source>Cổng dịch vụ công đang gặp lỗi (HTTP {status}); sẽ thử lại sau</source>
            <translation>The public service portal is failing (HTTP {status}); will retry later</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="70" />
            <source>Cổng trả lời không đúng hợp đồng đồng bộ ({operation}: {where}); thay đổi vẫn được giữ để gửi lại</source>
            <translation>The portal's answer breaks the sync contract ({operation}: {where}); changes are kept to send again</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="79" />
            <source>Cổng từ chối đăng nhập: {message} Hãy đăng nhập lại («motcua sync login»).</source>
            <translation>The portal refused the login: {message} Log in again («motcua sync login»).</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="87" />
            <source>Chưa có thông tin đăng nhập cổng {url}; hãy chạy «motcua sync login»</source>
            <translation>No login for the portal {url} yet; run «motcua sync login»</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="94" />
            <source>Cổng từ chối yêu cầu {operation} (HTTP {status}): {message}</source>
            <translation>The portal refused {operation} (HTTP {status}): {message}</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="224" />
            <source>hết thời gian chờ</source>
            <translation>timed out</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="234" />
            <source>nội dung không phải JSON</source>
            <translation>the body is not JSON</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="289" />
            <source>kết quả không khớp các sự kiện đã gửi</source>
            <translation>the results do not match the events sent</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="302" />
            <source>pushEvents</source>
            <translation>pushEvents</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="302" />
            <source>xung đột thiếu phiên bản hồ sơ của cổng</source>
            <translation>a conflict without the portal's version of the dossier</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="308" />
            <source>listChanges</source>
            <translation>listChanges</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="308" />
            <source>trang thay đổi không ứng với con trỏ đã hỏi</source>
            <translation>the page of changes does not match the cursor asked for</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="348" />
            <source>attachmentStatus</source>
            <translation>attachmentStatus</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="365" />
            <source>uploadAttachment</source>
            <translation>uploadAttachment</translation>
        </message>
        <message>
            <location filename="../../sync/client.py" line="365" />
            <source>tải tệp không tiến triển</source>
            <translation>the upload makes no progress</translation>
        </message>
        <message>
            <location filename="../../sync/contract/schema.py" line="43" />
            <source>Dữ liệu không đúng hợp đồng đồng bộ ({component}): trường {where} vi phạm quy tắc {rule}</source>
            <translation>Data breaks the sync contract ({component}): field {where} violates rule {rule}</translation>
        </message>
        <message>
            <location filename="../../sync/contract/transitions.py" line="53" />
            <source>Hồ sơ đã ở trạng thái này</source>
            <translation>The dossier is already in this status</translation>
        </message>
        <message>
            <location filename="../../sync/contract/transitions.py" line="57" />
            <source>Hồ sơ đã kết thúc, không chuyển trạng thái được nữa</source>
            <translation>The dossier is closed; its status cannot change any more</translation>
        </message>
        <message>
            <location filename="../../sync/contract/transitions.py" line="58" />
            <source>Quy trình một cửa không cho phép bước chuyển này</source>
            <translation>The one-stop procedure does not allow this step</translation>
        </message>
        <message>
            <location filename="../../sync/contract/wire.py" line="42" />
            <source>Giá trị không hợp lệ trong dữ liệu đồng bộ: trường {where}</source>
            <translation>Invalid value in the sync data: field {where}</translation>
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="54" />
            <source>Địa chỉ cổng «{url}» không hợp lệ; cần dạng https://máy-chủ[:cổng]</source>
            <translation>Portal address «{url}» is not valid; use https://server[:port]</translation>
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="71" />
            <source>Không đọc được tệp {path}</source>
            <translation>Cannot read the file {path}</translation>
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="77" />
            <source>Không ghi được tệp {path}</source>
            <translation>Cannot write the file {path}</translation>
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="109" />
            <source>Cần tên tài khoản và mật khẩu của bàn tiếp nhận trên cổng</source>
            <translation>The desk's portal account name and password are needed</translation>
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="115" />
            <source>Không lưu được mật khẩu vào kho khóa của hệ điều hành: {kind}</source>
            <translation>Cannot save the password in the system keyring: {kind}</translation>
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="126" />
            <source>Không đọc được mật khẩu từ kho khóa của hệ điều hành: {kind}</source>
            <translation>Cannot read the password from the system keyring: {kind}</translation>
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="134" />
            <source>Thông tin đăng nhập cổng trong kho khóa bị hỏng; hãy đăng nhập lại</source>
            <translation>The portal login in the keyring is damaged; log in again</translation>
        </message>
        <message>
            <location filename="../../sync/credentials.py" line="143" />
            <source>Không xóa được mật khẩu khỏi kho khóa: {kind}</source>
            <translation>Cannot delete the password from the keyring: {kind}</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="237" />
            <source>Đã dừng đồng bộ theo yêu cầu</source>
            <translation>Sync stopped on request</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="317" />
            <source>Dữ liệu hồ sơ không đúng hợp đồng đồng bộ (trường {where}); hãy sửa hồ sơ</source>
            <translation>The dossier data breaks the sync contract (field {where}); correct the dossier</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="501" />
            <source>danh_gia</source>
            <translation>danh_gia</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="505" />
            <source>Đăng nhập cổng</source>
            <translation>Logging in to the portal</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="505" />
            <source>Gửi hồ sơ lên cổng</source>
            <translation>Sending dossiers to the portal</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="505" />
            <source>Nhận thay đổi từ cổng</source>
            <translation>Receiving changes from the portal</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="506" />
            <source>Cập nhật danh mục</source>
            <translation>Updating reference data</translation>
        </message>
        <message>
            <location filename="../../sync/engine.py" line="506" />
            <source>Đồng bộ xong</source>
            <translation>Sync finished</translation>
        </message>
        <message>
            <location filename="../../sync/keys.py" line="57" />
            <source>Khóa ký phiếu trong kho khóa của hệ điều hành bị hỏng</source>
            <translation>The slip-signing key in the system keyring is damaged</translation>
        </message>
        <message>
            <location filename="../../sync/keys.py" line="75" />
            <source>Bàn tiếp nhận này chưa ký phiếu nào nên chưa có khóa công khai</source>
            <translation>This desk has not signed any slip yet, so it has no public key</translation>
        </message>
        <message>
            <location filename="../../sync/keys.py" line="77" />
            <source>Không đọc được tệp khóa công khai {path}</source>
            <translation>Cannot read the public key file {path}</translation>
        </message>
        <message>
            <location filename="../../sync/keys.py" line="119" />
            <source>Không truy cập được kho khóa của hệ điều hành: {kind}</source>
            <translation>Cannot access the system keyring: {kind}</translation>
        </message>
        <message>
            <location filename="../../sync/keys.py" line="126" />
            <source>Không lưu được khóa ký vào kho khóa của hệ điều hành: {kind}</source>
            <translation>Cannot save the signing key in the system keyring: {kind}</translation>
        </message>
        <message>
            <location filename="../../sync/keys.py" line="143" />
            <source>Không ghi được tệp {path}: {reason}</source>
            <translation>Cannot write the file {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="66" />
            <source>Tham số {name} phải là số nguyên</source>
            <translation>Parameter {name} must be a whole number</translation>
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="70" />
            <source>Tham số {name} phải là true hoặc false</source>
            <translation>Parameter {name} must be true or false</translation>
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="79" />
            <source>Tham số không có trong hợp đồng đồng bộ: {names}</source>
            <translation>Parameters not in the sync contract: {names}</translation>
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="83" />
            <source>Tham số {name} chỉ được có một giá trị</source>
            <translation>Parameter {name} may have one value only</translation>
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="94" />
            <source>Thiếu tham số {name}</source>
            <translation>Parameter {name} is missing</translation>
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="114" />
            <source>Dữ liệu gửi lên quá lớn</source>
            <translation>The data sent is too large</translation>
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="124" />
            <source>Nội dung phải là JSON (application/json)</source>
            <translation>The body must be JSON (application/json)</translation>
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="128" />
            <source>Nội dung gửi lên không phải JSON hợp lệ</source>
            <translation>The body sent is not valid JSON</translation>
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="140" />
            <source>Cần đăng nhập (thiếu mã phiên Bearer)</source>
            <translation>Login required (Bearer token missing)</translation>
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="250" />
            <source>Không có địa chỉ này trong hợp đồng đồng bộ</source>
            <translation>This address is not in the sync contract</translation>
        </message>
        <message>
            <location filename="../../sync/portal/app.py" line="253" />
            <source>Phương thức không được hỗ trợ ở địa chỉ này</source>
            <translation>This method is not supported at this address</translation>
        </message>
        <message>
            <location filename="../../sync/portal/db.py" line="89" />
            <source>Không mở được cơ sở dữ liệu của cổng {path}: {reason}</source>
            <translation>Cannot open the portal database {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../sync/portal/db.py" line="124" />
            <source>Cần cài psycopg để dùng PostgreSQL: pip install "psycopg[binary]"</source>
            <translation>Install psycopg to use PostgreSQL: pip install "psycopg[binary]"</translation>
        </message>
        <message>
            <location filename="../../sync/portal/db.py" line="130" />
            <source>Không kết nối được PostgreSQL: {reason}</source>
            <translation>Cannot connect to PostgreSQL: {reason}</translation>
        </message>
        <message>
            <location filename="../../sync/portal/faults.py" line="45" />
            <source>Lỗi giả lập «{part}» không hợp lệ; dùng drop=, error=, truncate=, delay_ms=, seed=</source>
            <translation>Simulated fault «{part}» is not valid; use drop=, error=, truncate=, delay_ms=, seed=</translation>
        </message>
        <message>
            <location filename="../../sync/portal/faults.py" line="57" />
            <source>Giá trị của {key} không hợp lệ: «{raw}»</source>
            <translation>The value of {key} is not valid: «{raw}»</translation>
        </message>
        <message>
            <location filename="../../sync/portal/faults.py" line="61" />
            <source>Tổng xác suất drop + error + truncate không được vượt quá 1</source>
            <translation>The probabilities drop + error + truncate cannot add up to more than 1</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="91" />
            <source>Trạng thái hồ sơ trên cổng đã được thay đổi ({portal}); thao tác từ trạng thái {desk} không còn áp dụng</source>
            <translation>The dossier's status on the portal has changed ({portal}); the action from status {desk} no longer applies</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="92" />
            <source>Hồ sơ do bàn tiếp nhận khác quản lý; thông tin tiếp nhận của bàn đó được giữ</source>
            <translation>Another desk manages this dossier; that desk's reception details are kept</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="93" />
            <source>Không được chuyển hồ sơ từ trạng thái {before} sang {after}: {why}</source>
            <translation>The dossier cannot go from status {before} to {after}: {why}</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="94" />
            <source>Mã hồ sơ đã được dùng cho một hồ sơ khác trên cổng</source>
            <translation>The dossier code is already used by another dossier on the portal</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="95" />
            <source>Mã hồ sơ không được thay đổi sau khi đã đồng bộ</source>
            <translation>The dossier code cannot change once synced</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="96" />
            <source>Hồ sơ không thuộc cơ quan của tài khoản này</source>
            <translation>The dossier does not belong to this account's agency</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="97" />
            <source>Dữ liệu hồ sơ không hợp lệ: {where}</source>
            <translation>Invalid dossier data: {where}</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="162" />
            <source>Tên tài khoản phải có từ 1 đến 128 ký tự</source>
            <translation>The account name must have 1 to 128 characters</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="164" />
            <source>Mật khẩu phải có từ 1 đến 256 ký tự</source>
            <translation>The password must have 1 to 256 characters</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="187" />
            <source>Sai tên tài khoản hoặc mật khẩu</source>
            <translation>Wrong account name or password</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="203" />
            <source>Phiên đăng nhập không hợp lệ hoặc đã hết hạn; hãy đăng nhập lại</source>
            <translation>The session is invalid or has expired; log in again</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="351" />
            <source>Cổng không có hồ sơ mã {code}</source>
            <translation>The portal has no dossier {code}</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="358" />
            <source>Không chuyển được hồ sơ {code} từ trạng thái {before} sang {after}: {why}</source>
            <translation>Dossier {code} cannot go from status {before} to {after}: {why}</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="399" />
            <source>Cổng đã cấp hết mã hồ sơ trực tuyến trong ngày cho cơ quan {agency}</source>
            <translation>The portal has issued all of today's online dossier codes for agency {agency}</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="500" />
            <source>Mỗi lần gửi tối đa {n} byte</source>
            <translation>At most {n} bytes per upload</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="502" />
            <source>Tệp đính kèm quá lớn</source>
            <translation>The attachment is too large</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="507" />
            <source>Độ dài tệp khác với lần gửi đầu ({n} byte)</source>
            <translation>The file length differs from the first upload ({n} bytes)</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="511" />
            <source>Cổng đang giữ {n} byte; hãy gửi tiếp từ vị trí đó</source>
            <translation>The portal holds {n} bytes; continue from there</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="515" />
            <source>Dữ liệu gửi vượt quá độ dài đã khai báo</source>
            <translation>The data sent exceeds the declared length</translation>
        </message>
        <message>
            <location filename="../../sync/portal/service.py" line="538" />
            <source>Nội dung tệp không khớp mã SHA-256; hãy gửi lại từ đầu</source>
            <translation>The file content does not match its SHA-256; upload it again from the start</translation>
        </message>
        <message>
            <location filename="../../sync/store/__init__.py" line="148" />
            <source>Không có bản sao lưu nào trong {folder}</source>
            <translation>There is no backup in {folder}</translation>
        </message>
        <message>
            <location filename="../../sync/store/_base.py" line="79" />
            <source>Lỗi cơ sở dữ liệu: {detail}</source>
            <translation>Database error: {detail}</translation>
        </message>
        <message>
            <location filename="../../sync/store/_base.py" line="204" />
            <source>Không tìm thấy hồ sơ {code}</source>
            <translation>Dossier {code} not found</translation>
        </message>
        <message>
            <location filename="../../sync/store/_base.py" line="210" />
            <source>Hồ sơ {code} vừa được thay đổi ở nơi khác (phiên bản {seen} → {now}); hãy mở lại hồ sơ rồi thực hiện lại.</source>
            <translation>Dossier {code} was just changed elsewhere (revision {seen} → {now}); open it again and redo the action.</translation>
        </message>
        <message>
            <location filename="../../sync/store/_base.py" line="263" />
            <source>Tệp quét {sha} chưa được lưu; hãy quét hoặc đính kèm lại</source>
            <translation>Scan {sha} was not saved; scan or attach it again</translation>
        </message>
        <message>
            <location filename="../../sync/store/_files.py" line="53" />
            <source>Không có tệp quét {sha} trong cơ sở dữ liệu</source>
            <translation>There is no scan {sha} in the database</translation>
        </message>
        <message>
            <location filename="../../sync/store/_outbox.py" line="119" />
            <source>Không tìm thấy xung đột số {id}</source>
            <translation>Conflict {id} not found</translation>
        </message>
        <message>
            <location filename="../../sync/store/_outbox.py" line="121" />
            <source>Xung đột số {id} đã được giải quyết</source>
            <translation>Conflict {id} is already resolved</translation>
        </message>
        <message>
            <location filename="../../sync/store/attachments.py" line="60" />
            <source>Tệp quét {sha} không phải tệp đã mã hóa hợp lệ</source>
            <translation>Scan {sha} is not a valid encrypted file</translation>
        </message>
        <message>
            <location filename="../../sync/store/attachments.py" line="66" />
            <source>Tệp quét {sha} không giải mã được: tệp bị hỏng hoặc khóa mã hóa không đúng</source>
            <translation>Scan {sha} cannot be decrypted: the file is damaged or the key is wrong</translation>
        </message>
        <message>
            <location filename="../../sync/store/attachments.py" line="93" />
            <source>Mã băm tệp quét «{sha}» không hợp lệ</source>
            <translation>Scan hash «{sha}» is not valid</translation>
        </message>
        <message>
            <location filename="../../sync/store/attachments.py" line="125" />
            <source>Không tìm thấy tệp quét {sha} trong thư mục dữ liệu</source>
            <translation>Scan {sha} not found in the data folder</translation>
        </message>
        <message>
            <location filename="../../sync/store/attachments.py" line="128" />
            <source>Tệp quét {sha} bị hỏng (nội dung không khớp mã băm)</source>
            <translation>Scan {sha} is damaged (content does not match its hash)</translation>
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="188" />
            <source>Không tìm thấy tệp sao lưu {path}</source>
            <translation>Backup file {path} not found</translation>
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="192" />
            <source>Tệp {path} không phải là cơ sở dữ liệu SQLite</source>
            <translation>File {path} is not an SQLite database</translation>
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="196" />
            <source>Không mở được tệp {path}: {reason}</source>
            <translation>Cannot open the file {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="201" />
            <source>Tệp sao lưu {path} bị hỏng ({detail})</source>
            <translation>Backup file {path} is damaged ({detail})</translation>
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="205" />
            <source>Tệp {path} không phải là cơ sở dữ liệu của MotCua Desk</source>
            <translation>File {path} is not a MotCua Desk database</translation>
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="208" />
            <source>Tệp {path} do phiên bản MotCua Desk mới hơn tạo ra (lược đồ {found}); hãy cập nhật phần mềm</source>
            <translation>File {path} was made by a newer MotCua Desk (schema {found}); update the software</translation>
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="234" />
            <source>Khôi phục bản sao lưu lúc {when}: mọi hồ sơ tiếp nhận hoặc thay đổi sau thời điểm đó sẽ bị mất (không đọc được cơ sở dữ liệu hiện tại để đếm).</source>
            <translation>Restoring the backup of {when}: every dossier received or changed after that time will be lost (the current database cannot be read to count them).</translation>
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="237" />
            <source>Khôi phục bản sao lưu lúc {when}: không mất hồ sơ nào.</source>
            <translation>Restoring the backup of {when}: no dossier is lost.</translation>
        </message>
        <message>
            <location filename="../../sync/store/backup.py" line="240" />
            <source>Khôi phục bản sao lưu lúc {when} sẽ làm mất {n} hồ sơ mới hoặc đã thay đổi sau thời điểm đó: {codes}{more}</source>
            <translation>Restoring the backup of {when} loses {n} dossier(s) new or changed since then: {codes}{more}</translation>
        </message>
        <message>
            <location filename="../../sync/store/connection.py" line="78" />
            <source>Ổ đĩa chứa dữ liệu ({folder}) đã đầy. Thao tác chưa được lưu; hãy giải phóng dung lượng rồi thực hiện lại.</source>
            <translation>The disk holding the data ({folder}) is full. Nothing was saved; free some space and try again.</translation>
        </message>
        <message>
            <location filename="../../sync/store/connection.py" line="84" />
            <source>Thư mục dữ liệu {folder} chỉ cho phép đọc, không ghi được. Thao tác chưa được lưu; hãy kiểm tra quyền ghi của thư mục hoặc chọn thư mục dữ liệu khác.</source>
            <translation>The data folder {folder} is read-only. Nothing was saved; check the folder's write permission or choose another data folder.</translation>
        </message>
        <message>
            <location filename="../../sync/store/connection.py" line="90" />
            <source>Không mở được cơ sở dữ liệu trong thư mục {folder} (thư mục chỉ đọc, không tồn tại hoặc không có quyền). Thao tác chưa được lưu.</source>
            <translation>Cannot open the database in {folder} (read-only, missing, or no permission). Nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../sync/store/connection.py" line="96" />
            <source>Cơ sở dữ liệu đang bị một chương trình khác giữ (đã chờ {seconds} giây). Thao tác chưa được lưu; hãy đóng cửa sổ MotCua khác hoặc chương trình đang mở tệp rồi thử lại.</source>
            <translation>Another program is holding the database (waited {seconds} s). Nothing was saved; close the other MotCua window or the program using the file and try again.</translation>
        </message>
        <message>
            <location filename="../../sync/store/connection.py" line="102" />
            <source>Lỗi đọc/ghi ổ đĩa tại {folder}. Thao tác chưa được lưu; hãy kiểm tra ổ đĩa (hoặc USB, ổ mạng) rồi thử lại.</source>
            <translation>Disk read/write error at {folder}. Nothing was saved; check the disk (or USB, network drive) and try again.</translation>
        </message>
        <message>
            <location filename="../../sync/store/connection.py" line="123" />
            <source>Lỗi đọc/ghi ổ đĩa tại {folder} ({reason}). Thao tác chưa được lưu.</source>
            <translation>Disk read/write error at {folder} ({reason}). Nothing was saved.</translation>
        </message>
        <message>
            <location filename="../../sync/store/errors.py" line="91" />
            <source>Cơ sở dữ liệu {path} bị hỏng và không có bản sao lưu nào để khôi phục. Hãy giữ nguyên tệp và liên hệ cán bộ kỹ thuật.</source>
            <translation>Database {path} is damaged and there is no backup to restore. Keep the file as it is and call technical support.</translation>
        </message>
        <message>
            <location filename="../../sync/store/errors.py" line="97" />
            <source>Cơ sở dữ liệu {path} bị hỏng. Có thể khôi phục bản sao lưu lúc {taken_at} ({backup}); các hồ sơ tiếp nhận hoặc thay đổi sau thời điểm đó sẽ bị mất.</source>
            <translation>Database {path} is damaged. The backup of {taken_at} ({backup}) can be restored; dossiers received or changed after that time will be lost.</translation>
        </message>
        <message>
            <location filename="../../sync/store/secrets.py" line="78" />
            <source>Không đọc được khóa mã hóa tệp quét từ kho khóa của hệ điều hành ({reason})</source>
            <translation>Cannot read the scan encryption key from the system keyring ({reason})</translation>
        </message>
        <message>
            <location filename="../../sync/store/secrets.py" line="94" />
            <source>Không lưu được khóa mã hóa tệp quét vào kho khóa của hệ điều hành ({reason})</source>
            <translation>Cannot save the scan encryption key in the system keyring ({reason})</translation>
        </message>
        <message>
            <location filename="../../sync/store/secrets.py" line="122" />
            <source>Khóa mã hóa tệp quét trong kho khóa của hệ điều hành bị hỏng</source>
            <translation>The scan encryption key in the system keyring is damaged</translation>
        </message>
        <message>
            <location filename="../../sync/store/secrets.py" line="126" />
            <source>Không tìm thấy khóa mã hóa tệp quét của bàn này trong kho khóa của hệ điều hành; các tệp quét đã mã hóa không đọc được trên máy hoặc tài khoản này</source>
            <translation>This desk's scan encryption key is not in the system keyring; encrypted scans cannot be read on this computer or account</translation>
        </message>
        <message>
            <location filename="../../sync/store/secrets.py" line="132" />
            <source>Kho khóa của hệ điều hành không giữ được khóa mã hóa tệp quét</source>
            <translation>The system keyring cannot keep the scan encryption key</translation>
        </message>
        <message>
            <location filename="../../sync/store/store.py" line="105" />
            <source>Cơ sở dữ liệu được tạo bởi phiên bản MotCua Desk mới hơn (lược đồ {found}, phần mềm này hiểu đến {supported}); hãy cập nhật phần mềm.</source>
            <translation>The database was made by a newer MotCua Desk (schema {found}; this software knows up to {supported}); update the software.</translation>
        </message>
        <message>
            <location filename="../../sync/store/store.py" line="115" />
            <source>Tệp {path} là một cơ sở dữ liệu khác, không phải của MotCua Desk</source>
            <translation>File {path} is another database, not MotCua Desk's</translation>
        </message>
        <message>
            <location filename="../../sync/store/store.py" line="317" />
            <source>Mã hồ sơ {code} đã thuộc một hồ sơ khác trên bàn này</source>
            <translation>Dossier code {code} already belongs to another dossier on this desk</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/db.py" line="83" />
            <source>Tệp {path} đã tồn tại; hãy chọn tên tệp khác</source>
            <translation>File {path} already exists; choose another name</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/db.py" line="85" />
            <source>Thư mục {path} không tồn tại</source>
            <translation>Folder {path} does not exist</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/db.py" line="104" />
            <source>Không thể khôi phục cơ sở dữ liệu từ chính nó</source>
            <translation>A database cannot be restored from itself</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/dossier.py" line="86" />
            <source>Ngày {option} «{value}» không hợp lệ; dùng dạng YYYY-MM-DD</source>
            <translation>Date {option} «{value}» is not valid; use YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/dossier.py" line="92" />
            <source>--limit phải lớn hơn 0 và --offset không âm</source>
            <translation>--limit must be greater than 0 and --offset not negative</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/dossier.py" line="95" />
            <source>Ngày --from ({start}) sau ngày --to ({end})</source>
            <translation>The --from date ({start}) is after the --to date ({end})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/demo.py" line="47" />
            <source>--n phải từ 1 đến {max}</source>
            <translation>--n must be from 1 to {max}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/demo.py" line="49" />
            <source>--batch phải lớn hơn 0</source>
            <translation>--batch must be greater than 0</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/demo.py" line="51" />
            <source>--days phải từ 1 đến 5000</source>
            <translation>--days must be from 1 to 5000</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/demo.py" line="53" />
            <source>{n} hồ sơ trong {days} ngày vượt quá số hồ sơ một bàn cấp được mỗi ngày; hãy tăng --days</source>
            <translation>{n} dossiers in {days} days exceed what one desk can issue per day; increase --days</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="72" />
            <source>Năm {year} nằm ngoài khoảng {low}–{high}</source>
            <translation>Year {year} is outside {low}–{high}</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="107" />
            <source>Ngày kết thúc {end} trước ngày bắt đầu {start}</source>
            <translation>The end date {end} is before the start date {start}</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="110" />
            <source>Khoảng thời gian quá dài (tối đa {years} năm)</source>
            <translation>The period is too long (at most {years} years)</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="123" />
            <source>Tháng {month} không có thật (1–12)</source>
            <translation>Month {month} does not exist (1–12)</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="131" />
            <source>Quý {quarter} không có thật (1–4)</source>
            <translation>Quarter {quarter} does not exist (1–4)</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="140" />
            <source>Nửa năm phải là 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm)</source>
            <translation>The half-year must be 1 (first six months) or 2 (last six months)</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="204" />
            <source>"{value}" không phải ngày dạng YYYY-MM-DD</source>
            <translation>"{value}" is not a date YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="211" />
            <source>"{value}" không phải tháng dạng YYYY-MM</source>
            <translation>"{value}" is not a month YYYY-MM</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="219" />
            <source>"{value}" không phải quý dạng YYYY-Qn (n từ 1 đến 4)</source>
            <translation>"{value}" is not a quarter YYYY-Qn (n from 1 to 4)</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="226" />
            <source>"{value}" không phải năm dạng YYYY</source>
            <translation>"{value}" is not a year YYYY</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="342" />
            <source>Tỷ lệ giải quyết đúng hạn</source>
            <translation>On-time rate</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="343" />
            <source>Tỷ lệ hồ sơ trực tuyến</source>
            <translation>Online share</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="344" />
            <source>Tỷ lệ số hóa hồ sơ</source>
            <translation>Dossier digitisation rate</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="345" />
            <source>Tỷ lệ số hóa kết quả</source>
            <translation>Result digitisation rate</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="346" />
            <source>Tỷ lệ hài lòng</source>
            <translation>Satisfaction rate</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="349" />
            <source>(trước hạn + đúng hạn) / đã giải quyết</source>
            <translation>(early + on time) / finished</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="350" />
            <source>trực tuyến / mới tiếp nhận</source>
            <translation>online / newly received</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="351" />
            <source>hồ sơ có bản quét / mới tiếp nhận</source>
            <translation>dossiers with scans / newly received</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="352" />
            <source>kết quả được quét / kết quả đã có</source>
            <translation>scanned results / results available</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="353" />
            <source>(rất hài lòng + hài lòng) / số lượt đánh giá</source>
            <translation>(very satisfied + satisfied) / ratings</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="356" />
            <source>Chưa xác định lĩnh vực</source>
            <translation>Field not set</translation>
        </message>
        <message>
            <location filename="../../forms/reporting.py" line="416" />
            <source>Số liệu thống kê không khớp ({details}); báo cáo không được lập</source>
            <translation>The statistics do not add up ({details}); the report was not made</translation>
        </message>
        <message>
            <location filename="../../sync/reports.py" line="169" />
            <source>Sổ theo dõi có {n} hồ sơ, quá {limit} hồ sơ cho một lần in; hãy chọn khoảng thời gian ngắn hơn</source>
            <translation>The ledger has {n} dossiers, more than {limit} for one printout; choose a shorter period</translation>
        </message>
        <message>
            <location filename="../../desktop/settings.py" line="220" />
            <source>Thư mục sao lưu thứ hai (USB, ổ mạng; để trống: chỉ trong thư mục dữ liệu)</source>
            <translation>Second backup folder (USB, network drive; empty: only inside the data folder)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/report.py" line="109" />
            <source>Cần cả --from và --to (YYYY-MM-DD)</source>
            <translation>Both --from and --to are needed (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/report.py" line="111" />
            <source>--statutory chỉ dùng với --month, --quarter, --half, --nine-months hoặc --year</source>
            <translation>--statutory goes only with --month, --quarter, --half, --nine-months or --year</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/report.py" line="114" />
            <source>Chọn đúng một kỳ báo cáo: --from/--to, --month, --quarter, --half, --second-half, --nine-months hoặc --year</source>
            <translation>Choose exactly one reporting period: --from/--to, --month, --quarter, --half, --second-half, --nine-months or --year</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/commands/report.py" line="124" />
            <source>{option}: tệp {path} cần đuôi {suffix}</source>
            <translation>{option}: the file {path} needs the extension {suffix}</translation>
        </message>
        <message>
            <location filename="../../desktop/dossiers/table_model.py" line="34" />
            <source>Chờ gửi</source>
            <translation>Waiting to send</translation>
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
</TS>
