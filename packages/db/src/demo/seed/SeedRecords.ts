/**
 * The seed's inspection and activities for DT.VPUBND, 2022-H1. The inspection keeps the date as
 * written ("Ngày 28 tháng 4 năm 2024" in a report of the first half of 2022): validation reports it.
 */

import type { AreaCode } from "@cchc/domain/Area";
import type { ActivityKind } from "@cchc/domain/activities/Activity";
import type { DateRole } from "@cchc/domain/validation/DatedEvent";

const DIRECTION: AreaCode = "direction";

/** The inspection of the Office's divisions. */
export const seedInspection = {
  unit: "DT.VPUBND",
  period: "2022-H1",
  area: DIRECTION,
  planKey: "kh20",
  noticeKey: "cv38",
  team: "Tổ Kiểm tra của Văn phòng",
  leadName: "Huỳnh Thanh Sơn",
  leadTitle: "Phó Chánh Văn phòng Ủy ban nhân dân Tỉnh",
  heldOn: "2024-04-28",
  dateText: "Ngày 28 tháng 4 năm 2024",
  unitsInspected: ["Các phòng, ban, trung tâm trực thuộc Văn phòng"],
  findings: "Những tồn tại, hạn chế do Tổ kiểm tra đưa ra (báo cáo không nêu chi tiết).",
  remediation:
    "Lãnh đạo Văn phòng có văn bản chỉ đạo, yêu cầu Lãnh đạo các phòng, ban, trung tâm nghiêm túc chấn chỉnh và khắc phục; khẩn trương báo cáo kết quả khắc phục về Văn phòng để theo dõi.",
  remediationStatus: "in-progress" as const,
};

/** A demo activity; `documentKey` links a register entry. */
export interface SeedActivity {
  readonly area: AreaCode;
  readonly kind: ActivityKind;
  readonly title: string;
  readonly count: number | null;
  readonly countUnit: string | null;
  readonly heldOn: string | null;
  readonly dateRole: DateRole;
  readonly documentKey: string | null;
  readonly note: string | null;
}

const a = (
  area: AreaCode,
  kind: ActivityKind,
  title: string,
  count: number | null = null,
  countUnit: string | null = null,
  heldOn: string | null = null,
  documentKey: string | null = null,
  dateRole: DateRole = "event",
  note: string | null = null,
): SeedActivity => ({ area, kind, title, count, countUnit, heldOn, dateRole, documentKey, note });

/** The activities the report tells, in its order. */
export const seedActivities: ReadonlyArray<SeedActivity> = [
  a("direction", "other", "Ban hành kế hoạch ứng dụng công nghệ thông tin năm 2022"),
  a("direction", "other", "Ban hành kế hoạch triển khai Kế hoạch số 17/KH-UBND thực hiện Nghị quyết số 02/NQ-CP", null, null, null, "kh17"),
  a("direction", "other", "Ban hành kế hoạch khắc phục chỉ số cải cách hành chính năm 2021"),
  a(
    "direction",
    "other",
    "Họp định kỳ hàng tháng với Trưởng, Phó các phòng, ban, trung tâm để rà soát, đôn đốc nhiệm vụ cải cách hành chính",
  ),
  a(
    "direction",
    "communication",
    "Cập nhật, đăng tải bài viết, tin tức về cải cách hành chính trên Cổng Thông tin điện tử Tỉnh và Trang Thông tin điện tử Trung tâm Kiểm soát TTHC và Phục vụ hành chính công",
  ),
  a(
    "direction",
    "communication",
    "Phối hợp Đài Phát thanh và Truyền hình, Báo Đồng Tháp đưa tin, bài trả lời phỏng vấn về chỉ đạo, điều hành cải cách hành chính",
  ),
  a(
    "direction",
    "communication",
    "Truyền thông mô hình hẹn giờ tiếp nhận TTHC tại nhà, tổng đài thông tin dịch vụ công 1022, video về Đề án chuyển giao nhiệm vụ, dịch vụ hành chính công và dịch vụ công trực tuyến mức độ 3, 4",
  ),
  a("direction", "model", "Mô hình Kết hợp dịch vụ công trực tuyến và dịch vụ bưu chính công ích", 1, "mô hình"),
  a("direction", "model", "Mô hình Công dân không viết gắn với dịch vụ công trực tuyến", 1, "mô hình"),
  a("direction", "model", "Mô hình hẹn giờ tiếp nhận TTHC tại nhà theo yêu cầu của người dân trên địa bàn tỉnh", 1, "mô hình"),
  a(
    "institution",
    "other",
    "Phối hợp Sở Nội vụ, Sở Lao động - Thương binh và Xã hội trình thống nhất chủ trương xây dựng Quyết định quy định chức năng, nhiệm vụ của Sở Lao động - Thương binh và Xã hội",
  ),
  a(
    "institution",
    "review",
    "Thẩm tra dự thảo Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ, Sở Công Thương, Trung tâm Xúc tiến Thương mại, Du lịch và Đầu tư, Văn phòng Ủy ban nhân dân Tỉnh",
  ),
  a("institution", "review", "Tham mưu kết quả rà soát văn bản quy phạm pháp luật của HĐND, UBND tỉnh ban hành trong năm 2021"),
  a(
    "procedure",
    "review",
    "Tổng hợp kết quả rà soát, đề xuất cắt giảm, đơn giản hóa TTHC năm 2022",
    null,
    null,
    "2022-09-30",
    "kh06",
    "plan",
    "Dự kiến trong tháng 9 năm 2022.",
  ),
  a(
    "apparatus",
    "other",
    "Trình Ủy ban nhân dân Tỉnh Đề án “Tổ chức lại các phòng, ban, đơn vị trực thuộc Văn phòng Ủy ban nhân dân Tỉnh”",
  ),
  a("civil-service", "rotation", "Chuyển đổi vị trí công tác đối với công chức Ban Tiếp công dân - Nội chính", null, null, null, "kh04"),
  a("civil-service", "recruitment", "Tuyển dụng viên chức Cổng Thông tin điện tử Đồng Tháp (đã hoàn tất quy trình)"),
  a("civil-service", "promotion", "Cử công chức thi nâng ngạch từ chuyên viên lên chuyên viên chính", 1, "người"),
  a("civil-service", "training", "Bồi dưỡng kiến thức an ninh quốc phòng (đối tượng 2)", 3, "công chức"),
  a("civil-service", "training", "Lớp bồi dưỡng ngạch chuyên viên chính", 1, "viên chức"),
  a("civil-service", "training", "Lớp “Bồi dưỡng và nâng cao nhận thức về văn hóa công vụ”", 3, "công chức"),
  a("civil-service", "training", "Lớp bồi dưỡng quản lý cấp Phòng khóa 27, khóa 31 và khóa 32", 5, "công chức"),
  a("civil-service", "training", "Lớp bồi dưỡng chuyên viên cao cấp", 1, "công chức"),
  a(
    "public-finance",
    "other",
    "Dự án Kho lưu trữ, nhà xe, nhà Đội Cảnh vệ Ủy ban nhân dân Tỉnh (vốn đầu tư công)",
    null,
    null,
    null,
    null,
    "event",
    "Tổng mức đầu tư 14.294.877.000 đồng.",
  ),
  a("public-finance", "other", "Ban hành quy chế quản lý và sử dụng tài sản công của Văn phòng", null, null, "2022-04-27", "qd36"),
  a(
    "public-finance",
    "other",
    "Báo cáo kết quả thực hiện cơ chế tự chủ năm 2021 của các đơn vị hành chính, sự nghiệp",
    null,
    null,
    "2022-02-09",
    "cv13",
  ),
  a(
    "e-government",
    "it-infrastructure",
    "Hội nghị truyền hình trực tuyến từ Tỉnh đến các huyện, thành phố và xã, phường, thị trấn",
    143,
    "xã, phường, thị trấn",
  ),
  a("e-government", "it-infrastructure", "Nâng cấp hệ thống mạng Wifi không dây"),
  a("e-government", "it-infrastructure", "Kết nối phần mềm Quản lý văn bản với trục liên thông văn bản quốc gia"),
  a("e-government", "it-infrastructure", "Kết nối mạng truyền số liệu chuyên dùng CPNet của Chính phủ"),
  a("e-government", "other", "Triển khai ứng dụng quản lý tài sản, phần mềm kế toán"),
];
