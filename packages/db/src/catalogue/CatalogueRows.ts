/**
 * The catalogue tables' rows and the domain's `Catalogue`, in one place: `fromRows` assembles a
 * year's `catalogue`, `indicator`, `indicator_disaggregation`, `derived_rate` and
 * `validation_rule` rows and decodes them with the domain's Schema (stored data was validated when
 * loaded, so a mismatch is a corrupted database: a defect naming the year); `toRows` gives the rows
 * a catalogue writes, in its order.
 */

import * as Catalogue from "@cchc/domain/indicators/Catalogue";
import * as Disaggregation from "@cchc/domain/indicators/Disaggregation";
import { Either } from "effect";
import { RowMismatch } from "../RowDecoder.js";
import type { RowOf } from "../Schema.js";

/** The rows of one catalogue year, as selected (each list in its sort order). */
export interface CatalogueRows {
  readonly head: RowOf<"catalogue">;
  readonly indicators: ReadonlyArray<RowOf<"indicator">>;
  readonly dims: ReadonlyArray<RowOf<"indicator_disaggregation">>;
  readonly rates: ReadonlyArray<RowOf<"derived_rate">>;
  readonly rules: ReadonlyArray<RowOf<"validation_rule">>;
}

/** The catalogue a year's rows store. */
export const fromRows = ({ head, indicators, dims, rates, rules }: CatalogueRows): Catalogue.Catalogue => {
  const dimsOf = (r: RowOf<"indicator">) => [...new Set(dims.filter((d) => d.indicator_code === r.code).map((d) => d.dimension))];
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
  return Either.getOrThrowWith(Catalogue.decode(data), (e) => new RowMismatch(`catalogue ${head.year}`, e.message));
};

/** The rows a catalogue writes (its `catalogue` row aside). */
export const toRows = (c: Catalogue.Catalogue) => ({
  indicators: c.indicators.map((i, n) => ({
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
  })),
  dims: c.indicators
    .flatMap((i) =>
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
    )
    .map((d, n) => ({ ...d, sort_order: n })),
  rates: c.rates.map((r, n) => ({
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
  rules: c.rules.map((r, n) => ({
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
});
