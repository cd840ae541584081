/**
 * A PAR Index framework (bộ chỉ số cải cách hành chính) as data: the decision that issued it, the
 * years and level it applies to, and its tree of areas (lĩnh vực) → criteria (tiêu chí) →
 * sub-criteria (tiêu chí thành phần). Only leaves are scored; each says how (`manual`: the unit
 * self-scores with evidence; `formula`: computed from the unit's data through the validation
 * expression language and a threshold table; `survey`: taken from an imported survey result).
 * Points that could not be confirmed in a published source carry `illustrative: true`.
 */
import { Schema } from "effect";

/** How a scored criterion gets its points. */
export const Method = Schema.Literal("manual", "formula", "survey").annotations({
  identifier: "ParMethod",
  description: "Cách chấm: manual (tự chấm có minh chứng), formula (tính từ số liệu), survey (từ kết quả điều tra)",
});
export type Method = typeof Method.Type;

/** Level of the units a framework assesses. */
export const Level = Schema.Literal("province", "department", "district", "commune").annotations({ identifier: "ParLevel" });
export type Level = typeof Level.Type;

/** One row of a threshold table: a result at or above `min` (percent) earns `points`. */
export const Threshold = Schema.Struct({ min: Schema.Number, points: Schema.Number }).annotations({ identifier: "ParThreshold" });
export type Threshold = typeof Threshold.Type;

/**
 * A rate computed from the unit's indicator values of the assessed year: `numerator` and
 * `denominator` are expressions of the validation language (`#{code[dim=value]} + …`), the rate
 * is numerator / denominator × 100, and the threshold table (highest `min` first) maps it to points.
 */
export const Formula = Schema.Struct({
  numerator: Schema.String,
  denominator: Schema.String,
  /** Which period of the year the values are read from: the year (`Y`, default) or a half/quarter (`H1`…). */
  period: Schema.optional(Schema.String),
  thresholds: Schema.Array(Threshold),
  /** What the formula measures, in words. */
  label: Schema.String,
}).annotations({ identifier: "ParFormula" });
export type Formula = typeof Formula.Type;

/** Where a source of the framework is published, and what it confirms. */
export const Source = Schema.Struct({
  title: Schema.String,
  url: Schema.optional(Schema.String),
  confirms: Schema.String,
}).annotations({ identifier: "ParSource" });
export type Source = typeof Source.Type;

/** What a criterion node is besides its children. */
const criterionFields = {
  code: Schema.String,
  name: Schema.String,
  maxScore: Schema.Number.pipe(Schema.nonNegative()),
  step: Schema.optional(Schema.Number.pipe(Schema.positive())),
  method: Schema.optional(Method),
  guidance: Schema.optional(Schema.String),
  formula: Schema.optional(Formula),
  surveyName: Schema.optional(Schema.String),
  illustrative: Schema.optional(Schema.Boolean),
};

/** A criterion or sub-criterion; a node with `children` is not scored itself. */
export interface Criterion extends Schema.Struct.Type<typeof criterionFields> {
  readonly children?: ReadonlyArray<Criterion> | undefined;
}

/** A criterion node of the tree, recursive. */
export const Criterion: Schema.Schema<Criterion> = Schema.Struct({
  ...criterionFields,
  children: Schema.optional(Schema.Array(Schema.suspend((): Schema.Schema<Criterion> => Criterion))),
}).annotations({ identifier: "ParCriterion" });

/** An area (lĩnh vực) of the framework. */
export const AreaNode = Schema.Struct({
  code: Schema.String,
  name: Schema.String,
  maxScore: Schema.Number,
  illustrative: Schema.optional(Schema.Boolean),
  criteria: Schema.Array(Criterion),
}).annotations({ identifier: "ParArea" });
export type AreaNode = typeof AreaNode.Type;

/** The decision that issued a framework. */
export const Decision = Schema.Struct({
  number: Schema.String.annotations({ description: "Số, ký hiệu: 1602/QĐ-UBND-HC" }),
  date: Schema.String.annotations({ description: "Ngày ban hành (YYYY-MM-DD)" }),
  issuer: Schema.String,
  title: Schema.String,
}).annotations({ identifier: "ParDecision" });
export type Decision = typeof Decision.Type;

/** A whole framework. */
export const Framework = Schema.Struct({
  code: Schema.String.pipe(Schema.pattern(/^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/)),
  version: Schema.Int.pipe(Schema.positive()),
  name: Schema.String,
  years: Schema.Array(Schema.Int),
  level: Level,
  decision: Decision,
  sources: Schema.Array(Source),
  illustrative: Schema.optional(Schema.Boolean),
  note: Schema.optional(Schema.String),
  /** The framework of the previous year, for the change each unit made. */
  previous: Schema.optional(Schema.String),
  areas: Schema.Array(AreaNode),
}).annotations({ identifier: "ParFramework" });
export type Framework = typeof Framework.Type;

/** A scored leaf with its place: the area it belongs to and whether any ancestor is illustrative. */
export interface Leaf {
  readonly code: string;
  readonly name: string;
  readonly area: string;
  readonly maxScore: number;
  readonly step: number;
  readonly method: Method;
  readonly guidance: string | null;
  readonly formula: Formula | null;
  readonly surveyName: string | null;
  readonly illustrative: boolean;
}

/** The default step of a self-score: a quarter point. */
export const DEFAULT_STEP = 0.25;

/** The scored leaves of a framework, in tree order. */
export const leaves = (f: Framework): ReadonlyArray<Leaf> => {
  const out: Leaf[] = [];
  const walk = (c: Criterion, area: string, illustrative: boolean) => {
    const ill = illustrative || c.illustrative === true;
    if (c.children && c.children.length > 0) {
      for (const k of c.children) walk(k, area, ill);
      return;
    }
    out.push({
      code: c.code,
      name: c.name,
      area,
      maxScore: c.maxScore,
      step: c.step ?? DEFAULT_STEP,
      method: c.method ?? "manual",
      guidance: c.guidance ?? null,
      formula: c.formula ?? null,
      surveyName: c.surveyName ?? null,
      illustrative: ill,
    });
  };
  for (const a of f.areas) for (const c of a.criteria) walk(c, a.code, f.illustrative === true || a.illustrative === true);
  return out;
};

/** The maximum score of a framework: the sum of its areas' maxima. */
export const maxScoreOf = (f: Framework): number => Math.round(f.areas.reduce((s, a) => s + a.maxScore * 100, 0)) / 100;
