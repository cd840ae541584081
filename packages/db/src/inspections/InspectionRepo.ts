/**
 * Reform inspections in storage, stored as the report wrote them: listed by unit and period
 * (paged), read by id, recorded, corrected and removed. A correction or removal names the version
 * the client read and is refused (`InspectionConflict`, with the current inspection) when that is
 * stale; links to the document register must name registered documents. With a writer named, each
 * change is recorded in the audit trail with before and after, in the transaction of the change.
 */
import type { AreaCode } from "@cchc/domain/Area";
import type { Actor } from "@cchc/domain/access/Principal";
import type { Inspection, InspectionInput, InspectionPatch, RemediationStatus } from "@cchc/domain/inspections/Inspection";
import { InspectionConflict, InspectionInvalid, InspectionNotFound } from "@cchc/domain/inspections/InspectionErrors";
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { PeriodCode } from "@cchc/domain/Period";
import { Context, Effect, Layer } from "effect";
import { type Kysely, sql } from "kysely";
import { Database } from "../Database.js";
import { missingDocumentsIn } from "../documents/DocumentLinks.js";
import {
  atOwnUnit,
  ownErrors,
  type RecordConflict,
  type RecordKind,
  type VersionedRepository,
  versionedRecords,
} from "../records/VersionedRecords.js";
import type { Schema } from "../Schema.js";
import type { Trx } from "../Transaction.js";
import type { InspectionRow } from "./InspectionTables.js";

export { InspectionConflict, InspectionInvalid, InspectionNotFound } from "@cchc/domain/inspections/InspectionErrors";

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
  version: r.version,
});

const columns = (i: InspectionInput) => ({
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
});

const inputOf = ({ id: _id, version: _version, ...input }: Inspection): InspectionInput => input;

// Fails at the first link to a document that is not registered, naming the field that holds it.
const checkLinks = (trx: Trx, i: InspectionInput): Effect.Effect<void, InspectionInvalid> =>
  Effect.flatMap(
    Effect.promise(() => missingDocumentsIn(trx, [i.planDocumentId, i.noticeDocumentId])),
    (missing) => {
      if (missing.length === 0) return Effect.void;
      const field = missing.includes(i.planDocumentId as number) ? "planDocumentId" : "noticeDocumentId";
      return Effect.fail(new InspectionInvalid({ field, reason: `không có văn bản mã ${missing[0]} trong sổ` }));
    },
  );

/** How inspections are stored, for the versioned operations. */
const kind: RecordKind<Inspection> = {
  entity: "inspection",
  find: async (db: Kysely<Schema>, id: number, lock: boolean) => {
    const query = db.selectFrom("inspection").selectAll().where("id", "=", id);
    const row = await (lock ? query.forUpdate() : query).executeTakeFirst();
    return row && atOwnUnit(toDomain(row));
  },
  delete: (trx, id) => trx.deleteFrom("inspection").where("id", "=", id).execute(),
};

const inspectionErrors = ownErrors(
  (e) => new InspectionNotFound({ id: e.id }),
  (e: RecordConflict<Inspection>) => new InspectionConflict({ id: e.id, expectedVersion: e.expectedVersion, current: e.current }),
);

/** Repository of inspections. */
export class InspectionRepo extends Context.Tag("@cchc/db/InspectionRepo")<
  InspectionRepo,
  {
    readonly list: (q?: InspectionQuery) => Effect.Effect<{ readonly items: ReadonlyArray<Inspection>; readonly total: number }>;
  } & VersionedRepository<Inspection, InspectionInput, InspectionPatch, InspectionNotFound, InspectionConflict, InspectionInvalid>
>() {
  /** The repository over the Database service. */
  static readonly layer = Layer.effect(
    InspectionRepo,
    Effect.gen(function* () {
      const { kysely } = yield* Database;
      const records = versionedRecords(kysely, kind);
      const create = (i: InspectionInput, auditAs?: Actor) =>
        records.create(
          (trx) =>
            Effect.gen(function* () {
              yield* checkLinks(trx, i);
              const row = yield* Effect.promise(() =>
                trx.insertInto("inspection").values(columns(i)).returningAll().executeTakeFirstOrThrow(),
              );
              return atOwnUnit(toDomain(row));
            }),
          auditAs,
        );
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
        get: (id) => records.get(id).pipe(Effect.mapError((e) => new InspectionNotFound({ id: e.id }))),
        create,
        insert: (i) => Effect.orDie(create(i)),
        update: (id, patch, version, auditAs) =>
          records
            .update(
              id,
              version,
              (trx, { record: before }) =>
                Effect.gen(function* () {
                  const next = { ...inputOf(before), ...patch };
                  yield* checkLinks(trx, next);
                  const row = yield* Effect.promise(() =>
                    trx
                      .updateTable("inspection")
                      .set({ ...columns(next), version: before.version + 1 })
                      .where("id", "=", id)
                      .returningAll()
                      .executeTakeFirstOrThrow(),
                  );
                  return atOwnUnit(toDomain(row));
                }),
              auditAs,
            )
            .pipe(inspectionErrors),
        remove: (id, version, auditAs) => records.remove(id, version, auditAs).pipe(inspectionErrors),
      };
    }),
  );
}
