/**
 * The document register in storage: search by text (diacritics ignored), type, dates and unit;
 * numbers are unique per number/symbol/numbering year/issuer (409 DOCUMENT_DUPLICATE), checked
 * before writing and enforced by a partial unique index.
 */

import type { Actor } from "@cchc/domain/access/Principal";
import {
  DocumentDuplicate,
  DocumentInUse,
  DocumentNotFound,
  DocumentParentInvalid,
  numberingYear,
  type RegisterEntry,
  type RegisterEntryInput,
} from "@cchc/domain/documents/RegisterEntry";
import { foldDiacritics } from "@cchc/domain/Text";
import { Context, Effect } from "effect";
import { overDatabase } from "../OverDatabase.js";
import { type Page, type PageRequest, pageOf, withinUnits } from "../records/Listing.js";
import { ownUnitKind, type RecordConflict, type RecordNotFound, versionedRecords } from "../records/VersionedRecords.js";
import { fromRow, toRow } from "./DocumentRows.js";
import { usesOf } from "./DocumentUses.js";

/** Filters of a register search. */
export interface DocumentQuery extends PageRequest {
  readonly q?: string | undefined;
  readonly type?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly unit?: string | undefined;
  /** Only documents of these units (what the caller may read); undefined = every unit. */
  readonly units?: ReadonlyArray<string> | undefined;
}

/** How documents are stored, for the versioned operations. */
const kind = ownUnitKind("document", "document", fromRow);

// A document's writes name no version the client read, so a version conflict cannot happen.
const documentErrors = <B, E, R>(self: Effect.Effect<B, E | RecordNotFound | RecordConflict<RegisterEntry>, R>) =>
  Effect.catchIf(
    self,
    (e): e is RecordNotFound | RecordConflict<RegisterEntry> =>
      typeof e === "object" && e !== null && "_tag" in e && (e._tag === "RecordNotFound" || e._tag === "RecordConflict"),
    (e) => (e._tag === "RecordNotFound" ? Effect.fail(new DocumentNotFound({ id: e.id })) : Effect.die(e)),
  );

/** Repository of the document register. */
export class DocumentRepo extends Context.Tag("@cchc/db/DocumentRepo")<
  DocumentRepo,
  {
    readonly list: (q?: DocumentQuery) => Effect.Effect<Page<RegisterEntry>>;
    readonly get: (id: number) => Effect.Effect<RegisterEntry, DocumentNotFound>;
    /** Finds a document by its number/symbol/year/issuer, if registered. */
    readonly findByNumber: (
      d: Pick<RegisterEntryInput, "number" | "year" | "symbol" | "date" | "issuer">,
    ) => Effect.Effect<RegisterEntry | undefined>;
    /** Registers a document; with `auditAs`, records it in the audit trail in the same transaction. */
    readonly insert: (d: RegisterEntryInput, auditAs?: Actor) => Effect.Effect<RegisterEntry, DocumentDuplicate | DocumentParentInvalid>;
    /** Corrects a document; with `auditAs`, records before and after in the same transaction. */
    readonly update: (
      id: number,
      d: RegisterEntryInput,
      auditAs?: Actor,
    ) => Effect.Effect<RegisterEntry, DocumentNotFound | DocumentDuplicate | DocumentParentInvalid>;
    /**
     * Removes a document, unless it is the evidence of a task or a PAR Index criterion; with
     * `auditAs`, records what was removed in the same transaction.
     */
    readonly remove: (id: number, auditAs?: Actor) => Effect.Effect<void, DocumentNotFound | DocumentInUse>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(DocumentRepo, (kysely) => {
    const records = versionedRecords(kysely, kind);
    const get = (id: number) => records.get(id).pipe(Effect.mapError((e) => new DocumentNotFound({ id: e.id })));
    const findByNumber = (d: Pick<RegisterEntryInput, "number" | "year" | "symbol" | "date" | "issuer">) => {
      const number = d.number;
      return number === null
        ? Effect.succeed(undefined)
        : Effect.promise(() =>
            kysely
              .selectFrom("document")
              .selectAll()
              .where("number", "=", number)
              .where("symbol", "=", d.symbol)
              .where("numbering_year", "=", numberingYear(d))
              .where("issuer_key", "=", foldDiacritics(d.issuer))
              .executeTakeFirst(),
          ).pipe(Effect.map((r) => (r ? fromRow(r) : undefined)));
    };
    const checks = (d: RegisterEntryInput, self: number | null) =>
      Effect.gen(function* () {
        const dup = yield* findByNumber(d);
        if (dup && dup.id !== self)
          return yield* Effect.fail(new DocumentDuplicate({ numberSymbol: dup.numberSymbol, issuer: dup.issuer, existingId: dup.id }));
        const parentId = d.parentId;
        if (parentId !== null) {
          if (parentId === self) return yield* Effect.fail(new DocumentParentInvalid({ parentId }));
          const parent = yield* Effect.promise(() =>
            kysely.selectFrom("document").select("id").where("id", "=", parentId).executeTakeFirst(),
          );
          if (!parent) return yield* Effect.fail(new DocumentParentInvalid({ parentId }));
        }
      });
    return {
      get,
      findByNumber,
      list: (q = {}) =>
        Effect.promise(async () => {
          const needle = q.q ? `%${foldDiacritics(q.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
          const base = kysely
            .selectFrom("document")
            .$call((b) => (needle === undefined ? b : b.where("search_text", "like", needle)))
            .$call((b) => (q.type === undefined ? b : b.where("type_code", "=", q.type)))
            .$call((b) => (q.from === undefined ? b : b.where("issued_on", ">=", q.from)))
            .$call((b) => (q.to === undefined ? b : b.where("issued_on", "<=", q.to)))
            .$call((b) => (q.unit === undefined ? b : b.where("unit_code", "=", q.unit)))
            .$call((b) => (q.units === undefined ? b : b.where(withinUnits(q.units))));
          return pageOf(base.selectAll().orderBy("issued_on").orderBy("id"), base.select(kysely.fn.countAll<number>().as("n")), q, fromRow);
        }),
      insert: (d, auditAs) =>
        Effect.zipRight(
          checks(d, null),
          records.create((trx) => kind.insert(trx, toRow(d)), auditAs),
        ),
      update: (id, d, auditAs) =>
        Effect.gen(function* () {
          yield* get(id);
          yield* checks(d, id);
          return yield* records
            .update(
              id,
              undefined,
              // the stored row is locked: its version is the one the update raises
              (trx, { record }) => kind.rewrite(trx, record, toRow(d)),
              auditAs,
            )
            .pipe(documentErrors);
        }),
      remove: (id, auditAs) =>
        records
          .remove(id, undefined, auditAs, (trx) =>
            // the document is locked: a task naming it meanwhile waits for the removal (`DocumentLinks`)
            Effect.flatMap(
              Effect.promise(() => usesOf(trx, id)),
              (uses) => (uses.length === 0 ? Effect.void : Effect.fail(new DocumentInUse({ id, uses }))),
            ),
          )
          .pipe(documentErrors, Effect.asVoid),
    };
  });
}
