/**
 * Every error the public API answers with, by the tag of the failure behind it: HTTP status,
 * stable code for programs and what it means. The API maps each tag to its Vietnamese message
 * (apps/api http/errors.ts, a record over these keys, so a missing mapper does not build); the
 * endpoints declare which tags they may fail with; OpenAPI lists them per operation; the clients
 * type their failures by these codes.
 */

/** What an error answer is. */
export interface HttpErrorSpec {
  readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;
  readonly code: string;
  readonly description: string;
}

/**
 * One entry of the table below: status, stable code (kept as its literal type, so `CodeOf` names
 * it) and what it means, so that every entry reads as one line in the same order.
 */
const answer = <const S extends HttpErrorSpec["status"], const C extends string>(status: S, code: C, description: string) =>
  ({ status, code, description }) as const;

/** The errors of the API by failure tag. */
export const httpErrors = {
  RequestInvalid: answer(
    400,
    "REQUEST_INVALID",
    "Đường dẫn, tham số hoặc nội dung gửi lên không hợp lệ; details nêu từng trường (path, message).",
  ),
  BodyMalformed: answer(400, "BODY_MALFORMED", "Nội dung gửi lên không đọc được (JSON sai cú pháp, sai mã hóa)."),
  BodyTooLarge: answer(413, "BODY_TOO_LARGE", "Nội dung gửi lên vượt giới hạn kích thước."),
  MediaTypeUnsupported: answer(415, "MEDIA_TYPE_UNSUPPORTED", "Kiểu nội dung (Content-Type) không được nhận."),
  DatabaseNotReady: answer(503, "DATABASE_UNAVAILABLE", "Cơ sở dữ liệu tạm thời không trả lời; thử lại sau (Retry-After)."),
  PasswordChangeRequired: answer(403, "PASSWORD_CHANGE_REQUIRED", "Tài khoản cần đổi mật khẩu trước khi dùng chức năng này."),
  RouteNotFound: answer(404, "ROUTE_NOT_FOUND", "Không có đường dẫn này trong API."),
  PeriodCodeInvalid: answer(400, "PERIOD_CODE_INVALID", "Mã kỳ báo cáo không hợp lệ."),
  PeriodNotInRegime: answer(400, "PERIOD_NOT_IN_REGIME", "Kỳ không thuộc chế độ báo cáo đã nêu."),
  TextEncodingInvalid: answer(400, "TEXT_ENCODING_INVALID", "Văn bản không phải UTF-8."),
  DocxUnreadable: answer(400, "DOCX_UNREADABLE", "Tệp không phải .docx đọc được."),
  PdfConverterMissing: answer(503, "PDF_CONVERTER_MISSING", "Máy chủ chưa cài bộ chuyển sang PDF."),
  PdfConversionFailed: answer(503, "PDF_CONVERSION_FAILED", "Chưa chuyển được sang PDF."),
  ReportEmpty: answer(400, "REPORT_EMPTY", "Chưa gửi nội dung báo cáo."),
  CatalogueNotFound: answer(404, "CATALOGUE_NOT_FOUND", "Chưa có danh mục chỉ tiêu của năm."),
  DossierBatchInvalid: answer(
    400,
    "DOSSIER_BATCH_INVALID",
    "Lô hồ sơ có dòng không hợp lệ; không hồ sơ nào được lưu (details nêu dòng, trường).",
  ),
  DossierBatchTooLarge: answer(413, "DOSSIER_BATCH_TOO_LARGE", "Lô hồ sơ vượt giới hạn số dòng."),
  DossierBatchBodyTooLarge: answer(413, "DOSSIER_BATCH_TOO_LARGE", "Lô hồ sơ vượt giới hạn kích thước."),
  DossierWindowInvalid: answer(400, "DOSSIER_WINDOW_INVALID", "Khoảng thời gian không hợp lệ."),
  ReportSettingsNotFound: answer(404, "REPORT_SETTINGS_NOT_FOUND", "Đơn vị chưa có thể thức báo cáo."),
  ReportSettingsConflict: answer(409, "REPORT_SETTINGS_CONFLICT", "Thể thức báo cáo vừa được người khác sửa (phiên bản cũ)."),
  OrgUnitNotFound: answer(404, "ORG_UNIT_NOT_FOUND", "Không có đơn vị này."),
  OrgUnitDuplicate: answer(409, "ORG_UNIT_DUPLICATE", "Đã có đơn vị cùng mã."),
  OrgUnitParentMissing: answer(400, "ORG_UNIT_PARENT_MISSING", "Đơn vị cấp trên không tồn tại."),
  OrgUnitInvalid: answer(400, "ORG_UNIT_INVALID", "Đơn vị không hợp lệ (hiệu lực, đơn vị kế thừa)."),
  AuthRequired: answer(401, "AUTH_REQUIRED", "Cần đăng nhập hoặc mã truy cập API."),
  CredentialsInvalid: answer(401, "CREDENTIALS_INVALID", "Mã truy cập API không hợp lệ, hết hạn hoặc đã thu hồi."),
  CsrfTokenInvalid: answer(403, "CSRF_TOKEN_INVALID", "Thiếu hoặc sai mã chống giả mạo yêu cầu (X-CSRF-Token)."),
  AccessDenied: answer(403, "ACCESS_DENIED", "Không có quyền với đơn vị hoặc chức năng này."),
  SignInFailed: answer(401, "SIGN_IN_FAILED", "Tên đăng nhập hoặc mật khẩu không đúng."),
  SignInThrottled: answer(429, "SIGN_IN_THROTTLED", "Đăng nhập sai nhiều lần; chờ theo Retry-After."),
  PasswordChangeRefused: answer(400, "PASSWORD_CHANGE_REFUSED", "Mật khẩu hiện tại sai hoặc mật khẩu mới quá ngắn."),
  UserNotFound: answer(404, "USER_NOT_FOUND", "Không có người dùng này."),
  UserDuplicate: answer(409, "USER_DUPLICATE", "Đã có người dùng cùng tên đăng nhập."),
  OwnAccountDisable: answer(409, "USER_DISABLE_SELF", "Không tự khóa được tài khoản đang dùng."),
  TokenNotFound: answer(404, "TOKEN_NOT_FOUND", "Không có mã truy cập này."),
  PeriodLocked: answer(409, "PERIOD_LOCKED", "Số liệu của kỳ đã được phê duyệt nên bị khóa."),
  WorkflowTransitionInvalid: answer(409, "WORKFLOW_TRANSITION_INVALID", "Bước xử lý không hợp lệ ở trạng thái hiện tại của báo cáo."),
  WorkflowReasonMissing: answer(400, "WORKFLOW_REASON_MISSING", "Cần nêu lý do hoặc các mục được mở lại."),
  SubmissionBlocked: answer(422, "SUBMISSION_BLOCKED", "Số liệu còn lỗi nên chưa gửi được."),
  WarningCommentRequired: answer(422, "WARNING_COMMENT_REQUIRED", "Số liệu có cảnh báo: cần ghi chú giải trình khi gửi."),
  IndicatorNotFound: answer(404, "INDICATOR_NOT_FOUND", "Không có chỉ tiêu này trong danh mục của năm."),
  ClaimConflict: answer(409, "CLAIM_CONFLICT", "Tỷ lệ nêu trong báo cáo vừa được người khác sửa hoặc bỏ."),
  ValueConflict: answer(409, "VALUE_CONFLICT", "Số liệu vừa được người khác cập nhật (phiên bản cũ); không có gì được lưu."),
  DocumentDuplicate: answer(409, "DOCUMENT_DUPLICATE", "Văn bản cùng số, ký hiệu và cơ quan ban hành đã có trong sổ."),
  DocumentNotFound: answer(404, "DOCUMENT_NOT_FOUND", "Không có văn bản này trong sổ."),
  DocumentParentInvalid: answer(400, "DOCUMENT_PARENT_INVALID", "Văn bản cấp trên không có trong sổ."),
  DocumentInUse: answer(
    409,
    "DOCUMENT_IN_USE",
    "Văn bản đang là minh chứng của nhiệm vụ hoặc tiêu chí chỉ số CCHC; gỡ minh chứng trước khi xóa (details nêu từng nơi dùng).",
  ),
  PlanExists: answer(409, "PLAN_EXISTS", "Đơn vị đã có kế hoạch của năm."),
  PlanDocumentMissing: answer(400, "REQUEST_INVALID", "Văn bản ban hành kế hoạch không có trong sổ."),
  PlanNotFound: answer(404, "PLAN_NOT_FOUND", "Đơn vị chưa có kế hoạch của năm."),
  TaskNotFound: answer(404, "TASK_NOT_FOUND", "Không có nhiệm vụ này."),
  TaskConflict: answer(409, "TASK_CONFLICT", "Nhiệm vụ vừa được người khác sửa (phiên bản cũ)."),
  TaskInvalid: answer(400, "TASK_INVALID", "Nhiệm vụ không hợp lệ."),
  InspectionNotFound: answer(404, "INSPECTION_NOT_FOUND", "Không có cuộc kiểm tra này."),
  InspectionConflict: answer(409, "INSPECTION_CONFLICT", "Cuộc kiểm tra vừa được người khác sửa (phiên bản cũ)."),
  InspectionInvalid: answer(400, "INSPECTION_INVALID", "Cuộc kiểm tra không hợp lệ."),
  ActivityNotFound: answer(404, "ACTIVITY_NOT_FOUND", "Không có hoạt động này."),
  ActivityConflict: answer(409, "ACTIVITY_CONFLICT", "Hoạt động vừa được người khác sửa (phiên bản cũ)."),
  ActivityInvalid: answer(400, "ACTIVITY_INVALID", "Hoạt động không hợp lệ."),
  NarrativeNotFound: answer(404, "NARRATIVE_NOT_FOUND", "Chưa có thuyết minh của mục này."),
  NarrativeConflict: answer(409, "NARRATIVE_CONFLICT", "Thuyết minh vừa được người khác sửa (phiên bản cũ)."),
  ParFrameworkNotFound: answer(404, "PAR_FRAMEWORK_NOT_FOUND", "Không có bộ chỉ số này."),
  ParFrameworkExists: answer(409, "PAR_FRAMEWORK_EXISTS", "Đã có bộ chỉ số cùng mã."),
  ParFrameworkInvalid: answer(400, "PAR_FRAMEWORK_INVALID", "Bộ chỉ số không hợp lệ."),
  ParCriterionNotFound: answer(404, "PAR_CRITERION_NOT_FOUND", "Bộ chỉ số không có tiêu chí được chấm này."),
  ParScoreInvalid: answer(400, "PAR_SCORE_INVALID", "Điểm ngoài khoảng hoặc không đúng bước điểm."),
  ParEvidenceRequired: answer(400, "PAR_EVIDENCE_REQUIRED", "Tiêu chí có điểm tự chấm cần ít nhất một minh chứng."),
  ParEvidenceNotFound: answer(400, "PAR_EVIDENCE_NOT_FOUND", "Minh chứng không có trong sổ văn bản."),
  ParLocked: answer(409, "PAR_LOCKED", "Kết quả chấm điểm đang bị khóa ở trạng thái hiện tại."),
  ParScoreConflict: answer(409, "PAR_SCORE_CONFLICT", "Điểm vừa được người khác sửa (phiên bản cũ)."),
  ParScoreNotSelfAssessed: answer(400, "PAR_SCORE_NOT_SELF_ASSESSED", "Tiêu chí chưa được đơn vị tự chấm."),
  ParReasonRequired: answer(400, "PAR_REASON_REQUIRED", "Cần nêu lý do."),
  ParSurveySourceRequired: answer(400, "PAR_SURVEY_SOURCE_REQUIRED", "Điểm điều tra xã hội học cần nêu nguồn."),
  ParNotAppraiser: answer(403, "PAR_NOT_APPRAISER", "Người gọi không thuộc cấp thẩm định của đơn vị."),
  ParUnitNotAssessed: answer(400, "PAR_UNIT_NOT_ASSESSED", "Đơn vị không thuộc đối tượng của bộ chỉ số."),
  ParTransitionInvalid: answer(409, "PAR_TRANSITION_INVALID", "Bước xử lý không hợp lệ ở trạng thái hiện tại của kết quả chấm điểm."),
  SubmissionIncomplete: answer(422, "SUBMISSION_INCOMPLETE", "Thiếu chỉ tiêu bắt buộc chưa có số liệu hoặc lý do."),
  MissingReasonConflict: answer(409, "MISSING_REASON_CONFLICT", "Lý do thiếu số liệu vừa được người khác sửa (phiên bản cũ)."),
  CalendarTokenInvalid: answer(401, "CALENDAR_TOKEN_INVALID", "Mã lịch không hợp lệ hoặc đã thu hồi."),
  CalendarTokenNotFound: answer(404, "CALENDAR_TOKEN_NOT_FOUND", "Không có mã lịch này."),
  ReminderRunBusy: answer(409, "REMINDER_RUN_BUSY", "Một lượt nhắc hạn đang chạy."),
} as const satisfies Record<string, HttpErrorSpec>;

/** The tag of a failure the API knows how to answer. */
export type ErrorTag = keyof typeof httpErrors;

/** The stable code of an error tag. */
export type CodeOf<T extends ErrorTag> = (typeof httpErrors)[T]["code"];

/** Every stable error code. */
export type ErrorCode = CodeOf<ErrorTag>;

/** Whether a string is the tag of a known error. */
export const isErrorTag = (tag: string): tag is ErrorTag => Object.hasOwn(httpErrors, tag);
