/**
 * The frameworks shipped as versioned files (`frameworks/*.json`), decoded and cross-checked:
 * unique codes, every node's maximum equal to the sum of its children, every formula parsing in
 * the validation language with a threshold table within the criterion's maximum, every step
 * dividing its maximum. The same check runs on frameworks an administrator uploads.
 */
import { Either, type ParseResult, Schema } from "effect";
import * as Expression from "../validation/Expression.js";
import { type Criterion, Framework, leaves } from "./Framework.js";
import bnvTinh2022 from "./frameworks/BNV-TINH-2022.v1.json" with { type: "json" };
import dtSo2021 from "./frameworks/DT-SO-2021.v1.json" with { type: "json" };
import dtSo2022 from "./frameworks/DT-SO-2022.v1.json" with { type: "json" };

/** A framework that does not hold together; `path` points at the offending node. */
export interface FrameworkProblem {
  readonly path: string;
  readonly message: string;
}

const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** The first problem of a decoded framework, if any. */
export const problems = (f: Framework): FrameworkProblem | undefined => {
  const codes = new Set<string>();
  const checkNode = (c: Criterion, path: string): FrameworkProblem | undefined => {
    if (codes.has(c.code)) return { path, message: `Mã tiêu chí bị trùng: ${c.code}` };
    codes.add(c.code);
    if (c.children && c.children.length > 0) {
      const sum = c.children.reduce((s, k) => s + k.maxScore, 0);
      if (!close(sum, c.maxScore)) return { path, message: `Điểm tối đa ${c.maxScore} khác tổng các tiêu chí thành phần ${sum}` };
      for (const [i, k] of c.children.entries()) {
        const p = checkNode(k, `${path}.children[${i}]`);
        if (p) return p;
      }
      return undefined;
    }
    const step = c.step ?? 0.25;
    if (!close(Math.round(c.maxScore / step) * step, c.maxScore)) return { path, message: `Bước điểm ${step} không chia hết điểm tối đa` };
    if ((c.method ?? "manual") === "formula") {
      if (!c.formula) return { path, message: "Tiêu chí tính bằng công thức nhưng không có công thức" };
      for (const side of ["numerator", "denominator"] as const) {
        const parsed = Expression.parse(c.formula[side]);
        if (Either.isLeft(parsed)) return { path: `${path}.formula.${side}`, message: Expression.describe(parsed.left) };
      }
      if (c.formula.thresholds.length === 0) return { path: `${path}.formula.thresholds`, message: "Bảng ngưỡng rỗng" };
      if (c.formula.thresholds.some((t) => t.points < 0 || t.points > c.maxScore + 1e-9))
        return { path: `${path}.formula.thresholds`, message: "Điểm của ngưỡng vượt điểm tối đa" };
    }
    return undefined;
  };
  for (const [i, a] of f.areas.entries()) {
    const sum = a.criteria.reduce((s, c) => s + c.maxScore, 0);
    if (!close(sum, a.maxScore)) return { path: `areas[${i}]`, message: `Điểm tối đa lĩnh vực ${a.maxScore} khác tổng tiêu chí ${sum}` };
    for (const [j, c] of a.criteria.entries()) {
      const p = checkNode(c, `areas[${i}].criteria[${j}]`);
      if (p) return p;
    }
  }
  if (leaves(f).length === 0) return { path: "areas", message: "Bộ chỉ số không có tiêu chí nào được chấm" };
  return undefined;
};

/** Decodes and checks a framework from unknown input. */
export const decode = (input: unknown): Either.Either<Framework, FrameworkProblem> => {
  const decoded = Schema.decodeUnknownEither(Framework)(input);
  if (Either.isLeft(decoded)) return Either.left({ path: "", message: (decoded.left as ParseResult.ParseError).message });
  const p = problems(decoded.right);
  return p ? Either.left(p) : Either.right(decoded.right);
};

const builtIn = (input: unknown): Framework =>
  Either.getOrThrowWith(decode(input), (p) => new Error(`Bộ chỉ số kèm theo không hợp lệ tại ${p.path}: ${p.message}`));

/** The frameworks shipped with CCHC. */
export const shipped: ReadonlyArray<Framework> = [builtIn(dtSo2022), builtIn(dtSo2021), builtIn(bnvTinh2022)];
