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

/** The errors of the API by failure tag. */
export const httpErrors = {
  RequestInvalid: {
    status: 400,
    code: "REQUEST_INVALID",
    description: "Đường dẫn, tham số hoặc nội dung gửi lên không hợp lệ; details nêu từng trường (path, message).",
  },
  BodyMalformed: { status: 400, code: "BODY_MALFORMED", description: "Nội dung gửi lên không đọc được (JSON sai cú pháp, sai mã hóa)." },
  BodyTooLarge: { status: 413, code: "BODY_TOO_LARGE", description: "Nội dung gửi lên vượt giới hạn kích thước." },
  MediaTypeUnsupported: { status: 415, code: "MEDIA_TYPE_UNSUPPORTED", description: "Kiểu nội dung (Content-Type) không được nhận." },
  DatabaseNotReady: {
    status: 503,
    code: "DATABASE_UNAVAILABLE",
    description: "Cơ sở dữ liệu tạm thời không trả lời; thử lại sau (Retry-After).",
  },
  PasswordChangeRequired: {
    status: 403,
    code: "PASSWORD_CHANGE_REQUIRED",
    description: "Tài khoản cần đổi mật khẩu trước khi dùng chức năng này.",
  },
  RouteNotFound: { status: 404, code: "ROUTE_NOT_FOUND", description: "Không có đường dẫn này trong API." },
  PeriodCodeInvalid: { status: 400, code: "PERIOD_CODE_INVALID", description: "Mã kỳ báo cáo không hợp lệ." },
  PeriodNotInRegime: { status: 400, code: "PERIOD_NOT_IN_REGIME", description: "Kỳ không thuộc chế độ báo cáo đã nêu." },
  TextEncodingInvalid: { status: 400, code: "TEXT_ENCODING_INVALID", description: "Văn bản không phải UTF-8." },
  DocxUnreadable: { status: 400, code: "DOCX_UNREADABLE", description: "Tệp không phải .docx đọc được." },
  PdfConverterMissing: { status: 503, code: "PDF_CONVERTER_MISSING", description: "Máy chủ chưa cài bộ chuyển sang PDF." },
  PdfConversionFailed: { status: 503, code: "PDF_CONVERSION_FAILED", description: "Chưa chuyển được sang PDF." },
  ReportEmpty: { status: 400, code: "REPORT_EMPTY", description: "Chưa gửi nội dung báo cáo." },
  CatalogueNotFound: { status: 404, code: "CATALOGUE_NOT_FOUND", description: "Chưa có danh mục chỉ tiêu của năm." },
  DossierBatchInvalid: {
    status: 400,
    code: "DOSSIER_BATCH_INVALID",
    description: "Lô hồ sơ có dòng không hợp lệ; không hồ sơ nào được lưu (details nêu dòng, trường).",
  },
  DossierBatchTooLarge: { status: 413, code: "DOSSIER_BATCH_TOO_LARGE", description: "Lô hồ sơ vượt giới hạn số dòng." },
  DossierBatchBodyTooLarge: { status: 413, code: "DOSSIER_BATCH_TOO_LARGE", description: "Lô hồ sơ vượt giới hạn kích thước." },
  DossierWindowInvalid: { status: 400, code: "DOSSIER_WINDOW_INVALID", description: "Khoảng thời gian không hợp lệ." },
  ReportSettingsNotFound: { status: 404, code: "REPORT_SETTINGS_NOT_FOUND", description: "Đơn vị chưa có thể thức báo cáo." },
  ReportSettingsConflict: {
    status: 409,
    code: "REPORT_SETTINGS_CONFLICT",
    description: "Thể thức báo cáo vừa được người khác sửa (phiên bản cũ).",
  },
  OrgUnitNotFound: { status: 404, code: "ORG_UNIT_NOT_FOUND", description: "Không có đơn vị này." },
  OrgUnitDuplicate: { status: 409, code: "ORG_UNIT_DUPLICATE", description: "Đã có đơn vị cùng mã." },
  OrgUnitParentMissing: { status: 400, code: "ORG_UNIT_PARENT_MISSING", description: "Đơn vị cấp trên không tồn tại." },
  OrgUnitInvalid: { status: 400, code: "ORG_UNIT_INVALID", description: "Đơn vị không hợp lệ (hiệu lực, đơn vị kế thừa)." },
  AuthRequired: { status: 401, code: "AUTH_REQUIRED", description: "Cần đăng nhập hoặc mã truy cập API." },
  CredentialsInvalid: { status: 401, code: "CREDENTIALS_INVALID", description: "Mã truy cập API không hợp lệ, hết hạn hoặc đã thu hồi." },
  CsrfTokenInvalid: { status: 403, code: "CSRF_TOKEN_INVALID", description: "Thiếu hoặc sai mã chống giả mạo yêu cầu (X-CSRF-Token)." },
  AccessDenied: { status: 403, code: "ACCESS_DENIED", description: "Không có quyền với đơn vị hoặc chức năng này." },
  SignInFailed: { status: 401, code: "SIGN_IN_FAILED", description: "Tên đăng nhập hoặc mật khẩu không đúng." },
  SignInThrottled: { status: 429, code: "SIGN_IN_THROTTLED", description: "Đăng nhập sai nhiều lần; chờ theo Retry-After." },
  PasswordChangeRefused: { status: 400, code: "PASSWORD_CHANGE_REFUSED", description: "Mật khẩu hiện tại sai hoặc mật khẩu mới quá ngắn." },
  UserNotFound: { status: 404, code: "USER_NOT_FOUND", description: "Không có người dùng này." },
  UserDuplicate: { status: 409, code: "USER_DUPLICATE", description: "Đã có người dùng cùng tên đăng nhập." },
  OwnAccountDisable: { status: 409, code: "USER_DISABLE_SELF", description: "Không tự khóa được tài khoản đang dùng." },
  TokenNotFound: { status: 404, code: "TOKEN_NOT_FOUND", description: "Không có mã truy cập này." },
  PeriodLocked: { status: 409, code: "PERIOD_LOCKED", description: "Số liệu của kỳ đã được phê duyệt nên bị khóa." },
  WorkflowTransitionInvalid: {
    status: 409,
    code: "WORKFLOW_TRANSITION_INVALID",
    description: "Bước xử lý không hợp lệ ở trạng thái hiện tại của báo cáo.",
  },
  WorkflowReasonMissing: { status: 400, code: "WORKFLOW_REASON_MISSING", description: "Cần nêu lý do hoặc các mục được mở lại." },
  SubmissionBlocked: { status: 422, code: "SUBMISSION_BLOCKED", description: "Số liệu còn lỗi nên chưa gửi được." },
  WarningCommentRequired: {
    status: 422,
    code: "WARNING_COMMENT_REQUIRED",
    description: "Số liệu có cảnh báo: cần ghi chú giải trình khi gửi.",
  },
  IndicatorNotFound: { status: 404, code: "INDICATOR_NOT_FOUND", description: "Không có chỉ tiêu này trong danh mục của năm." },
  ClaimConflict: { status: 409, code: "CLAIM_CONFLICT", description: "Tỷ lệ nêu trong báo cáo vừa được người khác sửa hoặc bỏ." },
  ValueConflict: {
    status: 409,
    code: "VALUE_CONFLICT",
    description: "Số liệu vừa được người khác cập nhật (phiên bản cũ); không có gì được lưu.",
  },
  DocumentDuplicate: {
    status: 409,
    code: "DOCUMENT_DUPLICATE",
    description: "Văn bản cùng số, ký hiệu và cơ quan ban hành đã có trong sổ.",
  },
  DocumentNotFound: { status: 404, code: "DOCUMENT_NOT_FOUND", description: "Không có văn bản này trong sổ." },
  DocumentParentInvalid: { status: 400, code: "DOCUMENT_PARENT_INVALID", description: "Văn bản cấp trên không có trong sổ." },
  PlanExists: { status: 409, code: "PLAN_EXISTS", description: "Đơn vị đã có kế hoạch của năm." },
  PlanDocumentMissing: { status: 400, code: "REQUEST_INVALID", description: "Văn bản ban hành kế hoạch không có trong sổ." },
  PlanNotFound: { status: 404, code: "PLAN_NOT_FOUND", description: "Đơn vị chưa có kế hoạch của năm." },
  TaskNotFound: { status: 404, code: "TASK_NOT_FOUND", description: "Không có nhiệm vụ này." },
  TaskConflict: { status: 409, code: "TASK_CONFLICT", description: "Nhiệm vụ vừa được người khác sửa (phiên bản cũ)." },
  TaskInvalid: { status: 400, code: "TASK_INVALID", description: "Nhiệm vụ không hợp lệ." },
  InspectionNotFound: { status: 404, code: "INSPECTION_NOT_FOUND", description: "Không có cuộc kiểm tra này." },
  InspectionConflict: { status: 409, code: "INSPECTION_CONFLICT", description: "Cuộc kiểm tra vừa được người khác sửa (phiên bản cũ)." },
  InspectionInvalid: { status: 400, code: "INSPECTION_INVALID", description: "Cuộc kiểm tra không hợp lệ." },
  ActivityNotFound: { status: 404, code: "ACTIVITY_NOT_FOUND", description: "Không có hoạt động này." },
  ActivityConflict: { status: 409, code: "ACTIVITY_CONFLICT", description: "Hoạt động vừa được người khác sửa (phiên bản cũ)." },
  ActivityInvalid: { status: 400, code: "ACTIVITY_INVALID", description: "Hoạt động không hợp lệ." },
  NarrativeNotFound: { status: 404, code: "NARRATIVE_NOT_FOUND", description: "Chưa có thuyết minh của mục này." },
  NarrativeConflict: { status: 409, code: "NARRATIVE_CONFLICT", description: "Thuyết minh vừa được người khác sửa (phiên bản cũ)." },
  ParFrameworkNotFound: { status: 404, code: "PAR_FRAMEWORK_NOT_FOUND", description: "Không có bộ chỉ số này." },
  ParFrameworkExists: { status: 409, code: "PAR_FRAMEWORK_EXISTS", description: "Đã có bộ chỉ số cùng mã." },
  ParFrameworkInvalid: { status: 400, code: "PAR_FRAMEWORK_INVALID", description: "Bộ chỉ số không hợp lệ." },
  ParCriterionNotFound: { status: 404, code: "PAR_CRITERION_NOT_FOUND", description: "Bộ chỉ số không có tiêu chí được chấm này." },
  ParScoreInvalid: { status: 400, code: "PAR_SCORE_INVALID", description: "Điểm ngoài khoảng hoặc không đúng bước điểm." },
  ParEvidenceRequired: { status: 400, code: "PAR_EVIDENCE_REQUIRED", description: "Tiêu chí có điểm tự chấm cần ít nhất một minh chứng." },
  ParEvidenceNotFound: { status: 400, code: "PAR_EVIDENCE_NOT_FOUND", description: "Minh chứng không có trong sổ văn bản." },
  ParLocked: { status: 409, code: "PAR_LOCKED", description: "Kết quả chấm điểm đang bị khóa ở trạng thái hiện tại." },
  ParScoreConflict: { status: 409, code: "PAR_SCORE_CONFLICT", description: "Điểm vừa được người khác sửa (phiên bản cũ)." },
  ParScoreNotSelfAssessed: { status: 400, code: "PAR_SCORE_NOT_SELF_ASSESSED", description: "Tiêu chí chưa được đơn vị tự chấm." },
  ParReasonRequired: { status: 400, code: "PAR_REASON_REQUIRED", description: "Cần nêu lý do." },
  ParSurveySourceRequired: { status: 400, code: "PAR_SURVEY_SOURCE_REQUIRED", description: "Điểm điều tra xã hội học cần nêu nguồn." },
  ParNotAppraiser: { status: 403, code: "PAR_NOT_APPRAISER", description: "Người gọi không thuộc cấp thẩm định của đơn vị." },
  ParUnitNotAssessed: { status: 400, code: "PAR_UNIT_NOT_ASSESSED", description: "Đơn vị không thuộc đối tượng của bộ chỉ số." },
  ParTransitionInvalid: {
    status: 409,
    code: "PAR_TRANSITION_INVALID",
    description: "Bước xử lý không hợp lệ ở trạng thái hiện tại của kết quả chấm điểm.",
  },
  SubmissionIncomplete: { status: 422, code: "SUBMISSION_INCOMPLETE", description: "Thiếu chỉ tiêu bắt buộc chưa có số liệu hoặc lý do." },
  MissingReasonConflict: {
    status: 409,
    code: "MISSING_REASON_CONFLICT",
    description: "Lý do thiếu số liệu vừa được người khác sửa (phiên bản cũ).",
  },
  CalendarTokenInvalid: { status: 401, code: "CALENDAR_TOKEN_INVALID", description: "Mã lịch không hợp lệ hoặc đã thu hồi." },
  CalendarTokenNotFound: { status: 404, code: "CALENDAR_TOKEN_NOT_FOUND", description: "Không có mã lịch này." },
  ReminderRunBusy: { status: 409, code: "REMINDER_RUN_BUSY", description: "Một lượt nhắc hạn đang chạy." },
} as const satisfies Record<string, HttpErrorSpec>;

/** The tag of a failure the API knows how to answer. */
export type ErrorTag = keyof typeof httpErrors;

/** The stable code of an error tag. */
export type CodeOf<T extends ErrorTag> = (typeof httpErrors)[T]["code"];

/** Every stable error code. */
export type ErrorCode = CodeOf<ErrorTag>;

/** Whether a string is the tag of a known error. */
export const isErrorTag = (tag: string): tag is ErrorTag => Object.hasOwn(httpErrors, tag);
