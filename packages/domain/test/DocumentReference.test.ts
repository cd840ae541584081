import { Either, JSONSchema, Schema } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as DocumentReference from "../src/DocumentReference.js";

const parsed = (text: string): DocumentReference.DocumentReference => Either.getOrThrow(DocumentReference.parse(text));

const codesOf = (m: DocumentReference.ReferenceMention): ReadonlyArray<string> => m.problems.map((p) => p.code);

describe("DocumentReference.parse", () => {
  it("parses a plan with issuer and summary", () => {
    const text = "Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021 của Văn phòng Ủy ban nhân dân Tỉnh về cải cách hành chính năm 2022";
    expect(parsed(text)).toEqual({
      type: "KH",
      typeName: "Kế hoạch",
      number: 19,
      numberText: "19",
      year: null,
      symbol: "KH-VPUBND",
      issuerCode: "VPUBND",
      date: "2021-12-31",
      issuer: "Văn phòng Ủy ban nhân dân Tỉnh",
      summary: "cải cách hành chính năm 2022",
    });
    expect(DocumentReference.format(parsed(text))).toBe(text);
  });

  it("parses a công văn, whose symbol has no type abbreviation", () => {
    const r = parsed(
      "Công văn số 07/VPUBND-KSTTHC ngày 13 tháng 01 năm 2022 về việc phối hợp thực hiện nhiệm vụ cải cách hành chính năm 2022",
    );
    expect(r).toMatchObject({
      type: "CV",
      number: 7,
      numberText: "07",
      symbol: "VPUBND-KSTTHC",
      issuerCode: "VPUBND-KSTTHC",
      date: "2022-01-13",
      issuer: null,
      summary: "việc phối hợp thực hiện nhiệm vụ cải cách hành chính năm 2022",
    });
  });

  it("parses a decision of a unit of the committee", () => {
    expect(parsed("Quyết định số 191/QĐ-UBND-HC ngày 03 tháng 3 năm 2022 về Kế hoạch số hóa kết quả giải quyết TTHC")).toMatchObject({
      type: "QĐ",
      number: 191,
      symbol: "QĐ-UBND-HC",
      issuerCode: "UBND-HC",
      date: "2022-03-03",
      summary: "Kế hoạch số hóa kết quả giải quyết TTHC",
    });
  });

  it("parses a normative document's number/year/symbol", () => {
    const r = parsed("Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa");
    expect(r).toMatchObject({
      type: "NĐ",
      number: 61,
      year: 2018,
      symbol: "NĐ-CP",
      issuerCode: "CP",
      date: "2018-04-23",
      issuer: "Chính phủ",
    });
    expect(DocumentReference.formatNumberSymbol(r)).toBe("61/2018/NĐ-CP");
  });

  it("parses a short-form date and a resolution", () => {
    expect(parsed("Quyết định số 36/QĐ-VPUBND ngày 27/4/2022 của Văn phòng UBND Tỉnh")).toMatchObject({
      date: "2022-04-27",
      issuer: "Văn phòng UBND Tỉnh",
    });
    expect(parsed("Nghị quyết số 02/NQ-CP ngày 10 tháng 01 năm 2022")).toMatchObject({
      type: "NQ",
      number: 2,
      symbol: "NQ-CP",
      date: "2022-01-10",
    });
  });

  it("rejects texts that are not one reference", () => {
    const reason = (text: string) => {
      const r = DocumentReference.parse(text);
      return Either.isLeft(r) ? r.left.reason : null;
    };
    expect(reason("Kế hoạch số hóa kết quả")).toBe("type-unknown");
    expect(reason("Báo cáo số /BC-VPUBND ngày 10 tháng 6 năm 2022")).toBe("number-missing");
    expect(reason("Kế hoạch số 19 ngày 31 tháng 12 năm 2021")).toBe("symbol-missing");
    expect(reason("Kế hoạch số 19/KH-VPUBND ngày 31/2/2022")).toBe("date-invalid");
  });

  it("formats with a leading zero below 10 and Nghị định 30 dates", () => {
    expect(
      DocumentReference.format({
        type: "BC",
        number: 5,
        symbol: "BC-VPUBND",
        date: "2022-06-10" as never,
        summary: "công tác cải cách hành chính",
      }),
    ).toBe("Báo cáo số 05/BC-VPUBND ngày 10 tháng 6 năm 2022 về công tác cải cách hành chính");
    expect(DocumentReference.format(parsed("Quyết định số 36/QĐ-VPUBND ngày 27/4/2022"))).toBe(
      "Quyết định số 36/QĐ-VPUBND ngày 27 tháng 4 năm 2022",
    );
    expect(DocumentReference.format(parsed("Công văn số 7/VPUBND-KSTTHC ngày 8/1/2022"))).toBe(
      "Công văn số 07/VPUBND-KSTTHC ngày 08 tháng 01 năm 2022",
    );
  });

  it("reads the header number line", () => {
    expect(DocumentReference.parseNumberLine("Số: /BC-VPUBND")).toEqual({
      numberText: null,
      number: null,
      year: null,
      symbol: "BC-VPUBND",
      typeAbbreviation: "BC",
    });
    expect(DocumentReference.parseNumberLine("Số: 19/KH-VPUBND")).toMatchObject({ number: 19, typeAbbreviation: "KH" });
    expect(DocumentReference.parseNumberLine("Số: 07/VPUBND-KSTTHC")).toMatchObject({ number: 7, typeAbbreviation: null });
    expect(DocumentReference.parseNumberLine("BÁO CÁO")).toBeNull();
  });

  it("knows the type table of Nghị định 30/2020", () => {
    expect(DocumentReference.byName("Kế hoạch")?.abbreviation).toBe("KH");
    expect(DocumentReference.byName("quy định")?.abbreviation).toBe("QyĐ");
    expect(DocumentReference.byName("Tờ trình")?.abbreviation).toBe("TTr");
    expect(DocumentReference.byName("Bản thoả thuận")?.abbreviation).toBe("BTT");
    expect(DocumentReference.byName("Công văn")?.abbreviation).toBeNull();
    expect(DocumentReference.byName("Thư công")?.abbreviation).toBeNull();
    expect(DocumentReference.symbolMatchesType("KH", "KH-VPUBND")).toBe(true);
    expect(DocumentReference.symbolMatchesType("KH", "QĐ-UBND")).toBe(false);
    expect(DocumentReference.symbolMatchesType("CV", "VPUBND-KSTTHC")).toBe(true);
    expect(DocumentReference.symbolMatchesType("CV", "BC-VPUBND")).toBe(false);
  });
});

describe("DocumentReference.findAll", () => {
  it("finds references in prose, nested ones too, with their positions", () => {
    const text =
      "Kế hoạch triển khai Kế hoạch số 17/KH-UBND ngày 20 tháng 01 năm 2022 của Ủy ban nhân dân tỉnh Đồng Tháp về việc thực hiện Nghị quyết số 02/NQ-CP ngày 10 tháng 01 năm 2022 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu; Kế hoạch khắc phục.";
    const found = DocumentReference.findAll(text);
    expect(found.map((m) => m.reference?.symbol)).toEqual(["KH-UBND", "NQ-CP"]);
    expect(found[0]?.reference).toMatchObject({ issuer: "Ủy ban nhân dân tỉnh Đồng Tháp", date: "2022-01-20" });
    expect(found[1]?.reference).toMatchObject({ issuer: "Chính phủ", summary: "những nhiệm vụ" });
    for (const m of found) {
      expect(text.slice(m.index, m.index + m.length)).toBe(m.text);
      expect(codesOf(m)).toEqual([]);
    }
  });

  it("ends the issuer at a predicate", () => {
    const [m] = DocumentReference.findAll(
      "theo Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ thực hiện cơ chế một cửa, một cửa liên thông",
    );
    expect(m?.reference).toMatchObject({ issuer: "Chính phủ", summary: null });
    const [n] = DocumentReference.findAll("Công văn số 12/STC-NS ngày 02/3/2022 của Sở Tài chính đã hướng dẫn");
    expect(n?.reference?.issuer).toBe("Sở Tài chính");
  });

  it("reports missing parts, mismatched symbols and unpadded numbers", () => {
    const text =
      "Báo cáo số /BC-VPUBND; Kế hoạch số 5/QĐ-UBND ngày 10/01/2022 của Ủy ban nhân dân Tỉnh; Nghị định số 60/2021/NĐ-CP quy định cơ chế tự chủ; Kế hoạch số 21 ngày 31/2/2022 của Văn phòng; Công văn số 08/BC-UBND ngày 01/02/2022 của Ủy ban nhân dân Tỉnh; Kế hoạch số 09/KH ngày 01/02/2022 của Văn phòng.";
    const found = DocumentReference.findAll(text);
    expect(found.map((m) => [m.type, codesOf(m)])).toEqual([
      ["BC", ["number-missing", "date-missing", "issuer-missing"]],
      ["KH", ["number-not-padded", "symbol-type-mismatch"]],
      ["NĐ", ["date-missing", "issuer-missing"]],
      ["KH", ["symbol-missing", "date-invalid"]],
      ["CV", ["symbol-type-mismatch"]],
      ["KH", ["symbol-malformed"]],
    ]);
    expect(found[0]?.reference).toBeNull();
    expect(found[1]?.reference).toMatchObject({ number: 5, numberText: "5", symbol: "QĐ-UBND" });
  });

  it("ignores words that only look like references", () => {
    expect(DocumentReference.findAll("Kế hoạch số hóa kết quả; Đơn vị ban hành Kế hoạch và Thông báo tuyển dụng.")).toEqual([]);
  });
});

describe("DocumentRef schema", () => {
  const decode = Schema.decodeUnknownEither(DocumentReference.DocumentRef);
  const good = { type: "KH", number: 19, symbol: "KH-VPUBND", date: "2021-12-31", issuer: "Văn phòng Ủy ban nhân dân Tỉnh" };

  it("produces a JSON Schema for the OpenAPI document", () => {
    const json = JSON.stringify(JSONSchema.make(DocumentReference.DocumentRef));
    expect(json).toContain("KH-VPUBND");
    expect(json).toContain('"minimum":1');
  });

  it("accepts a valid reference", () => {
    expect(decode(good)).toEqual(Either.right(good));
    expect(Either.isRight(decode({ type: "NĐ", number: 61, year: 2018, symbol: "NĐ-CP", date: "2018-04-23" }))).toBe(true);
  });

  it("rejects invalid fields with Vietnamese messages", () => {
    const message = (input: unknown): string => {
      const r = decode(input);
      return Either.isLeft(r) ? r.left.message : "";
    };
    expect(message({ ...good, number: 0 })).toContain("Số văn bản phải là số nguyên từ 1 trở lên");
    expect(message({ ...good, symbol: "KH VPUBND" })).toContain("Ký hiệu văn bản không hợp lệ");
    expect(message({ ...good, symbol: "QĐ-VPUBND" })).toContain("không phù hợp với loại văn bản Kế hoạch");
    expect(message({ ...good, date: "2021-02-31" })).toContain("Ngày ban hành không hợp lệ");
    expect(message({ ...good, issuer: "  " })).toContain("Cơ quan ban hành không được để trống");
    expect(message({ ...good, type: "XX" })).toContain("Loại văn bản không hợp lệ");
  });
});

describe("DocumentReference format ∘ parse (generated references)", () => {
  // issuers and summaries as officials write them; the issuer must not contain " về "
  const issuers = ["Văn phòng Ủy ban nhân dân Tỉnh", "Sở Nội vụ", "Ủy ban nhân dân tỉnh Đồng Tháp", "Bộ Nội vụ", "Thủ tướng Chính phủ"];
  const summaries = ["cải cách hành chính năm 2022", "việc phối hợp thực hiện nhiệm vụ", "kiểm tra công tác cải cách hành chính"];
  const issuerCodes = ["VPUBND", "UBND", "SNV", "BNV", "VPUBND-KSTTHC", "TTg"];
  const arbReference = fc
    .record({
      type: fc.constantFrom(...DocumentReference.types.map((t) => t.code)),
      number: fc.integer({ min: 1, max: 9999 }),
      issuerCode: fc.constantFrom(...issuerCodes),
      normativeYear: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: null }),
      date: fc.option(
        fc
          .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        { nil: null },
      ),
      issuer: fc.option(fc.constantFrom(...issuers), { nil: null }),
      summary: fc.option(fc.constantFrom(...summaries), { nil: null }),
    })
    .map((r) => {
      const type = DocumentReference.byCode(r.type);
      return {
        type: r.type,
        number: r.number,
        year: r.normativeYear,
        symbol: type.abbreviation === null ? r.issuerCode : `${type.abbreviation}-${r.issuerCode}`,
        date: r.date as never,
        issuer: r.issuer,
        summary: r.summary,
      };
    });

  it("parses every formatted reference back to the same fields", () => {
    fc.assert(
      fc.property(arbReference, (ref) => {
        const text = DocumentReference.format(ref);
        const back = Either.getOrThrow(DocumentReference.parse(text));
        expect(back).toMatchObject({
          type: ref.type,
          number: ref.number,
          year: ref.year,
          symbol: ref.symbol,
          date: ref.date,
          issuer: ref.issuer,
          summary: ref.summary,
        });
        // and formatting the parsed reference gives the same text (a fixed point)
        expect(DocumentReference.format(back)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
