import type { Actor } from "@cchc/domain/access/Principal";
import type { Inspection, InspectionInput, InspectionPatch } from "@cchc/domain/inspections/Inspection";
import { InspectionConflict, InspectionInvalid, InspectionNotFound } from "@cchc/domain/inspections/InspectionErrors";
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
import { fromRow, toRow } from "./InspectionRows.js";

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

const inputOf = ({ id: _id, version: _version, ...input }: Inspection): InspectionInput => input;

// Fails at the first link to a document that is not registered, naming the field that holds it.
const checkLinks = (trx: Trx, i: InspectionInput): Effect.Effect<void, InspectionInvalid> =>
  Effect.flatMap(
    Effect.promise(() => missingDocumentsIn(trx, [i.planDocumentId, i.noticeDocumentId])),
    (missing) => {
      if (missing.length === 0) return Effect.void;
      const field = i.planDocumentId !== null && missing.includes(i.planDocumentId) ? "planDocumentId" : "noticeDocumentId";
      return Effect.fail(new InspectionInvalid({ field, reason: `không có văn bản mã ${missing[0]} trong sổ` }));
    },
  );

/** How inspections are stored, for the versioned operations. */
const kind: RecordKind<Inspection> = {
  entity: "inspection",
  find: async (db: Kysely<Schema>, id: number, lock: boolean) => {
    const query = db.selectFrom("inspection").selectAll().where("id", "=", id);
    const row = await (lock ? query.forUpdate() : query).executeTakeFirst();
    return row && atOwnUnit(fromRow(row));
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
                trx.insertInto("inspection").values(toRow(i)).returningAll().executeTakeFirstOrThrow(),
              );
              return atOwnUnit(fromRow(row));
            }),
          auditAs,
        );
      return {
        list: (q = {}) =>
          Effect.promise(async () => {
            const base = kysely
              .selectFrom("inspection")
              .$call((b) => (q.unit === undefined ? b : b.where("unit_code", "=", q.unit)))
              .$call((b) => (q.period === undefined ? b : b.where("period_code", "=", q.period)))
              .$if(q.units !== undefined, (b) => (q.units?.length ? b.where("unit_code", "in", q.units) : b.where(sql<boolean>`false`)));
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
            return { items: rows.map(fromRow), total: Number(count.n) };
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
                      .set({ ...toRow(next), version: before.version + 1 })
                      .where("id", "=", id)
                      .returningAll()
                      .executeTakeFirstOrThrow(),
                  );
                  return atOwnUnit(fromRow(row));
                }),
              auditAs,
            )
            .pipe(inspectionErrors),
        remove: (id, version, auditAs) => records.remove(id, version, auditAs).pipe(inspectionErrors),
      };
    }),
  );
}
