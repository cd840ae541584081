import type { Inspection, InspectionInput, InspectionPatch } from "@cchc/domain/inspections/Inspection";
import { InspectionConflict, InspectionInvalid, InspectionNotFound } from "@cchc/domain/inspections/InspectionErrors";
import { Context, Effect } from "effect";
import { missingDocumentsIn } from "../documents/DocumentLinks.js";
import { overDatabase } from "../OverDatabase.js";
import { ofUnitPeriod, type Page, pageOf, type UnitPeriodQuery } from "../records/Listing.js";
import { fieldsOf, ownUnitKind, type VersionedRepository, type VersionedWrites, versionedRepository } from "../records/VersionedRecords.js";
import type { Trx } from "../Transaction.js";
import { fromRow, toRow } from "./InspectionRows.js";

export { InspectionConflict, InspectionInvalid, InspectionNotFound } from "@cchc/domain/inspections/InspectionErrors";

/** Filters of an inspection list. */
export type InspectionQuery = UnitPeriodQuery;

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
const kind = ownUnitKind("inspection", "inspection", fromRow);

/** How inspections write their columns, with their links checked. */
const writes: VersionedWrites<Inspection, InspectionInput, InspectionPatch, InspectionInvalid> = {
  create: (trx, i) =>
    Effect.gen(function* () {
      yield* checkLinks(trx, i);
      return yield* kind.insert(trx, toRow(i));
    }),
  update: (trx, before, patch) =>
    Effect.gen(function* () {
      const next = { ...fieldsOf(before), ...patch };
      yield* checkLinks(trx, next);
      return yield* kind.rewrite(trx, before, toRow(next));
    }),
};

/** Repository of inspections. */
export class InspectionRepo extends Context.Tag("@cchc/db/InspectionRepo")<
  InspectionRepo,
  {
    readonly list: (q?: InspectionQuery) => Effect.Effect<Page<Inspection>>;
  } & VersionedRepository<Inspection, InspectionInput, InspectionPatch, InspectionNotFound, InspectionConflict, InspectionInvalid>
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(InspectionRepo, (kysely) => ({
    list: (q = {}) =>
      Effect.promise(async () => {
        const base = kysely.selectFrom("inspection").where(ofUnitPeriod(q));
        return pageOf(base.selectAll().orderBy("held_on").orderBy("id"), base.select(kysely.fn.countAll<number>().as("n")), q, fromRow);
      }),
    ...versionedRepository(kysely, kind, { notFound: InspectionNotFound, conflict: InspectionConflict }, writes),
  }));
}
