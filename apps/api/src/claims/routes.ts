/**
 * Stated rates (claims) of a unit's period: the figures a report states ("đạt tỷ lệ: 49,5%") that
 * validation compares with the rates computed from the counts. `PUT` corrects one (or withdraws it
 * with `stated: null`) with the version read — 409 CLAIM_CONFLICT when stale, 409 PERIOD_LOCKED
 * once an approval locked the report — and answers the claim and the validation findings after
 * the change. Each change is recorded in the audit trail in its transaction.
 */
import { IndicatorNotFound } from "@cchc/db/catalogue/CatalogueRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import { actorOf } from "@cchc/domain/access/Principal";
import { ClaimChange } from "@cchc/domain/indicators/ClaimChange";
import { Finding } from "@cchc/domain/validation/Finding";
import { Effect, Schema } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { route } from "../http/Route.js";
import { findingsFor } from "../validation/Findings.js";
import { UnitPeriodParams } from "../values/Bodies.js";
import { resolveScope } from "../values/Scope.js";

const StoredClaim = Schema.Struct({
  rate: Schema.String,
  disaggregation: Schema.String,
  stated: Schema.Number,
  decimals: Schema.Number,
  qualifier: Schema.Literal("exact", "at-least"),
  text: Schema.NullOr(Schema.String),
  version: Schema.Number,
  updatedBy: Schema.NullOr(Schema.String),
  updatedAt: Schema.NullOr(Schema.String),
}).annotations({ identifier: "StoredClaim" });

/** Claim routes. */
export const claimRoutes = [
  route(
    {
      method: "put",
      path: "/units/:unit/periods/:period/claims",
      operationId: "putClaim",
      summary: "Sửa hoặc bỏ một tỷ lệ báo cáo nêu (kiểm tra phiên bản)",
      description:
        "{ rate, disaggregation, stated, version }: stated = tỷ lệ mới (%), null = bỏ tỷ lệ này. version = phiên bản đã đọc (0 khi thêm mới); cũ → 409 CLAIM_CONFLICT, không ghi. Kỳ đã phê duyệt → 409 PERIOD_LOCKED. Trả về tỷ lệ đã lưu (null khi bỏ) và kết quả kiểm tra số liệu sau thay đổi.",
      tags: ["Số liệu"],
      params: UnitPeriodParams,
      body: ClaimChange,
      response: Schema.Struct({ claim: Schema.NullOr(StoredClaim), findings: Schema.Array(Finding) }).annotations({
        identifier: "ClaimAnswer",
      }),
      errors: [
        "ORG_UNIT_NOT_FOUND",
        "PERIOD_CODE_INVALID",
        "CATALOGUE_NOT_FOUND",
        "INDICATOR_NOT_FOUND",
        "CLAIM_CONFLICT",
        "PERIOD_LOCKED",
      ],
      audit: "handler",
    },
    ({ params, body }) =>
      Effect.gen(function* () {
        const scope = yield* resolveScope(params.unit, params.period);
        if (!scope.catalogue.rates.some((r) => r.code === body.rate && r.disaggregation === body.disaggregation))
          return yield* Effect.fail(new IndicatorNotFound({ code: body.rate, year: scope.catalogue.year }));
        const actor = actorOf(yield* CurrentPrincipal);
        const saved = yield* Effect.flatMap(ValueRepo, (r) => r.setClaim(scope.unit.code, scope.window.code, body, actor));
        return {
          claim: saved === null ? null : { ...saved, text: saved.text ?? null },
          findings: yield* findingsFor(scope),
        };
      }),
  ),
];
