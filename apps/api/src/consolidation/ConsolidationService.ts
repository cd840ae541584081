/**
 * Consolidating a parent's figures for a period from its children's approved figures: the pure
 * aggregation of `@cchc/domain/consolidation`, fed by the value store, checked against the
 * parent's own period lock, stored with source "consolidated" and recorded with the children
 * included and missing.
 */
import { AuditLog } from "@cchc/db/audit/AuditLog";
import { ConsolidationRepo } from "@cchc/db/consolidation/ConsolidationRepo";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { PeriodLock } from "@cchc/db/workflow/PeriodLock";
import { ReportSources } from "@cchc/db/workflow/ReportSources";
import { WorkflowRepo } from "@cchc/db/workflow/WorkflowRepo";
import type { Actor } from "@cchc/domain/access/Principal";
import * as Consolidation from "@cchc/domain/consolidation/Consolidation";
import * as Period from "@cchc/domain/Period";
import { Effect } from "effect";

/** Consolidates `unit`'s figures for `period` from its direct children's approved figures. */
export const consolidate = (unit: string, period: Period.PeriodCode, actor: Actor, at: Date) =>
  Effect.gen(function* () {
    // a period code has a window in the default regime (nd09): this cannot fail
    const w = yield* Effect.orDie(Period.window(period));
    const units = yield* Effect.flatMap(OrgUnitRepo, (r) => r.subtree(unit, w.end));
    const children = units.filter((u) => u.parentCode === unit);
    const workflow = yield* WorkflowRepo;
    const sources = yield* ReportSources;
    const statuses = yield* workflow.statuses(
      children.map((c) => c.code),
      period,
    );
    const figures = yield* Effect.forEach(statuses, (s) =>
      s.state === "approved"
        ? Effect.map(sources.figures(s.unit, period), (vs) => ({
            unit: s.unit,
            approved: true,
            values: vs.flatMap((v) =>
              v.value === null ? [] : [{ indicator: v.indicator, disaggregation: v.disaggregation, value: v.value }],
            ),
          }))
        : Effect.succeed({ unit: s.unit, approved: false, values: [] }),
    );
    const catalogue = yield* sources.catalogue(period);
    const result = Consolidation.consolidate(catalogue.indicators, figures);
    const out = result.values.map((v) => ({ indicator: v.indicator, disaggregation: v.disaggregation, value: v.value }));
    yield* Effect.flatMap(PeriodLock, (l) => l.assertWritable(unit, period, out));
    const stored = out.length === 0 ? 0 : yield* sources.storeConsolidated(unit, period, out, actor.name);
    const run = yield* Effect.flatMap(ConsolidationRepo, (r) =>
      r.record({ unit, period, at, actorName: actor.name, included: result.included, missing: result.missing, figures: out }),
    );
    yield* Effect.flatMap(AuditLog, (a) =>
      a.record({
        actor,
        action: "consolidation.run",
        entity: "report",
        entityId: `${unit}/${period}`,
        unit,
        before: null,
        after: { run: run.id, included: result.included, missing: result.missing, figures: out },
      }),
    );
    return { ...result, rates: Consolidation.rates(result, catalogue.rates), stored, runId: run.id };
  });
