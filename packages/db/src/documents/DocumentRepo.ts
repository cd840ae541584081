/**
 * The document register in storage: search by text (diacritics ignored), type, dates and unit;
 * numbers are unique per number/symbol/numbering year/issuer (409 DOCUMENT_DUPLICATE), checked
 * before writing and enforced by a partial unique index.
 */

import type { DocumentTypeCode } from "@cchc/domain/DocumentReference";
import {
  DocumentDuplicate,
  DocumentNotFound,
  DocumentParentInvalid,
  numberingYear,
  numberSymbol,
  type RegisterEntry,
  type RegisterEntryInput,
  referenceText,
} from "@cchc/domain/documents/RegisterEntry";
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { PeriodCode } from "@cchc/domain/Period";
import { foldDiacritics } from "@cchc/domain/Text";
import { Context, Effect, Layer } from "effect";
import { sql } from "kysely";
import { Database } from "../Database.js";
import type { DocumentRow } from "./DocumentTables.js";

/** Filters of a register search. */
export interface DocumentQuery {
  readonly q?: string | undefined;
  readonly type?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly unit?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

const toDomain = (r: DocumentRow): RegisterEntry => {
  const base = {
    unit: r.unit_code,
    direction: r.direction as RegisterEntry["direction"],
    type: r.type_code as DocumentTypeCode,
    number: r.number,
    year: r.number_year,
    symbol: r.symbol,
    date: r.issued_on as LocalDate,
    issuer: r.issuer,
    summary: r.summary,
    parentId: r.parent_id,
    reportedIn: r.reported_in as PeriodCode | null,
  };
  return { id: r.id, ...base, numberSymbol: numberSymbol(base), reference: referenceText(base), version: r.version };
};

const columns = (d: RegisterEntryInput) => ({
  unit_code: d.unit,
  direction: d.direction,
  type_code: d.type,
  number: d.number,
  number_year: d.year,
  symbol: d.symbol,
  issued_on: d.date,
  issuer: d.issuer.normalize("NFC"),
  summary: d.summary.normalize("NFC"),
  parent_id: d.parentId,
  reported_in: d.reportedIn,
  numbering_year: numberingYear(d),
  issuer_key: foldDiacritics(d.issuer),
  search_text: foldDiacritics(`${numberSymbol(d)} ${d.issuer} ${d.summary}`),
});

/** Repository of the document register. */
export class DocumentRepo extends Context.Tag("@cchc/db/DocumentRepo")<
  DocumentRepo,
  {
    readonly list: (q?: DocumentQuery) => Effect.Effect<{ readonly items: ReadonlyArray<RegisterEntry>; readonly total: number }>;
    readonly get: (id: number) => Effect.Effect<RegisterEntry, DocumentNotFound>;
    /** Finds a document by its number/symbol/year/issuer, if registered. */
    readonly findByNumber: (
      d: Pick<RegisterEntryInput, "number" | "year" | "symbol" | "date" | "issuer">,
    ) => Effect.Effect<RegisterEntry | undefined>;
    readonly insert: (d: RegisterEntryInput) => Effect.Effect<RegisterEntry, DocumentDuplicate | DocumentParentInvalid>;
    readonly update: (
      id: number,
      d: RegisterEntryInput,
    ) => Effect.Effect<RegisterEntry, DocumentNotFound | DocumentDuplicate | DocumentParentInvalid>;
    readonly remove: (id: number) => Effect.Effect<void, DocumentNotFound>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = Layer.effect(
    DocumentRepo,
    Effect.gen(function* () {
      const { kysely } = yield* Database;
      const get = (id: number) =>
        Effect.promise(() => kysely.selectFrom("document").selectAll().where("id", "=", id).executeTakeFirst()).pipe(
          Effect.flatMap((r) => (r ? Effect.succeed(toDomain(r)) : Effect.fail(new DocumentNotFound({ id })))),
        );
      const findByNumber = (d: Pick<RegisterEntryInput, "number" | "year" | "symbol" | "date" | "issuer">) =>
        d.number === null
          ? Effect.succeed(undefined)
          : Effect.promise(() =>
              kysely
                .selectFrom("document")
                .selectAll()
                .where("number", "=", d.number as number)
                .where("symbol", "=", d.symbol)
                .where("numbering_year", "=", numberingYear(d))
                .where("issuer_key", "=", foldDiacritics(d.issuer))
                .executeTakeFirst(),
            ).pipe(Effect.map((r) => (r ? toDomain(r) : undefined)));
      const checks = (d: RegisterEntryInput, self: number | null) =>
        Effect.gen(function* () {
          const dup = yield* findByNumber(d);
          if (dup && dup.id !== self)
            return yield* Effect.fail(new DocumentDuplicate({ numberSymbol: dup.numberSymbol, issuer: dup.issuer, existingId: dup.id }));
          if (d.parentId !== null) {
            if (d.parentId === self) return yield* Effect.fail(new DocumentParentInvalid({ parentId: d.parentId }));
            const parent = yield* Effect.promise(() =>
              kysely
                .selectFrom("document")
                .select("id")
                .where("id", "=", d.parentId as number)
                .executeTakeFirst(),
            );
            if (!parent) return yield* Effect.fail(new DocumentParentInvalid({ parentId: d.parentId }));
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
              .$if(needle !== undefined, (b) => b.where("search_text", "like", needle as string))
              .$if(q.type !== undefined, (b) => b.where("type_code", "=", q.type as string))
              .$if(q.from !== undefined, (b) => b.where("issued_on", ">=", q.from as string))
              .$if(q.to !== undefined, (b) => b.where("issued_on", "<=", q.to as string))
              .$if(q.unit !== undefined, (b) => b.where("unit_code", "=", q.unit as string));
            const [rows, count] = await Promise.all([
              base
                .selectAll()
                .orderBy("issued_on")
                .orderBy("id")
                .limit(q.limit ?? 50)
                .offset(q.offset ?? 0)
                .execute(),
              base.select(kysely.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
            ]);
            return { items: rows.map(toDomain), total: Number(count.n) };
          }),
        insert: (d) =>
          checks(d, null).pipe(
            Effect.zipRight(
              Effect.promise(() => kysely.insertInto("document").values(columns(d)).returningAll().executeTakeFirstOrThrow()),
            ),
            Effect.map(toDomain),
          ),
        update: (id, d) =>
          get(id).pipe(
            Effect.zipRight(checks(d, id)),
            Effect.zipRight(
              Effect.promise(() =>
                kysely
                  .updateTable("document")
                  .set({ ...columns(d), version: sql<number>`version + 1` })
                  .where("id", "=", id)
                  .returningAll()
                  .executeTakeFirstOrThrow(),
              ),
            ),
            Effect.map(toDomain),
          ),
        remove: (id) =>
          get(id).pipe(Effect.zipRight(Effect.promise(() => kysely.deleteFrom("document").where("id", "=", id).execute())), Effect.asVoid),
      };
    }),
  );
}
