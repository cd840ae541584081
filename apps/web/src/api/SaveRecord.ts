/**
 * The calls of a kind of record of a unit's period (an inspection, an activity): its records, a
 * save and a removal with the version read. A save of a new one (`id: null`) goes to the kind's
 * create endpoint, a correction (with the version read) to its update endpoint, each body decoded
 * with that endpoint's Schema first — the same choice for every kind of record.
 */
import type { AnySchema } from "@cchc/contract";
import { Effect, type Schema } from "effect";
import { decodeInput } from "./Http";

/** What a save sends: a new record, or the correction of the record `id`. */
export type RecordSave<New, Update> = { readonly id: null; readonly body: New } | { readonly id: number; readonly body: Update };

/** The create call of a record kind, or its update call, with the body decoded by its Schema. */
export const saveRecord = <SC extends AnySchema, SU extends AnySchema, AC, EC, AU, EU>(
  save: RecordSave<Schema.Schema.Encoded<SC>, Schema.Schema.Encoded<SU>>,
  create: { readonly body: SC | undefined; readonly call: (body: Schema.Schema.Type<SC>) => Effect.Effect<AC, EC> },
  update: { readonly body: SU | undefined; readonly call: (id: number, body: Schema.Schema.Type<SU>) => Effect.Effect<AU, EU> },
) => {
  if (save.id === null) return Effect.flatMap(decodeInput(create.body, save.body), create.call);
  const id = save.id;
  return Effect.flatMap(decodeInput(update.body, save.body), (body) => update.call(id, body));
};

/** What saving a draft of `record` sends: its correction with the version read, or (null) a new record of the place. */
export const recordSave = <B extends object>(
  record: { readonly id: number; readonly version: number } | null,
  body: B,
  place: { readonly unit: string; readonly period: string },
) => (record ? { id: record.id, body: { ...body, version: record.version } } : { id: null, body: { ...body, ...place } });

/** The calls the screens make of a record kind. */
export interface PeriodRecordCalls<R, New, Update, Removed> {
  /** The records of a unit's period. */
  readonly list: (unit: string, period: string) => Promise<ReadonlyArray<R>>;
  /** Records a new one (`id: null`) or corrects one with the version read. */
  readonly save: (save: RecordSave<New, Update>) => Promise<R>;
  readonly remove: (id: number, version: number) => Promise<Removed>;
}

/** The endpoints of a record kind, as calls of the contract's client. */
export interface PeriodRecordEndpoints<R, SC extends AnySchema, SU extends AnySchema, Removed> {
  readonly list: (query: {
    readonly unit: string;
    readonly period: string;
    readonly limit: number;
  }) => Effect.Effect<{ readonly items: ReadonlyArray<R> }, unknown>;
  readonly create: { readonly body: SC | undefined; readonly call: (body: Schema.Schema.Type<SC>) => Effect.Effect<R, unknown> };
  readonly update: {
    readonly body: SU | undefined;
    readonly call: (id: number, body: Schema.Schema.Type<SU>) => Effect.Effect<R, unknown>;
  };
  readonly remove: (id: number, version: number) => Effect.Effect<Removed, unknown>;
}

/** The calls of a record kind over its endpoints, each run by `run` (every record of the period in one page). */
export const periodRecordCalls = <R, SC extends AnySchema, SU extends AnySchema, Removed>(
  run: <A, E>(call: Effect.Effect<A, E>) => Promise<A>,
  kind: PeriodRecordEndpoints<R, SC, SU, Removed>,
): PeriodRecordCalls<R, Schema.Schema.Encoded<SC>, Schema.Schema.Encoded<SU>, Removed> => ({
  list: (unit, period) => run(kind.list({ unit, period, limit: 1000 }).pipe(Effect.map((page) => page.items))),
  save: (save) => run(saveRecord(save, kind.create, kind.update)),
  remove: (id, version) => run(kind.remove(id, version)),
});
