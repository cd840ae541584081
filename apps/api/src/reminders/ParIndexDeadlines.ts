/**
 * Extension point for the PAR Index (Chỉ số CCHC) self-assessment steps: the PAR Index feature
 * provides this service with a layer producing `par-index` deadlines for a unit and years, and they
 * join the unit's deadline list, calendar and reminders like every other kind. Until then the
 * layer `none` contributes nothing.
 */
import type { Deadline } from "@cchc/domain/deadlines/Deadline";
import { Context, Effect, Layer } from "effect";

/** Deadlines of the PAR Index steps of a unit. */
export class ParIndexDeadlines extends Context.Tag("@cchc/api/ParIndexDeadlines")<
  ParIndexDeadlines,
  { readonly deadlines: (unit: string, years: ReadonlyArray<number>) => Effect.Effect<ReadonlyArray<Deadline>> }
>() {
  /** No PAR Index steps (the feature is not built yet). */
  static readonly none = Layer.succeed(ParIndexDeadlines, { deadlines: () => Effect.succeed([]) });
}
