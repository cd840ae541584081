/**
 * The (unit, period) a values request is about, resolved once: the unit must exist (404), the
 * period code must be valid (400), and the catalogue that applies to the period's year is loaded.
 * The window is the default regime's (nd09), which has every period: not being in it cannot happen.
 */
import { CatalogueRepo } from "@cchc/db/catalogue/CatalogueRepo";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import * as Period from "@cchc/domain/Period";
import { Effect, Either } from "effect";

/** Resolves unit, period window and catalogue. */
export const resolveScope = (unit: string, period: string) =>
  Effect.gen(function* () {
    const org = yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(unit));
    const window = yield* Effect.catchTag(Period.window(period), "PeriodNotInRegime", Effect.die);
    const year = Either.getOrElse(Period.year(window.code), () => 0);
    const catalogue = yield* Effect.flatMap(CatalogueRepo, (r) => r.applicable(year));
    return { unit: org, window, catalogue };
  });

/** The resolved scope. */
export type Scope = Effect.Effect.Success<ReturnType<typeof resolveScope>>;
