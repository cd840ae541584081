import { describe, expect, it } from "@effect/vitest";
import { Either } from "effect";
import * as Catalogue from "../../src/indicators/Catalogue.js";

const raw = () => structuredClone(Catalogue.shipped[2022]) as any;

describe("Catalogue", () => {
  it("decodes the shipped 2022 catalogue and keeps the contract codes", () => {
    const c = Catalogue.shippedFor(2022);
    expect(c?.year).toBe(2022);
    const codes = c?.indicators.map((i) => i.code) ?? [];
    for (const code of [
      "chidao.nhiemvu.cp.giao",
      "chidao.nhiemvu.ubnd.giao",
      "chidao.kiemtra.dotkiemtra",
      "tthc.quyetdinh.congbo",
      "tthc.thutuc.congbo",
      "tthc.thutuc.tong",
      "tthc.hoso.tiepnhan",
      "tthc.hoso.tiepnhanmoi",
      "tthc.hoso.tonkytruoc",
      "tthc.hoso.dagiaiquyet",
      "tthc.hoso.danggiaiquyet",
      "tthc.hoso.trave",
      "tthc.pakn.tiepnhan",
      "tthc.pakn.dagiaiquyet",
      "bomay.bienche.congchuc",
      "bomay.bienche.vienchuc",
      "congvu.nangngach.dexuat",
      "congvu.bonhiem",
      "congvu.daotao.luot",
      "congvu.vipham",
      "taichinh.kinhphi.giao",
      "taichinh.kinhphi.cclgiulai",
      "taichinh.kinhphi.dasudung",
      "taichinh.dautu.tongmuc",
      "taichinh.dautu.botri",
      "taichinh.dautu.kehoachnamtruoc",
      "taichinh.dautu.kehoachnam",
      "taichinh.dautu.giaingan",
      "taichinh.dautu.conlai",
      "cqs.hoinghitruyenhinh.xa",
    ])
      expect(codes).toContain(code);
    const rates = c?.rates.map((r) => `${r.code}|${r.disaggregation}`) ?? [];
    expect(rates).toEqual(
      expect.arrayContaining([
        "chidao.nhiemvu.trienkhai.tyle|",
        "tthc.pakn.tyle|",
        "tthc.hoso.dunghan.tyle|",
        "tthc.hoso.tructuyen.tyle|",
        "taichinh.kinhphi.tyle|autonomy=autonomous",
        "taichinh.kinhphi.tyle|autonomy=non-autonomous",
        "taichinh.dautu.giaingan.tyle|",
      ]),
    );
  });

  it("marks stocks as last-value over time and flows as sums", () => {
    const c = Catalogue.shippedFor(2022);
    const by = (code: string) => c?.indicators.find((i) => i.code === code);
    expect(by("bomay.bienche.congchuc")?.timeAggregation).toBe("last");
    expect(by("tthc.thutuc.tong")?.timeAggregation).toBe("last");
    expect(by("tthc.hoso.tiepnhan")?.timeAggregation).toBe("sum");
    expect(by("taichinh.kinhphi.giao")?.valueType).toBe("money");
    expect(by("tthc.hoso.tiepnhanmoi")?.dimensions).toEqual(["channel"]);
  });

  it("refuses duplicate codes, unknown references and broken expressions, naming the place", () => {
    const dup = raw();
    dup.indicators.push(dup.indicators[0]);
    expect(Either.isLeft(Catalogue.decode(dup))).toBe(true);

    const unknown = raw();
    unknown.rules[0].left = "#{khong.co}";
    const e1 = Catalogue.decode(unknown);
    expect(Either.isLeft(e1) && e1.left.message).toContain("khong.co");

    const broken = raw();
    broken.rates[0].numerator = "#{tthc.pakn.tiepnhan";
    const e2 = Catalogue.decode(broken);
    expect(Either.isLeft(e2) && e2.left.message).toContain("thiếu dấu");

    const badDim = raw();
    badDim.rules[0].right = "#{tthc.pakn.tiepnhan[channel=online]}";
    expect(Either.isLeft(Catalogue.decode(badDim))).toBe(true);
  });

  it("picks the catalogue year that applies to a period", () => {
    expect(Catalogue.applicableYear([2022, 2024], 2023)).toBe(2022);
    expect(Catalogue.applicableYear([2022, 2024], 2025)).toBe(2024);
    expect(Catalogue.applicableYear([2022], 2020)).toBe(2022);
    expect(Catalogue.applicableYear([], 2020)).toBeUndefined();
  });
});
