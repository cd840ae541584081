/**
 * The indicator catalogue in storage: loaded from the versioned data files (a bootstrap/demo step)
 * into the indicator, disaggregation, rate and rule tables, and served from there. Decoded
 * catalogues are cached per year and the cache is dropped on every load.
 */
import * as Catalogue from "@cchc/domain/indicators/Catalogue";
import { CatalogueNotFound } from "@cchc/domain/indicators/CatalogueErrors";
import { Context, Effect } from "effect";
import { overDatabase } from "../OverDatabase.js";
import { transaction } from "../Transaction.js";
import { fromRows, toRows } from "./CatalogueRows.js";

export { CatalogueNotFound, IndicatorNotFound } from "@cchc/domain/indicators/CatalogueErrors";

/** Repository of the catalogue. */
export class CatalogueRepo extends Context.Tag("@cchc/db/CatalogueRepo")<
  CatalogueRepo,
  {
    /** Stores a catalogue unless the same or a newer version of its year is there; returns rows written. */
    readonly load: (c: Catalogue.Catalogue) => Effect.Effect<number>;
    readonly years: () => Effect.Effect<ReadonlyArray<number>>;
    /** The catalogue of exactly this year. */
    readonly forYear: (year: number) => Effect.Effect<Catalogue.Catalogue, CatalogueNotFound>;
    /** The catalogue that applies to a period of `periodYear` (latest year not after it, else the earliest). */
    readonly applicable: (periodYear: number) => Effect.Effect<Catalogue.Catalogue, CatalogueNotFound>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(CatalogueRepo, (kysely) => {
    const cache = new Map<number, Catalogue.Catalogue>();

    const read = (year: number) =>
      Effect.promise(async () => {
        const head = await kysely.selectFrom("catalogue").selectAll().where("year", "=", year).executeTakeFirst();
        if (!head) return undefined;
        const [indicators, dims, rates, rules] = await Promise.all([
          kysely.selectFrom("indicator").selectAll().where("catalogue_year", "=", year).orderBy("sort_order").execute(),
          kysely.selectFrom("indicator_disaggregation").selectAll().where("catalogue_year", "=", year).orderBy("sort_order").execute(),
          kysely.selectFrom("derived_rate").selectAll().where("catalogue_year", "=", year).orderBy("sort_order").execute(),
          kysely.selectFrom("validation_rule").selectAll().where("catalogue_year", "=", year).orderBy("sort_order").execute(),
        ]);
        return fromRows({ head, indicators, dims, rates, rules });
      });

    const forYear = (year: number) =>
      Effect.suspend(() => {
        const hit = cache.get(year);
        if (hit) return Effect.succeed(hit);
        return read(year).pipe(
          Effect.flatMap((c) => (c ? Effect.succeed(c) : Effect.fail(new CatalogueNotFound({ year })))),
          Effect.tap((c) => Effect.sync(() => cache.set(year, c))),
        );
      });

    const years = () =>
      Effect.promise(() => kysely.selectFrom("catalogue").select("year").orderBy("year").execute()).pipe(
        Effect.map((rs) => rs.map((r) => r.year)),
      );

    const load = (c: Catalogue.Catalogue) =>
      transaction(kysely, (trx) =>
        Effect.promise(async () => {
          const existing = await trx.selectFrom("catalogue").select("version").where("year", "=", c.year).executeTakeFirst();
          if (existing && existing.version >= c.version) return 0;
          await trx.deleteFrom("catalogue").where("year", "=", c.year).execute();
          await trx.insertInto("catalogue").values({ year: c.year, version: c.version, title_vi: c.titleVi }).execute();
          const { indicators, dims, rates, rules } = toRows(c);
          await trx.insertInto("indicator").values(indicators).execute();
          if (dims.length > 0) await trx.insertInto("indicator_disaggregation").values(dims).execute();
          if (rates.length > 0) await trx.insertInto("derived_rate").values(rates).execute();
          if (rules.length > 0) await trx.insertInto("validation_rule").values(rules).execute();
          return 1 + indicators.length + dims.length + c.rates.length + c.rules.length;
        }),
      ).pipe(Effect.tap(() => Effect.sync(() => cache.clear())));

    return {
      load,
      years,
      forYear,
      applicable: (periodYear: number) =>
        years().pipe(
          Effect.flatMap((ys) => {
            const y = Catalogue.applicableYear(ys, periodYear);
            return y === undefined ? Effect.fail(new CatalogueNotFound({ year: periodYear })) : forYear(y);
          }),
        ),
    };
  });
}

/** Loads every catalogue shipped with the product (a bootstrap and demo step); returns rows written. */
export const loadShippedCatalogues = Effect.gen(function* () {
  const repo = yield* CatalogueRepo;
  let n = 0;
  for (const year of Object.keys(Catalogue.shipped).map(Number)) {
    const c = Catalogue.shippedFor(year);
    if (c) n += yield* repo.load(c);
  }
  return n;
});
