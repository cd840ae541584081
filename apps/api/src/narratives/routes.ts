/**
 * Narrative text of a unit's period by report section (what the numbers do not say). Section ids
 * follow the default report outline; writes carry the version read (409 NARRATIVE_CONFLICT) and
 * are recorded in the audit trail with the text before and after.
 */
import { NarrativeRepo } from "@cchc/db/narratives/NarrativeRepo";
import { actorOf } from "@cchc/domain/access/Principal";
import { Effect, Schema } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { route } from "../http/Route.js";
import { UnitPeriodParams } from "../values/Bodies.js";
import { resolveScope } from "../values/Scope.js";
import { ClaimFollowed, followClaims } from "./ClaimsFollowText.js";

const TAGS = ["Thuyết minh"];

/** Section ids of the default report outline (`procedure.*` allows sub-sections; `public-finance.investment` names the project). */
export const SECTION =
  /^(direction\.office|direction\.province|institution|procedure(\.[a-z][a-z-]*)?|apparatus|civil-service|public-finance(\.investment)?|e-government|assessment|directions|recommendations)$/;

const Section = Schema.String.pipe(
  Schema.pattern(SECTION, {
    message: () =>
      "Mục không có trong đề cương: direction.office, direction.province, institution, procedure, procedure.*, apparatus, civil-service, public-finance, public-finance.investment, e-government, assessment, directions, recommendations",
  }),
);

const NarrativeBody = Schema.Struct({
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

const SectionParams = Schema.Struct({ ...UnitPeriodParams.fields, section: Section });

/** Narrative routes. */
export const narrativeRoutes = [
  route(
    {
      method: "get",
      path: "/units/:unit/periods/:period/narratives",
      operationId: "listNarratives",
      summary: "Các đoạn thuyết minh của đơn vị trong kỳ",
      tags: TAGS,
      params: UnitPeriodParams,
      response: Schema.Struct({ items: Schema.Array(NarrativeBody), total: Schema.Number }).annotations({ identifier: "NarrativeList" }),
      errors: ["ORG_UNIT_NOT_FOUND", "PERIOD_CODE_INVALID"],
    },
    ({ params }) =>
      Effect.gen(function* () {
        const scope = yield* resolveScope(params.unit, params.period);
        const items = yield* Effect.flatMap(NarrativeRepo, (r) => r.list(scope.unit.code, scope.window.code));
        return { items, total: items.length };
      }),
  ),
  route(
    {
      method: "get",
      path: "/units/:unit/periods/:period/narratives/:section",
      operationId: "getNarrative",
      summary: "Thuyết minh của một mục báo cáo",
      tags: TAGS,
      params: SectionParams,
      response: NarrativeBody,
      errors: ["ORG_UNIT_NOT_FOUND", "PERIOD_CODE_INVALID", "NARRATIVE_NOT_FOUND"],
    },
    ({ params }) =>
      Effect.gen(function* () {
        const scope = yield* resolveScope(params.unit, params.period);
        return yield* Effect.flatMap(NarrativeRepo, (r) => r.get(scope.unit.code, scope.window.code, params.section));
      }),
  ),
  route(
    {
      method: "put",
      path: "/units/:unit/periods/:period/narratives/:section",
      operationId: "putNarrative",
      summary: "Ghi thuyết minh của một mục báo cáo (kiểm tra phiên bản)",
      description:
        'Các đoạn cách nhau bởi một dòng trống. version = phiên bản đã đọc (0 khi tạo mới). Các tỷ lệ lời văn nêu (ví dụ "tỷ lệ giải quyết đúng hạn đạt 97%") trở thành tỷ lệ báo cáo nêu của kỳ; tỷ lệ lời văn cũ nêu mà lời văn mới bỏ thì được bỏ (claimsFollowed).',
      tags: TAGS,
      params: SectionParams,
      body: Schema.Struct({
        text: Schema.String.pipe(Schema.maxLength(100_000)),
        version: Schema.Int.pipe(Schema.nonNegative()),
        note: Schema.optional(Schema.NullOr(Schema.String)),
      }),
      response: Schema.Struct({
        ...NarrativeBody.fields,
        claimsFollowed: Schema.Array(ClaimFollowed).annotations({
          description: "Tỷ lệ báo cáo nêu được cập nhật theo lời văn mới của mục (kiểm tra số liệu so sánh với tỷ lệ tính được)",
        }),
      }).annotations({ identifier: "NarrativeSaved" }),
      errors: ["ORG_UNIT_NOT_FOUND", "PERIOD_CODE_INVALID", "NARRATIVE_CONFLICT", "PERIOD_LOCKED", "REQUEST_INVALID"],
      audit: "handler",
    },
    ({ params, body }) =>
      Effect.gen(function* () {
        const scope = yield* resolveScope(params.unit, params.period);
        const actor = actorOf(yield* CurrentPrincipal);
        const repo = yield* NarrativeRepo;
        const old = yield* Effect.either(repo.get(scope.unit.code, scope.window.code, params.section));
        const saved = yield* repo.put(
          scope.unit.code,
          scope.window.code,
          params.section,
          body.text,
          body.version,
          actor.name ?? "api",
          body.note,
          actor,
        );
        const oldText = old._tag === "Right" ? old.right.text : "";
        const claimsFollowed = yield* followClaims(scope.unit.code, scope.window.code, oldText, saved.text, actor);
        return { ...saved, claimsFollowed };
      }),
  ),
];
