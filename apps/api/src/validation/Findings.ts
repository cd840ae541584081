/**
 * Gathers everything the rules of one unit and period look at — stored values (optionally with
 * pending changes applied, for dry runs and save responses), stated rates, and dated events
 * (inspections, dated activities, documents reported as work of the period) — and runs them.
 */
import { ActivityRepo } from "@cchc/db/activities/ActivityRepo";
import { DocumentRepo } from "@cchc/db/documents/DocumentRepo";
import { InspectionRepo } from "@cchc/db/inspections/InspectionRepo";
import { MissingReasonRepo } from "@cchc/db/values/MissingReasonRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import type { AreaCode } from "@cchc/domain/Area";
import * as Completeness from "@cchc/domain/indicators/Completeness";
import { type KeyedValue, keyText } from "@cchc/domain/indicators/Value";
import type { DatedEvent } from "@cchc/domain/validation/DatedEvent";
import * as Validate from "@cchc/domain/validation/Validate";
import { Effect } from "effect";
import type { Scope } from "../values/Scope.js";

/** Dated events of a unit's period, as the event-dates rule sees them. */
export const eventsOf = (unit: string, period: string) =>
  Effect.gen(function* () {
    const inspections = (yield* Effect.flatMap(InspectionRepo, (r) => r.list({ unit, period, limit: 10_000 }))).items;
    const activities = (yield* Effect.flatMap(ActivityRepo, (r) => r.list({ unit, period, limit: 10_000 }))).items;
    const documents = (yield* Effect.flatMap(DocumentRepo, (r) => r.list({ unit, limit: 10_000 }))).items.filter(
      (d) => d.reportedIn === period,
    );
    const events: DatedEvent[] = [
      ...inspections.map((i) => ({
        ref: `inspection:${i.id}`,
        label: `${i.team} (Tổ trưởng: ông ${i.leadName})`,
        date: i.heldOn,
        role: "event" as const,
        area: i.area,
      })),
      ...activities.flatMap((a) =>
        a.heldOn === null ? [] : [{ ref: `activity:${a.id}`, label: a.title, date: a.heldOn, role: a.dateRole, area: a.area }],
      ),
      ...documents.map((d) => ({ ref: `document:${d.id}`, label: d.reference, date: d.date, role: "event" as const })),
    ];
    return events;
  });

/** The compulsory indicators of the scope's unit that have neither a value nor a stated reason. */
export const missingFor = (scope: Scope, values: ReadonlyArray<{ readonly indicator: string }>) =>
  Effect.gen(function* () {
    const reasons = yield* Effect.flatMap(MissingReasonRepo, (r) => r.list(scope.unit.code, scope.window.code));
    return Completeness.missing({ indicators: scope.catalogue.indicators, kind: scope.unit.kind, values, reasons });
  });

/**
 * Runs validation for a scope; `pending` values replace stored ones with the same key. A missing
 * compulsory indicator is an error finding of its own (completeness, ADR 0021), listed first.
 */
export const findingsFor = (scope: Scope, pending: ReadonlyArray<KeyedValue> = []) =>
  Effect.gen(function* () {
    const unit = scope.unit.code;
    const period = scope.window.code;
    const repo = yield* ValueRepo;
    const stored = yield* repo.list(unit, period);
    const merged = new Map<string, KeyedValue>(stored.map((v) => [keyText(v), v]));
    for (const p of pending) merged.set(keyText(p), p);
    const missing = yield* missingFor(scope, [...merged.values()]);
    const areas = new Map<string, AreaCode>(scope.catalogue.indicators.map((i) => [i.code, i.area]));
    const incomplete = Completeness.findings(missing, (code) => areas.get(code) ?? "direction");
    const checked = Validate.run({
      rules: scope.catalogue.rules,
      rates: scope.catalogue.rates,
      indicators: scope.catalogue.indicators,
      values: [...merged.values()],
      claims: yield* repo.claims(unit, period),
      events: yield* eventsOf(unit, period),
      window: scope.window,
    });
    return [...incomplete, ...checked];
  });
