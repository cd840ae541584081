/**
 * Dossier statistics as indicator values (the fixed codes `tthc.hoso.*`) and the service
 * indicators of Quyết định 766/QĐ-TTg that records determine, each with its formula as data so
 * every rate shown says what it divides by (domain.md §3).
 */
import { computeRate } from "../VnRate.js";
import { levels, type ProcedureLevel } from "./DossierRecord.js";
import type { DossierBlock, DossierStats } from "./DossierStats.js";

/** One computed value, keyed as the value repository keys it (unit and period set by the caller). */
export interface IndicatorValue {
  readonly indicator: string;
  /** "" for the total, else `dimension=option` pairs joined by ";" in dimension-name order. */
  readonly disaggregation: string;
  readonly value: number;
}

const disaggregation = (pairs: ReadonlyArray<readonly [string, string]>): string =>
  [...pairs]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([d, o]) => `${d}=${o}`)
    .join(";");

const blockValues = (b: DossierBlock, base: ReadonlyArray<readonly [string, string]>): IndicatorValue[] => {
  const v = (indicator: string, value: number, extra: ReadonlyArray<readonly [string, string]> = []): IndicatorValue => ({
    indicator,
    disaggregation: disaggregation([...base, ...extra]),
    value,
  });
  return [
    v("tthc.hoso.tiepnhan", b.received),
    v("tthc.hoso.tiepnhanmoi", b.newReceived),
    v("tthc.hoso.tiepnhanmoi", b.newByGroup.online, [["channel", "online"]]),
    v("tthc.hoso.tiepnhanmoi", b.newByGroup.offline, [["channel", "offline"]]),
    v("tthc.hoso.tonkytruoc", b.carriedOver),
    v("tthc.hoso.dagiaiquyet", b.resolved),
    v("tthc.hoso.dagiaiquyet", b.resolvedByTimeliness.early, [["timeliness", "early"]]),
    v("tthc.hoso.dagiaiquyet", b.resolvedByTimeliness["on-time"], [["timeliness", "on-time"]]),
    v("tthc.hoso.dagiaiquyet", b.resolvedByTimeliness.late, [["timeliness", "late"]]),
    v("tthc.hoso.danggiaiquyet", b.pending),
    v("tthc.hoso.danggiaiquyet", b.pendingByState.within, [["pending", "within"]]),
    v("tthc.hoso.danggiaiquyet", b.pendingByState.overdue, [["pending", "overdue"]]),
    v("tthc.hoso.trave", b.returned + b.withdrawn + b.rejected),
  ];
};

/**
 * The statistics as indicator values: the totals with their channel / timeliness / pending parts,
 * and the same per procedure level (`level=…`, combined as `channel=online;level=commune`).
 * `tthc.hoso.trave` counts returned, withdrawn and rejected dossiers together.
 */
export const toIndicatorValues = (stats: DossierStats): ReadonlyArray<IndicatorValue> => [
  ...blockValues(stats.total, []),
  ...levels.flatMap((l: ProcedureLevel) => blockValues(stats.byLevel[l], [["level", l]])),
];

/** A rate of the service index with its formula stated as data. */
export interface ServiceIndicator {
  readonly code: string;
  readonly nameVi: string;
  /** The QĐ 766 component it feeds. */
  readonly componentVi: string;
  readonly numeratorVi: string;
  readonly denominatorVi: string;
  readonly numerator: number;
  readonly denominator: number;
  /** Percent, half-up at one decimal; null when the denominator is zero. */
  readonly value: number | null;
}

interface Definition {
  readonly code: string;
  readonly nameVi: string;
  readonly componentVi: string;
  readonly numeratorVi: string;
  readonly denominatorVi: string;
  readonly numerator: (b: DossierBlock) => number;
  readonly denominator: (b: DossierBlock) => number;
}

/** The two denominators the rates divide by, each with its wording. */
const ofNewReceived = {
  denominatorVi: "Tổng số hồ sơ tiếp nhận mới trong kỳ",
  denominator: (b: DossierBlock) => b.newReceived,
} as const;
const ofResolved = {
  denominatorVi: "Tổng số hồ sơ đã giải quyết trong kỳ",
  denominator: (b: DossierBlock) => b.resolved,
} as const;

/** The record-determined rates of Quyết định 766/QĐ-TTg, as definitions. */
export const serviceIndicatorDefinitions: ReadonlyArray<Definition> = [
  {
    code: "tthc.hoso.dunghan.tyle",
    nameVi: "Tỷ lệ hồ sơ giải quyết đúng hạn",
    componentVi: "Tiến độ, kết quả giải quyết",
    numeratorVi: "Số hồ sơ đã giải quyết trước hạn và đúng hạn trong kỳ",
    numerator: (b) => b.resolvedByTimeliness.early + b.resolvedByTimeliness["on-time"],
    ...ofResolved,
  },
  {
    code: "tthc.hoso.tructuyen.tyle",
    nameVi: "Tỷ lệ hồ sơ tiếp nhận trực tuyến",
    componentVi: "Cung cấp dịch vụ trực tuyến",
    numeratorVi: "Số hồ sơ tiếp nhận mới trực tuyến (toàn trình và một phần)",
    numerator: (b) => b.newByGroup.online,
    ...ofNewReceived,
  },
  {
    code: "tthc.hoso.toantrinh.tyle",
    nameVi: "Tỷ lệ hồ sơ trực tuyến toàn trình",
    componentVi: "Cung cấp dịch vụ trực tuyến",
    numeratorVi: "Số hồ sơ tiếp nhận mới trực tuyến toàn trình",
    numerator: (b) => b.newByChannel["online-full"],
    ...ofNewReceived,
  },
  {
    code: "tthc.hoso.sohoa.tyle",
    nameVi: "Tỷ lệ số hóa hồ sơ",
    componentVi: "Số hóa hồ sơ",
    numeratorVi: "Số hồ sơ tiếp nhận mới được số hóa",
    numerator: (b) => b.newDigitised,
    ...ofNewReceived,
  },
  {
    code: "tthc.hoso.sohoaketqua.tyle",
    nameVi: "Tỷ lệ số hóa kết quả giải quyết",
    componentVi: "Số hóa hồ sơ",
    numeratorVi: "Số hồ sơ đã giải quyết có kết quả được số hóa",
    numerator: (b) => b.resolvedResultDigitised,
    ...ofResolved,
  },
  {
    code: "tthc.hoso.thanhtoan.tyle",
    nameVi: "Tỷ lệ hồ sơ thanh toán trực tuyến",
    componentVi: "Cung cấp dịch vụ trực tuyến",
    numeratorVi: "Số hồ sơ tiếp nhận mới có thanh toán trực tuyến",
    numerator: (b) => b.newPaidOnline,
    ...ofNewReceived,
    denominatorVi: "Tổng số hồ sơ tiếp nhận mới trong kỳ (bản ghi không cho biết hồ sơ nào phải nộp phí)",
  },
];

/** The service indicators of a block, each with numerator, denominator and their wording. */
export const serviceIndicators = (b: DossierBlock): ReadonlyArray<ServiceIndicator> =>
  serviceIndicatorDefinitions.map((d) => {
    const numerator = d.numerator(b);
    const denominator = d.denominator(b);
    return {
      code: d.code,
      nameVi: d.nameVi,
      componentVi: d.componentVi,
      numeratorVi: d.numeratorVi,
      denominatorVi: d.denominatorVi,
      numerator,
      denominator,
      value: computeRate(numerator, denominator, 1),
    };
  });
