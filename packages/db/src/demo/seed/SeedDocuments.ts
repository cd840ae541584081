/**
 * Every document the seed report cites, as register entries of the Office (DT.VPUBND): what it
 * issued, and what it received or implements (provincial plans, Government decrees). `key` links
 * parents and evidence within the demo; `reportedIn` marks documents the report gives as work of
 * the period (their dates must lie inside it). Summaries are the report's words; where the report
 * names a document only by number (Công văn 13/VPUBND-HCQT) the summary is reconstructed from its context.
 */
import type { RegisterEntryInput } from "@cchc/domain/documents/RegisterEntry";
import { LocalDate } from "@cchc/domain/LocalDate";
import { PeriodCode } from "@cchc/domain/Period";
import { Schema } from "effect";

/** A demo document with its local key and its parent's key. */
export interface SeedDocument extends Omit<RegisterEntryInput, "parentId"> {
  readonly key: string;
  readonly parentKey: string | null;
}

// Dates and periods are written as text: decoded, so a typo fails at load.
const day = Schema.decodeSync(LocalDate);
const periodOrNull = Schema.decodeSync(Schema.NullOr(PeriodCode));

const VP = "Văn phòng Ủy ban nhân dân Tỉnh";
const UBND = "Ủy ban nhân dân tỉnh Đồng Tháp";
const CP = "Chính phủ";

const doc = (
  key: string,
  type: RegisterEntryInput["type"],
  number: number | null,
  symbol: string,
  date: string,
  issuer: string,
  summary: string,
  parentKey: string | null = null,
  reportedIn: string | null = null,
  year: number | null = null,
): SeedDocument => ({
  key,
  unit: "DT.VPUBND",
  direction: issuer === VP ? "issued" : "received",
  type,
  number,
  year,
  symbol,
  date: day(date),
  issuer,
  summary,
  parentKey,
  reportedIn: periodOrNull(reportedIn),
});

/** The seed's documents, parents first. */
export const seedDocuments: ReadonlyArray<SeedDocument> = [
  doc("nd09", "NĐ", 9, "NĐ-CP", "2019-01-24", CP, "quy định chế độ báo cáo của cơ quan hành chính nhà nước", null, null, 2019),
  doc(
    "nd61",
    "NĐ",
    61,
    "NĐ-CP",
    "2018-04-23",
    CP,
    "thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
    null,
    null,
    2018,
  ),
  doc("nd45", "NĐ", 45, "NĐ-CP", "2020-04-08", CP, "thực hiện thủ tục hành chính trên môi trường điện tử", null, null, 2020),
  doc("nd60", "NĐ", 60, "NĐ-CP", "2021-06-21", CP, "quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập", null, null, 2021),
  doc(
    "qd468",
    "QĐ",
    468,
    "QĐ-TTg",
    "2021-03-27",
    "Thủ tướng Chính phủ",
    "phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
  ),
  doc(
    "nq02",
    "NQ",
    2,
    "NQ-CP",
    "2022-01-10",
    CP,
    "những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2022",
  ),
  doc("kh367", "KH", 367, "KH-UBND", "2021-12-25", UBND, "cải cách hành chính tỉnh Đồng Tháp năm 2022"),
  doc("kh377", "KH", 377, "KH-UBND", "2021-12-25", UBND, "việc kiểm tra công tác cải cách hành chính năm 2022"),
  doc("kh19", "KH", 19, "KH-VPUBND", "2021-12-31", VP, "cải cách hành chính năm 2022", "kh367", "2022-H1"),
  doc(
    "kh20",
    "KH",
    20,
    "KH-VPUBND",
    "2021-12-31",
    VP,
    "việc tự kiểm tra công tác cải cách hành chính năm 2022 của Văn phòng",
    "kh377",
    "2022-H1",
  ),
  doc("kh06", "KH", 6, "KH-UBND-HC", "2022-01-10", UBND, "việc rà soát, đánh giá thủ tục hành chính năm 2022", null, "2022-H1"),
  doc(
    "cv07",
    "CV",
    7,
    "VPUBND-KSTTHC",
    "2022-01-13",
    VP,
    "việc phối hợp thực hiện nhiệm vụ cải cách hành chính năm 2022",
    "kh19",
    "2022-H1",
  ),
  doc(
    "kh17",
    "KH",
    17,
    "KH-UBND",
    "2022-01-20",
    UBND,
    "việc thực hiện Nghị quyết số 02/NQ-CP ngày 10 tháng 01 năm 2022 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2022",
    "nq02",
  ),
  doc("kh04", "KH", 4, "KH-VPUBND", "2022-01-27", VP, "chuyển đổi vị trí công tác", null, "2022-H1"),
  doc(
    "cv13",
    "CV",
    13,
    "VPUBND-HCQT",
    "2022-02-09",
    VP,
    "việc báo cáo kết quả thực hiện cơ chế tự chủ năm 2021 của các đơn vị hành chính, sự nghiệp trên địa bàn tỉnh",
    null,
    "2022-H1",
  ),
  doc(
    "cv22",
    "CV",
    22,
    "VPUBND-KSTTHC",
    "2022-02-28",
    VP,
    "triển khai thực hiện báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính định kỳ",
    "kh19",
    "2022-H1",
  ),
  doc(
    "qd191",
    "QĐ",
    191,
    "QĐ-UBND-HC",
    "2022-03-03",
    UBND,
    "Kế hoạch số hóa kết quả giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã trên địa bàn tỉnh Đồng Tháp giai đoạn 2021 - 2025",
    "qd468",
    "2022-H1",
  ),
  doc(
    "cv38",
    "CV",
    38,
    "VPUBND-KSTTHC",
    "2022-04-08",
    VP,
    "thông báo thời gian kiểm tra nội bộ công tác cải cách hành chính tại Văn phòng năm 2022",
    "kh20",
    "2022-H1",
  ),
  doc(
    "qd36",
    "QĐ",
    36,
    "QĐ-VPUBND",
    "2022-04-27",
    VP,
    "việc ban hành quy chế quản lý và sử dụng tài sản công của Văn phòng UBND Tỉnh",
    null,
    "2022-H1",
  ),
  doc("bc-6t", "BC", null, "BC-VPUBND", "2022-06-10", VP, "Công tác cải cách hành chính 6 tháng đầu năm 2022", "nd09"),
];
