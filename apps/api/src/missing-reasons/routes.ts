/**
 * Reasons why a compulsory indicator has no value (ADR 0021; DHIS2's "missing values require a
 * comment"). `GET` lists the unit's compulsory indicators for the period, the stated reasons and
 * what is still missing; `PUT …/{indicator}` states, corrects or (with `reason: null`) withdraws a
 * reason with the version read — 409 MISSING_REASON_CONFLICT when stale, 409 PERIOD_LOCKED once
 * an approval locked the report. Each change is recorded in the audit trail in its transaction.
 */
import { IndicatorNotFound } from "@cchc/db/catalogue/CatalogueRepo";
import { MissingReasonRepo } from "@cchc/db/values/MissingReasonRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import { actorOf } from "@cchc/domain/access/Principal";
import * as Completeness from "@cchc/domain/indicators/Completeness";
import { Finding } from "@cchc/domain/validation/Finding";
import { Effect, Schema } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { route } from "../http/Route.js";
import { findingsFor, missingFor } from "../validation/Findings.js";
import { UnitPeriodParams } from "../values/Bodies.js";
import { resolveScope, type Scope } from "../values/Scope.js";

const TAGS = ["Số liệu"];
const ERRORS = ["ORG_UNIT_NOT_FOUND", "PERIOD_CODE_INVALID", "CATALOGUE_NOT_FOUND"] as const;

const CompulsoryIndicator = Schema.Struct({
  indicator: Schema.String,
  nameVi: Schema.String,
  hasValue: Schema.Boolean,
  reason: Schema.NullOr(Completeness.StoredMissingReason),
}).annotations({ identifier: "CompulsoryIndicator", description: "Chỉ tiêu bắt buộc của đơn vị trong kỳ" });

const Completeness_ = Schema.Struct({
  compulsory: Schema.Array(CompulsoryIndicator),
  reasons: Schema.Array(Completeness.StoredMissingReason),
  missing: Schema.Array(Completeness.MissingIndicatorSchema),
}).annotations({ identifier: "Completeness", description: "Chỉ tiêu bắt buộc, lý do thiếu số liệu đã nêu và chỉ tiêu còn thiếu" });

/** The completeness of a scope: compulsory indicators, stated reasons, what is missing. */
const completenessOf = (scope: Scope) =>
  Effect.gen(function* () {
    const values = yield* Effect.flatMap(ValueRepo, (r) => r.list(scope.unit.code, scope.window.code));
    const reasons = yield* Effect.flatMap(MissingReasonRepo, (r) => r.list(scope.unit.code, scope.window.code));
    const valued = new Set(values.map((v) => v.indicator));
    const byIndicator = new Map(reasons.map((r) => [r.indicator, r]));
    return {
      compulsory: scope.catalogue.indicators
        .filter((i) => Completeness.isCompulsory(i, scope.unit.kind))
        .map((i) => ({ indicator: i.code, nameVi: i.nameVi, hasValue: valued.has(i.code), reason: byIndicator.get(i.code) ?? null })),
      reasons,
      missing: yield* missingFor(scope, values),
    };
  });

/** Missing-reason routes. */
export const missingReasonRoutes = [
  route(
    {
      method: "get",
      path: "/units/:unit/periods/:period/missing-reasons",
      operationId: "listMissingReasons",
      summary: "Chỉ tiêu bắt buộc, lý do không có số liệu và chỉ tiêu còn thiếu",
      description:
        "Báo cáo chỉ gửi được khi mọi chỉ tiêu bắt buộc (theo loại đơn vị) có số liệu hoặc có lý do không có số liệu; missing là các chỉ tiêu còn thiếu.",
      tags: TAGS,
      params: UnitPeriodParams,
      response: Completeness_,
      errors: [...ERRORS],
    },
    ({ params }) => Effect.flatMap(resolveScope(params.unit, params.period), completenessOf),
  ),
  route(
    {
      method: "put",
      path: "/units/:unit/periods/:period/missing-reasons/:indicator",
      operationId: "putMissingReason",
      summary: "Nêu, sửa hoặc bỏ lý do không có số liệu của một chỉ tiêu (kiểm tra phiên bản)",
      description:
        "{ reason, version }: reason = lý do không có số liệu, null = bỏ lý do. version = phiên bản đã đọc (0 khi nêu lần đầu); cũ → 409 MISSING_REASON_CONFLICT, không ghi. Kỳ đã phê duyệt → 409 PERIOD_LOCKED. Trả về lý do đã lưu (null khi bỏ), các chỉ tiêu còn thiếu và kết quả kiểm tra số liệu.",
      tags: TAGS,
      params: Schema.Struct({
        ...UnitPeriodParams.fields,
        indicator: Schema.String.annotations({ description: "Mã chỉ tiêu, ví dụ bomay.bienche.congchuc" }),
      }),
      body: Completeness.MissingReasonChange,
      response: Schema.Struct({
        reason: Schema.NullOr(Completeness.StoredMissingReason),
        missing: Schema.Array(Completeness.MissingIndicatorSchema),
        findings: Schema.Array(Finding),
      }).annotations({ identifier: "MissingReasonAnswer" }),
      errors: [...ERRORS, "INDICATOR_NOT_FOUND", "MISSING_REASON_CONFLICT", "PERIOD_LOCKED"],
      audit: "handler",
    },
    ({ params, body }) =>
      Effect.gen(function* () {
        const scope = yield* resolveScope(params.unit, params.period);
        if (!scope.catalogue.indicators.some((i) => i.code === params.indicator))
          return yield* Effect.fail(new IndicatorNotFound({ code: params.indicator, year: scope.catalogue.year }));
        const actor = actorOf(yield* CurrentPrincipal);
        const saved = yield* Effect.flatMap(MissingReasonRepo, (r) =>
          r.set(scope.unit.code, scope.window.code, params.indicator, body, actor),
        );
        const findings = yield* findingsFor(scope);
        return { reason: saved, missing: (yield* completenessOf(scope)).missing, findings };
      }),
  ),
];
