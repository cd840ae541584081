/**
 * The indicator catalogue in storage: loaded from the versioned data files (a bootstrap/demo step)
 * into the indicator, disaggregation, rate and rule tables, and served from there. Decoded
 * catalogues are cached per year and the cache is dropped on every load.
 */
import * as Catalogue from "@cchc/domain/indicators/Catalogue";
import { CatalogueNotFound } from "@cchc/domain/indicators/CatalogueErrors";
import * as Disaggregation from "@cchc/domain/indicators/Disaggregation";
import type { IndicatorDefinition } from "@cchc/domain/indicators/Indicator";
import { Context, Effect, Either, Layer } from "effect";
import { Database } from "../Database.js";
import { transaction } from "../Transaction.js";
import type { IndicatorRow } from "./CatalogueTables.js";

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
  static readonly layer = Layer.effect(
    CatalogueRepo,
    Effect.gen(function* () {
      const { kysely } = yield* Database;
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
          const dimsOf = (r: IndicatorRow) => [...new Set(dims.filter((d) => d.indicator_code === r.code).map((d) => d.dimension))];
          const data = {
            year: head.year,
            version: head.version,
            titleVi: head.title_vi,
            indicators: indicators.map((r) => ({
              code: r.code,
              area: r.area,
              nameVi: r.name_vi,
              nameEn: r.name_en,
              unitVi: r.unit_vi,
              unitEn: r.unit_en,
              valueType: r.value_type,
              timeAggregation: r.time_aggregation,
              treeAggregation: r.tree_aggregation,
              dimensions: dimsOf(r),
              legalBasis: r.legal_basis,
              ...(r.description_vi === null ? {} : { descriptionVi: r.description_vi }),
              compulsoryFor: r.compulsory_for === "" ? [] : r.compulsory_for.split(","),
            })),
            rates: rates.map((r) => ({
              code: r.code,
              disaggregation: r.disaggregation,
              area: r.area,
              nameVi: r.name_vi,
              nameEn: r.name_en,
              numerator: r.numerator,
              denominator: r.denominator,
              factor: r.factor,
              decimals: r.decimals,
              legalBasis: r.legal_basis,
            })),
            rules: rules.map((r) =>
              r.kind === "comparison"
                ? {
                    kind: r.kind,
                    code: r.code,
                    area: r.area,
                    nameVi: r.name_vi,
                    importance: r.importance,
                    messageVi: r.message_vi,
                    left: r.left_expr,
                    operator: r.operator,
                    right: r.right_expr,
                    missing: r.missing_strategy,
                  }
                : { kind: r.kind, code: r.code, area: r.area, nameVi: r.name_vi, importance: r.importance, messageVi: r.message_vi },
            ),
          };
          // Stored data was validated when loaded; a decoding failure here is a corrupted database.
          return Either.getOrThrowWith(Catalogue.decode(data), (e) => new Error(`danh mục ${year} trong CSDL hỏng: ${e.message}`));
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
            const indicators = c.indicators.map((i: IndicatorDefinition, n) => ({
              catalogue_year: c.year,
              code: i.code,
              area: i.area,
              name_vi: i.nameVi,
              name_en: i.nameEn,
              unit_vi: i.unitVi,
              unit_en: i.unitEn,
              value_type: i.valueType,
              time_aggregation: i.timeAggregation,
              tree_aggregation: i.treeAggregation,
              legal_basis: i.legalBasis,
              description_vi: i.descriptionVi ?? null,
              compulsory_for: (i.compulsoryFor ?? []).join(","),
              sort_order: n,
            }));
            await trx.insertInto("indicator").values(indicators).execute();
            const dims = c.indicators.flatMap((i) =>
              i.dimensions.flatMap((d) =>
                (Disaggregation.dimensions.find((x) => x.code === d)?.options ?? []).map((o) => ({
                  catalogue_year: c.year,
                  indicator_code: i.code,
                  dimension: d,
                  option: o.code,
                  label_vi: o.labelVi,
                  label_en: o.labelEn,
                })),
              ),
            );
            if (dims.length > 0)
              await trx
                .insertInto("indicator_disaggregation")
                .values(dims.map((d, n) => ({ ...d, sort_order: n })))
                .execute();
            if (c.rates.length > 0)
              await trx
                .insertInto("derived_rate")
                .values(
                  c.rates.map((r, n) => ({
                    catalogue_year: c.year,
                    code: r.code,
                    disaggregation: r.disaggregation,
                    area: r.area,
                    name_vi: r.nameVi,
                    name_en: r.nameEn,
                    numerator: r.numerator,
                    denominator: r.denominator,
                    factor: r.factor,
                    decimals: r.decimals,
                    legal_basis: r.legalBasis,
                    sort_order: n,
                  })),
                )
                .execute();
            if (c.rules.length > 0)
              await trx
                .insertInto("validation_rule")
                .values(
                  c.rules.map((r, n) => ({
                    catalogue_year: c.year,
                    code: r.code,
                    kind: r.kind,
                    area: r.area,
                    name_vi: r.nameVi,
                    left_expr: r.kind === "comparison" ? r.left : null,
                    operator: r.kind === "comparison" ? r.operator : null,
                    right_expr: r.kind === "comparison" ? r.right : null,
                    importance: r.importance,
                    missing_strategy: r.kind === "comparison" ? r.missing : null,
                    message_vi: r.messageVi,
                    sort_order: n,
                  })),
                )
                .execute();
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
    }),
  );
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
