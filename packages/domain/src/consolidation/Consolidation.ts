/**
 * Consolidating a parent unit's figures from its children's approved figures, by each
 * indicator's aggregation: flows add up; stocks take each child's last value before adding (a
 * child reporting two sub-periods counts its latest stock once); indicators that are one body's
 * own facts are not consolidated; rates are never averaged — they are recomputed from the
 * consolidated counts by the rate catalogue.
 */
import * as Aggregation from "../indicators/Aggregation.js";
import type { IndicatorDefinition, RateDefinition } from "../indicators/Indicator.js";
import * as Rate from "../indicators/Rate.js";
import { keyText } from "../indicators/Value.js";
import * as Expression from "../validation/Expression.js";

/** One approved figure of a child; `order` sorts a child's sub-periods (oldest first). */
export interface ChildValue {
  readonly indicator: string;
  readonly disaggregation: string;
  readonly value: number;
  readonly order?: number;
}

/** A child unit and its approved figures (none when it has not been approved). */
export interface ChildFigures {
  readonly unit: string;
  readonly approved: boolean;
  readonly values: ReadonlyArray<ChildValue>;
}

/** A consolidated figure and the children it came from. */
export interface ConsolidatedValue {
  readonly indicator: string;
  readonly disaggregation: string;
  readonly value: number;
  readonly from: ReadonlyArray<string>;
}

/** The result: figures, children included and children missing (not approved). */
export interface Consolidated {
  readonly values: ReadonlyArray<ConsolidatedValue>;
  readonly included: ReadonlyArray<string>;
  readonly missing: ReadonlyArray<string>;
  /** Indicators found in children but not consolidated (facts of one body, or unknown to the catalogue). */
  readonly skipped: ReadonlyArray<string>;
}

type Definition = Pick<IndicatorDefinition, "code" | "timeAggregation" | "treeAggregation">;

/** Consolidates the approved children's figures by the catalogue's aggregation rules. */
export const consolidate = (definitions: ReadonlyArray<Definition>, children: ReadonlyArray<ChildFigures>): Consolidated => {
  const defs = new Map<string, Definition>(definitions.map((d) => [d.code, d]));
  const included = children.filter((c) => c.approved).map((c) => c.unit);
  const missing = children.filter((c) => !c.approved).map((c) => c.unit);
  const skipped = new Set<string>();
  // key → child → values over time
  const byKey = new Map<string, { indicator: string; disaggregation: string; perChild: Map<string, ChildValue[]> }>();
  for (const child of children) {
    if (!child.approved) continue;
    for (const v of child.values) {
      const def = defs.get(v.indicator);
      if (!def || def.treeAggregation === "none") {
        skipped.add(v.indicator);
        continue;
      }
      const k = keyText(v);
      const entry = byKey.get(k) ?? { indicator: v.indicator, disaggregation: v.disaggregation, perChild: new Map() };
      entry.perChild.set(child.unit, [...(entry.perChild.get(child.unit) ?? []), v]);
      byKey.set(k, entry);
    }
  }
  const values: ConsolidatedValue[] = [];
  for (const [, entry] of [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const def = defs.get(entry.indicator) as Definition;
    const perChild = [...entry.perChild.entries()].map(([unit, vs]) => {
      const ordered = [...vs].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
      return {
        unit,
        value: Aggregation.overTime(
          def.timeAggregation,
          ordered.map((v) => v.value),
        ),
      };
    });
    const total = Aggregation.overTree(
      def.treeAggregation,
      perChild.map((c) => c.value),
    );
    if (total === null) continue;
    values.push({
      indicator: entry.indicator,
      disaggregation: entry.disaggregation,
      value: total,
      from: perChild.map((c) => c.unit).sort(),
    });
  }
  return { values, included, missing, skipped: [...skipped].sort() };
};

/** The rates of the consolidated figures, recomputed from their counts (never an average of the children's rates). */
export const rates = (consolidated: Consolidated, rateDefinitions: ReadonlyArray<RateDefinition>): ReadonlyArray<Rate.RateResult> =>
  Rate.computeAll(rateDefinitions, Expression.lookupOf(consolidated.values));
