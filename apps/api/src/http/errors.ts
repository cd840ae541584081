/**
 * The one seam between failures and HTTP: every tagged error any route can fail with is mapped
 * here to a status, a stable code and a Vietnamese message. Add a line per new error tag.
 * An unmapped failure is a bug: it answers 500 with code INTERNAL and is logged. Errors that
 * carry a value the caller sent (a period code) name the request field that held it, which
 * depends on the route (`params.code` on /periods/{code}, `params.period` on /units/…/periods/{period}).
 */
import { type ErrorTag, httpErrors, isErrorTag } from "@cchc/contract";
import type { PeriodLocked } from "@cchc/db/workflow/PeriodLock";
import type { AccessDenied } from "@cchc/domain/access/Access";
import { type DocumentInUse, documentUseText } from "@cchc/domain/documents/RegisterEntry";
import type { OrgUnitInvalid } from "@cchc/domain/OrgUnit";
import { completenessMappers } from "../missing-reasons/CompletenessErrors.js";
import { parIndexMappers } from "../par-index/ParIndexErrors.js";
import { reminderErrorMappers } from "../reminders/ReminderErrors.js";
import type { HttpFailure } from "./ApiError.js";
import { databaseUnavailable } from "./DatabaseFailures.js";
import type { RawRouteInput } from "./Route.js";
import type { ErrorAnswer, Mappers } from "./ServerErrors.js";

/**
 * The path of the request field holding `value`: path parameters first, then the query, then the
 * body's top-level fields; among them the `preferred` names first. Undefined when none holds it.
 */
export const fieldHolding = (input: RawRouteInput | undefined, value: string, preferred: ReadonlyArray<string>): string | undefined => {
  if (input === undefined) return undefined;
  const roots: ReadonlyArray<readonly [string, unknown]> = [
    ["params", input.params],
    ["query", input.query],
    ["body", input.body],
  ];
  for (const [root, fields] of roots) {
    if (typeof fields !== "object" || fields === null || Array.isArray(fields)) continue;
    const entries = Object.entries(fields as Record<string, unknown>).filter(([, v]) => v === value);
    const hit = entries.find(([k]) => preferred.includes(k)) ?? entries[0];
    if (hit) return `${root}.${hit[0]}`;
  }
  return undefined;
};

// A mapper for every tag of the contract: a missing one does not build.
const mappers: Mappers<ErrorTag> = {
  // request
  RequestInvalid: (e) => ({ message: "Yêu cầu có dữ liệu không hợp lệ.", details: e.issues }),
  BodyMalformed: (e) => ({ message: `Nội dung gửi lên không đọc được: ${e.reason}.` }),
  BodyTooLarge: (e) => ({
    message: `Nội dung gửi lên quá lớn (tối đa ${e.limitBytes} byte).`,
    details: { limitBytes: e.limitBytes },
  }),
  MediaTypeUnsupported: (e) => ({
    message: `Không nhận kiểu nội dung ${e.contentType}; dùng ${e.accepted.join(", ")}.`,
  }),
  DatabaseNotReady: () => databaseUnavailable,
  PasswordChangeRequired: () => ({
    message: "Cần đổi mật khẩu trước khi dùng chức năng này (mật khẩu hiện tại là mật khẩu dùng một lần hoặc vừa được đặt lại).",
    details: { changePassword: "POST /api/v1/auth/password" },
  }),
  RouteNotFound: () => ({ message: "Không có đường dẫn này trong API." }),
  // periods
  PeriodCodeInvalid: (e, input) => ({
    message: `Mã kỳ báo cáo "${e.code}" không hợp lệ. Dùng dạng 2022-M06, 2022-Q1…Q4, 2022-H1, 2022-H2, 2022-9M hoặc 2022-Y, năm từ 2000 đến 2100.`,
    details: [{ path: fieldHolding(input, e.code, ["period", "code"]) ?? "period", message: "mã kỳ báo cáo không hợp lệ" }],
  }),
  PeriodNotInRegime: (e) => ({
    message: `Kỳ ${e.code} không có trong chế độ báo cáo "${e.regime}".`,
    details: [{ path: "query.regime", message: "kỳ không thuộc chế độ này" }],
  }),
  // report checking
  TextEncodingInvalid: () => ({
    message: "Văn bản không phải UTF-8. Lưu lại tệp với mã hóa UTF-8 rồi gửi lại.",
  }),
  DocxUnreadable: (e) => ({
    message:
      e.reason === "not-zip"
        ? "Tệp không phải .docx hợp lệ (không mở được như tệp Word)."
        : "Tệp .docx không có nội dung văn bản (thiếu word/document.xml).",
  }),
  PdfConverterMissing: (e) => ({
    message: `Máy chủ chưa cài LibreOffice để chuyển báo cáo sang PDF; cài gói ${e.package} (apt-get install -y ${e.package}) hoặc tải bản Word (format=docx).`,
    details: { package: e.package },
  }),
  PdfConversionFailed: (e) => ({
    message: `Chưa chuyển được báo cáo sang PDF (${e.reason}); thử lại sau hoặc tải bản Word (format=docx).`,
  }),
  ReportEmpty: () => ({ message: "Chưa gửi nội dung báo cáo." }),
  // reports
  CatalogueNotFound: (e) => ({ message: `Chưa có danh mục chỉ tiêu áp dụng cho năm ${e.year}.` }),
  // dossiers (dossiers/)
  DossierBatchInvalid: (e) => ({
    message: `Lô hồ sơ có ${e.total} dòng không hợp lệ; không hồ sơ nào trong lô được lưu. ${e.issues[0]?.message ?? ""}`.trim(),
    details: e.issues.map((i) => ({ line: i.line, field: i.field, reason: i.reason, message: i.message })),
  }),
  DossierBatchTooLarge: (e) => ({
    message: `Lô hồ sơ có ${e.lines} dòng, vượt giới hạn ${e.limit} dòng mỗi lô; hãy chia nhỏ lô.`,
    details: { lines: e.lines, limitLines: e.limit },
  }),
  DossierBatchBodyTooLarge: (e) => ({
    message: `Lô hồ sơ vượt giới hạn ${e.limitBytes} byte mỗi lô; hãy chia nhỏ lô.`,
    details: { limitBytes: e.limitBytes },
  }),
  DossierWindowInvalid: (e) => ({
    message: `Khoảng thời gian từ ${e.start} đến ${e.end} không hợp lệ.`,
  }),
  // report settings
  ReportSettingsNotFound: (e) => ({
    message: `Chưa có thể thức báo cáo cho đơn vị "${e.unit}".`,
  }),
  ReportSettingsConflict: (e) => ({
    message: `Thể thức báo cáo của "${e.unit}" vừa được người khác sửa (phiên bản ${e.currentVersion}, bạn đọc phiên bản ${e.expectedVersion}). Tải lại rồi sửa lại.`,
    details: { currentVersion: e.currentVersion },
  }),
  // org units
  OrgUnitNotFound: (e) => ({ message: `Không tìm thấy đơn vị có mã "${e.code}".` }),
  OrgUnitDuplicate: (e) => ({ message: `Đã có đơn vị mã "${e.code}".` }),
  OrgUnitParentMissing: (e) => ({
    message: `Đơn vị cấp trên "${e.parentCode}" không tồn tại.`,
  }),
  OrgUnitInvalid: (e) => ({
    message: orgUnitInvalidMessage(e),
    details: [{ path: `body.${e.field}`, message: e.problem }],
  }),
  // accounts and access (auth/)
  AuthRequired: () => ({
    message: "Cần đăng nhập hoặc gửi mã truy cập API (Authorization: Bearer …) để dùng chức năng này.",
  }),
  CredentialsInvalid: () => ({
    message: "Mã truy cập API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.",
  }),
  CsrfTokenInvalid: () => ({
    message: "Thiếu hoặc sai mã chống giả mạo yêu cầu (X-CSRF-Token). Tải lại trang rồi thử lại.",
  }),
  AccessDenied: (e) => ({
    message: accessDeniedMessage(e),
    details: { action: e.action, unit: e.unit ?? null, reason: e.reason },
  }),
  SignInFailed: () => ({ message: "Tên đăng nhập hoặc mật khẩu không đúng." }),
  SignInThrottled: (e) => ({
    message: `Đăng nhập sai nhiều lần. Vui lòng thử lại sau ${e.retryAfterSeconds} giây.`,
    details: { retryAfterSeconds: e.retryAfterSeconds },
  }),
  PasswordChangeRefused: (e) => ({
    message: e.reason === "current-wrong" ? "Mật khẩu hiện tại không đúng." : "Mật khẩu mới phải có ít nhất 10 ký tự.",
  }),
  UserNotFound: (e) => ({ message: `Không có người dùng "${e.username}".` }),
  UserDuplicate: (e) => ({ message: `Đã có người dùng "${e.username}".` }),
  OwnAccountDisable: (e) => ({
    message: `Không thể tự khóa tài khoản đang dùng ("${e.username}"); nhờ một quản trị khác.`,
  }),
  TokenNotFound: (e) => ({ message: `Không có mã truy cập "${e.id}".` }),
  // workflow (workflow/)
  PeriodLocked: (e) => ({
    message: periodLockedMessage(e),
    details: { unit: e.unit, period: e.period, state: e.state, refused: e.refused, approvedBy: e.approvedBy, approvedAt: e.approvedAt },
  }),
  WorkflowTransitionInvalid: (e) => ({
    message: `Không thể ${commandVi[e.command] ?? e.command} báo cáo đang ở trạng thái "${stateVi[e.state] ?? e.state}".`,
    details: { command: e.command, state: e.state },
  }),
  WorkflowReasonMissing: (e) => ({
    message: e.missing === "reason" ? "Cần nêu lý do." : "Cần nêu các chỉ tiêu hoặc phần được mở lại.",
    details: [{ path: e.missing === "reason" ? "body.reason" : "body.items", message: "bắt buộc" }],
  }),
  SubmissionBlocked: (e) => ({
    message: `Chưa gửi được: số liệu còn ${e.errors.length} lỗi cần sửa.`,
    details: { errors: e.errors, warnings: e.warnings },
  }),
  WarningCommentRequired: (e) => ({
    message: `Số liệu có ${e.warnings.length} cảnh báo: cần ghi chú giải trình (trường comment) khi gửi.`,
    details: { warnings: e.warnings },
  }),
  // indicators, values, documents, plans, narratives
  IndicatorNotFound: (e) => ({
    message: `Không có chỉ tiêu "${e.code}" trong danh mục năm ${e.year}.`,
  }),
  ClaimConflict: (e) => ({
    message:
      e.current === null
        ? `Không có tỷ lệ ${e.rate}${e.disaggregation ? ` [${e.disaggregation}]` : ""} để sửa hoặc bỏ (có thể người khác đã bỏ); hãy tải lại.`
        : `Tỷ lệ ${e.rate}${e.disaggregation ? ` [${e.disaggregation}]` : ""} đã được người khác sửa (phiên bản hiện tại ${e.current.version}, bạn gửi phiên bản ${e.expectedVersion}). Không có thay đổi nào được lưu; hãy tải lại rồi sửa.`,
    details: { rate: e.rate, disaggregation: e.disaggregation, expectedVersion: e.expectedVersion, current: e.current },
  }),
  ValueConflict: (e) => ({
    message: `Số liệu ${e.indicator}${e.disaggregation ? ` [${e.disaggregation}]` : ""} đã được người khác cập nhật (phiên bản hiện tại ${e.current?.version ?? 0}, bạn gửi phiên bản ${e.expectedVersion}). Không có thay đổi nào được lưu; hãy tải lại rồi sửa.`,
    details: {
      indicator: e.indicator,
      disaggregation: e.disaggregation,
      index: e.index,
      expectedVersion: e.expectedVersion,
      current: e.current,
    },
  }),
  DocumentDuplicate: (e) => ({
    message: `Văn bản số ${e.numberSymbol} của ${e.issuer} đã có trong sổ.`,
    details: { existingId: e.existingId, numberSymbol: e.numberSymbol },
  }),
  DocumentNotFound: (e) => ({ message: `Không tìm thấy văn bản mã ${e.id}.` }),
  DocumentInUse: (e) => ({ message: documentInUseMessage(e), details: e.uses }),
  DocumentParentInvalid: (e) => ({
    message: `Văn bản cấp trên mã ${e.parentId} không có trong sổ.`,
    details: [{ path: "body.parentId", message: "không có văn bản này" }],
  }),
  PlanExists: (e) => ({
    message: `Đơn vị ${e.unit} đã có kế hoạch cải cách hành chính năm ${e.year}; mỗi năm một kế hoạch.`,
  }),
  PlanDocumentMissing: (e) => ({
    message: `Văn bản mã ${e.documentId} không có trong sổ.`,
    details: [{ path: "body.documentId", message: "không có văn bản này trong sổ" }],
  }),
  PlanNotFound: (e) => ({
    message: `Đơn vị ${e.unit} chưa có kế hoạch cải cách hành chính năm ${e.year}.`,
  }),
  TaskNotFound: (e) => ({ message: `Không tìm thấy nhiệm vụ mã ${e.id}.` }),
  TaskConflict: (e) => ({
    message: `Nhiệm vụ đã được người khác cập nhật (phiên bản hiện tại ${e.currentVersion}). Hãy tải lại rồi sửa.`,
    details: { currentVersion: e.currentVersion, expectedVersion: e.expectedVersion, current: e.current },
  }),
  TaskInvalid: (e) => ({
    message: `Nhiệm vụ không hợp lệ: ${e.reason}.`,
    details: [{ path: `body.${e.field}`, message: e.reason }],
  }),
  // inspections and activities (inspections/, activities/)
  InspectionNotFound: (e) => ({ message: `Không tìm thấy cuộc kiểm tra mã ${e.id}.` }),
  InspectionConflict: (e) => ({
    message: `Cuộc kiểm tra đã được người khác sửa (phiên bản hiện tại ${e.current.version}, bạn gửi phiên bản ${e.expectedVersion}). Không có thay đổi nào được lưu; hãy tải lại rồi sửa.`,
    details: { currentVersion: e.current.version, expectedVersion: e.expectedVersion, current: e.current },
  }),
  InspectionInvalid: (e) => ({
    message: `Cuộc kiểm tra không hợp lệ: ${e.reason}.`,
    details: [{ path: `body.${e.field}`, message: e.reason }],
  }),
  ActivityNotFound: (e) => ({ message: `Không tìm thấy hoạt động mã ${e.id}.` }),
  ActivityConflict: (e) => ({
    message: `Hoạt động đã được người khác sửa (phiên bản hiện tại ${e.current.version}, bạn gửi phiên bản ${e.expectedVersion}). Không có thay đổi nào được lưu; hãy tải lại rồi sửa.`,
    details: { currentVersion: e.current.version, expectedVersion: e.expectedVersion, current: e.current },
  }),
  ActivityInvalid: (e) => ({
    message: `Hoạt động không hợp lệ: ${e.reason}.`,
    details: [{ path: `body.${e.field}`, message: e.reason }],
  }),
  NarrativeNotFound: (e) => ({
    message: `Chưa có thuyết minh mục ${e.section} của ${e.unit} kỳ ${e.period}.`,
  }),
  NarrativeConflict: (e) => ({
    message: `Thuyết minh mục ${e.section} đã được người khác cập nhật (phiên bản hiện tại ${e.currentVersion}).`,
    details: { currentVersion: e.currentVersion, expectedVersion: e.expectedVersion },
  }),
  // PAR Index (par-index/)
  ...completenessMappers,
  ...parIndexMappers,
  // deadlines and reminders (reminders/)
  ...reminderErrorMappers,
};

const actionVi: Record<string, string> = {
  read: "xem",
  "write-values": "ghi số liệu",
  "write-dossiers": "ghi hồ sơ",
  approve: "phê duyệt",
  admin: "quản trị",
};
const commandVi: Record<string, string> = { submit: "gửi", approve: "phê duyệt", return: "trả lại", reopen: "mở lại" };
const stateVi: Record<string, string> = {
  draft: "đang soạn",
  submitted: "đã gửi",
  approved: "đã phê duyệt",
  returned: "bị trả lại",
  reopened: "mở lại một phần",
};

// The message names the action and the unit the caller asked for, never data it may not see.
const accessDeniedMessage = (e: AccessDenied): string => {
  const what = `${actionVi[e.action] ?? e.action}${e.unit ? ` dữ liệu của đơn vị ${e.unit}` : ""}`;
  if (e.reason === "token-scope") return `Mã truy cập API này không có phạm vi để ${what}.`;
  if (e.reason === "token-unit") return `Mã truy cập API này chỉ dùng cho một nhánh đơn vị khác; không được ${what}.`;
  return `Bạn không có quyền ${what}.`;
};

const orgUnitInvalidMessage = (e: OrgUnitInvalid): string => {
  switch (e.problem) {
    case "window-reversed":
      return `Đơn vị "${e.code}": ngày hết hiệu lực trước ngày bắt đầu hiệu lực.`;
    case "successor-without-end":
      return `Đơn vị "${e.code}" có đơn vị kế thừa nên phải có ngày hết hiệu lực.`;
    case "successor-unknown":
      return `Đơn vị kế thừa "${e.successorCode}" của "${e.code}" không tồn tại.`;
    case "successor-not-valid":
      return `Đơn vị kế thừa "${e.successorCode}" phải còn hiệu lực vào ngày sau ngày "${e.code}" hết hiệu lực.`;
    default:
      return `Chuỗi đơn vị kế thừa của "${e.code}" quay vòng trở lại.`;
  }
};

/** "Văn bản mã 12 đang là minh chứng của nhiệm vụ «…» (mã 5) và 2 nơi khác; …": at most three uses named. */
const documentInUseMessage = (e: DocumentInUse): string => {
  const named = e.uses.slice(0, 3).map(documentUseText).join("; ");
  const more = e.uses.length > 3 ? ` và ${e.uses.length - 3} nơi khác` : "";
  return `Văn bản mã ${e.id} đang là minh chứng của ${named}${more}. Gỡ minh chứng ở đó rồi mới xóa được văn bản; chưa có gì bị xóa.`;
};

const periodLockedMessage = (e: PeriodLocked): string => {
  const who = e.approvedBy ? ` bởi ${e.approvedBy}` : "";
  const when = e.approvedAt ? ` ngày ${new Date(e.approvedAt).toISOString().slice(0, 10).split("-").reverse().join("/")}` : "";
  const which = e.refused?.length ? ` (${e.refused.join(", ")})` : "";
  return `Số liệu của đơn vị ${e.unit} kỳ ${e.period}${which} đã được phê duyệt${who}${when} nên bị khóa; cần người phê duyệt mở lại trước khi sửa.`;
};

/** The HTTP answer for a failure of any route; `input` (the raw request fields) lets it name the field at fault. */
export const toHttpFailure = (error: unknown, input?: RawRouteInput): HttpFailure | undefined => {
  const tag = typeof error === "object" && error !== null && "_tag" in error ? String(error._tag) : undefined;
  if (tag === undefined || !isErrorTag(tag)) return undefined;
  const { status, code } = httpErrors[tag];
  // The tag names the class (ServerErrors.ts), so the mapper of that tag reads its fields.
  const answer = (mappers[tag] as (e: unknown, input: RawRouteInput | undefined) => ErrorAnswer)(error, input);
  return { status, code, message: answer.message, details: answer.details, ...(answer.headers ? { headers: answer.headers } : {}) };
};

/** The answer for a failure nobody mapped, or a defect: a bug, never the client's fault. */
export const internal: HttpFailure = {
  status: 500,
  code: "INTERNAL",
  message: "Lỗi hệ thống ngoài dự kiến. Dữ liệu đã lưu không bị ảnh hưởng; vui lòng thử lại hoặc báo cho quản trị viên.",
};
