/**
 * Narrative text of a unit's period by report section (what the numbers do not say). Section ids
 * follow the default report outline; writes carry the version read (409 NARRATIVE_CONFLICT).
 * Saving a section makes the rates its text states the period's stated rates (`claimsFollowed`).
 */
import { Schema } from "effect";
import { narratives } from "../EndpointGroups.js";
import { UnitPeriodParams } from "../schemas/Values.js";

/** Section ids of the default report outline (`procedure.*` allows sub-sections; `public-finance.investment` names the project). */
export const SECTION =
  /^(direction\.office|direction\.province|institution|procedure(\.[a-z][a-z-]*)?|apparatus|civil-service|public-finance(\.investment)?|e-government|assessment|directions|recommendations)$/;

const Section = Schema.String.pipe(
  Schema.pattern(SECTION, {
    message: () =>
      "Mục không có trong đề cương: direction.office, direction.province, institution, procedure, procedure.*, apparatus, civil-service, public-finance, public-finance.investment, e-government, assessment, directions, recommendations",
  }),
);

/** A stored narrative section. */
export const Narrative = Schema.Struct({
  unit: Schema.String,
  period: Schema.String,
  section: Schema.String,
  text: Schema.String,
  paragraphs: Schema.Array(Schema.String),
  note: Schema.NullOr(Schema.String),
  version: Schema.Number,
  updatedBy: Schema.String,
  updatedAt: Schema.String,
}).annotations({ identifier: "Narrative" });

/** A stated rate the save changed: `stated: null` when it was withdrawn. */
export const ClaimFollowed = Schema.Struct({
  rate: Schema.String,
  disaggregation: Schema.String,
  stated: Schema.NullOr(Schema.Number),
}).annotations({ identifier: "ClaimFollowed", description: "Tỷ lệ báo cáo nêu đã cập nhật theo lời văn (null: đã bỏ)" });
export type ClaimFollowed = typeof ClaimFollowed.Type;

const SectionParams = Schema.Struct({ ...UnitPeriodParams.fields, section: Section });

export const listNarratives = narratives.get("listNarratives", "/units/:unit/periods/:period/narratives", {
  summary: "Các đoạn thuyết minh của đơn vị trong kỳ",
  params: UnitPeriodParams,
  response: Schema.Struct({ items: Schema.Array(Narrative), total: Schema.Number }).annotations({ identifier: "NarrativeList" }),
  errors: ["OrgUnitNotFound", "PeriodCodeInvalid", "PeriodNotInRegime", "CatalogueNotFound"],
});

export const getNarrative = narratives.get("getNarrative", "/units/:unit/periods/:period/narratives/:section", {
  summary: "Thuyết minh của một mục báo cáo",
  params: SectionParams,
  response: Narrative,
  errors: ["OrgUnitNotFound", "PeriodCodeInvalid", "PeriodNotInRegime", "CatalogueNotFound", "NarrativeNotFound"],
});

export const putNarrative = narratives.put("putNarrative", "/units/:unit/periods/:period/narratives/:section", {
  summary: "Ghi thuyết minh của một mục báo cáo (kiểm tra phiên bản)",
  description:
    'Các đoạn cách nhau bởi một dòng trống. version = phiên bản đã đọc (0 khi tạo mới). Các tỷ lệ lời văn nêu (ví dụ "tỷ lệ giải quyết đúng hạn đạt 97%") trở thành tỷ lệ báo cáo nêu của kỳ; tỷ lệ lời văn cũ nêu mà lời văn mới bỏ thì được bỏ (claimsFollowed).',
  params: SectionParams,
  body: Schema.Struct({
    text: Schema.String.pipe(Schema.maxLength(100_000)),
    version: Schema.Int.pipe(Schema.nonNegative()),
    note: Schema.optional(Schema.NullOr(Schema.String)),
  }),
  response: Schema.Struct({
    ...Narrative.fields,
    claimsFollowed: Schema.Array(ClaimFollowed).annotations({
      description: "Tỷ lệ báo cáo nêu được cập nhật theo lời văn mới của mục (kiểm tra số liệu so sánh với tỷ lệ tính được)",
    }),
  }).annotations({ identifier: "NarrativeSaved" }),
  errors: ["OrgUnitNotFound", "PeriodCodeInvalid", "PeriodNotInRegime", "CatalogueNotFound", "NarrativeConflict"],
  audit: "handler",
});
