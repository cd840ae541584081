/**
 * Every figure of the seed report as indicator values for 2022-H1: the Office's own results
 * (DT.VPUBND) and the province's results it reports (DT). Figures are stored as the report states
 * them, defects included, so that validation finds them: the province "có 4 nhiệm vụ … trong đó
 * có 35 … 9 …" keeps 4 as the total and 35 / 9 / 0 as its parts (no set of task records can be 4
 * and 44 at once, so the stated counts are values, not derived from records). Stated rates are
 * claims, compared with the rates computed from the counts (49,5% stated, 49,4% computed).
 */
import { IndicatorCode } from "@cchc/domain/indicators/Indicator";
import type { RateClaim } from "@cchc/domain/indicators/Rate";
import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";

/** A demo value. */
export interface SeedValue {
  readonly unit: UnitCode;
  readonly indicator: string;
  readonly disaggregation: string;
  readonly value: number;
  readonly comment: string | null;
  /** The day the figure stands at when the report states one ("đến ngày 09/6/2022"). */
  readonly asOf?: string;
}

/** The period of the seed report. */
export const SEED_PERIOD = PeriodCode.make("2022-H1");

const v = (unit: UnitCode, indicator: string, value: number, disaggregation = "", comment: string | null = null): SeedValue => ({
  unit,
  indicator,
  disaggregation,
  value,
  comment,
});
const DT = UnitCode.make("DT");
const VP = UnitCode.make("DT.VPUBND");
const ASOF = "Số liệu đến ngày 09/6/2022.";
/** The day the seed's budget and disbursement figures stand at. */
const ASOF_DAY = "2022-06-09";
const at = (x: SeedValue): SeedValue => ({ ...x, asOf: ASOF_DAY });

/** The seed's figures (the plan's task counts are computed from the tasks by the plan step). */
export const seedValues: ReadonlyArray<SeedValue> = [
  // I.2 — tasks from the Government and the Prime Minister (the province)
  v(DT, "chidao.nhiemvu.cp.giao", 4, "", 'Như báo cáo nêu: "Tỉnh có 4 nhiệm vụ"; các phần 35 + 9 + 0 = 44 không khớp.'),
  v(DT, "chidao.nhiemvu.cp.giao", 35, "status=done", "giải quyết đúng hạn và trước hạn"),
  v(DT, "chidao.nhiemvu.cp.giao", 9, "status=not-due", "chưa tới hạn giải quyết"),
  v(DT, "chidao.nhiemvu.cp.giao", 0, "status=late", "không có nhiệm vụ trễ hạn"),
  // II.2 — procedures and dossiers (the province)
  v(DT, "tthc.quyetdinh.congbo", 7),
  v(DT, "tthc.thutuc.congbo", 1788),
  v(DT, "tthc.thutuc.tong", 1788, "", "Tính đến thời điểm báo cáo."),
  v(DT, "tthc.thutuc.tong", 1374, "level=province"),
  v(DT, "tthc.thutuc.tong", 262, "level=district"),
  v(DT, "tthc.thutuc.tong", 152, "level=commune"),
  v(DT, "tthc.motcua.capketnoi", 3, "", "Kết nối hệ thống thông tin điện tử 03 cấp chính quyền."),
  v(DT, "tthc.hoso.tiepnhan", 335445),
  v(DT, "tthc.hoso.tiepnhanmoi", 321375),
  v(DT, "tthc.hoso.tiepnhanmoi", 60705, "channel=online"),
  v(DT, "tthc.hoso.tiepnhanmoi", 260670, "channel=offline"),
  v(DT, "tthc.hoso.tonkytruoc", 14070),
  v(DT, "tthc.hoso.dagiaiquyet", 305733),
  v(DT, "tthc.hoso.dagiaiquyet", 265055, "timeliness=early"),
  v(DT, "tthc.hoso.dagiaiquyet", 34539, "timeliness=on-time"),
  v(DT, "tthc.hoso.dagiaiquyet", 6139, "timeliness=late"),
  v(DT, "tthc.hoso.danggiaiquyet", 29712),
  v(DT, "tthc.hoso.danggiaiquyet", 27781, "pending=within"),
  v(DT, "tthc.hoso.danggiaiquyet", 1931, "pending=overdue"),
  v(DT, "tthc.pakn.tiepnhan", 137, "", "Trực tiếp hoặc do cơ quan có thẩm quyền chuyển đến."),
  v(DT, "tthc.pakn.dagiaiquyet", 135),
  // I.1 — direction (the Office)
  v(VP, "chidao.nhiemvu.ubnd.giao", 0, "", "Không có nhiệm vụ được UBND Tỉnh, Chủ tịch UBND Tỉnh giao."),
  v(VP, "chidao.kiemtra.dotkiemtra", 1, "", "Kiểm tra nội bộ theo Kế hoạch số 20/KH-VPUBND."),
  v(VP, "chidao.mohinh.moi", 3, "", "Ba mô hình mới trong cải cách TTHC của Tỉnh do Văn phòng tham mưu."),
  // II.3 — apparatus
  v(VP, "bomay.bienche.congchuc", 59),
  v(VP, "bomay.bienche.vienchuc", 15),
  // II.4 — civil service
  v(VP, "congvu.nangngach.dexuat", 1, "", "Từ ngạch chuyên viên lên ngạch chuyên viên chính."),
  v(VP, "congvu.bonhiem", 0, "", "Không có."),
  v(VP, "congvu.daotao.luot", 13, "", "3 + 1 + 3 + 5 + 1 qua 5 lớp bồi dưỡng."),
  v(VP, "congvu.vipham", 0, "", "Chưa phát hiện trường hợp vi phạm."),
  v(VP, "congvu.thuhut.chinhsach", 0, "", "Không có."),
  // II.5 — public finance
  v(VP, "taichinh.kinhphi.giao", 19_961_000_000, "", "Kinh phí quản lý hành chính năm 2022."),
  v(VP, "taichinh.kinhphi.giao", 9_961_000_000, "autonomy=autonomous"),
  v(VP, "taichinh.kinhphi.giao", 10_000_000_000, "autonomy=non-autonomous"),
  v(VP, "taichinh.kinhphi.cclgiulai", 177_000_000),
  at(v(VP, "taichinh.kinhphi.dasudung", 4_923_692_615, "autonomy=autonomous", ASOF)),
  at(v(VP, "taichinh.kinhphi.dasudung", 4_658_798_648, "autonomy=non-autonomous", ASOF)),
  v(VP, "taichinh.dautu.tongmuc", 14_294_877_000, "", "Dự án: Kho lưu trữ, nhà xe, nhà Đội Cảnh vệ Ủy ban nhân dân Tỉnh."),
  v(VP, "taichinh.dautu.botri", 12_500_000_000),
  v(VP, "taichinh.dautu.kehoachnamtruoc", 3_500_000_000, "", "Kế hoạch vốn năm 2021, giải ngân đạt 100%."),
  v(
    VP,
    "taichinh.dautu.giaingannamtruoc",
    3_500_000_000,
    "",
    "Báo cáo nêu: kế hoạch vốn năm 2021 (3.500.000.000 đồng) giải ngân vốn đạt 100%.",
  ),
  v(VP, "taichinh.dautu.kehoachnam", 9_000_000_000, "", "Kế hoạch vốn năm 2022 (đang thực hiện)."),
  at(v(VP, "taichinh.dautu.giaingan", 5_789_358_000, "", ASOF)),
  v(VP, "taichinh.dautu.conlai", 3_210_642_000),
  v(VP, "taichinh.kiennghi.thanhtra", 0, "", "Không có."),
  // II.6 — e-government
  v(VP, "cqs.hoinghitruyenhinh.xa", 143, "", "Kết nối từ Tỉnh đến các huyện, thành phố và 143 xã, phường, thị trấn."),
];

const claim = (
  rate: string,
  stated: number,
  text: string,
  disaggregation = "",
  qualifier: RateClaim["qualifier"] = "exact",
  decimals = 1,
): RateClaim => ({
  rate: IndicatorCode.make(rate),
  disaggregation,
  stated,
  decimals,
  qualifier,
  text,
});

/** Rates the report states, by unit. */
export const seedClaims: ReadonlyArray<{ readonly unit: UnitCode; readonly claim: RateClaim }> = [
  {
    unit: VP,
    claim: claim(
      "chidao.nhiemvu.trienkhai.tyle",
      66.7,
      "đến nay trên 66,7% các nhiệm vụ đã được triển khai thực hiện tại đơn vị",
      "",
      "at-least",
    ),
  },
  { unit: DT, claim: claim("tthc.pakn.tyle", 98.5, "Tỷ lệ giải quyết phản ánh, kiến nghị (PAKN) về quy định TTHC 98,5%") },
  { unit: DT, claim: claim("tthc.kyso.tyle", 100, "đảm bảo 100% TTHC có kết quả đầu ra được cấu hình ký số", "", "exact", 0) },
  { unit: DT, claim: claim("cqs.chungthuso.lanhdao.tyle", 100, "Hoàn thành cung cấp chứng thư số cho 100% lãnh đạo", "", "exact", 0) },
  {
    unit: VP,
    claim: claim("taichinh.kinhphi.tyle", 49.5, "Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 49,5%.", "autonomy=autonomous"),
  },
  {
    unit: VP,
    claim: claim(
      "taichinh.kinhphi.tyle",
      46.6,
      "Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 46,6%.",
      "autonomy=non-autonomous",
    ),
  },
  {
    unit: VP,
    claim: claim("taichinh.dautu.giaingan.tyle", 64.3, "Nguồn vốn đã giải ngân đến ngày 09/6/2022: 5.789.358.000 đồng, đạt tỷ lệ: 64,3%."),
  },
  {
    unit: VP,
    claim: claim(
      "taichinh.dautu.giaingannamtruoc.tyle",
      100,
      "Kế hoạch vốn đã cấp năm 2021 là: 3.500.000.000 đồng (Giải ngân vốn đạt 100%)",
      "",
      "exact",
      0,
    ),
  },
];
