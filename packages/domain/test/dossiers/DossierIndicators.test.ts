import { describe, expect, it } from "@effect/vitest";
import { serviceIndicators, toIndicatorValues } from "../../src/dossiers/DossierIndicators.js";
import { type Cell, emptyCell, fromCells, violations } from "../../src/dossiers/DossierStats.js";
import type { LocalDate } from "../../src/LocalDate.js";

// The seed's block for 2022-H1 (Đồng Tháp), laid into two cells that add up to it.
const seedCells: ReadonlyArray<Cell> = [
  {
    level: "province",
    channel: "online-full",
    counts: { ...emptyCell, carriedOver: 0, newReceived: 60_705, early: 55_000, onTime: 5_000, late: 705, newDigitised: 30_000 },
  },
  {
    level: "commune",
    channel: "in-person",
    counts: {
      ...emptyCell,
      carriedOver: 14_070,
      newReceived: 260_670,
      early: 265_055 - 55_000,
      onTime: 34_539 - 5_000,
      late: 6_139 - 705,
      pendingWithin: 27_781,
      pendingOverdue: 1_931,
    },
  },
];
const stats = fromCells("DT", { start: "2021-12-15" as LocalDate, end: "2022-06-14" as LocalDate }, seedCells);

describe("DossierIndicators", () => {
  it("reproduces the seed's dossier figures as indicator values", () => {
    const values = toIndicatorValues(stats);
    const get = (indicator: string, disaggregation = "") =>
      values.find((v) => v.indicator === indicator && v.disaggregation === disaggregation)?.value;
    expect(violations(stats.total)).toEqual([]);
    expect(get("tthc.hoso.tiepnhan")).toBe(335_445);
    expect(get("tthc.hoso.tiepnhanmoi")).toBe(321_375);
    expect(get("tthc.hoso.tiepnhanmoi", "channel=online")).toBe(60_705);
    expect(get("tthc.hoso.tiepnhanmoi", "channel=offline")).toBe(260_670);
    expect(get("tthc.hoso.tonkytruoc")).toBe(14_070);
    expect(get("tthc.hoso.dagiaiquyet")).toBe(305_733);
    expect(get("tthc.hoso.dagiaiquyet", "timeliness=early")).toBe(265_055);
    expect(get("tthc.hoso.dagiaiquyet", "timeliness=on-time")).toBe(34_539);
    expect(get("tthc.hoso.dagiaiquyet", "timeliness=late")).toBe(6_139);
    expect(get("tthc.hoso.danggiaiquyet", "pending=within")).toBe(27_781);
    expect(get("tthc.hoso.danggiaiquyet", "pending=overdue")).toBe(1_931);
    expect(get("tthc.hoso.tiepnhanmoi", "channel=online;level=province")).toBe(60_705);
    expect(get("tthc.hoso.trave")).toBe(0);
  });

  it("states each service rate with its numerator and denominator", () => {
    const rates = serviceIndicators(stats.total);
    const onTime = rates.find((r) => r.code === "tthc.hoso.dunghan.tyle");
    expect(onTime).toMatchObject({ numerator: 299_594, denominator: 305_733, value: 98 });
    expect(onTime?.denominatorVi).toBe("Tổng số hồ sơ đã giải quyết trong kỳ");
    expect(rates.find((r) => r.code === "tthc.hoso.tructuyen.tyle")?.value).toBe(18.9);
    expect(rates.find((r) => r.code === "tthc.hoso.sohoa.tyle")).toMatchObject({ numerator: 30_000, denominator: 321_375 });
    expect(serviceIndicators(fromCells("DT", stats.window, []).total).every((r) => r.value === null)).toBe(true);
  });
});
