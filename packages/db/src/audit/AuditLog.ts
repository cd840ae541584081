/**
 * The audit trail: every change to data — values, tasks, documents, workflow steps, accounts,
 * tokens — as who (user, token or system), when, what, and the state before and after. Records
 * are only ever added. Secrets never reach it: `scrub` removes password and token fields from
 * whatever is recorded.
 */

import type { Actor } from "@cchc/domain/access/Principal";
import { Clock, Context, Effect } from "effect";
import type { Kysely } from "kysely";
import { jsonb } from "../JsonColumn.js";
import { overDatabase } from "../OverDatabase.js";
import { rowsOf } from "../RowsOf.js";
import { withinUnits } from "../records/Listing.js";
import type { Schema } from "../Schema.js";
import { fromRow } from "./AuditRows.js";

/** One change to record. */
export interface AuditEntry {
  readonly actor: Actor;
  /** What was done: `value.write`, `workflow.approve`, `token.create`, or a route's operationId. */
  readonly action: string;
  /** The kind of thing changed: `value`, `report`, `user`, `token`, `request`… */
  readonly entity: string;
  readonly entityId?: string | null;
  /** The unit the change belongs to, so that approvers of the subtree can read it. */
  readonly unit?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** A stored audit record. */
export interface AuditRecord {
  readonly id: number;
  readonly at: Date;
  readonly actor: Actor;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | null;
  readonly unit: string | null;
  readonly before: unknown;
  readonly after: unknown;
}

/** Filters of the audit list; `units` limits to these unit codes (plus nothing else), undefined = all. */
export interface AuditQuery {
  readonly units?: ReadonlyArray<string>;
  readonly entity?: string;
  readonly entityId?: string;
  readonly from?: Date;
  readonly to?: Date;
  readonly limit?: number;
}

const SECRET_KEY = /pass(word)?|secret|token|authorization|cookie|csrf/i;
const MAX_STRING = 2000;
const MAX_ITEMS = 200;

/** A copy of a value without secrets, with long strings and arrays cut, safe to store. */
export const scrub = (value: unknown, depth = 0): unknown => {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value === "string") return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (typeof value !== "object") return value;
  if (value instanceof Date) return value.toISOString();
  if (depth > 6) return "…";
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((v) => scrub(v, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `… (${value.length - MAX_ITEMS} mục nữa)`] : items;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? "[ẩn]" : scrub(v, depth + 1)]));
};

const json = (v: unknown) => (v === undefined ? null : jsonb(scrub(v)));

/**
 * Adds a record through `db`, which may be the transaction of the change itself, so that the
 * change and its record are committed (or rolled back) together. Repositories use it.
 */
export const recordIn = (db: Kysely<Schema>, at: Date, e: AuditEntry) =>
  db
    .insertInto("audit_record")
    .values({
      at,
      actor_kind: e.actor.kind,
      actor_id: e.actor.id,
      actor_name: e.actor.name,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId ?? null,
      unit_code: e.unit ?? null,
      before: json(e.before),
      after: json(e.after),
    })
    .execute();

/** The audit trail service. */
export class AuditLog extends Context.Tag("@cchc/db/AuditLog")<
  AuditLog,
  {
    readonly record: (entry: AuditEntry) => Effect.Effect<void>;
    readonly list: (q: AuditQuery) => Effect.Effect<ReadonlyArray<AuditRecord>>;
  }
>() {
  /** The trail over the Database service. */
  static readonly layer = overDatabase(AuditLog, (kysely) => ({
    record: (e) =>
      Effect.flatMap(Clock.currentTimeMillis, (ms) => Effect.promise(() => recordIn(kysely, new Date(ms), e))).pipe(Effect.asVoid),
    list: (q) =>
      rowsOf(
        kysely
          .selectFrom("audit_record")
          .selectAll()
          .$call((b) => (q.units === undefined ? b : b.where(withinUnits(q.units))))
          .$call((b) => (q.entity === undefined ? b : b.where("entity", "=", q.entity)))
          .$call((b) => (q.entityId === undefined ? b : b.where("entity_id", "=", q.entityId)))
          .$call((b) => (q.from === undefined ? b : b.where("at", ">=", q.from)))
          .$call((b) => (q.to === undefined ? b : b.where("at", "<=", q.to)))
          .orderBy("id", "desc")
          .limit(Math.min(q.limit ?? 200, 1000)),
        fromRow,
      ),
  }));
}
