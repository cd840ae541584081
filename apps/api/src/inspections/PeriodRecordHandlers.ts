/**
 * The handlers a kind of a unit's period record (inspections, activities) shares once its list
 * is read: recorded on a known unit, read by id, corrected (only the fields sent; writable where
 * the record is and where it moves) and removed (not from a locked report), every change in the
 * audit trail as the caller. The kinds differ only in their repository.
 */
import type { Actor } from "@cchc/domain/access/Principal";
import { Effect } from "effect";
import { currentActor, knownUnit } from "../values/RecordAccess.js";
import { assertUnlocked, demandCorrection, type PeriodRecord, recordFor } from "./PeriodRecords.js";

/**
 * What the handlers use of a kind's repository (a `VersionedRepository`), each failure read from
 * its own operation.
 */
interface PeriodRecordRepo<A, Input, Patch, NotFound, Invalid, UpdateFailure, RemoveFailure> {
  readonly get: (id: number) => Effect.Effect<A, NotFound>;
  readonly create: (input: Input, auditAs?: Actor) => Effect.Effect<A, Invalid>;
  readonly update: (id: number, patch: Patch, version: number, auditAs?: Actor) => Effect.Effect<A, UpdateFailure>;
  readonly remove: (id: number, version?: number, auditAs?: Actor) => Effect.Effect<A, RemoveFailure>;
}

/** The handlers over the repository `repo` gives. */
export const periodRecordHandlers = <
  A extends PeriodRecord,
  Input extends { readonly unit: string },
  Patch extends { readonly unit?: string | undefined },
  NotFound,
  Invalid,
  UpdateFailure,
  RemoveFailure,
  Id,
>(
  repo: Effect.Effect<PeriodRecordRepo<A, Input, Patch, NotFound, Invalid, UpdateFailure, RemoveFailure>, never, Id>,
) => {
  const recordOf = (id: number, action: "read" | "write-values") =>
    recordFor(
      Effect.flatMap(repo, (r) => r.get(id)),
      action,
    );
  return {
    create: (input: Input) =>
      Effect.gen(function* () {
        yield* knownUnit(input.unit, "body.unit");
        const actor = yield* currentActor;
        return yield* Effect.flatMap(repo, (r) => r.create(input, actor));
      }),
    get: (id: number) => recordOf(id, "read"),
    update: (id: number, patch: Patch, version: number) =>
      Effect.gen(function* () {
        const current = yield* recordOf(id, "write-values");
        if (patch.unit !== undefined) yield* knownUnit(patch.unit, "body.unit");
        yield* demandCorrection(current, { ...current, ...patch });
        const actor = yield* currentActor;
        return yield* Effect.flatMap(repo, (r) => r.update(id, patch, version, actor));
      }),
    remove: (id: number, version: number | undefined) =>
      Effect.gen(function* () {
        yield* Effect.flatMap(recordOf(id, "write-values"), assertUnlocked);
        const actor = yield* currentActor;
        yield* Effect.flatMap(repo, (r) => r.remove(id, version, actor));
        return { deleted: true as const, id };
      }),
  };
};
