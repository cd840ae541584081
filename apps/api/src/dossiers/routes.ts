/**
 * Dossier records from one-stop systems and the statistics built from them: `POST
 * /dossiers/batch` takes a batch of records (JSON lines or CSV; stored whole or not at all,
 * idempotent, the later `updatedAt` wins); `GET …/dossier-stats` answers the dossier block of a
 * unit's subtree for a period with the QĐ 766 rates; `POST …/dossier-stats/values` writes the
 * block as indicator values with source "computed". Rules: docs/dossier-statistics.md.
 */
import { DossierIngest } from "@cchc/db/dossiers/DossierIngest";
import { DossierStatistics } from "@cchc/db/dossiers/DossierStatistics";
import { writeComputedValues } from "@cchc/db/dossiers/DossierValues";
import type { WriteResult } from "@cchc/db/values/ValueRepo";
import { actorOf } from "@cchc/domain/access/Principal";
import { serviceIndicators } from "@cchc/domain/dossiers/DossierIndicators";
import * as Period from "@cchc/domain/Period";
import { Effect } from "effect";
import { demand, reachableUnits } from "../auth/AccessControl.js";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { route } from "../http/Route.js";
import { BATCH_CONTENT_TYPES, readBatch } from "./BatchBody.js";
import { BatchAnswer, BatchQuery, ComputedValuesAnswer, DossierStatsAnswer, StatsQuery, UnitPeriodParams, ValuesQuery } from "./Bodies.js";
import { BulkLoadRoute } from "./BulkRoute.js";

const TAGS = ["Hồ sơ TTHC"];

/** Every receiving unit of the batch must be one the caller may write dossiers for. */
const demandUnits = (units: ReadonlySet<string>) =>
  Effect.gen(function* () {
    const reachable = yield* reachableUnits("write-dossiers");
    if (reachable === "*") return;
    const allowed = new Set(reachable);
    for (const u of units) if (!allowed.has(u)) yield* demand("write-dossiers", u);
  });

const change = (r: WriteResult) => ({
  indicator: r.indicator,
  disaggregation: r.disaggregation,
  old: r.old,
  new: { value: r.stored.value, version: r.stored.version },
  changed: r.changed,
});

/** Dossier routes. */
export const dossierRoutes = [
  route(
    {
      method: "post",
      path: "/dossiers/batch",
      operationId: "ingestDossierBatch",
      summary: "Nhập một lô hồ sơ TTHC từ hệ thống một cửa (JSON lines hoặc CSV)",
      description:
        "Mỗi dòng một hồ sơ với các trường source, dossierId, procedureCode, procedureLevel (province|district|commune), unitCode, channel (online-full|online-partial|in-person|post), receivedAt, appointmentDate, extensionDate, resolvedAt, outcome (resolved|returned|withdrawn|rejected), dossierDigitised, resultDigitised, paidOnline, updatedAt (xem docs/dossier-statistics.md). CSV: dòng 1 là tiêu đề với đúng 15 tên trường. Cả lô được lưu hoặc không lưu gì; gửi lại cùng lô không thay đổi gì; với cùng (source, dossierId) phiên bản có updatedAt muộn hơn thắng, bất kể thứ tự gửi. Tối đa 50.000 dòng và 32 MB (413 DOSSIER_BATCH_TOO_LARGE). Dòng sai → 400 DOSSIER_BATCH_INVALID, details liệt kê { line, field, reason, message } (tối đa 100 dòng).",
      tags: TAGS,
      query: BatchQuery,
      rawBody: {
        contentTypes: [...BATCH_CONTENT_TYPES],
        description: "Lô hồ sơ: JSON lines (một đối tượng mỗi dòng) hoặc CSV có dòng tiêu đề, UTF-8",
      },
      response: BatchAnswer,
      errors: ["MEDIA_TYPE_UNSUPPORTED", "TEXT_ENCODING_INVALID", "DOSSIER_BATCH_INVALID", "DOSSIER_BATCH_TOO_LARGE", "ACCESS_DENIED"],
      access: { action: "write-dossiers", unit: (input) => input.query.unit || undefined },
    },
    ({ request }) =>
      Effect.gen(function* () {
        const { batch } = yield* readBatch(request);
        yield* demandUnits(new Set(batch.rows.map((r) => r.unitCode)));
        const summary = yield* (yield* DossierIngest).ingestChecked(batch);
        return { lines: summary.lines, inserted: summary.inserted, updated: summary.updated, unchanged: summary.unchanged };
      }),
  ),
  BulkLoadRoute,
  route(
    {
      method: "get",
      path: "/units/:unit/periods/:period/dossier-stats",
      operationId: "getDossierStats",
      summary: "Số liệu hồ sơ TTHC của đơn vị (gồm đơn vị trực thuộc) trong kỳ, theo cấp và kênh, kèm chỉ số QĐ 766",
      description:
        "Tồn kỳ trước, tiếp nhận mới (theo kênh), tổng tiếp nhận, đã giải quyết (trước hạn/đúng hạn/quá hạn), trả lại/rút/từ chối, đang giải quyết (trong hạn/quá hạn) tính từ hồ sơ đã nhập; ngày theo giờ Việt Nam. Chỉ số phục vụ kèm tử số, mẫu số và diễn giải.",
      tags: TAGS,
      params: UnitPeriodParams,
      query: StatsQuery,
      response: DossierStatsAnswer,
      errors: ["ORG_UNIT_NOT_FOUND", "PERIOD_CODE_INVALID", "PERIOD_NOT_IN_REGIME"],
      access: { action: "read", unit: (input) => input.params.unit },
    },
    ({ params, query }) =>
      Effect.gen(function* () {
        const window = yield* Period.window(params.period, query.regime ?? "nd09");
        const stats = yield* (yield* DossierStatistics).stats(params.unit, window);
        return {
          unit: stats.unitCode,
          period: { code: window.code, regime: window.regime, start: window.start, end: window.end, label: window.label },
          total: stats.total,
          byLevel: stats.byLevel,
          byChannel: stats.byChannel,
          serviceIndicators: serviceIndicators(stats.total),
        };
      }),
  ),
  route(
    {
      method: "post",
      path: "/units/:unit/periods/:period/dossier-stats/values",
      operationId: "writeDossierStatsValues",
      summary: "Ghi số liệu hồ sơ TTHC của kỳ thành giá trị chỉ tiêu (nguồn computed)",
      description:
        "Ghi các chỉ tiêu tthc.hoso.* (tổng và phân tổ channel, timeliness, pending, level) tính từ hồ sơ cho (đơn vị, kỳ), không kiểm tra phiên bản; lịch sử thay đổi được giữ. dryRun=true: chỉ cho biết sẽ thay đổi gì, không lưu. Kỳ đã phê duyệt bị khóa (409 PERIOD_LOCKED).",
      tags: TAGS,
      params: UnitPeriodParams,
      query: ValuesQuery,
      response: ComputedValuesAnswer,
      errors: ["ORG_UNIT_NOT_FOUND", "PERIOD_CODE_INVALID", "PERIOD_NOT_IN_REGIME", "PERIOD_LOCKED"],
      // each changed value is recorded with before and after, as an entered value is
      audit: "handler",
    },
    ({ params, query }) =>
      Effect.gen(function* () {
        const window = yield* Period.window(params.period, query.regime ?? "nd09");
        const who = actorOf(yield* CurrentPrincipal);
        const dryRun = query.dryRun === true;
        const results = yield* writeComputedValues(params.unit, window.code, window, who.name ?? "api", { dryRun, auditAs: who });
        return {
          unit: params.unit,
          period: window.code,
          dryRun,
          changed: results.filter((r) => r.changed).length,
          changes: results.map(change),
        };
      }),
  ),
];
