/**
 * The PAR Index (Chỉ số CCHC) self-assessment steps as deadlines: for each framework assessing
 * units of the unit's level in the years asked, the unit's assessment (state and steps from the
 * PAR Index store) becomes a submission deadline and, once submitted, an appraisal deadline
 * (`@cchc/domain/deadlines/ParIndexSteps`, ADR 0024). They join the unit's deadline list,
 * calendar and reminders like every other kind.
 */
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { ParIndexRepo } from "@cchc/db/par-index/ParIndexRepo";
import type { Deadline } from "@cchc/domain/deadlines/Deadline";
import * as ParIndexSteps from "@cchc/domain/deadlines/ParIndexSteps";
import * as LocalDate from "@cchc/domain/LocalDate";
import { Context, Effect, Layer } from "effect";
import { frameworks } from "../par-index/ParIndexService.js";

/** Deadlines of the PAR Index steps of a unit. */
export class ParIndexDeadlines extends Context.Tag("@cchc/api/ParIndexDeadlines")<
  ParIndexDeadlines,
  { readonly deadlines: (unit: string, years: ReadonlyArray<number>) => Effect.Effect<ReadonlyArray<Deadline>> }
>() {
  /** No PAR Index steps (tests of the other kinds alone). */
  static readonly none = Layer.succeed(ParIndexDeadlines, { deadlines: () => Effect.succeed([]) });

  /** The steps read from the PAR Index store and the frameworks (shipped and uploaded). */
  static readonly live = Layer.effect(
    ParIndexDeadlines,
    Effect.gen(function* () {
      const repo = yield* ParIndexRepo;
      const units = yield* OrgUnitRepo;
      const deadlines = (unit: string, years: ReadonlyArray<number>) =>
        Effect.gen(function* () {
          const u = yield* Effect.either(units.get(unit));
          if (u._tag === "Left") return [];
          const assessing = (yield* frameworks).flatMap((f) => {
            const year = ParIndexSteps.assessedYear(f.years);
            // the steps of year Y fall due in Y+1: both years bring them in
            const asked = year !== undefined && (years.includes(year) || years.includes(year + 1));
            return f.level === u.right.kind && year !== undefined && asked ? [{ code: f.code, year }] : [];
          });
          if (assessing.length === 0) return [];
          const status = new Map((yield* repo.unitStatus(unit)).map((s) => [s.framework, s]));
          return ParIndexSteps.parIndexSteps(
            unit,
            assessing.map(({ code, year }) => {
              const s = status.get(code);
              return {
                framework: code,
                year,
                state: s?.state ?? "draft",
                steps: (s?.steps ?? []).map((st) => ({ command: st.command, on: LocalDate.ofInstantInVietnam(new Date(st.at)) })),
              };
            }),
          );
        }).pipe(Effect.provideService(ParIndexRepo, repo));
      return { deadlines };
    }),
  );
}
