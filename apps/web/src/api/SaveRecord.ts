/**
 * Saving a record of a unit's period (an inspection, an activity): a new one (`id: null`) goes
 * to its create endpoint, a correction (with the version read) to its update endpoint, each body
 * decoded with that endpoint's Schema first — the same choice for every kind of record.
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
