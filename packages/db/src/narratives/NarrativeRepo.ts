/**
 * Narrative text per (unit, period, report section): what the numbers do not say. Paragraphs are
 * separated by a blank line. Writes carry the version read (0 = new); a stale one is refused.
 */
import type { Actor } from "@cchc/domain/access/Principal";
import { NarrativeConflict, NarrativeNotFound } from "@cchc/domain/narratives/NarrativeErrors";
import { Clock, Context, Effect, Layer } from "effect";
import { recordIn } from "../audit/AuditLog.js";
import { Database } from "../Database.js";
import { transaction } from "../Transaction.js";
import type { NarrativeRow } from "./NarrativeTables.js";

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

const toDomain = (r: NarrativeRow): Narrative => ({
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

/** Repository of narratives. */
export class NarrativeRepo extends Context.Tag("@cchc/db/NarrativeRepo")<
  NarrativeRepo,
  {
    readonly list: (unit: string, period: string) => Effect.Effect<ReadonlyArray<Narrative>>;
    readonly get: (unit: string, period: string, section: string) => Effect.Effect<Narrative, NarrativeNotFound>;
    /** Writes a section; with `auditAs`, records before and after in the audit trail in the same transaction. */
    readonly put: (
      unit: string,
      period: string,
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
  static readonly layer = Layer.effect(
    NarrativeRepo,
    Effect.gen(function* () {
      const { kysely } = yield* Database;
      const find = (unit: string, period: string, section: string) =>
        Effect.promise(() =>
          kysely
            .selectFrom("narrative")
            .selectAll()
            .where("unit_code", "=", unit)
            .where("period_code", "=", period)
            .where("section", "=", section)
            .executeTakeFirst(),
        );
      return {
        list: (unit, period) =>
          Effect.promise(() =>
            kysely
              .selectFrom("narrative")
              .selectAll()
              .where("unit_code", "=", unit)
              .where("period_code", "=", period)
              .orderBy("section")
              .execute(),
          ).pipe(Effect.map((rows) => rows.map(toDomain))),
        get: (unit, period, section) =>
          find(unit, period, section).pipe(
            Effect.flatMap((r) => (r ? Effect.succeed(toDomain(r)) : Effect.fail(new NarrativeNotFound({ unit, period, section })))),
          ),
        put: (unit, period, section, text, version, actor, note, auditAs) =>
          Effect.gen(function* () {
            const now = new Date(yield* Clock.currentTimeMillis).toISOString();
            const cur = yield* find(unit, period, section);
            const current = cur?.version ?? 0;
            if (current !== version)
              return yield* Effect.fail(new NarrativeConflict({ section, expectedVersion: version, currentVersion: current }));
            const body = text.normalize("NFC").replace(/\r\n/g, "\n").trim();
            const values = {
              text: body,
              note: note === undefined ? (cur?.note ?? null) : note,
              updated_by: actor,
              updated_at: now,
              version: current + 1,
            };
            const row = yield* transaction(kysely, (trx) =>
              Effect.gen(function* () {
                const r = yield* Effect.promise(() =>
                  cur
                    ? trx
                        .updateTable("narrative")
                        .set(values)
                        .where("unit_code", "=", unit)
                        .where("period_code", "=", period)
                        .where("section", "=", section)
                        .where("version", "=", current)
                        .returningAll()
                        .executeTakeFirst()
                    : trx
                        .insertInto("narrative")
                        .values({ unit_code: unit, period_code: period, section, ...values })
                        .onConflict((oc) => oc.doNothing())
                        .returningAll()
                        .executeTakeFirst(),
                );
                if (r && auditAs)
                  yield* Effect.promise(() =>
                    recordIn(trx, new Date(now), {
                      actor: auditAs,
                      action: "narrative.write",
                      entity: "narrative",
                      entityId: `${unit}/${period}/${section}`,
                      unit,
                      before: cur ? toDomain(cur) : null,
                      after: toDomain(r),
                    }),
                  );
                return r;
              }),
            );
            if (!row) {
              const again = yield* find(unit, period, section);
              return yield* Effect.fail(new NarrativeConflict({ section, expectedVersion: version, currentVersion: again?.version ?? 0 }));
            }
            return toDomain(row);
          }),
      };
    }),
  );
}
