/**
 * What every versioned record kind (activities, inspections, documents, plan tasks) does the same
 * way: read by id; create, update and delete in one transaction; an update or a removal locks the
 * stored row (`for update`) and, when the caller names the version it read, refuses a stale one;
 * with a writer named, each change is recorded in the audit trail (`<entity>.create`, `.update`,
 * `.delete`, entity id the record's id) with before and after, in the transaction of the change.
 * The kind says how its rows are found, removed and written (`ownUnitKind` for a table of records
 * each at its own unit) and which columns a change writes; its checks (links, consistency, an
 * approval lock) run inside the transaction and fail it with their own errors.
 * Failures here are generic (`RecordNotFound`, `RecordConflict` with the entity and id); each
 * repository maps them onto its own tagged errors.
 *
 * Records with a natural key instead of an id (a narrative section: unit, period, section) are
 * written whole by an upsert (`keyedRecords`): the writer names the version it read, 0 for "not
 * stored yet"; the stored record is locked for the transaction, a stale version is refused, and
 * a first write that finds the key taken meanwhile is refused the same way. Each write is audited
 * as `<entity>.write`, entity id the key.
 */
import type { Actor } from "@cchc/domain/access/Principal";
import { Data, Effect } from "effect";
import type { Insertable, Kysely, Updateable } from "kysely";
import { recordIn } from "../audit/AuditLog.js";
import type { RowOf, Schema } from "../Schema.js";
import { changeAt, type Trx } from "../Transaction.js";

/** A record with an id and a version that goes up by one with each change. */
export interface Versioned {
  readonly id: number;
  readonly version: number;
}

/** A stored record and the unit its audit records belong to (its own, or its plan's). */
export interface Located<A> {
  readonly record: A;
  readonly unit: string | null;
}

/** How a record is named in errors and in the audit trail: its id, or its natural key written out. */
export type RecordId = number | string;

const NotFound = Data.TaggedError("RecordNotFound");

/** No record of the kind `entity` has this id (or key). */
export class RecordNotFound<Id extends RecordId = number> extends NotFound<{ readonly entity: string; readonly id: Id }> {}

const Conflict = Data.TaggedError("RecordConflict");

/**
 * The record changed since the client read it; `current` is what is stored now (for a keyed
 * record, `null` when nothing is stored).
 */
export class RecordConflict<A, Id extends RecordId = number> extends Conflict<{
  readonly entity: string;
  readonly id: Id;
  readonly expectedVersion: number;
  readonly current: A;
}> {}

/**
 * What the repository of a record kind with versioned corrections offers (activities,
 * inspections), with the kind's own errors: `Invalid` when a field names something that does not
 * exist, `NotFound` for an unknown id, `Conflict` for a stale version (with what is stored now).
 */
export interface VersionedRepository<A, Input, Patch, NotFound, Conflict, Invalid> {
  readonly get: (id: number) => Effect.Effect<A, NotFound>;
  /** Records a new one; with `auditAs`, in the audit trail too, in the same transaction. */
  readonly create: (input: Input, auditAs?: Actor) => Effect.Effect<A, Invalid>;
  /** Records one of trusted data (demo, import): an invalid field is a defect. */
  readonly insert: (input: Input) => Effect.Effect<A>;
  /** Changes the fields of `patch` if the stored version is `version`; the version goes up by one. */
  readonly update: (id: number, patch: Patch, version: number, auditAs?: Actor) => Effect.Effect<A, NotFound | Conflict | Invalid>;
  /** Removes one (if the stored version is `version`, when given); answers what was removed. */
  readonly remove: (id: number, version?: number, auditAs?: Actor) => Effect.Effect<A, NotFound | Conflict>;
}

/** How one kind of record is stored. */
export interface RecordKind<A extends Versioned> {
  /** The kind's name in errors and in the audit trail: `activity`, `inspection`, `document`, `task`. */
  readonly entity: string;
  /** The record with this id, read through `db`; `lock` reads it `for update` (inside a transaction). */
  readonly find: (db: Kysely<Schema>, id: number, lock: boolean) => Promise<Located<A> | undefined>;
  /** Deletes the record with this id (inside the transaction of the removal). */
  readonly delete: (trx: Trx, id: number) => Promise<unknown>;
}

/** A record located at its own unit. */
export const atOwnUnit = <A extends { readonly unit: string }>(record: A): Located<A> => ({ record, unit: record.unit });

/** What a record holds besides its id and version: the fields a correction starts from. */
export const fieldsOf = <A extends Versioned>({ id: _id, version: _version, ...fields }: A): Omit<A, "id" | "version"> => fields;

const run = <A>(query: () => Promise<A>) => Effect.promise(query);

/** The tables whose rows, found by `id`, are each a versioned record of its own unit. */
export type OwnUnitTable = "activity" | "inspection" | "document";

/** A kind whose records are the rows of one table, each at its own unit: it also writes them. */
export interface OwnUnitKind<T extends OwnUnitTable, A extends Versioned> extends RecordKind<A> {
  /** Inserts a record of `columns` (inside the transaction of the creation); answers it as stored. */
  readonly insert: (trx: Trx, columns: Insertable<Schema[T]>) => Effect.Effect<Located<A>>;
  /** Writes `columns` over the record `before`, one version up; answers it as stored. */
  readonly rewrite: (trx: Trx, before: A, columns: Updateable<Schema[T]>) => Effect.Effect<Located<A>>;
}

/**
 * How a kind is stored whose records are the rows of `table` (found and removed by `id`), each
 * record at its own unit, decoded by `fromRow`.
 */
export const ownUnitKind = <T extends OwnUnitTable, A extends Versioned & { readonly unit: string }>(
  entity: string,
  table: T,
  fromRow: (row: RowOf<T>) => A,
): OwnUnitKind<T, A> => {
  const name: OwnUnitTable = table;
  // Kysely cannot type a write to a table named by a type parameter; the signatures of `OwnUnitKind` type each call
  const loosely = (trx: Trx) => trx as unknown as Kysely<Record<OwnUnitTable, Record<string, unknown>>>;
  const stored = (write: () => Promise<unknown>) => run(write).pipe(Effect.map((row) => atOwnUnit(fromRow(row as RowOf<T>))));
  return {
    entity,
    find: async (db, id, lock) => {
      const query = db.selectFrom(name).selectAll().where("id", "=", id);
      const row = await (lock ? query.forUpdate() : query).executeTakeFirst();
      // Kysely types a row of a table named by a type parameter as a row of any of the candidates; it is `T`'s
      return row && atOwnUnit(fromRow(row as RowOf<T>));
    },
    delete: (trx, id) => trx.deleteFrom(name).where("id", "=", id).execute(),
    insert: (trx, columns) => stored(() => loosely(trx).insertInto(name).values(columns).returningAll().executeTakeFirstOrThrow()),
    rewrite: (trx, before, columns) =>
      stored(() =>
        loosely(trx)
          .updateTable(name)
          .set({ ...columns, version: before.version + 1 })
          .where("id", "=", before.id)
          .returningAll()
          .executeTakeFirstOrThrow(),
      ),
  };
};

/** Records a change of `entity` in the audit trail, in the transaction of the change, when a writer is named. */
const auditIn = <A>(
  trx: Trx,
  at: Date,
  actor: Actor | undefined,
  entity: string,
  action: string,
  entityId: string,
  before: Located<A> | null,
  after: Located<A> | null,
) =>
  actor === undefined
    ? Effect.void
    : run(() =>
        recordIn(trx, at, {
          actor,
          action: `${entity}.${action}`,
          entity,
          entityId,
          unit: (after ?? before)?.unit ?? null,
          before: before?.record ?? null,
          after: after?.record ?? null,
        }),
      );

/** The versioned operations of one record kind over a database. */
export const versionedRecords = <A extends Versioned>(kysely: Kysely<Schema>, kind: RecordKind<A>) => {
  const { entity } = kind;
  const audit = (trx: Trx, at: Date, actor: Actor | undefined, action: string, before: Located<A> | null, after: Located<A> | null) =>
    auditIn(trx, at, actor, entity, action, String((after ?? before)?.record.id), before, after);
  const change = <B, E, R>(use: (trx: Trx, at: Date) => Effect.Effect<B, E, R>) => changeAt(kysely, use);

  /** The stored record, locked for the rest of the transaction, if its version is `version` (when given). */
  const locked = (trx: Trx, id: number, version: number | undefined): Effect.Effect<Located<A>, RecordNotFound | RecordConflict<A>> =>
    Effect.gen(function* () {
      const found = yield* run(() => kind.find(trx, id, true));
      if (found === undefined) return yield* Effect.fail(new RecordNotFound({ entity, id }));
      if (version !== undefined && found.record.version !== version)
        return yield* Effect.fail(new RecordConflict({ entity, id, expectedVersion: version, current: found.record }));
      return found;
    });

  return {
    locked,
    /** The record with this id. */
    get: (id: number): Effect.Effect<A, RecordNotFound> =>
      Effect.flatMap(
        run(() => kind.find(kysely, id, false)),
        (found) => (found === undefined ? Effect.fail(new RecordNotFound({ entity, id })) : Effect.succeed(found.record)),
      ),
    /** Stores what `insert` writes in the transaction; with `auditAs`, records it in the audit trail. */
    create: <E, R>(insert: (trx: Trx, at: Date) => Effect.Effect<Located<A>, E, R>, auditAs?: Actor): Effect.Effect<A, E, R> =>
      change((trx, at) =>
        Effect.gen(function* () {
          const created = yield* insert(trx, at);
          yield* audit(trx, at, auditAs, "create", null, created);
          return created.record;
        }),
      ),
    /**
     * Changes the record with this id as `write` does, from the stored record locked for the
     * transaction, if its version is `version` (when given); with `auditAs`, records before and after.
     */
    update: <E, R>(
      id: number,
      version: number | undefined,
      write: (trx: Trx, before: Located<A>, at: Date) => Effect.Effect<Located<A>, E, R>,
      auditAs?: Actor,
    ): Effect.Effect<A, E | RecordNotFound | RecordConflict<A>, R> =>
      change((trx, at) =>
        Effect.gen(function* () {
          const before = yield* locked(trx, id, version);
          const after = yield* write(trx, before, at);
          yield* audit(trx, at, auditAs, "update", before, after);
          return after.record;
        }),
      ),
    /**
     * Removes the record with this id, if its version is `version` (when given) and `mayRemove`
     * (run on the stored record, locked) lets it; answers what was removed.
     */
    remove: <E = never>(
      id: number,
      version: number | undefined,
      auditAs?: Actor,
      mayRemove?: (trx: Trx, before: Located<A>) => Effect.Effect<void, E>,
    ): Effect.Effect<A, E | RecordNotFound | RecordConflict<A>> =>
      change((trx, at) =>
        Effect.gen(function* () {
          const before = yield* locked(trx, id, version);
          if (mayRemove !== undefined) yield* mayRemove(trx, before);
          yield* run(() => kind.delete(trx, id));
          yield* audit(trx, at, auditAs, "delete", before, null);
          return before.record;
        }),
      ),
  };
};

/**
 * Maps the generic failures of a kind onto its own errors, the ones its callers know:
 * `ownErrors((e) => new ActivityNotFound(…), (e) => new ActivityConflict(…))`.
 */
export const ownErrors =
  <A, NotFound, Conflict>(notFound: (e: RecordNotFound) => NotFound, conflict: (e: RecordConflict<A>) => Conflict) =>
  <B, E, R>(self: Effect.Effect<B, E | RecordNotFound | RecordConflict<A>, R>) =>
    self.pipe(
      Effect.catchIf(
        (e): e is RecordNotFound => e instanceof RecordNotFound,
        (e) => Effect.fail(notFound(e)),
      ),
      Effect.catchIf(
        (e): e is RecordConflict<A> => e instanceof RecordConflict,
        (e) => Effect.fail(conflict(e)),
      ),
    );

/** The errors of a kind whose not-found error names the id and whose conflict error tells what is stored now. */
export interface KindErrors<A, NotFound, Conflict> {
  readonly notFound: new (args: { readonly id: number }) => NotFound;
  readonly conflict: new (args: { readonly id: number; readonly expectedVersion: number; readonly current: A }) => Conflict;
}

/** `ownErrors` onto a kind's error classes that carry the generic failures' fields as they are. */
const ownErrorClasses = <A, NotFound, Conflict>(errors: KindErrors<A, NotFound, Conflict>) =>
  ownErrors(
    (e) => new errors.notFound({ id: e.id }),
    (e: RecordConflict<A>) => new errors.conflict({ id: e.id, expectedVersion: e.expectedVersion, current: e.current }),
  );

/** How a kind with the whole `VersionedRepository` writes its own columns, its checks first. */
export interface VersionedWrites<A, Input, Patch, Invalid> {
  /** Stores a new record of `input`. */
  readonly create: (trx: Trx, input: Input) => Effect.Effect<Located<A>, Invalid>;
  /** Stores `before` (locked, of the version the client read) changed by `patch`, one version up. */
  readonly update: (trx: Trx, before: A, patch: Patch) => Effect.Effect<Located<A>, Invalid>;
}

/** The `VersionedRepository` of a kind over a database, with the kind's own errors. */
export const versionedRepository = <A extends Versioned, Input, Patch, NotFound, Conflict, Invalid>(
  kysely: Kysely<Schema>,
  kind: RecordKind<A>,
  errors: KindErrors<A, NotFound, Conflict>,
  writes: VersionedWrites<A, Input, Patch, Invalid>,
): VersionedRepository<A, Input, Patch, NotFound, Conflict, Invalid> => {
  const records = versionedRecords(kysely, kind);
  const kindErrors = ownErrorClasses(errors);
  const create = (input: Input, auditAs?: Actor) => records.create((trx) => writes.create(trx, input), auditAs);
  return {
    get: (id) => records.get(id).pipe(Effect.mapError((e) => new errors.notFound({ id: e.id }))),
    create,
    insert: (input) => Effect.orDie(create(input)),
    update: (id, patch, version, auditAs) =>
      records.update(id, version, (trx, { record }) => writes.update(trx, record, patch), auditAs).pipe(kindErrors),
    remove: (id, version, auditAs) => records.remove(id, version, auditAs).pipe(kindErrors),
  };
};

/** How one kind of record with a natural key is stored (narratives: unit, period, section). */
export interface KeyedKind<A extends { readonly version: number }, K> {
  /** The kind's name in errors and in the audit trail: `narrative`. */
  readonly entity: string;
  /** The key written out, as errors and the audit trail name the record: `DT/2022-H1/assessment`. */
  readonly idOf: (key: K) => string;
  /** The record with this key, read through `db`; `lock` reads it `for update` (inside a transaction). */
  readonly find: (db: Kysely<Schema>, key: K, lock: boolean) => Promise<Located<A> | undefined>;
}

/** The upserts of one kind of keyed record over a database (see the module comment). */
export const keyedRecords = <A extends { readonly version: number }, K>(kysely: Kysely<Schema>, kind: KeyedKind<A, K>) => {
  const { entity } = kind;
  const conflict = (key: K, expectedVersion: number, current: Located<A> | undefined) =>
    new RecordConflict({ entity, id: kind.idOf(key), expectedVersion, current: current === undefined ? null : current.record });
  return {
    /** The record with this key. */
    get: (key: K): Effect.Effect<A, RecordNotFound<string>> =>
      Effect.flatMap(
        run(() => kind.find(kysely, key, false)),
        (found) => (found === undefined ? Effect.fail(new RecordNotFound({ entity, id: kind.idOf(key) })) : Effect.succeed(found.record)),
      ),
    /**
     * Writes the record of `key` as `write` does, if the stored version is `version` (0: none is
     * stored). `write` gets the stored record locked for the transaction (undefined: none) and
     * answers what is stored after, or undefined when it found the key taken meanwhile (an insert
     * that did nothing on conflict), which is refused as a stale version. With `auditAs`, the
     * write is recorded with before and after.
     */
    put: <E, R>(
      key: K,
      version: number,
      write: (trx: Trx, before: Located<A> | undefined, at: Date) => Effect.Effect<Located<A> | undefined, E, R>,
      auditAs?: Actor,
    ): Effect.Effect<A, E | RecordConflict<A | null, string>, R> =>
      changeAt(kysely, (trx, at) =>
        Effect.gen(function* () {
          const before = yield* run(() => kind.find(trx, key, true));
          if ((before?.record.version ?? 0) !== version) return yield* Effect.fail(conflict(key, version, before));
          const after = yield* write(trx, before, at);
          // taken by a writer that committed meanwhile: what it stored is visible to the next statement
          if (after === undefined) return yield* Effect.fail(conflict(key, version, yield* run(() => kind.find(trx, key, false))));
          yield* auditIn(trx, at, auditAs, entity, "write", kind.idOf(key), before ?? null, after);
          return after.record;
        }),
      ),
  };
};
