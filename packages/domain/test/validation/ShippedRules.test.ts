import { describe, expect, it } from "@effect/vitest";
import { Either } from "effect";
import * as Catalogue from "../../src/indicators/Catalogue.js";
import type { KeyedValue } from "../../src/indicators/Value.js";
import type { LocalDate } from "../../src/LocalDate.js";
import * as Expression from "../../src/validation/Expression.js";
import type { ComparisonRule } from "../../src/validation/Rule.js";
import * as Validate from "../../src/validation/Validate.js";
import { asStated, consistent, without, withValue } from "./SeedValues.js";

const catalogue = Catalogue.shippedFor(2022) as Catalogue.Catalogue;
const comparisons = catalogue.rules.filter((r): r is ComparisonRule => r.kind === "comparison");
const window = { start: "2021-12-15" as LocalDate, end: "2022-06-14" as LocalDate, label: "6 tháng đầu năm 2022" };
const input = (values: ReadonlyArray<KeyedValue>): Validate.ValidationInput => ({
  rules: catalogue.rules,
  rates: catalogue.rates,
  indicators: catalogue.indicators,
  values,
  claims: [],
  events: [],
  window,
});
const refs = (text: string) => Either.getOrThrow(Expression.parse(text)).terms.flatMap((t) => (t.kind === "ref" ? [t] : []));
const sumOf = (values: ReadonlyArray<KeyedValue>, text: string) =>
  Expression.evaluate(Either.getOrThrow(Expression.parse(text)), Expression.lookupOf(values)).value;

/** Breaks a rule by moving its first left reference so that the comparison no longer holds. */
const broken = (rule: ComparisonRule, values: ReadonlyArray<KeyedValue>): ReadonlyArray<KeyedValue> => {
  const first = refs(rule.left)[0];
  if (!first) throw new Error(rule.code);
  if (rule.operator === "compulsory_pair") return refs(rule.right).reduce((vs, r) => without(vs, r.indicator, r.disaggregation), values);
  const current = values.find((x) => x.indicator === first.indicator && x.disaggregation === first.disaggregation)?.value ?? 0;
  const gap = sumOf(values, rule.right) - sumOf(values, rule.left);
  const delta = rule.operator === "==" ? 1 : gap + 1;
  return withValue(values, first.indicator, first.disaggregation, current + first.sign * delta);
};

describe("shipped 2022 rules", () => {
  it("ship every rule the seed implies", () => {
    expect(comparisons.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        "tthc.hoso.tiepnhan.tong",
        "tthc.hoso.tiepnhanmoi.kenh",
        "tthc.hoso.dagiaiquyet.thoihan",
        "tthc.hoso.danggiaiquyet.thoihan",
        "tthc.hoso.canbang",
        "tthc.pakn.dagiaiquyet.toida",
        "tthc.thutuc.tong.cap",
        "taichinh.kinhphi.dasudung.tuchu",
        "taichinh.kinhphi.dasudung.khongtuchu",
        "taichinh.dautu.giaingan.toida",
        "taichinh.dautu.conlai",
        "chidao.nhiemvu.cp.tinhtrang",
      ]),
    );
    expect(catalogue.rules.find((r) => r.code === "tthc.hoso.canbang")?.importance).toBe("warning");
    expect(catalogue.rules.map((r) => r.kind)).toEqual(expect.arrayContaining(["rate-claims", "event-dates"]));
  });

  it("finds nothing on the consistent figures", () => {
    expect(Validate.run(input(consistent))).toEqual([]);
  });

  describe.each(comparisons.map((r) => [r.code, r] as const))("%s", (_code, rule) => {
    it("passes on consistent figures", () => {
      expect(Validate.evaluateRule(rule, input(consistent)).status).toBe("pass");
    });
    it("fails when one figure is off, with a filled Vietnamese message", () => {
      const outcome = Validate.evaluateRule(rule, input(broken(rule, consistent)));
      expect(outcome.status).toBe("fail");
      if (outcome.status !== "fail") return;
      const f = outcome.findings[0];
      expect(f?.rule).toBe(rule.code);
      expect(f?.message).not.toMatch(/\{[a-z]+\}/);
      expect(f?.values.length).toBeGreaterThan(0);
    });
  });

  it("catches the seed's 4 Government tasks against 35 done and 9 not yet due", () => {
    const findings = Validate.run(input(asStated));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "chidao.nhiemvu.cp.tinhtrang", importance: "error", left: 4, right: 44 });
    expect(findings[0]?.message).toContain("(4)");
    expect(findings[0]?.message).toContain("(44)");
    expect(findings[0]?.message).toContain("chênh lệch 40");
  });

  it("formats money in messages with Vietnamese thousands separators", () => {
    const f = Validate.run(input(withValue(consistent, "taichinh.dautu.conlai", "", 3_210_642_001)));
    expect(f[0]?.message).toContain("3.210.642.001 đồng");
    expect(f[0]?.message).toContain("3.210.642.000 đồng");
  });
});
