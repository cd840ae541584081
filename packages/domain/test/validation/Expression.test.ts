import { describe, expect, it } from "@effect/vitest";
import { Either } from "effect";
import * as Expression from "../../src/validation/Expression.js";

const ok = (s: string) => Either.getOrThrow(Expression.parse(s));
const err = (s: string) => Either.flip(Expression.parse(s)).pipe(Either.getOrThrow);

describe("Expression", () => {
  it("parses sums of references with disaggregations and constants", () => {
    const e = ok("#{tthc.hoso.tiepnhanmoi[channel=online]} + #{tthc.hoso.tiepnhanmoi[ channel = offline ]} - 3");
    expect(e.terms).toEqual([
      { kind: "ref", sign: 1, indicator: "tthc.hoso.tiepnhanmoi", disaggregation: "channel=online" },
      { kind: "ref", sign: 1, indicator: "tthc.hoso.tiepnhanmoi", disaggregation: "channel=offline" },
      { kind: "const", sign: -1, value: 3 },
    ]);
    expect(ok("-#{a.b}").terms[0]).toMatchObject({ sign: -1 });
    expect(Expression.references(ok("#{a.b} + #{a.b} + #{a.c}"))).toHaveLength(2);
  });

  it("evaluates with missing values counted as 0 and reported", () => {
    const e = ok("#{a.b} + #{a.c[level=province]} - #{a.d}");
    const lookup = Expression.lookupOf([
      { indicator: "a.b", disaggregation: "", value: 10 },
      { indicator: "a.d", disaggregation: "", value: 4 },
    ]);
    const r = Expression.evaluate(e, lookup);
    expect(r.value).toBe(6);
    expect(r.missing).toEqual([{ indicator: "a.c", disaggregation: "level=province" }]);
    expect(r.present.map((p) => p.value)).toEqual([10, 4]);
  });

  it("explains parse failures with a position and a Vietnamese message", () => {
    expect(err("").problem).toBe("empty");
    expect(err("#{a.b").problem).toBe("closing-brace-expected");
    expect(err("#{A.B}").problem).toBe("code-invalid");
    expect(err("#{a.b[channel=online}").problem).toBe("closing-bracket-expected");
    expect(err("#{a.b[channel=fax]}").problem).toBe("disaggregation-invalid");
    const op = err("#{a.b} * 2");
    expect(op.problem).toBe("operator-expected");
    expect(op.position).toBe(7);
    expect(Expression.describe(op)).toContain("vị trí 8");
    expect(Expression.describe(op)).toContain('cần dấu "+" hoặc "-"');
    expect(err("#{a.b} +").problem).toBe("term-expected");
  });
});
