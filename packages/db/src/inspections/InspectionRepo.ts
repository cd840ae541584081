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
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { PeriodCode } from "@cchc/domain/Period";
import { Clock, Context, Data, Effect, Either, Layer } from "effect";
import { type Kysely, sql } from "kysely";
import { recordIn } from "../audit/AuditLog.js";
import { Database } from "../Database.js";
import { missingDocumentsIn } from "../documents/DocumentLinks.js";
import type { Schema } from "../Schema.js";
import type { InspectionRow } from "./InspectionTables.js";

/** No inspection has this id. */
export class InspectionNotFound extends Data.TaggedError("InspectionNotFound")<{ readonly id: number }> {}
/** The inspection changed since the client read it; `current` is what is stored now. */
export class InspectionConflict extends Data.TaggedError("InspectionConflict")<{
  readonly id: number;
  readonly expectedVersion: number;
  readonly current: Inspection;
}> {}
/** A field names something that does not exist (a document not in the register). */
export class InspectionInvalid extends Data.TaggedError("InspectionInvalid")<{ readonly field: string; readonly reason: string }> {}

type Failure = InspectionNotFound | InspectionConflict | InspectionInvalid;

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

// The first link to a document that is not registered, as the field that names it.
const brokenLink = async (db: Kysely<Schema>, i: InspectionInput): Promise<InspectionInvalid | undefined> => {
  const missing = await missingDocumentsIn(db, [i.planDocumentId, i.noticeDocumentId]);
  if (missing.length === 0) return undefined;
  const field = missing.includes(i.planDocumentId as number) ? "planDocumentId" : "noticeDocumentId";
  return new InspectionInvalid({ field, reason: `không có văn bản mã ${missing[0]} trong sổ` });
};

const audit = (actor: Actor, action: string, before: Inspection | null, after: Inspection | null) => ({
  actor,
  action,
  entity: "inspection",
  entityId: String((after ?? before)?.id),
  unit: (after ?? before)?.unit ?? null,
  before,
  after,
});

/** Repository of inspections. */
export class InspectionRepo extends Context.Tag("@cchc/db/InspectionRepo")<
  InspectionRepo,
  {
    readonly list: (q?: InspectionQuery) => Effect.Effect<{ readonly items: ReadonlyArray<Inspection>; readonly total: number }>;
    readonly get: (id: number) => Effect.Effect<Inspection, InspectionNotFound>;
    /** Records an inspection; with `auditAs`, records it in the audit trail in the same transaction. */
    readonly create: (i: InspectionInput, auditAs?: Actor) => Effect.Effect<Inspection, InspectionInvalid>;
    /** Records an inspection of trusted data (demo, import): a link to a missing document is a defect. */
    readonly insert: (i: InspectionInput) => Effect.Effect<Inspection>;
    /** Changes the fields of `patch` if the stored version is `version`; the version goes up by one. */
    readonly update: (
      id: number,
      patch: InspectionPatch,
      version: number,
      auditAs?: Actor,
    ) => Effect.Effect<Inspection, InspectionNotFound | InspectionConflict | InspectionInvalid>;
    /** Removes an inspection (if the stored version is `version`, when given); answers what was removed. */
    readonly remove: (id: number, version?: number, auditAs?: Actor) => Effect.Effect<Inspection, InspectionNotFound | InspectionConflict>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = Layer.effect(
    InspectionRepo,
    Effect.gen(function* () {
      const { kysely } = yield* Database;
      const create = (i: InspectionInput, auditAs?: Actor) =>
        Effect.gen(function* () {
          const at = new Date(yield* Clock.currentTimeMillis);
          return yield* Effect.flatten(
            Effect.promise(() =>
              kysely.transaction().execute(async (trx): Promise<Either.Either<Inspection, InspectionInvalid>> => {
                const invalid = await brokenLink(trx, i);
                if (invalid) return Either.left(invalid);
                const r = toDomain(await trx.insertInto("inspection").values(columns(i)).returningAll().executeTakeFirstOrThrow());
                if (auditAs) await recordIn(trx, at, audit(auditAs, "inspection.create", null, r));
                return Either.right(r);
              }),
            ),
          );
        });
      // The stored row, locked for the rest of the transaction, if its version is the one expected.
      const lockedAt = async (
        trx: Kysely<Schema>,
        id: number,
        version: number | undefined,
      ): Promise<Either.Either<Inspection, InspectionNotFound | InspectionConflict>> => {
        const row = await trx.selectFrom("inspection").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
        if (!row) return Either.left(new InspectionNotFound({ id }));
        const current = toDomain(row);
        if (version !== undefined && current.version !== version)
          return Either.left(new InspectionConflict({ id, expectedVersion: version, current }));
        return Either.right(current);
      };
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
        get: (id) =>
          Effect.promise(() => kysely.selectFrom("inspection").selectAll().where("id", "=", id).executeTakeFirst()).pipe(
            Effect.flatMap((r) => (r ? Effect.succeed(toDomain(r)) : Effect.fail(new InspectionNotFound({ id })))),
          ),
        create,
        insert: (i) => Effect.orDie(create(i)),
        update: (id, patch, version, auditAs) =>
          Effect.gen(function* () {
            const at = new Date(yield* Clock.currentTimeMillis);
            return yield* Effect.flatten(
              Effect.promise(() =>
                kysely.transaction().execute(async (trx): Promise<Either.Either<Inspection, Failure>> => {
                  const found = await lockedAt(trx, id, version);
                  if (Either.isLeft(found)) return found;
                  const before = found.right;
                  const next = { ...inputOf(before), ...patch };
                  const invalid = await brokenLink(trx, next);
                  if (invalid) return Either.left(invalid);
                  const row = await trx
                    .updateTable("inspection")
                    .set({ ...columns(next), version: before.version + 1 })
                    .where("id", "=", id)
                    .returningAll()
                    .executeTakeFirstOrThrow();
                  const after = toDomain(row);
                  if (auditAs) await recordIn(trx, at, audit(auditAs, "inspection.update", before, after));
                  return Either.right(after);
                }),
              ),
            );
          }),
        remove: (id, version, auditAs) =>
          Effect.gen(function* () {
            const at = new Date(yield* Clock.currentTimeMillis);
            return yield* Effect.flatten(
              Effect.promise(() =>
                kysely.transaction().execute(async (trx): Promise<Either.Either<Inspection, InspectionNotFound | InspectionConflict>> => {
                  const found = await lockedAt(trx, id, version);
                  if (Either.isLeft(found)) return found;
                  await trx.deleteFrom("inspection").where("id", "=", id).execute();
                  if (auditAs) await recordIn(trx, at, audit(auditAs, "inspection.delete", found.right, null));
                  return found;
                }),
              ),
            );
          }),
      };
    }),
  );
}
