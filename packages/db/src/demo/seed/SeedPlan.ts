/**
 * The Office's 2022 CCHC plan (Kế hoạch số 19/KH-VPUBND) and the tasks assigned to the province.
 * RECONSTRUCTED: the report does not list the plan's tasks nor the Government's tasks; these are
 * realistic tasks built from what the report says was done, one or more per area, so that the
 * share started at 14/6/2022 is 8 of 12 = 66,7% ("trên 66,7% các nhiệm vụ đã được triển khai").
 * Every reconstructed record is flagged `reconstructed: true`.
 */
import type { AreaCode } from "@cchc/domain/Area";
import type { Assigner } from "@cchc/domain/plans/AssignedTask";
import type { TaskStatus } from "@cchc/domain/plans/Task";

/** A demo plan task; evidence names documents by their demo key. */
export interface SeedTask {
  readonly area: AreaCode;
  readonly title: string;
  readonly leadUnit: string;
  readonly coordinatingUnits: ReadonlyArray<string>;
  readonly deadline: string | null;
  readonly status: TaskStatus;
  readonly progress: number;
  readonly startedOn: string | null;
  readonly completedOn: string | null;
  readonly evidenceKeys: ReadonlyArray<string>;
}

const TT = "DT.VPUBND.TTKSTTHC";
const HC = "DT.VPUBND.HCQT";
const CTT = "DT.VPUBND.CTTDT";
const t = (
  area: AreaCode,
  title: string,
  leadUnit: string,
  deadline: string | null,
  status: TaskStatus,
  progress: number,
  startedOn: string | null,
  completedOn: string | null = null,
  evidenceKeys: ReadonlyArray<string> = [],
  coordinatingUnits: ReadonlyArray<string> = [],
): SeedTask => ({ area, title, leadUnit, coordinatingUnits, deadline, status, progress, startedOn, completedOn, evidenceKeys });

/** The plan of DT.VPUBND for 2022, adopted by Kế hoạch số 19/KH-VPUBND. */
export const seedPlan = {
  unit: "DT.VPUBND",
  year: 2022,
  title: "Kế hoạch cải cách hành chính năm 2022 của Văn phòng Ủy ban nhân dân Tỉnh",
  documentKey: "kh19",
};

/** Twelve tasks, eight started by 14/6/2022. */
export const seedTasks: ReadonlyArray<SeedTask> = [
  t(
    "direction",
    "Ban hành văn bản phối hợp thực hiện nhiệm vụ cải cách hành chính năm 2022",
    TT,
    "2022-01-31",
    "done",
    100,
    "2022-01-05",
    "2022-01-13",
    ["cv07"],
  ),
  t(
    "direction",
    "Tự kiểm tra công tác cải cách hành chính tại các phòng, ban, trung tâm trực thuộc",
    TT,
    "2022-11-30",
    "in-progress",
    60,
    "2022-04-08",
    null,
    ["kh20", "cv38"],
    [HC],
  ),
  t(
    "direction",
    "Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của Trung tâm Phục vụ hành chính công",
    CTT,
    "2022-10-31",
    "not-started",
    0,
    null,
    null,
    [],
    [TT],
  ),
  t(
    "institution",
    "Xây dựng quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng Ủy ban nhân dân Tỉnh",
    HC,
    "2022-09-30",
    "in-progress",
    70,
    "2022-03-01",
  ),
  t(
    "procedure",
    "Rà soát, đánh giá thủ tục hành chính năm 2022 theo Kế hoạch số 06/KH-UBND-HC",
    TT,
    "2022-09-30",
    "in-progress",
    50,
    "2022-01-10",
    null,
    ["kh06"],
  ),
  t(
    "procedure",
    "Tham mưu số hóa kết quả giải quyết thủ tục hành chính giai đoạn 2021 - 2025",
    TT,
    "2022-12-14",
    "in-progress",
    40,
    "2022-03-03",
    null,
    ["qd191"],
  ),
  t(
    "apparatus",
    "Xây dựng Đề án tổ chức lại các phòng, ban, đơn vị trực thuộc Văn phòng",
    HC,
    "2022-09-30",
    "in-progress",
    80,
    "2022-02-15",
  ),
  t(
    "civil-service",
    "Chuyển đổi vị trí công tác đối với công chức theo quy định",
    HC,
    "2022-06-30",
    "done",
    100,
    "2022-01-27",
    "2022-05-31",
    ["kh04"],
    ["DT.VPUBND.BTCD"],
  ),
  t("e-government", "Nâng cấp hệ thống mạng Wifi không dây tại trụ sở", HC, "2022-10-31", "in-progress", 30, "2022-04-01"),
  t(
    "public-finance",
    "Thanh quyết toán kinh phí duy trì Hệ thống quản lý chất lượng ISO 9001:2015",
    HC,
    "2022-09-30",
    "not-started",
    0,
    null,
  ),
  t("procedure", "Xây dựng quy trình thực hiện các thủ tục hành chính liên thông", TT, "2022-12-14", "not-started", 0, null),
  t("direction", "Tổng kết công tác cải cách hành chính năm 2022, xây dựng kế hoạch năm 2023", TT, "2022-12-14", "not-started", 0, null),
];

/** A demo task assigned by a superior; `sourceKey` is the document that assigned it. */
export interface SeedAssignedTask {
  readonly unit: string;
  readonly assigner: Assigner;
  readonly title: string;
  readonly sourceKey: string | null;
  readonly assignedOn: string;
  readonly dueOn: string;
  readonly completedOn: string | null;
  readonly note: string;
}

const NOTE =
  "Dựng lại cho dữ liệu mẫu: báo cáo chỉ nêu số lượng (4 nhiệm vụ; 35 đúng hạn, 9 chưa tới hạn — không khớp), không nêu tên nhiệm vụ.";

/** Four Government tasks of the province (the stated total), reconstructed from documents the report cites. */
export const seedAssignedTasks: ReadonlyArray<SeedAssignedTask> = [
  {
    unit: "DT",
    assigner: "chinh-phu",
    title: "Ban hành kế hoạch thực hiện Nghị quyết số 02/NQ-CP về cải thiện môi trường kinh doanh năm 2022",
    sourceKey: "nq02",
    assignedOn: "2022-01-10",
    dueOn: "2022-01-31",
    completedOn: "2022-01-20",
    note: NOTE,
  },
  {
    unit: "DT",
    assigner: "thu-tuong",
    title: "Ban hành kế hoạch số hóa kết quả giải quyết thủ tục hành chính theo Quyết định số 468/QĐ-TTg",
    sourceKey: "qd468",
    assignedOn: "2021-03-27",
    dueOn: "2022-03-31",
    completedOn: "2022-03-03",
    note: NOTE,
  },
  {
    unit: "DT",
    assigner: "chinh-phu",
    title: "Nâng cấp Cổng Dịch vụ công của Tỉnh kết nối, tích hợp, chia sẻ thông tin với Cổng Dịch vụ công quốc gia",
    sourceKey: "nd45",
    assignedOn: "2020-04-08",
    dueOn: "2022-12-31",
    completedOn: null,
    note: NOTE,
  },
  {
    unit: "DT",
    assigner: "chinh-phu",
    title: "Báo cáo kết quả cải cách hành chính 6 tháng đầu năm 2022 theo chế độ báo cáo định kỳ",
    sourceKey: "nd09",
    assignedOn: "2022-01-01",
    dueOn: "2022-06-20",
    completedOn: null,
    note: NOTE,
  },
];
