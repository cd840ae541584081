/**
 * Indicator values of a unit's period: the list with computed rates and stated-rate checks, a
 * single write with optimistic concurrency (409 VALUE_CONFLICT when stale, nothing applied), and a
 * bulk entry that is all-or-nothing, with a dry run, and a batch across several (unit, period)
 * groups written in one transaction (`POST /values/batch`, for importing a file). Every write
 * answers the validation findings after the change, and every changed value is recorded in the
 * audit trail (who, when, old and new), in the write's transaction — one record per changed value,
 * none for unchanged ones. The approval lock is checked by the value store inside that same
 * transaction (409 PERIOD_LOCKED), for every group of a batch.
 */
import { Versions } from "@cchc/db/cache/Versions";
import { ValueRepo, type WriteResult } from "@cchc/db/values/ValueRepo";
import { actorOf } from "@cchc/domain/access/Principal";
import * as Rate from "@cchc/domain/indicators/Rate";
import { formatPercent } from "@cchc/domain/VnRate";
import * as Expression from "@cchc/domain/validation/Expression";
import { Effect, Schema } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { conditional } from "../cache/Answers.js";
import { readVersions } from "../cache/RequestEpochs.js";
import { route } from "../http/Route.js";
import { page, pagingFields } from "../indicators/Paging.js";
import { findingsFor } from "../validation/Findings.js";
import { prepareGroups } from "./Batch.js";
import {
  BatchAnswer,
  BatchBody,
  BulkAnswer,
  BulkBody,
  HistoryEntryBody,
  PutValueAnswer,
  PutValueBody,
  UnitPeriodParams,
  ValuesAnswer,
} from "./Bodies.js";
import { checkBatch, checkOne } from "./Entry.js";
import { resolveScope, type Scope } from "./Scope.js";

const TAGS = ["Số liệu"];
const COMMON_ERRORS = ["ORG_UNIT_NOT_FOUND", "PERIOD_CODE_INVALID", "CATALOGUE_NOT_FOUND"];

const writer = Effect.map(CurrentPrincipal, (p) => {
  const actor = actorOf(p);
  return { name: actor.name ?? "api", actor };
});

// A dry run's findings look at the values as they would be.
const pendingOf = (results: ReadonlyArray<WriteResult>) =>
  results.map((r) => ({ indicator: r.indicator, disaggregation: r.disaggregation, value: r.stored.value }));

const change = (r: WriteResult) => ({
  indicator: r.indicator,
  disaggregation: r.disaggregation,
  old: r.old,
  new: { value: r.stored.value, version: r.stored.version },
  changed: r.changed,
});

/** The values of a (unit, period) with their rates and the check of the stated rates. */
const listValues = (scope: Scope, query: { readonly limit?: number | undefined; readonly offset?: number | undefined }) =>
  Effect.gen(function* () {
    const repo = yield* ValueRepo;
    const stored = yield* repo.list(scope.unit.code, scope.window.code);
    const rates = Rate.computeAll(scope.catalogue.rates, Expression.lookupOf(stored), scope.catalogue.indicators);
    const claims = (yield* repo.versionedClaims(scope.unit.code, scope.window.code)).map((c) => {
      const check = Rate.checkClaim(c, rates);
      return {
        rate: c.rate,
        disaggregation: c.disaggregation,
        stated: c.stated,
        statedText: `${c.qualifier === "at-least" ? "trên " : ""}${formatPercent(c.stated, c.decimals)}`,
        decimals: c.decimals,
        qualifier: c.qualifier,
        text: c.text ?? null,
        computed: check.computed,
        computedText: check.computed === null ? "—" : formatPercent(check.computed, c.decimals),
        matches: check.matches,
        version: c.version,
      };
    });
    return {
      unit: scope.unit.code,
      period: scope.window.code,
      catalogueYear: scope.catalogue.year,
      ...page(stored, query),
      rates: rates.map(({ keys: _k, area: _a, ...r }) => r),
      claims,
    };
  });

/** Values routes. */
export const valueRoutes = [
  route(
    {
      method: "get",
      path: "/units/:unit/periods/:period/values",
      operationId: "listValues",
      summary: "Số liệu của đơn vị trong kỳ, tỷ lệ tính được và đối chiếu tỷ lệ báo cáo nêu",
      tags: TAGS,
      params: UnitPeriodParams,
      query: Schema.Struct(pagingFields),
      response: ValuesAnswer,
      errors: COMMON_ERRORS,
    },
    ({ params, query, request }) =>
      Effect.gen(function* () {
        const scope = yield* resolveScope(params.unit, params.period);
        const epochs = yield* readVersions;
        if (epochs === null) return yield* listValues(scope, query);
        // The answer depends on the (unit, period)'s data and the catalogue: its ETag is their versions.
        const version = yield* Effect.flatMap(Versions, (v) => v.dataVersion(scope.unit.code, scope.window.code));
        const etag = `W/"${version}.${epochs.reference}"`;
        const key = `values|${scope.unit.code}|${scope.window.code}|${query.limit ?? ""}|${query.offset ?? ""}|${version}|${epochs.reference}`;
        return yield* conditional(
          request,
          etag,
          key,
          (c) => c.answers,
          Effect.flatMap(listValues(scope, query), (out) =>
            Effect.map(Effect.orDie(Schema.encode(ValuesAnswer)(out)), (encoded) => ({
              body: JSON.stringify(encoded),
              headers: { "content-type": "application/json; charset=utf-8" },
            })),
          ),
        );
      }),
  ),
  route(
    {
      method: "put",
      path: "/units/:unit/periods/:period/values/:indicator",
      operationId: "putValue",
      summary: "Ghi một số liệu (kiểm tra phiên bản)",
      description:
        "version = phiên bản đã đọc (0 khi tạo mới). Phiên bản cũ → 409 VALUE_CONFLICT với details.current, không ghi. Sai kiểu giá trị → 400 chỉ rõ body.value. Trả về các phát hiện kiểm tra sau khi ghi.",
      tags: TAGS,
      params: Schema.Struct({ ...UnitPeriodParams.fields, indicator: Schema.String.annotations({ description: "Mã chỉ tiêu" }) }),
      body: PutValueBody,
      response: PutValueAnswer,
      errors: [...COMMON_ERRORS, "INDICATOR_NOT_FOUND", "REQUEST_INVALID", "VALUE_CONFLICT"],
      audit: "handler",
    },
    ({ params, body }) =>
      Effect.gen(function* () {
        const scope = yield* resolveScope(params.unit, params.period);
        const write = yield* checkOne(scope.catalogue, { ...body, indicator: params.indicator });
        const repo = yield* ValueRepo;
        const who = yield* writer;
        const [result] = yield* repo.write(scope.unit.code, scope.window.code, [write], who.name, { auditAs: who.actor });
        if (!result) return yield* Effect.die(new Error("write returned nothing"));
        return { value: result.stored, old: result.old, changed: result.changed, findings: yield* findingsFor(scope) };
      }),
  ),
  route(
    {
      method: "post",
      path: "/units/:unit/periods/:period/values",
      operationId: "bulkValues",
      summary: "Nhập nhiều số liệu một lần (tất cả hoặc không)",
      description:
        "Mọi giá trị được kiểm tra trước; một giá trị sai → 400 chỉ rõ body.values[i].value và không lưu gì. Ghi trong một giao dịch. dryRun = true: trả về thay đổi (cũ → mới) và kết quả kiểm tra sau thay đổi, không lưu. source = imported: số liệu nạp từ tệp hoặc báo cáo cũ (mặc định entered). Kỳ đã phê duyệt bị khóa (409 PERIOD_LOCKED).",
      tags: TAGS,
      params: UnitPeriodParams,
      body: BulkBody,
      response: BulkAnswer,
      errors: [...COMMON_ERRORS, "REQUEST_INVALID", "VALUE_CONFLICT", "PERIOD_LOCKED"],
      audit: "handler",
    },
    ({ params, body }) =>
      Effect.gen(function* () {
        const scope = yield* resolveScope(params.unit, params.period);
        const writes = yield* checkBatch(scope.catalogue, body.values, body.source);
        const repo = yield* ValueRepo;
        const dryRun = body.dryRun === true;
        const who = yield* writer;
        const results = yield* repo.write(scope.unit.code, scope.window.code, writes, who.name, { dryRun, auditAs: who.actor });
        return { dryRun, changes: results.map(change), findings: yield* findingsFor(scope, dryRun ? pendingOf(results) : []) };
      }),
  ),
  route(
    {
      method: "post",
      path: "/values/batch",
      operationId: "batchValues",
      summary: "Nhập số liệu của nhiều đơn vị và kỳ trong một giao dịch (tất cả hoặc không)",
      description:
        "Mỗi nhóm là một (đơn vị, kỳ) với các số liệu của nó. Quyền ghi số liệu được kiểm tra cho đơn vị của mọi nhóm (403 nếu thiếu một); mọi giá trị được kiểm tra trước — một lỗi → 400 chỉ rõ body.groups[i].values[j].value (hoặc body.groups[i].unit, body.groups[i].period) và không lưu gì. Mọi nhóm được ghi trong một giao dịch: một nhóm bị từ chối (409 PERIOD_LOCKED khi kỳ đã phê duyệt, 409 VALUE_CONFLICT khi phiên bản cũ) thì không nhóm nào được lưu. dryRun = true: trả về thay đổi và kết quả kiểm tra của từng nhóm, không lưu. source = imported cho số liệu nạp từ tệp hoặc báo cáo cũ (mặc định entered).",
      tags: TAGS,
      body: BatchBody,
      response: BatchAnswer,
      errors: ["REQUEST_INVALID", "ACCESS_DENIED", "VALUE_CONFLICT", "PERIOD_LOCKED"],
      // The units are in the groups: the handler checks each one; the value store checks each group's lock in its transaction.
      access: { action: "write-values", unit: () => undefined, lock: false },
      audit: "handler",
    },
    ({ body }) =>
      Effect.gen(function* () {
        const groups = yield* prepareGroups(body.groups, body.source ?? "entered");
        const dryRun = body.dryRun === true;
        const who = yield* writer;
        const results = yield* Effect.flatMap(ValueRepo, (repo) =>
          repo.writeGroups(
            groups.map((g) => ({ unit: g.scope.unit.code, period: g.scope.window.code, changes: g.writes })),
            who.name,
            { dryRun, auditAs: who.actor },
          ),
        );
        const answers = yield* Effect.forEach(groups, (g, i) => {
          const written = results[i] ?? [];
          return Effect.map(findingsFor(g.scope, dryRun ? pendingOf(written) : []), (findings) => ({
            unit: g.scope.unit.code,
            period: g.scope.window.code,
            changes: written.map(change),
            findings,
          }));
        });
        return { dryRun, groups: answers };
      }),
  ),
  route(
    {
      method: "get",
      path: "/units/:unit/periods/:period/values/:indicator/history",
      operationId: "valueHistory",
      summary: "Lịch sử thay đổi của một chỉ tiêu (giá trị cũ → mới, ai, khi nào)",
      description:
        "Mỗi lần giá trị thay đổi: giá trị và phiên bản cũ → mới, nguồn, ghi chú, người thay đổi (changedBy; với mã truy cập API là chủ mã) và thời điểm (changedAt). Nhật ký /audit?entity=value ghi thêm loại người thực hiện (người dùng hay mã truy cập).",
      tags: TAGS,
      params: Schema.Struct({ ...UnitPeriodParams.fields, indicator: Schema.String }),
      response: Schema.Struct({ items: Schema.Array(HistoryEntryBody), total: Schema.Number }).annotations({ identifier: "ValueHistory" }),
      errors: COMMON_ERRORS,
    },
    ({ params }) =>
      Effect.gen(function* () {
        const scope = yield* resolveScope(params.unit, params.period);
        const items = yield* Effect.flatMap(ValueRepo, (r) => r.history(scope.unit.code, scope.window.code, params.indicator));
        return { items, total: items.length };
      }),
  ),
];
