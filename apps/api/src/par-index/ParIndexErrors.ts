/**
 * The HTTP answers of the PAR Index failures (spread into `http/errors.ts`): status, stable code,
 * Vietnamese message and the request field at fault.
 */

import type { ErrorTag } from "@cchc/contract";
import { stateLabelVi } from "@cchc/domain/par-index/ParWorkflow";
import type { Mappers } from "../http/ServerErrors.js";

type ParTag = Extract<ErrorTag, `Par${string}`>;

const pts = (n: number): string => String(n).replace(".", ",");
const levelVi: Record<string, string> = { province: "tỉnh", department: "sở, ban, ngành", district: "huyện", commune: "xã" };
const state = (s: string): string => stateLabelVi[s as keyof typeof stateLabelVi] ?? s;

/** Mappers by error tag. */
export const parIndexMappers: Mappers<ParTag> = {
  ParFrameworkNotFound: (e) => ({ message: `Không có bộ chỉ số mã "${e.code}".` }),
  ParFrameworkExists: (e) => ({
    message: `Đã có bộ chỉ số mã "${e.code}". Bộ chỉ số không sửa được; hãy nạp phiên bản mới với mã mới.`,
  }),
  ParFrameworkInvalid: (e) => ({
    message: `Bộ chỉ số không hợp lệ: ${e.problem}`,
    details: [{ path: e.path ? `body.${e.path}` : "body", message: e.problem }],
  }),
  ParCriterionNotFound: (e) => ({
    message: `Bộ chỉ số ${e.framework} không có tiêu chí được chấm mã "${e.criterion}".`,
    details: [{ path: "params.criterion", message: "tiêu chí không có trong bộ chỉ số" }],
  }),
  ParScoreInvalid: (e) => ({
    message:
      e.problem === "out-of-range"
        ? `Điểm ${pts(e.score)} của tiêu chí ${e.criterion} phải từ 0 đến ${pts(e.maxScore)}.`
        : `Điểm ${pts(e.score)} của tiêu chí ${e.criterion} phải là bội số của ${pts(e.step)}.`,
    details: [{ path: e.field, message: e.problem === "out-of-range" ? `từ 0 đến ${pts(e.maxScore)}` : `bội số của ${pts(e.step)}` }],
  }),
  ParEvidenceRequired: (e) => ({
    message: `Tiêu chí ${e.criterion} có điểm tự chấm nên cần ít nhất một minh chứng (văn bản trong sổ).`,
    details: [{ path: "body.evidence", message: "cần ít nhất một minh chứng" }],
  }),
  ParEvidenceNotFound: (e) => ({
    message: `Minh chứng thứ ${e.index + 1} của tiêu chí ${e.criterion} (văn bản mã ${e.id}) không có trong sổ văn bản.`,
    details: [{ path: `body.evidence.${e.index}.id`, message: "không có trong sổ văn bản" }],
  }),
  ParLocked: (e) => ({
    message:
      e.state === "published"
        ? `Kết quả Chỉ số CCHC của ${e.unit} (${e.framework}) đã công bố nên bị khóa.`
        : e.by === "unit"
          ? `Kết quả tự chấm của ${e.unit} đang ở trạng thái "${state(e.state)}": đơn vị không sửa được, trừ khi cấp trên trả lại.`
          : `Kết quả của ${e.unit} đang ở trạng thái "${state(e.state)}": chỉ thẩm định sau khi đơn vị đã gửi.`,
    details: { state: e.state },
  }),
  ParScoreConflict: (e) => ({
    message: `Tiêu chí ${e.criterion} vừa được người khác cập nhật (phiên bản ${e.currentVersion}, bạn đọc phiên bản ${e.expectedVersion}). Tải lại rồi sửa lại.`,
    details: { currentVersion: e.currentVersion, expectedVersion: e.expectedVersion },
  }),
  ParScoreNotSelfAssessed: (e) => ({
    message:
      e.method === "formula"
        ? `Tiêu chí ${e.criterion} được tính từ số liệu của đơn vị; đơn vị không tự chấm được (người thẩm định có thể điều chỉnh kèm lý do).`
        : `Tiêu chí ${e.criterion} lấy điểm từ kết quả điều tra xã hội học; đơn vị không tự chấm được.`,
    details: [{ path: "body.selfScore", message: "tiêu chí không tự chấm" }],
  }),
  ParReasonRequired: (e) => ({
    message: e.criterion
      ? `Điều chỉnh điểm tiêu chí ${e.criterion} khi thẩm định cần nêu lý do.`
      : "Trả lại kết quả tự chấm cần nêu lý do.",
    details: [{ path: "body.reason", message: "bắt buộc" }],
  }),
  ParSurveySourceRequired: (e) => ({
    message: `Điểm điều tra của tiêu chí ${e.criterion} cần ghi nguồn (cuộc điều tra, đợt nhập).`,
    details: [{ path: "body.surveySource", message: "bắt buộc" }],
  }),
  ParNotAppraiser: (e) => ({
    message: `Chỉ người có vai trò phê duyệt ở đơn vị cấp trên của ${e.unit} mới thẩm định, trả lại hoặc công bố kết quả của đơn vị này.`,
  }),
  ParUnitNotAssessed: (e) => ({
    message: `Bộ chỉ số ${e.framework} đánh giá đơn vị cấp ${levelVi[e.level] ?? e.level}; ${e.unit} không thuộc đối tượng này.`,
    details: [{ path: "params.unit", message: "đơn vị không thuộc đối tượng của bộ chỉ số" }],
  }),
  ParTransitionInvalid: (e) => ({
    message: `Không thể "${e.command}" khi kết quả đang ở trạng thái "${state(e.state)}".`,
    details: { state: e.state, command: e.command },
  }),
};
