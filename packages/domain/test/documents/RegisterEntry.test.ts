import { describe, expect, it } from "@effect/vitest";
import { Either, Schema } from "effect";
import * as RegisterEntry from "../../src/documents/RegisterEntry.js";

const input = (over: Record<string, unknown> = {}) => ({
  unit: "DT.VPUBND",
  direction: "issued",
  type: "KH",
  number: 19,
  year: null,
  symbol: "KH-VPUBND",
  date: "2021-12-31",
  issuer: "Văn phòng Ủy ban nhân dân Tỉnh",
  summary: "cải cách hành chính năm 2022",
  parentId: null,
  reportedIn: "2022-H1",
  ...over,
});
const decode = Schema.decodeUnknownEither(RegisterEntry.RegisterEntryInput);

describe("RegisterEntry", () => {
  it("accepts a plan and formats its number and reference", () => {
    const d = Either.getOrThrow(decode(input()));
    expect(RegisterEntry.numberSymbol(d)).toBe("19/KH-VPUBND");
    expect(RegisterEntry.referenceText(d)).toBe(
      "Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021 của Văn phòng Ủy ban nhân dân Tỉnh về cải cách hành chính năm 2022",
    );
    const nd = Either.getOrThrow(
      decode(input({ type: "NĐ", number: 61, year: 2018, symbol: "NĐ-CP", date: "2018-04-23", issuer: "Chính phủ" })),
    );
    expect(RegisterEntry.numberSymbol(nd)).toBe("61/2018/NĐ-CP");
    expect(RegisterEntry.numberSymbol({ number: null, year: null, symbol: "BC-VPUBND" })).toBe("/BC-VPUBND");
  });

  it("refuses a symbol that does not suit the type, naming the field", () => {
    const e = decode(input({ symbol: "QĐ-VPUBND" }));
    expect(Either.isLeft(e) && e.left.message).toContain("symbol");
    expect(Either.isLeft(decode(input({ date: "2022-02-30" })))).toBe(true);
  });

  it("keys duplicates by number, symbol, numbering year and issuer", () => {
    const a = Either.getOrThrow(decode(input()));
    expect(RegisterEntry.duplicateKey(a)).toBe(RegisterEntry.duplicateKey({ ...a, issuer: "VĂN PHÒNG Ủy ban nhân dân Tỉnh" }));
    expect(RegisterEntry.duplicateKey(a)).not.toBe(RegisterEntry.duplicateKey({ ...a, date: "2022-12-31" as never }));
    expect(RegisterEntry.duplicateKey({ ...a, number: null })).toBeNull();
  });
});
