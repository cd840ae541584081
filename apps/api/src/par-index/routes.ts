/**
 * The PAR Index (Chỉ số CCHC) over HTTP: frameworks as data, a unit's assessment (self-scores with
 * evidence, formula criteria computed from the unit's data at read time, the appraiser's
 * overrides with reasons), the workflow (submit → appraise → publish, return with a reason) and
 * the ranking under a parent unit as JSON, .xlsx (the official table) or .docx (the appendix).
 */
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { leaves, maxScoreOf } from "@cchc/domain/par-index/Framework";
import type { Command } from "@cchc/domain/par-index/ParWorkflow";
import { renderRankingDocx } from "@cchc/report/par-index/RankingDocx";
import type { RankingTable } from "@cchc/report/par-index/RankingTable";
import { renderRankingXlsx } from "@cchc/report/par-index/RankingXlsx";
import { contentTypes } from "@cchc/report/render/FileName";
import { Effect, Schema } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { route } from "../http/Route.js";
import * as Service from "./ParIndexService.js";
import { ranking } from "./ParRanking.js";
import * as S from "./Schemas.js";

const TAGS = ["Chỉ số CCHC"];
const FrameworkCode = Schema.String.pipe(Schema.pattern(/^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/)).annotations({
  description: "Mã bộ chỉ số, ví dụ DT-SO-2022",
});
const UnitParams = Schema.Struct({ framework: FrameworkCode, unit: Schema.String });
const JSON_TYPE = "application/json";

const summary = (f: Schema.Schema.Type<typeof S.FrameworkTree>) => ({
  code: f.code,
  name: f.name,
  years: f.years,
  level: f.level,
  maxScore: maxScoreOf(f),
  criteriaCount: leaves(f).length,
  decision: f.decision,
  illustrative: f.illustrative === true || leaves(f).some((l) => l.illustrative),
});

const stepRoute = (command: Command, summaryVi: string, description: string) =>
  route(
    {
      method: "post",
      path: `/par-index/:framework/units/:unit/${command}`,
      operationId: `${command}ParAssessment`,
      summary: summaryVi,
      description,
      tags: TAGS,
      params: UnitParams,
      body: Schema.Struct({ reason: Schema.optional(Schema.String.pipe(Schema.maxLength(4000))) }),
      response: S.StepView,
      errors: [
        "PAR_TRANSITION_INVALID",
        "PAR_REASON_REQUIRED",
        "PAR_NOT_APPRAISER",
        "PAR_FRAMEWORK_NOT_FOUND",
        "ORG_UNIT_NOT_FOUND",
        "ACCESS_DENIED",
      ],
      // The handler decides: the unit's write role to submit, the approval role of a unit above for the rest.
      access: { action: "read", lock: false },
    },
    ({ params, body }) => Effect.flatMap(CurrentPrincipal, (p) => Service.step(params.framework, params.unit, command, body.reason, p)),
  );

/** PAR Index routes. */
export const parIndexRoutes = [
  route(
    {
      method: "get",
      path: "/par-index/frameworks",
      operationId: "listParFrameworks",
      summary: "Các bộ chỉ số cải cách hành chính",
      description: "criteriaCount đếm các tiêu chí được chấm (lá của cây). illustrative: bộ chỉ số có tiêu chí, điểm minh họa.",
      tags: TAGS,
      response: Schema.Struct({ items: Schema.Array(S.FrameworkSummary) }),
    },
    () => Effect.map(Service.frameworks, (all) => ({ items: all.map(summary) })),
  ),
  route(
    {
      method: "post",
      path: "/par-index/frameworks",
      operationId: "uploadParFramework",
      summary: "Nạp một bộ chỉ số mới (quản trị)",
      description: "Bộ chỉ số đã có không sửa được: thay đổi là một bộ chỉ số mới với mã mới (409 PAR_FRAMEWORK_EXISTS).",
      tags: TAGS,
      body: Schema.Unknown,
      response: S.FrameworkSummary,
      successStatus: 201,
      errors: ["PAR_FRAMEWORK_INVALID", "PAR_FRAMEWORK_EXISTS"],
      access: { action: "admin" },
    },
    ({ body }) => Effect.flatMap(CurrentPrincipal, (p) => Effect.map(Service.upload(body, p), summary)),
  ),
  route(
    {
      method: "get",
      path: "/par-index/frameworks/:code",
      operationId: "getParFramework",
      summary: "Cây lĩnh vực, tiêu chí, tiêu chí thành phần của một bộ chỉ số, kèm văn bản ban hành",
      tags: TAGS,
      params: Schema.Struct({ code: FrameworkCode }),
      response: S.FrameworkTree,
      errors: ["PAR_FRAMEWORK_NOT_FOUND"],
    },
    ({ params }) => Service.framework(params.code),
  ),
  route(
    {
      method: "get",
      path: "/par-index/:framework/units/:unit",
      operationId: "getParAssessment",
      summary: "Kết quả chấm Chỉ số CCHC của một đơn vị",
      description:
        "Tiêu chí tính từ số liệu (formula) được tính lại khi đọc, kèm giá trị và công thức. total.final là tổng điểm cuối cùng (finalScore) của các tiêu chí.",
      tags: TAGS,
      params: UnitParams,
      response: S.AssessmentView,
      errors: ["PAR_FRAMEWORK_NOT_FOUND", "ORG_UNIT_NOT_FOUND", "PAR_UNIT_NOT_ASSESSED"],
    },
    ({ params }) => Service.assessment(params.framework, params.unit),
  ),
  route(
    {
      method: "put",
      path: "/par-index/:framework/units/:unit/criteria/:criterion",
      operationId: "putParCriterion",
      summary: "Tự chấm một tiêu chí (đơn vị) hoặc điều chỉnh khi thẩm định (cấp trên, kèm lý do)",
      description:
        "Đơn vị gửi selfScore (0…điểm tối đa, bội số của bước điểm), evidence (văn bản trong sổ), note, version. Người thẩm định của đơn vị cấp trên gửi appraisedScore kèm reason. Tiêu chí survey: người thẩm định nhập selfScore kèm surveySource.",
      tags: TAGS,
      params: Schema.Struct({ framework: FrameworkCode, unit: Schema.String, criterion: Schema.String }),
      body: S.CriterionBody,
      response: S.CriterionStored,
      errors: [
        "PAR_SCORE_INVALID",
        "PAR_EVIDENCE_REQUIRED",
        "PAR_EVIDENCE_NOT_FOUND",
        "PAR_LOCKED",
        "PAR_SCORE_CONFLICT",
        "PAR_SCORE_NOT_SELF_ASSESSED",
        "PAR_REASON_REQUIRED",
        "PAR_NOT_APPRAISER",
        "PAR_CRITERION_NOT_FOUND",
        "PAR_UNIT_NOT_ASSESSED",
        "ACCESS_DENIED",
      ],
      access: { action: "read", lock: false },
    },
    ({ params, body }) =>
      Effect.flatMap(CurrentPrincipal, (p) => Service.writeCriterion(params.framework, params.unit, params.criterion, body, p)),
  ),
  stepRoute("submit", "Gửi kết quả tự chấm để thẩm định", "Đơn vị (vai trò biên tập) gửi; sau đó không tự sửa điểm được nữa."),
  stepRoute("return", "Trả lại kết quả tự chấm kèm lý do", "Người thẩm định của đơn vị cấp trên trả lại; lý do bắt buộc."),
  stepRoute("appraise", "Xác nhận kết quả thẩm định", "Người thẩm định của đơn vị cấp trên chốt các điều chỉnh."),
  stepRoute("publish", "Công bố kết quả", "Sau khi công bố, kết quả bị khóa."),
  route(
    {
      method: "get",
      path: "/par-index/:framework/ranking",
      operationId: "getParRanking",
      summary: "Xếp hạng Chỉ số CCHC các đơn vị dưới một đơn vị cấp trên",
      description:
        "Đơn vị cùng điểm có cùng thứ hạng (1, 2, 2, 4). format=xlsx: bảng chính thức (mỗi lĩnh vực một cột, điểm 2 chữ số thập phân); format=docx: phụ lục thông báo kết quả. change: tăng/giảm so với năm trước (bộ chỉ số previous).",
      tags: TAGS,
      params: Schema.Struct({ framework: FrameworkCode }),
      query: Schema.Struct({
        parent: Schema.String.annotations({ description: "Mã đơn vị cấp trên, ví dụ DT" }),
        format: Schema.optionalWith(Schema.Literal("json", "xlsx", "docx"), { default: () => "json" as const }),
      }),
      response: {
        contentTypes: [JSON_TYPE, contentTypes.xlsx, contentTypes.docx],
        description: "Bảng xếp hạng (ParRanking khi format=json)",
      },
      errors: ["PAR_FRAMEWORK_NOT_FOUND", "ORG_UNIT_NOT_FOUND"],
      access: { action: "read", unit: (i) => i.query.parent },
    },
    ({ params, query }) =>
      Effect.gen(function* () {
        const r = yield* ranking(params.framework, query.parent);
        const parent = yield* Effect.flatMap(OrgUnitRepo, (repo) => repo.get(query.parent));
        const areas = r.framework.areas.map((a) => ({ code: a.code, name: a.name, maxScore: a.maxScore }));
        if (query.format === "json") {
          const body: typeof S.Ranking.Type = {
            framework: r.framework.code,
            parent: query.parent,
            previous: r.previous,
            areas,
            items: r.items.map(({ state, ...rest }) => ({ ...rest, status: state })),
          };
          return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": JSON_TYPE } });
        }
        const table: RankingTable = {
          title: `Kết quả xếp hạng ${r.framework.name.charAt(0).toLocaleLowerCase("vi")}${r.framework.name.slice(1)} năm ${r.framework.years[0] ?? ""}`,
          framework: {
            code: r.framework.code,
            name: r.framework.name,
            decision: `Quyết định số ${r.framework.decision.number} ngày ${r.framework.decision.date.split("-").reverse().join("/")}`,
            illustrative: summary(r.framework).illustrative,
          },
          parentName: parent.name,
          areas,
          rows: r.items,
        };
        const bytes = yield* Effect.promise(() => (query.format === "xlsx" ? renderRankingXlsx(table) : renderRankingDocx(table)));
        const name = `xep-hang-chi-so-cchc-${r.framework.code}-${query.parent}.${query.format}`;
        return new Response(bytes, {
          status: 200,
          headers: { "content-type": contentTypes[query.format], "content-disposition": `attachment; filename="${name}"` },
        });
      }),
  ),
];
