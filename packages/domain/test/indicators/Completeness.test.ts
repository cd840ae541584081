import { Either, Schema } from "effect";
import { describe, expect, it } from "vitest";
import * as Catalogue from "../../src/indicators/Catalogue.js";
import * as Completeness from "../../src/indicators/Completeness.js";
import { IndicatorCode } from "../../src/indicators/Indicator.js";

const indicators = [
  { code: IndicatorCode.make("bomay.bienche.congchuc"), nameVi: "Biên chế công chức", compulsoryFor: ["department" as const] },
  { code: IndicatorCode.make("congvu.vipham"), nameVi: "Vi phạm", compulsoryFor: ["department" as const, "commune" as const] },
  { code: IndicatorCode.make("tthc.pakn.tiepnhan"), nameVi: "PAKN", compulsoryFor: [] },
];

describe("completeness", () => {
  it("lists every compulsory indicator of the unit's kind without a value or a reason, in catalogue order", () => {
    expect(Completeness.missing({ indicators, kind: "department", values: [], reasons: [] })).toEqual([
      { indicator: "bomay.bienche.congchuc", nameVi: "Biên chế công chức" },
      { indicator: "congvu.vipham", nameVi: "Vi phạm" },
    ]);
    expect(Completeness.missing({ indicators, kind: "commune", values: [], reasons: [] }).map((m) => m.indicator)).toEqual([
      "congvu.vipham",
    ]);
    expect(Completeness.missing({ indicators, kind: "province", values: [], reasons: [] })).toEqual([]);
  });

  it("a value of any part, or a non-blank reason, completes an indicator", () => {
    const list = Completeness.missing({
      indicators,
      kind: "department",
      values: [{ indicator: "congvu.vipham" }],
      reasons: [{ indicator: "bomay.bienche.congchuc", reason: "Chưa được giao biên chế" }],
    });
    expect(list).toEqual([]);
    const blank = Completeness.missing({
      indicators,
      kind: "department",
      values: [{ indicator: "congvu.vipham" }],
      reasons: [{ indicator: "bomay.bienche.congchuc", reason: "   " }],
    });
    expect(blank.map((m) => m.indicator)).toEqual(["bomay.bienche.congchuc"]);
  });

  it("turns each missing indicator into a blocking finding pointing at it", () => {
    const [f] = Completeness.findings([{ indicator: "congvu.vipham", nameVi: "Vi phạm" }], () => "civil-service");
    expect(f).toMatchObject({
      rule: Completeness.COMPLETENESS_RULE,
      kind: "completeness",
      importance: "error",
      subject: { type: "indicator", ref: "congvu.vipham", label: "Vi phạm" },
      values: [{ indicator: "congvu.vipham", disaggregation: "", value: null }],
    });
    expect(f?.message).toContain("Vi phạm");
  });

  it("a reason is trimmed text, not blank; null withdraws it", () => {
    const decode = Schema.decodeUnknownEither(Completeness.MissingReasonChange);
    expect(decode({ reason: "  Không phát sinh  " })).toEqual(Either.right({ reason: "Không phát sinh", version: 0 }));
    expect(decode({ reason: null, version: 3 })).toEqual(Either.right({ reason: null, version: 3 }));
    expect(Either.isLeft(decode({ reason: "   " }))).toBe(true);
    expect(Either.isLeft(decode({ reason: 5 }))).toBe(true);
  });

  it("the shipped 2022 catalogue makes the Office's own staffing and civil-service figures compulsory for departments", () => {
    const c = Catalogue.shippedFor(2022);
    const compulsory = c?.indicators.filter((i) => Completeness.isCompulsory(i, "department")).map((i) => i.code);
    expect(compulsory).toEqual(["bomay.bienche.congchuc", "bomay.bienche.vienchuc", "congvu.daotao.luot", "congvu.vipham"]);
    expect(c?.indicators.filter((i) => Completeness.isCompulsory(i, "province"))).toEqual([]);
  });
});
