/**
 * Narrative text per (unit, period, report section): what the numbers do not say. Paragraphs are
 * separated by a blank line. Writes carry the version read (0 = new); a stale one is refused.
 * A write is an upsert of the keyed records of `VersionedRecords` (the stored section locked for
 * its transaction; with a writer named, `narrative.write` in the audit trail, entity id
 * `unit/period/section`, with before and after); its generic failures become this module's.
 */

import type { Actor } from "@cchc/domain/access/Principal";
import { NarrativeConflict, NarrativeNotFound } from "@cchc/domain/narratives/NarrativeErrors";
import type { UnitCode } from "@cchc/domain/OrgUnit";
import type { PeriodCode } from "@cchc/domain/Period";
import { Context, Effect } from "effect";
import type { Kysely } from "kysely";
import { overDatabase } from "../OverDatabase.js";
import { rowsOf } from "../RowsOf.js";
import { ofUnitPeriod } from "../records/Listing.js";
import { type KeyedKind, keyedRecords } from "../records/VersionedRecords.js";
import type { RowOf, Schema } from "../Schema.js";

export { NarrativeConflict, NarrativeNotFound } from "@cchc/domain/narratives/NarrativeErrors";

/** The text of one section. */
export interface Narrative {
  readonly unit: string;
  readonly period: string;
  readonly section: string;
  readonly text: string;
  readonly paragraphs: ReadonlyArray<string>;
  readonly note: string | null;
  readonly version: number;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** Splits a text into paragraphs (blank-line separated, trimmed, NFC). */
export const paragraphsOf = (text: string): ReadonlyArray<string> =>
  text
    .normalize("NFC")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");

const toDomain = (r: RowOf<"narrative">): Narrative => ({
  unit: r.unit_code,
  period: r.period_code,
  section: r.section,
  text: r.text,
  paragraphs: paragraphsOf(r.text),
  note: r.note,
  version: r.version,
  updatedBy: r.updated_by,
  updatedAt: (r.updated_at instanceof Date ? r.updated_at : new Date(r.updated_at)).toISOString(),
});

/** The key of a narrative. */
interface SectionKey {
  readonly unit: string;
  readonly period: string;
  readonly section: string;
}

/** How narratives are stored, for the keyed upserts. */
const kind: KeyedKind<Narrative, SectionKey> = {
  entity: "narrative",
  idOf: (k) => `${k.unit}/${k.period}/${k.section}`,
  find: async (db: Kysely<Schema>, k, lock) => {
    const query = db
      .selectFrom("narrative")
      .selectAll()
      .where("unit_code", "=", k.unit)
      .where("period_code", "=", k.period)
      .where("section", "=", k.section);
    const row = await (lock ? query.forUpdate() : query).executeTakeFirst();
    return row && { record: toDomain(row), unit: row.unit_code };
  },
};

/** Repository of narratives. */
export class NarrativeRepo extends Context.Tag("@cchc/db/NarrativeRepo")<
  NarrativeRepo,
  {
    readonly list: (unit: UnitCode, period: PeriodCode) => Effect.Effect<ReadonlyArray<Narrative>>;
    readonly get: (unit: UnitCode, period: PeriodCode, section: string) => Effect.Effect<Narrative, NarrativeNotFound>;
    /** Writes a section; with `auditAs`, records before and after in the audit trail in the same transaction. */
    readonly put: (
      unit: UnitCode,
      period: PeriodCode,
      section: string,
      text: string,
      version: number,
      actor: string,
      note?: string | null,
      auditAs?: Actor,
    ) => Effect.Effect<Narrative, NarrativeConflict>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(NarrativeRepo, (kysely) => {
    const records = keyedRecords(kysely, kind);
    return {
      list: (unit, period) =>
        rowsOf(kysely.selectFrom("narrative").selectAll().where(ofUnitPeriod({ unit, period })).orderBy("section"), toDomain),
      get: (unit, period, section) =>
        Effect.catchTag(records.get({ unit, period, section }), "RecordNotFound", () =>
          Effect.fail(new NarrativeNotFound({ unit, period, section })),
        ),
      put: (unit, period, section, text, version, actor, note, auditAs) => {
        const body = text.normalize("NFC").replace(/\r\n/g, "\n").trim();
        return records
          .put(
            { unit, period, section },
            version,
            (trx, before, at) => {
              const values = {
                text: body,
                note: note === undefined ? (before?.record.note ?? null) : note,
                updated_by: actor,
                updated_at: at.toISOString(),
                version: version + 1,
              };
              return Effect.promise(() =>
                before
                  ? trx
                      .updateTable("narrative")
                      .set(values)
                      .where(ofUnitPeriod({ unit, period }))
                      .where("section", "=", section)
                      .where("version", "=", version)
                      .returningAll()
                      .executeTakeFirst()
                  : trx
                      .insertInto("narrative")
                      .values({ unit_code: unit, period_code: period, section, ...values })
                      .onConflict((oc) => oc.doNothing())
                      .returningAll()
                      .executeTakeFirst(),
              ).pipe(Effect.map((row) => row && { record: toDomain(row), unit: row.unit_code }));
            },
            auditAs,
          )
          .pipe(
            Effect.catchTag("RecordConflict", (e) =>
              Effect.fail(new NarrativeConflict({ section, expectedVersion: e.expectedVersion, currentVersion: e.current?.version ?? 0 })),
            ),
          );
      },
    };
  });
}
