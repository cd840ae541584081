/**
 * The PAR Index (Chỉ số CCHC): frameworks as data, a unit's assessment (self-scores with evidence,
 * formula criteria computed from the unit's data at read time, the appraiser's overrides with
 * reasons), the workflow (submit → appraise → publish, return with a reason) and the ranking under
 * a parent unit as JSON, .xlsx (the official table) or .docx (the appendix).
 */
import type { Command } from "@cchc/domain/par-index/ParWorkflow";
import { Schema } from "effect";
import { textAt } from "../Endpoint.js";
import { parIndex } from "../EndpointGroups.js";
import * as S from "../schemas/ParIndex.js";

const FrameworkCode = Schema.String.pipe(Schema.pattern(/^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/)).annotations({
  description: "Mã bộ chỉ số, ví dụ DT-SO-2022",
});
const UnitParams = Schema.Struct({ framework: FrameworkCode, unit: Schema.String });
const JSON_TYPE = "application/json";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const step = <C extends Command>(command: C, summary: string, description: string) =>
  parIndex.post(`${command}ParAssessment`, `/par-index/:framework/units/:unit/${command}`, {
    summary,
    description,
    params: UnitParams,
    body: Schema.Struct({ reason: Schema.optional(Schema.String.pipe(Schema.maxLength(4000))) }),
    response: S.StepView,
    errors: [
      "ParTransitionInvalid",
      "ParReasonRequired",
      "ParNotAppraiser",
      "ParFrameworkNotFound",
      "OrgUnitNotFound",
      "ParUnitNotAssessed",
    ],
    // The handler decides: the unit's write role to submit, the approval role of a unit above for the rest.
    access: { action: "read", lock: false },
  });

export const listParFrameworks = parIndex.get("listParFrameworks", "/par-index/frameworks", {
  summary: "Các bộ chỉ số cải cách hành chính",
  description: "criteriaCount đếm các tiêu chí được chấm (lá của cây). illustrative: bộ chỉ số có tiêu chí, điểm minh họa.",
  response: Schema.Struct({ items: Schema.Array(S.FrameworkSummary) }),
});

export const uploadParFramework = parIndex.post("uploadParFramework", "/par-index/frameworks", {
  summary: "Nạp một bộ chỉ số mới (quản trị)",
  description: "Bộ chỉ số đã có không sửa được: thay đổi là một bộ chỉ số mới với mã mới (409 PAR_FRAMEWORK_EXISTS).",
  body: Schema.Unknown,
  response: S.FrameworkSummary,
  successStatus: 201,
  errors: ["ParFrameworkInvalid", "ParFrameworkExists"],
  access: { action: "admin" },
});

export const getParFramework = parIndex.get("getParFramework", "/par-index/frameworks/:code", {
  summary: "Cây lĩnh vực, tiêu chí, tiêu chí thành phần của một bộ chỉ số, kèm văn bản ban hành",
  params: Schema.Struct({ code: FrameworkCode }),
  response: S.FrameworkTree,
  errors: ["ParFrameworkNotFound"],
});

export const getParAssessment = parIndex.get("getParAssessment", "/par-index/:framework/units/:unit", {
  summary: "Kết quả chấm Chỉ số CCHC của một đơn vị",
  description:
    "Tiêu chí tính từ số liệu (formula) được tính lại khi đọc, kèm giá trị và công thức. total.final là tổng điểm cuối cùng (finalScore) của các tiêu chí.",
  params: UnitParams,
  response: S.AssessmentView,
  errors: ["ParFrameworkNotFound", "OrgUnitNotFound", "ParUnitNotAssessed"],
});

export const putParCriterion = parIndex.put("putParCriterion", "/par-index/:framework/units/:unit/criteria/:criterion", {
  summary: "Tự chấm một tiêu chí (đơn vị) hoặc điều chỉnh khi thẩm định (cấp trên, kèm lý do)",
  description:
    "Đơn vị gửi selfScore (0…điểm tối đa, bội số của bước điểm), evidence (văn bản trong sổ), note, version. Người thẩm định của đơn vị cấp trên gửi appraisedScore kèm reason. Tiêu chí survey: người thẩm định nhập selfScore kèm surveySource.",
  params: Schema.Struct({ framework: FrameworkCode, unit: Schema.String, criterion: Schema.String }),
  body: S.CriterionBody,
  response: S.CriterionStored,
  errors: [
    "ParScoreInvalid",
    "ParEvidenceRequired",
    "ParEvidenceNotFound",
    "ParLocked",
    "ParScoreConflict",
    "ParScoreNotSelfAssessed",
    "ParReasonRequired",
    "ParNotAppraiser",
    "ParCriterionNotFound",
    "ParUnitNotAssessed",
    "ParSurveySourceRequired",
    "ParFrameworkNotFound",
    "OrgUnitNotFound",
  ],
  access: { action: "read", lock: false },
});

export const submitParAssessment = step(
  "submit",
  "Gửi kết quả tự chấm để thẩm định",
  "Đơn vị (vai trò biên tập) gửi; sau đó không tự sửa điểm được nữa.",
);
export const returnParAssessment = step(
  "return",
  "Trả lại kết quả tự chấm kèm lý do",
  "Người thẩm định của đơn vị cấp trên trả lại; lý do bắt buộc.",
);
export const appraiseParAssessment = step(
  "appraise",
  "Xác nhận kết quả thẩm định",
  "Người thẩm định của đơn vị cấp trên chốt các điều chỉnh.",
);
export const publishParAssessment = step("publish", "Công bố kết quả", "Sau khi công bố, kết quả bị khóa.");

export const getParRanking = parIndex.get("getParRanking", "/par-index/:framework/ranking", {
  summary: "Xếp hạng Chỉ số CCHC các đơn vị dưới một đơn vị cấp trên",
  description:
    "Đơn vị cùng điểm có cùng thứ hạng (1, 2, 2, 4). format=xlsx: bảng chính thức (mỗi lĩnh vực một cột, điểm 2 chữ số thập phân); format=docx: phụ lục thông báo kết quả. change: tăng/giảm so với năm trước (bộ chỉ số previous).",
  params: Schema.Struct({ framework: FrameworkCode }),
  query: Schema.Struct({
    parent: Schema.String.annotations({ description: "Mã đơn vị cấp trên, ví dụ DT" }),
    format: Schema.optionalWith(Schema.Literal("json", "xlsx", "docx"), { default: () => "json" as const }),
  }),
  response: {
    contentTypes: [JSON_TYPE, XLSX_TYPE, DOCX_TYPE],
    description: "Bảng xếp hạng (ParRanking khi format=json)",
  },
  errors: ["ParFrameworkNotFound", "OrgUnitNotFound"],
  access: { action: "read", unit: (i) => textAt(i.query, "parent") },
});
