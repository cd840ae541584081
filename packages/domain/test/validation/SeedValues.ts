/**
 * The seed report's figures as keyed values (DT and DT.VPUBND together, since rules look at one
 * key space), with the Government-task total made consistent (44) so that every rule passes;
 * tests break one figure at a time.
 */
import type { KeyedValue } from "../../src/indicators/Value.js";

const v = (indicator: string, value: number, disaggregation = ""): KeyedValue => ({ indicator, disaggregation, value });

/** Consistent figures: every shipped rule passes on them. */
export const consistent: ReadonlyArray<KeyedValue> = [
  v("chidao.kehoach.nhiemvu", 12),
  v("chidao.kehoach.nhiemvu.trienkhai", 8),
  v("chidao.nhiemvu.cp.giao", 44),
  v("chidao.nhiemvu.cp.giao", 35, "status=done"),
  v("chidao.nhiemvu.cp.giao", 9, "status=not-due"),
  v("chidao.nhiemvu.cp.giao", 0, "status=late"),
  v("chidao.nhiemvu.ubnd.giao", 0),
  v("tthc.quyetdinh.congbo", 7),
  v("tthc.thutuc.congbo", 1788),
  v("tthc.thutuc.tong", 1788),
  v("tthc.thutuc.tong", 1374, "level=province"),
  v("tthc.thutuc.tong", 262, "level=district"),
  v("tthc.thutuc.tong", 152, "level=commune"),
  v("tthc.hoso.tiepnhan", 335445),
  v("tthc.hoso.tiepnhanmoi", 321375),
  v("tthc.hoso.tiepnhanmoi", 60705, "channel=online"),
  v("tthc.hoso.tiepnhanmoi", 260670, "channel=offline"),
  v("tthc.hoso.tonkytruoc", 14070),
  v("tthc.hoso.dagiaiquyet", 305733),
  v("tthc.hoso.dagiaiquyet", 265055, "timeliness=early"),
  v("tthc.hoso.dagiaiquyet", 34539, "timeliness=on-time"),
  v("tthc.hoso.dagiaiquyet", 6139, "timeliness=late"),
  v("tthc.hoso.danggiaiquyet", 29712),
  v("tthc.hoso.danggiaiquyet", 27781, "pending=within"),
  v("tthc.hoso.danggiaiquyet", 1931, "pending=overdue"),
  v("tthc.pakn.tiepnhan", 137),
  v("tthc.pakn.dagiaiquyet", 135),
  v("taichinh.kinhphi.giao", 19_961_000_000),
  v("taichinh.kinhphi.giao", 9_961_000_000, "autonomy=autonomous"),
  v("taichinh.kinhphi.giao", 10_000_000_000, "autonomy=non-autonomous"),
  v("taichinh.kinhphi.cclgiulai", 177_000_000),
  v("taichinh.kinhphi.dasudung", 4_923_692_615, "autonomy=autonomous"),
  v("taichinh.kinhphi.dasudung", 4_658_798_648, "autonomy=non-autonomous"),
  v("taichinh.dautu.tongmuc", 14_294_877_000),
  v("taichinh.dautu.botri", 12_500_000_000),
  v("taichinh.dautu.kehoachnamtruoc", 3_500_000_000),
  v("taichinh.dautu.kehoachnam", 9_000_000_000),
  v("taichinh.dautu.giaingan", 5_789_358_000),
  v("taichinh.dautu.conlai", 3_210_642_000),
];

/** The figures as the seed states them: 4 Government tasks against 35 + 9 + 0. */
export const asStated: ReadonlyArray<KeyedValue> = consistent.map((x) =>
  x.indicator === "chidao.nhiemvu.cp.giao" && x.disaggregation === "" ? { ...x, value: 4 } : x,
);

/** Replaces (or adds) one value. */
export const withValue = (
  values: ReadonlyArray<KeyedValue>,
  indicator: string,
  disaggregation: string,
  value: number,
): ReadonlyArray<KeyedValue> => [
  ...values.filter((x) => !(x.indicator === indicator && x.disaggregation === disaggregation)),
  { indicator, disaggregation, value },
];

/** Removes one value. */
export const without = (values: ReadonlyArray<KeyedValue>, indicator: string, disaggregation = ""): ReadonlyArray<KeyedValue> =>
  values.filter((x) => !(x.indicator === indicator && x.disaggregation === disaggregation));
