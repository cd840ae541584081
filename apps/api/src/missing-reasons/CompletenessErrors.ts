/**
 * HTTP answers of completeness (ADR 0021): an incomplete submission (422 SUBMISSION_INCOMPLETE,
 * listing the compulsory indicators with neither a value nor a reason) and a stale reason change
 * (409 MISSING_REASON_CONFLICT). Spread into the mappers of `http/errors.ts`.
 */
import type { Mappers } from "../http/ServerErrors.js";

/** Error tag → HTTP failure. */
export const completenessMappers: Mappers<"SubmissionIncomplete" | "MissingReasonConflict"> = {
  SubmissionIncomplete: (e) => ({
    message: `Chưa gửi được: ${e.missing.length} chỉ tiêu bắt buộc chưa có số liệu và chưa có lý do (${e.missing
      .map((m: { nameVi: string }) => m.nameVi)
      .join("; ")}). Hãy nhập số liệu hoặc nêu lý do không có số liệu.`,
    details: { missing: e.missing, errors: e.errors, warnings: e.warnings },
  }),
  MissingReasonConflict: (e) => ({
    message:
      e.current === null
        ? `Không có lý do thiếu số liệu của chỉ tiêu ${e.indicator} để sửa hoặc bỏ (có thể người khác đã bỏ, hoặc phiên bản ${e.expectedVersion} không đúng); hãy tải lại.`
        : `Lý do thiếu số liệu của chỉ tiêu ${e.indicator} đã được người khác sửa (phiên bản hiện tại ${e.current.version}, bạn gửi phiên bản ${e.expectedVersion}). Không có thay đổi nào được lưu; hãy tải lại rồi sửa.`,
    details: { indicator: e.indicator, expectedVersion: e.expectedVersion, current: e.current },
  }),
};
