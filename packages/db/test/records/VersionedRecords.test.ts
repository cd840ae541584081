import type { Actor } from "@cchc/domain/access/Principal";
import { expect } from "@effect/vitest";
import { Data, Effect } from "effect";
import { AuditLog } from "../../src/audit/AuditLog.js";
import { Database } from "../../src/Database.js";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { atOwnUnit, type KeyedKind, keyedRecords, type RecordKind, versionedRecords } from "../../src/records/VersionedRecords.js";
import type { Trx } from "../../src/Transaction.js";
import { onTestDatabases } from "../support/OnTestDatabases.js";

const editor: Actor = { kind: "token", id: "7", name: "bientap.vp" };

interface Note {
  readonly id: number;
  readonly version: number;
  readonly unit: string;
  readonly title: string;
}

// A small record kind over the activity table: only what the generic operations look at.
const notes: RecordKind<Note> = {
  entity: "note",
  find: async (db, id, lock) => {
    const query = db.selectFrom("activity").select(["id", "version", "unit_code", "title"]).where("id", "=", id);
    const row = await (lock ? query.forUpdate() : query).executeTakeFirst();
    return row && atOwnUnit({ id: row.id, version: row.version, unit: row.unit_code, title: row.title });
  },
  delete: (trx, id) => trx.deleteFrom("activity").where("id", "=", id).execute(),
};

class Refused extends Data.TaggedError("Refused")<{}> {}

interface Section {
  readonly unit: string;
  readonly section: string;
  readonly text: string;
  readonly version: number;
}

// A small keyed kind over the narrative table (period fixed).
const sections: KeyedKind<Section, { readonly unit: string; readonly section: string }> = {
  entity: "section",
  idOf: (k) => `${k.unit}/${k.section}`,
  find: async (db, k, lock) => {
    const query = db
      .selectFrom("narrative")
      .select(["unit_code", "section", "text", "version"])
      .where("unit_code", "=", k.unit)
      .where("period_code", "=", "2022-H1")
      .where("section", "=", k.section);
    const row = await (lock ? query.forUpdate() : query).executeTakeFirst();
    return row && atOwnUnit({ unit: row.unit_code, section: row.section, text: row.text, version: row.version });
  },
};

const writeSection = (text: string) => (trx: Trx, before: { readonly record: Section } | undefined, at: Date) =>
  Effect.promise(() =>
    trx
      .insertInto("narrative")
      .values({
        unit_code: "DT",
        period_code: "2022-H1",
        section: "s",
        text,
        note: null,
        updated_by: "t",
        updated_at: at.toISOString(),
        version: (before?.record.version ?? 0) + 1,
      })
      .onConflict((oc) =>
        oc.columns(["unit_code", "period_code", "section"]).doUpdateSet((eb) => ({ text, version: eb.ref("excluded.version") })),
      )
      .returning(["unit_code", "section", "text", "version"])
      .executeTakeFirst(),
  ).pipe(Effect.map((r) => r && atOwnUnit({ unit: r.unit_code, section: r.section, text: r.text, version: r.version })));

onTestDatabases("VersionedRecords", AuditLog.layer, "records", (it) => {
  it.effect("creates, updates with the expected version, removes — audited; generic errors name entity and id; a refusal rolls back", () =>
    Effect.gen(function* () {
      yield* loadDemoUnits;
      const { kysely } = yield* Database;
      const records = versionedRecords(kysely, notes);
      const created = yield* records.create(
        (trx) =>
          Effect.promise(() =>
            trx
              .insertInto("activity")
              .values({
                unit_code: "DT.VPUBND",
                period_code: "2022-H1",
                area: "civil-service",
                kind: "training",
                title: "một",
                count: 1,
                count_unit: "người",
                held_on: null,
                date_role: "event",
                document_id: null,
                note: null,
                sort_order: 0,
              })
              .returning(["id", "version", "unit_code", "title"])
              .executeTakeFirstOrThrow(),
          ).pipe(Effect.map((r) => atOwnUnit({ id: r.id, version: r.version, unit: r.unit_code, title: r.title }))),
        editor,
      );
      expect(created).toMatchObject({ title: "một", version: 1 });
      const retitle = (title: string) => (trx: Trx) =>
        Effect.promise(() =>
          trx
            .updateTable("activity")
            .set((eb) => ({ title, version: eb("version", "+", 1) }))
            .where("id", "=", created.id)
            .returning(["id", "version", "unit_code", "title"])
            .executeTakeFirstOrThrow(),
        ).pipe(Effect.map((r) => atOwnUnit({ id: r.id, version: r.version, unit: r.unit_code, title: r.title })));

      const updated = yield* records.update(created.id, 1, retitle("hai"), editor);
      expect(updated).toMatchObject({ title: "hai", version: 2 });
      const stale = yield* Effect.flip(records.update(created.id, 1, retitle("ba")));
      expect(stale).toMatchObject({ _tag: "RecordConflict", entity: "note", id: created.id, expectedVersion: 1, current: updated });
      const missing = yield* Effect.flip(records.remove(999_999, undefined));
      expect(missing).toMatchObject({ _tag: "RecordNotFound", entity: "note", id: 999_999 });

      // A write that fails after changing the row leaves neither the change nor an audit record.
      const refused = yield* Effect.flip(
        records.update(created.id, 2, (trx) => Effect.zipRight(retitle("bốn")(trx), Effect.fail(new Refused())), editor),
      );
      expect(refused._tag).toBe("Refused");
      expect(yield* records.get(created.id)).toEqual(updated);

      expect(yield* records.remove(created.id, 2, editor)).toEqual(updated);
      expect((yield* Effect.flip(records.get(created.id)))._tag).toBe("RecordNotFound");
      const trail = yield* Effect.flatMap(AuditLog, (l) => l.list({ entity: "note" }));
      expect(trail.map((r) => [r.action, r.entityId, r.unit])).toEqual([
        ["note.delete", String(created.id), "DT.VPUBND"],
        ["note.update", String(created.id), "DT.VPUBND"],
        ["note.create", String(created.id), "DT.VPUBND"],
      ]);
      expect(trail[1]).toMatchObject({ before: { title: "một" }, after: { title: "hai" } });
    }),
  );

  it.effect(
    "keyed upserts: version 0 creates, a stale version is refused with what is stored, a refusal rolls back — audited as .write",
    () =>
      Effect.gen(function* () {
        yield* loadDemoUnits;
        const { kysely } = yield* Database;
        const records = keyedRecords(kysely, sections);
        const key = { unit: "DT", section: "s" };
        expect(yield* Effect.flip(records.get(key))).toMatchObject({ _tag: "RecordNotFound", entity: "section", id: "DT/s" });
        const created = yield* records.put(key, 0, writeSection("một"), editor);
        expect(created).toEqual({ unit: "DT", section: "s", text: "một", version: 1 });
        expect(yield* Effect.flip(records.put(key, 0, writeSection("hai")))).toMatchObject({
          _tag: "RecordConflict",
          entity: "section",
          id: "DT/s",
          expectedVersion: 0,
          current: created,
        });
        const refused = yield* Effect.flip(
          records.put(
            key,
            1,
            (trx, before, at) => Effect.zipRight(writeSection("ba")(trx, before, at), Effect.fail(new Refused())),
            editor,
          ),
        );
        expect(refused._tag).toBe("Refused");
        expect(yield* records.get(key)).toEqual(created);
        const updated = yield* records.put(key, 1, writeSection("bốn"), editor);
        expect(updated).toMatchObject({ text: "bốn", version: 2 });
        const trail = yield* Effect.flatMap(AuditLog, (l) => l.list({ entity: "section" }));
        expect(trail.map((r) => [r.action, r.entityId, r.unit, r.before, r.after])).toEqual([
          ["section.write", "DT/s", "DT", created, updated],
          ["section.write", "DT/s", "DT", null, created],
        ]);
      }),
  );
});
