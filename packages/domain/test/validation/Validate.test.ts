import { describe, expect, it } from "@effect/vitest";
import * as Catalogue from "../../src/indicators/Catalogue.js";
import { IndicatorCode } from "../../src/indicators/Indicator.js";
import type { RateClaim } from "../../src/indicators/Rate.js";
import type { KeyedValue } from "../../src/indicators/Value.js";
import type { LocalDate } from "../../src/LocalDate.js";
import type { DatedEvent } from "../../src/validation/DatedEvent.js";
import type { ComparisonRule, Rule } from "../../src/validation/Rule.js";
import * as Validate from "../../src/validation/Validate.js";
import { consistent } from "./SeedValues.js";

const catalogue = Catalogue.shippedFor(2022) as Catalogue.Catalogue;
const window = { start: "2021-12-15" as LocalDate, end: "2022-06-14" as LocalDate, label: "6 tháng đầu năm 2022" };
const base = (over: Partial<Validate.ValidationInput>): Validate.ValidationInput => ({
  rules: catalogue.rules,
  rates: catalogue.rates,
  indicators: catalogue.indicators,
  values: consistent,
  claims: [],
  events: [],
  window,
  ...over,
});
const claim = (rate: string, stated: number, disaggregation = "", qualifier: "exact" | "at-least" = "exact"): RateClaim => ({
  rate: IndicatorCode.make(rate),
  disaggregation,
  stated,
  decimals: 1,
  qualifier,
});
const rule = (over: Partial<ComparisonRule>): ComparisonRule => ({
  kind: "comparison",
  code: "t.rule",
  area: "procedure",
  nameVi: "thử",
  importance: "error",
  messageVi: "{left} {op} {right}",
  left: "#{a.x}",
  operator: "==",
  right: "#{a.y} + #{a.z}",
  missing: "skip-if-any-missing",
  ...over,
});
const v = (indicator: string, value: number): KeyedValue => ({ indicator, disaggregation: "", value });

describe("rate claims", () => {
  const seedClaims = [
    claim("tthc.pakn.tyle", 98.5),
    claim("taichinh.kinhphi.tyle", 49.5, "autonomy=autonomous"),
    claim("taichinh.kinhphi.tyle", 46.6, "autonomy=non-autonomous"),
    claim("taichinh.dautu.giaingan.tyle", 64.3),
    claim("chidao.nhiemvu.trienkhai.tyle", 66.7, "", "at-least"),
    claim("tthc.kyso.tyle", 100),
  ];

  it("flags the stated 49,5% that 4.923.692.615 / 9.961.000.000 does not support, and nothing else", () => {
    const findings = Validate.run(base({ claims: seedClaims }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "chung.tyle.baocao", kind: "rate-claims", area: "public-finance", left: 49.5, right: 49.4 });
    expect(findings[0]?.message).toContain("49,5%");
    expect(findings[0]?.message).toContain("49,4%");
    expect(findings[0]?.message).toContain("4.923.692.615 / 9.961.000.000");
    expect(findings[0]?.subject).toMatchObject({ type: "rate", ref: "taichinh.kinhphi.tyle[autonomy=autonomous]" });
  });

  it("treats 'trên x%' as a lower bound", () => {
    expect(Validate.run(base({ claims: [claim("chidao.nhiemvu.trienkhai.tyle", 70, "", "at-least")] }))).toHaveLength(1);
    expect(Validate.run(base({ claims: [claim("chidao.nhiemvu.trienkhai.tyle", 60, "", "at-least")] }))).toHaveLength(0);
  });
});

describe("event dates", () => {
  const ev = (ref: string, date: string, role: DatedEvent["role"] = "event"): DatedEvent => ({
    ref,
    label: ref,
    date: date as LocalDate,
    role,
  });

  it("flags an event dated outside the period, not deadlines or plans after it", () => {
    const findings = Validate.run(
      base({
        events: [
          ev("inspection:1", "2024-04-28"),
          ev("document:1", "2021-12-15"),
          ev("document:2", "2022-06-14"),
          ev("activity:1", "2022-09-30", "plan"),
          ev("task:1", "2022-12-31", "deadline"),
        ],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "chung.ngay.trongky", kind: "event-dates", subject: { ref: "inspection:1" } });
    expect(findings[0]?.message).toContain("28/4/2024");
    expect(findings[0]?.message).toContain("15/12/2021 – 14/6/2022");
  });
});

describe("missing-value strategies and operators", () => {
  const only = (r: Rule, values: ReadonlyArray<KeyedValue>) => Validate.evaluateRule(r, base({ rules: [r], values }));

  it("skip-if-any-missing skips when one value is absent", () => {
    expect(only(rule({}), [v("a.x", 3), v("a.y", 3)]).status).toBe("skip");
  });
  it("skip-if-all-missing evaluates with the missing ones as 0", () => {
    const r = rule({ missing: "skip-if-all-missing" });
    expect(only(r, [v("a.x", 3), v("a.y", 3)]).status).toBe("pass");
    expect(only(r, []).status).toBe("skip");
    expect(only(r, [v("a.x", 4), v("a.y", 3)]).status).toBe("fail");
  });
  it("never-skip counts missing values as 0", () => {
    const r = rule({ missing: "never-skip" });
    expect(only(r, []).status).toBe("pass");
    expect(only(r, [v("a.x", 1)]).status).toBe("fail");
  });
  it("compares with every operator", () => {
    const vals = [v("a.x", 5), v("a.y", 2), v("a.z", 3)];
    const status = (operator: ComparisonRule["operator"]) => only(rule({ operator }), vals).status;
    expect([status("=="), status("!="), status("<"), status("<="), status(">"), status(">=")]).toEqual([
      "pass",
      "fail",
      "fail",
      "pass",
      "fail",
      "pass",
    ]);
  });
  it("checks compulsory and exclusive pairs on presence", () => {
    const pair = rule({ operator: "compulsory_pair", right: "#{a.y}" });
    expect(only(pair, [v("a.x", 1)]).status).toBe("fail");
    expect(only(pair, [v("a.x", 1), v("a.y", 0)]).status).toBe("pass");
    expect(only(pair, []).status).toBe("skip");
    const excl = rule({ operator: "exclusive_pair", right: "#{a.y}" });
    expect(only(excl, [v("a.x", 1), v("a.y", 1)]).status).toBe("fail");
    expect(only(excl, [v("a.x", 1)]).status).toBe("pass");
  });
  it("puts errors before warnings", () => {
    const w = rule({ code: "w", importance: "warning", missing: "never-skip" });
    const e = rule({ code: "e", missing: "never-skip" });
    expect(Validate.run(base({ rules: [w, e], values: [v("a.x", 1)] })).map((f) => f.rule)).toEqual(["e", "w"]);
  });
});
