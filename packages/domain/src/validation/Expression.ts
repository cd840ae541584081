/**
 * The expression language of validation rules and rates: a sum of value references and integer
 * constants, `#{tthc.hoso.tiepnhanmoi[channel=online]} + #{tthc.hoso.tiepnhanmoi[channel=offline]}`,
 * with `+` and `-`. Small on purpose: every rule the reports imply is a balance of sums, and a tiny
 * language is easy to explain to the people who maintain the rules.
 */
import { Either, Schema } from "effect";
import * as Disaggregation from "../indicators/Disaggregation.js";
import { keyText, type ValueKey } from "../indicators/Value.js";

/** One term of a sum: a value reference or a constant, with its sign. */
export type Term =
  | { readonly kind: "ref"; readonly sign: 1 | -1; readonly indicator: string; readonly disaggregation: string }
  | { readonly kind: "const"; readonly sign: 1 | -1; readonly value: number };

/** A parsed expression: its source and its terms. */
export interface Expression {
  readonly source: string;
  readonly terms: ReadonlyArray<Term>;
}

/** Why an expression does not parse. */
export type ExpressionProblem =
  | "empty"
  | "term-expected"
  | "operator-expected"
  | "code-invalid"
  | "closing-brace-expected"
  | "closing-bracket-expected"
  | "disaggregation-invalid";

/** An expression that does not parse; `position` is the 0-based offset of the problem. */
export class ExpressionInvalid extends Schema.TaggedError<ExpressionInvalid>()("ExpressionInvalid", {
  expression: Schema.String,
  position: Schema.Number,
  problem: Schema.String,
}) {}

const PROBLEM_VI: Record<ExpressionProblem, string> = {
  empty: "biểu thức rỗng",
  "term-expected": "cần một tham chiếu #{mã} hoặc một số nguyên",
  "operator-expected": 'cần dấu "+" hoặc "-"',
  "code-invalid": "mã chỉ tiêu không hợp lệ",
  "closing-brace-expected": 'thiếu dấu "}" đóng tham chiếu',
  "closing-bracket-expected": 'thiếu dấu "]" đóng phân tổ',
  "disaggregation-invalid": "phân tổ không hợp lệ (dạng chiều=giá-trị;…)",
};

/** Vietnamese message of a parse failure, pointing at the offending place. */
export const describe = (e: ExpressionInvalid): string =>
  `Biểu thức "${e.expression}" sai ở vị trí ${e.position + 1}: ${PROBLEM_VI[e.problem as ExpressionProblem] ?? e.problem} (gặp "${e.expression.slice(e.position, e.position + 12) || "hết biểu thức"}")`;

const CODE = /^[a-z][a-z0-9]*(\.[a-z0-9]+)+$/;

/** Parses an expression. */
export const parse = (source: string): Either.Either<Expression, ExpressionInvalid> => {
  const s = source.normalize("NFC");
  let i = 0;
  const fail = (problem: ExpressionProblem, at = i) => Either.left(new ExpressionInvalid({ expression: s, position: at, problem }));
  const skip = () => {
    while (i < s.length && /\s/.test(s[i] as string)) i++;
  };
  skip();
  if (i >= s.length) return fail("empty");
  const terms: Term[] = [];
  let sign: 1 | -1 = 1;
  for (;;) {
    skip();
    if (s[i] === "-" && terms.length === 0) {
      sign = -1;
      i++;
      skip();
    }
    if (s.startsWith("#{", i)) {
      const start = i + 2;
      const close = s.indexOf("}", start);
      if (close < 0) return fail("closing-brace-expected", s.length);
      const inner = s.slice(start, close);
      const bracket = inner.indexOf("[");
      const code = (bracket < 0 ? inner : inner.slice(0, bracket)).trim();
      if (!CODE.test(code)) return fail("code-invalid", start);
      let disaggregation = "";
      if (bracket >= 0) {
        if (!inner.trimEnd().endsWith("]")) return fail("closing-bracket-expected", close);
        const text = inner.slice(bracket + 1, inner.lastIndexOf("]"));
        const parsed = Disaggregation.canonical(text);
        if (Either.isLeft(parsed)) return fail("disaggregation-invalid", start + bracket + 1);
        disaggregation = parsed.right;
      }
      terms.push({ kind: "ref", sign, indicator: code, disaggregation });
      i = close + 1;
    } else {
      const m = /^\d+/.exec(s.slice(i));
      if (!m) return fail("term-expected");
      terms.push({ kind: "const", sign, value: Number(m[0]) });
      i += m[0].length;
    }
    skip();
    if (i >= s.length) return Either.right({ source: s, terms });
    const op = s[i];
    if (op !== "+" && op !== "-") return fail("operator-expected");
    sign = op === "+" ? 1 : -1;
    i++;
    skip();
    if (i >= s.length) return fail("term-expected");
  }
};

/** The value references of an expression, in order, without repeats. */
export const references = (e: Expression): ReadonlyArray<ValueKey> => {
  const seen = new Map<string, ValueKey>();
  for (const t of e.terms) if (t.kind === "ref") seen.set(keyText(t), { indicator: t.indicator, disaggregation: t.disaggregation });
  return [...seen.values()];
};

/** Reads the value of a key, undefined when it is missing. */
export type Lookup = (key: ValueKey) => number | undefined;

/** The result of evaluating an expression: the sum (missing values count as 0) and which references were missing. */
export interface Evaluation {
  readonly value: number;
  readonly present: ReadonlyArray<ValueKey & { readonly value: number }>;
  readonly missing: ReadonlyArray<ValueKey>;
}

/** Evaluates an expression against values. */
export const evaluate = (e: Expression, lookup: Lookup): Evaluation => {
  let value = 0;
  const present: Array<ValueKey & { value: number }> = [];
  const missing: ValueKey[] = [];
  for (const t of e.terms) {
    if (t.kind === "const") {
      value += t.sign * t.value;
      continue;
    }
    const key = { indicator: t.indicator, disaggregation: t.disaggregation };
    const v = lookup(key);
    if (v === undefined) missing.push(key);
    else {
      present.push({ ...key, value: v });
      value += t.sign * v;
    }
  }
  return { value, present, missing };
};

/** A lookup over a list of values. */
export const lookupOf = (values: ReadonlyArray<ValueKey & { readonly value: number }>): Lookup => {
  const map = new Map(values.map((v) => [keyText(v), v.value]));
  return (k) => map.get(keyText(k));
};
