/**
 * The one seam between failures and HTTP: every tagged error any route can fail with is mapped
 * here to a status, a stable code and a Vietnamese message. Add a line per new error tag.
 * An unmapped failure is a bug: it answers 500 with code INTERNAL and is logged.
 */
import type { HttpFailure } from "./ApiError.js";

type Tagged = { readonly _tag: string } & Record<string, any>;
type Mapper = (e: any) => HttpFailure;

const mappers: Record<string, Mapper> = {
  // request
  RequestInvalid: (e) => ({ status: 400, code: "REQUEST_INVALID", message: "Yêu cầu có dữ liệu không hợp lệ.", details: e.issues }),
  BodyMalformed: (e) => ({ status: 400, code: "BODY_MALFORMED", message: `Nội dung gửi lên không đọc được: ${e.reason}.` }),
  BodyTooLarge: (e) => ({ status: 413, code: "BODY_TOO_LARGE", message: `Nội dung gửi lên quá lớn (tối đa ${e.limitBytes} byte).`, details: { limitBytes: e.limitBytes } }),
  MediaTypeUnsupported: (e) => ({ status: 415, code: "MEDIA_TYPE_UNSUPPORTED", message: `Không nhận kiểu nội dung ${e.contentType}; dùng ${e.accepted.join(", ")}.` }),
  RouteNotFound: (e) => ({ status: 404, code: "ROUTE_NOT_FOUND", message: `Không có đường dẫn ${e.path} trong API.` }),
  // periods
  PeriodCodeInvalid: (e) => ({
    status: 400,
    code: "PERIOD_CODE_INVALID",
    message: `Mã kỳ báo cáo "${e.code}" không hợp lệ. Dùng dạng 2022-M06, 2022-Q1…Q4, 2022-H1, 2022-H2, 2022-9M hoặc 2022-Y.`,
    details: [{ path: "params.code", message: "mã kỳ báo cáo không hợp lệ" }],
  }),
  PeriodNotInRegime: (e) => ({
    status: 400,
    code: "PERIOD_NOT_IN_REGIME",
    message: `Kỳ ${e.code} không có trong chế độ báo cáo "${e.regime}".`,
    details: [{ path: "query.regime", message: "kỳ không thuộc chế độ này" }],
  }),
  // org units
  OrgUnitNotFound: (e) => ({ status: 404, code: "ORG_UNIT_NOT_FOUND", message: `Không tìm thấy đơn vị có mã "${e.code}".` }),
  OrgUnitDuplicate: (e) => ({ status: 409, code: "ORG_UNIT_DUPLICATE", message: `Đã có đơn vị mã "${e.code}".` }),
  OrgUnitParentMissing: (e) => ({ status: 400, code: "ORG_UNIT_PARENT_MISSING", message: `Đơn vị cấp trên "${e.parentCode}" không tồn tại.` }),
};

/** The HTTP answer for a failure of any route. */
export const toHttpFailure = (error: unknown): HttpFailure | undefined => {
  const tag = typeof error === "object" && error !== null && "_tag" in error ? String((error as Tagged)._tag) : undefined;
  const mapper = tag === undefined ? undefined : mappers[tag];
  return mapper?.(error);
};

/** The answer for a failure nobody mapped, or a defect: a bug, never the client's fault. */
export const internal: HttpFailure = {
  status: 500,
  code: "INTERNAL",
  message: "Lỗi hệ thống ngoài dự kiến. Dữ liệu đã lưu không bị ảnh hưởng; vui lòng thử lại hoặc báo cho quản trị viên.",
};
