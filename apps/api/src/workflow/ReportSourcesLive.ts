/**
 * The live reform-data port of the workflow and consolidation, over the value store and the
 * indicator catalogue: a report's figures are its stored values; submission runs the catalogue's
 * validation rules over the values and stated rates (dated events are checked by the validation
 * service when it is wired here); consolidated figures are written with source "consolidated".
 */
import { CatalogueRepo } from "@cchc/db/catalogue/CatalogueRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import { ReportSources } from "@cchc/db/workflow/ReportSources";
import * as Period from "@cchc/domain/Period";
import * as Validate from "@cchc/domain/validation/Validate";
import { Effect, Either, Layer } from "effect";

const catalogueFor = (period: string) =>
  Effect.gen(function* () {
    const year = Either.getOrElse(Period.year(period), () => 0);
    return yield* Effect.option(Effect.flatMap(CatalogueRepo, (c) => c.applicable(year)));
  });

/** The port's layer used by the app (it brings its own value and catalogue repositories). */
export const reportSourcesLayer = Layer.effect(
  ReportSources,
  Effect.gen(function* () {
    const values = yield* ValueRepo;
    const catalogues = yield* CatalogueRepo;
    const withCatalogue = <A>(
      period: string,
      f: (c: Effect.Effect.Success<ReturnType<typeof catalogueFor>>) => Effect.Effect<A, never, ValueRepo>,
    ) =>
      Effect.flatMap(catalogueFor(period), f).pipe(
        Effect.provideService(CatalogueRepo, catalogues),
        Effect.provideService(ValueRepo, values),
      );
    return {
      figures: (unit, period) =>
        Effect.map(values.list(unit, period), (vs) =>
          vs.map((v) => ({ indicator: v.indicator, disaggregation: v.disaggregation, value: v.value })),
        ),
      validate: (unit, period) =>
        withCatalogue(period, (catalogue) =>
          Effect.gen(function* () {
            const window = Period.window(period);
            if (catalogue._tag === "None" || Either.isLeft(window)) return [];
            const stored = yield* values.list(unit, period);
            const claims = yield* values.claims(unit, period);
            const findings = Validate.run({
              rules: catalogue.value.rules,
              rates: catalogue.value.rates,
              indicators: catalogue.value.indicators,
              values: stored,
              claims,
              events: [],
              window: window.right,
            });
            return findings.map((f) => ({ rule: f.rule, importance: f.importance, message: f.message }));
          }),
        ),
      catalogue: (period) =>
        withCatalogue(period, (c) =>
          Effect.succeed(c._tag === "Some" ? { indicators: c.value.indicators, rates: c.value.rates } : { indicators: [], rates: [] }),
        ),
      storeConsolidated: (unit, period, figures, actorName) =>
        Effect.map(
          Effect.orDie(
            values.write(
              unit,
              period,
              figures.map((f) => ({ ...f, source: "consolidated" as const })),
              actorName ?? "system",
            ),
          ),
          (results) => results.filter((r) => r.changed).length,
        ),
    };
  }),
).pipe(Layer.provide(Layer.mergeAll(ValueRepo.layer, CatalogueRepo.layer)));
