/**
 * Reform inspections in storage, listed by unit and period (paged), stored as the report wrote them.
 */
import type { AreaCode } from "@cchc/domain/Area";
import type { Inspection, RemediationStatus } from "@cchc/domain/inspections/Inspection";
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { PeriodCode } from "@cchc/domain/Period";
import { Context, Effect, Layer } from "effect";
import { sql } from "kysely";
import { Database } from "../Database.js";
import type { InspectionRow } from "./InspectionTables.js";

/** Filters of an inspection list. */
export interface InspectionQuery {
  readonly unit?: string | undefined;
  readonly period?: string | undefined;
  /** Only inspections of these units (what the caller may read); undefined = every unit. */
  readonly units?: ReadonlyArray<string> | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

const toDomain = (r: InspectionRow): Inspection => ({
  id: r.id,
  unit: r.unit_code,
  period: r.period_code as PeriodCode,
  area: r.area as AreaCode,
  planDocumentId: r.plan_document_id,
  noticeDocumentId: r.notice_document_id,
  team: r.team,
  leadName: r.lead_name,
  leadTitle: r.lead_title,
  heldOn: r.held_on as LocalDate,
  dateText: r.date_text,
  unitsInspected: JSON.parse(r.units_inspected) as ReadonlyArray<string>,
  findings: r.findings,
  remediation: r.remediation,
  remediationStatus: r.remediation_status as RemediationStatus,
});

/** Repository of inspections. */
export class InspectionRepo extends Context.Tag("@cchc/db/InspectionRepo")<
  InspectionRepo,
  {
    readonly list: (q?: InspectionQuery) => Effect.Effect<{ readonly items: ReadonlyArray<Inspection>; readonly total: number }>;
    readonly insert: (i: Omit<Inspection, "id">) => Effect.Effect<Inspection>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = Layer.effect(
    InspectionRepo,
    Effect.gen(function* () {
      const { kysely } = yield* Database;
      return {
        list: (q = {}) =>
          Effect.promise(async () => {
            const base = kysely
              .selectFrom("inspection")
              .$if(q.unit !== undefined, (b) => b.where("unit_code", "=", q.unit as string))
              .$if(q.period !== undefined, (b) => b.where("period_code", "=", q.period as string))
              .$if(q.units !== undefined, (b) =>
                q.units?.length ? b.where("unit_code", "in", q.units as string[]) : b.where(sql<boolean>`false`),
              );
            const [rows, count] = await Promise.all([
              base
                .selectAll()
                .orderBy("held_on")
                .orderBy("id")
                .limit(q.limit ?? 50)
                .offset(q.offset ?? 0)
                .execute(),
              base.select(kysely.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
            ]);
            return { items: rows.map(toDomain), total: Number(count.n) };
          }),
        insert: (i) =>
          Effect.promise(() =>
            kysely
              .insertInto("inspection")
              .values({
                unit_code: i.unit,
                period_code: i.period,
                area: i.area,
                plan_document_id: i.planDocumentId,
                notice_document_id: i.noticeDocumentId,
                team: i.team,
                lead_name: i.leadName,
                lead_title: i.leadTitle,
                held_on: i.heldOn,
                date_text: i.dateText,
                units_inspected: JSON.stringify(i.unitsInspected),
                findings: i.findings,
                remediation: i.remediation,
                remediation_status: i.remediationStatus,
              })
              .returningAll()
              .executeTakeFirstOrThrow(),
          ).pipe(Effect.map(toDomain)),
      };
    }),
  );
}
