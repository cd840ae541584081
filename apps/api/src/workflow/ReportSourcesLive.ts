/**
 * The live reform-data port of the workflow and consolidation, over the value store and the
 * indicator catalogue: a report's figures are its stored values; submission runs exactly the
 * validation of `GET …/validation` (`findingsFor`: the catalogue's rules over the values, stated
 * rates and the dated events — inspections, activities, documents of the period), so a report
 * with an event dated outside its period cannot be submitted; consolidated figures are written
 * with source "consolidated" and each changed one is recorded in the audit trail, with before and
 * after, as the caller of the request (or the system when there is no request).
 */
import type { ActivityRepo } from "@cchc/db/activities/ActivityRepo";
import { CatalogueRepo } from "@cchc/db/catalogue/CatalogueRepo";
import type { DocumentRepo } from "@cchc/db/documents/DocumentRepo";
import type { InspectionRepo } from "@cchc/db/inspections/InspectionRepo";
import type { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import type { MissingReasonRepo } from "@cchc/db/values/MissingReasonRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import { ReportSources } from "@cchc/db/workflow/ReportSources";
import { type Actor, actorOf } from "@cchc/domain/access/Principal";
import { UnitCode } from "@cchc/domain/OrgUnit";
import * as Period from "@cchc/domain/Period";
import { Context, Effect, Either, Layer, Option, Schema } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { findingsFor } from "../validation/Findings.js";
import { resolveScope } from "../values/Scope.js";

const catalogueFor = (period: string) =>
  Effect.gen(function* () {
    const year = Either.getOrElse(Period.year(period), () => 0);
    return yield* Effect.option(Effect.flatMap(CatalogueRepo, (c) => c.applicable(year)));
  });

// Values are stored only under unit and period codes: codes that do not decode have none.
const storedUnder = (unit: string, period: string) =>
  Option.all([Schema.decodeOption(UnitCode)(unit), Schema.decodeOption(Period.PeriodCode)(period)]);

/**
 * The port's layer used by the app; it needs the repositories of the values, the catalogue, the
 * org units and the dated records (the app's `RepoLayer` provides them).
 */
export const reportSourcesLayer = Layer.effect(
  ReportSources,
  Effect.gen(function* () {
    const context = yield* Effect.context<
      ValueRepo | CatalogueRepo | OrgUnitRepo | InspectionRepo | ActivityRepo | DocumentRepo | MissingReasonRepo
    >();
    const values = Context.get(context, ValueRepo);
    const withRepos = <A>(
      effect: Effect.Effect<
        A,
        never,
        ValueRepo | CatalogueRepo | OrgUnitRepo | InspectionRepo | ActivityRepo | DocumentRepo | MissingReasonRepo
      >,
    ) => Effect.provide(effect, context);
    return {
      figures: (unit, period) =>
        Option.match(storedUnder(unit, period), {
          onNone: () => Effect.succeed([]),
          onSome: ([u, p]) =>
            Effect.map(values.list(u, p), (vs) =>
              vs.map((v) => ({ indicator: v.indicator, disaggregation: v.disaggregation, value: v.value })),
            ),
        }),
      validate: (unit, period) =>
        withRepos(
          Effect.gen(function* () {
            // Without a catalogue for the year (or with an unknown unit or period) there is nothing to check.
            const scope = yield* Effect.option(resolveScope(unit, period));
            if (scope._tag === "None") return [];
            const findings = yield* findingsFor(scope.value);
            return findings.map((f) => ({
              rule: f.rule,
              importance: f.importance,
              message: f.message,
              ...(f.subject === null ? {} : { subject: f.subject }),
            }));
          }),
        ),
      catalogue: (period) =>
        withRepos(
          Effect.map(catalogueFor(period), (c) =>
            c._tag === "Some" ? { indicators: c.value.indicators, rates: c.value.rates } : { indicators: [], rates: [] },
          ),
        ),
      storeConsolidated: (unit, period, figures, actorName) =>
        Effect.gen(function* () {
          // The port names the actor only by name; the request's principal gives the full audit actor.
          const principal = yield* Effect.serviceOption(CurrentPrincipal);
          const auditAs: Actor = Option.match(principal, {
            onNone: () => ({ kind: "system", id: null, name: actorName ?? "system" }),
            onSome: actorOf,
          });
          const results = yield* values
            .write(
              // the consolidation found the unit in the unit tree and its period is a period code: this cannot fail
              Schema.decodeSync(UnitCode)(unit),
              Schema.decodeSync(Period.PeriodCode)(period),
              figures.map((f) => ({ ...f, source: "consolidated" as const })),
              actorName ?? "system",
              { auditAs },
            )
            // Consolidated figures are written without versions, so a conflict cannot be the caller's to fix.
            .pipe(Effect.catchTag("ValueConflict", (e) => Effect.die(e)));
          return results.filter((r) => r.changed).length;
        }),
    };
  }),
);
