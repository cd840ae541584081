/**
 * The `audit_record` table's rows and the domain, in one place: `fromRow` decodes a row into an
 * `AuditRecord`, its actor kind checked against the domain's `Actor` (which the domain declares as
 * an interface; `Actor` here is its Schema, shared with the workflow's steps), so a row the domain
 * does not allow is a defect naming the table.
 */

import type { Actor as ActorType } from "@cchc/domain/access/Principal";
import { Schema } from "effect";
import { rowDecoder } from "../RowDecoder.js";
import type { RowOf } from "../Schema.js";
import type { AuditRecord } from "./AuditLog.js";

/** Who did something, as stored in `actor_kind`, `actor_id` and `actor_name` columns. */
export const Actor: Schema.Schema<ActorType> = Schema.Struct({
  kind: Schema.Literal("user", "token", "system", "anonymous"),
  id: Schema.NullOr(Schema.String),
  name: Schema.NullOr(Schema.String),
});

const Record: Schema.Schema<AuditRecord> = Schema.Struct({
  id: Schema.Number,
  at: Schema.DateFromSelf,
  actor: Actor,
  action: Schema.String,
  entity: Schema.String,
  entityId: Schema.NullOr(Schema.String),
  unit: Schema.NullOr(Schema.String),
  before: Schema.Unknown,
  after: Schema.Unknown,
});

const decode = rowDecoder("audit_record", Record);

/** The audit record a row stores. */
export const fromRow = (r: RowOf<"audit_record">): AuditRecord =>
  decode({
    id: Number(r.id),
    at: r.at,
    actor: { kind: r.actor_kind, id: r.actor_id, name: r.actor_name },
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    unit: r.unit_code,
    before: r.before ?? null,
    after: r.after ?? null,
  });
