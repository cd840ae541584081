/**
 * Plans and tasks: a unit's annual CCHC plan with its roll-up (share started / completed at a
 * date, computed from the tasks), the filtered task list, tasks added to a plan, read, updated
 * with optimistic concurrency and removed, and tasks assigned by superiors classified at a
 * period's end. A task answers to the unit whose plan holds it: changing it needs the right to
 * write that unit's data (checked once the task is loaded).
 */
import { AreaCode } from "@cchc/domain/Area";
import { RegisterEntry } from "@cchc/domain/documents/RegisterEntry";
import * as LocalDate from "@cchc/domain/LocalDate";
import * as AssignedTask from "@cchc/domain/plans/AssignedTask";
import { PlanTask, Progress, TaskStatus } from "@cchc/domain/plans/Task";
import { Schema } from "effect";
import { plans } from "../EndpointGroups.js";
import { pageFields, pagingFields } from "../Paging.js";
import { RowIdFromString } from "../RowId.js";
import { UnitPeriodParams, unitPeriodErrors } from "../schemas/Values.js";
import { versionedRecordEndpoints } from "../VersionedRecordEndpoints.js";

// A task by id; its correction (`updateTask`) is declared apart: its texts and parameter differ.
const taskById = versionedRecordEndpoints({
  path: "/tasks/:id",
  group: plans,
  id: "Mã nhiệm vụ",
  record: PlanTask,
  byId: "Mã không có → 404 TASK_NOT_FOUND (với mọi người gọi); nhiệm vụ của đơn vị ngoài nhánh → 403 ACCESS_DENIED, không kèm nội dung.",
  notFound: "TaskNotFound",
  conflict: "TaskConflict",
});
const UnitCodeField = (what: string) =>
  Schema.String.pipe(Schema.nonEmptyString({ message: () => `Mã ${what} không được để trống` })).annotations({
    description: `Mã ${what}, ví dụ DT.VPUBND.HCQT`,
  });
// One message per field (not one per alternative of a union), as a client needs it.
const oneOf = (what: string, values: ReadonlyArray<string>) => () => ({
  message: `${what} phải là một trong: ${values.join(", ")}`,
  override: true,
});
const Day = Schema.NullOr(LocalDate.LocalDate).annotations({
  message: () => ({ message: "Ngày phải có dạng YYYY-MM-DD và có thật (hoặc null)", override: true }),
});
const NewTaskBody = Schema.Struct({
  area: AreaCode.annotations({ message: oneOf("Lĩnh vực", AreaCode.literals) }),
  title: Schema.Trim.pipe(Schema.nonEmptyString({ message: () => "Tên nhiệm vụ không được để trống" })),
  leadUnit: UnitCodeField("đơn vị chủ trì"),
  coordinatingUnits: Schema.optionalWith(Schema.Array(UnitCodeField("đơn vị phối hợp")), { default: () => [], exact: true }),
  deadline: Schema.optionalWith(Day, { default: () => null, exact: true }),
  status: Schema.optionalWith(TaskStatus.annotations({ message: oneOf("Tình trạng", TaskStatus.literals) }), { exact: true }).annotations({
    description: "Mặc định not-started",
  }),
  progress: Schema.optionalWith(Progress, { exact: true }).annotations({
    description: "Mặc định theo tình trạng: done → 100, còn lại 0",
  }),
  startedOn: Schema.optionalWith(Day, { exact: true }),
  completedOn: Schema.optionalWith(Day, { exact: true }),
  evidence: Schema.optionalWith(Schema.Array(Schema.Int.pipe(Schema.positive({ message: () => "Mã văn bản phải là số nguyên dương" }))), {
    exact: true,
  }).annotations({ description: "Mã các văn bản kiểm chứng (phải có trong sổ)" }),
}).annotations({ identifier: "NewPlanTask" });

const PlanParams = Schema.Struct({ unit: Schema.String, year: Schema.NumberFromString.pipe(Schema.int(), Schema.between(2000, 2100)) });
const AsOf = Schema.optional(LocalDate.LocalDate).annotations({ description: "Ngày tính tỷ lệ (mặc định: hôm nay)" });
const Rollup = Schema.Struct({
  asOf: Schema.String,
  total: Schema.Number,
  started: Schema.Number,
  completed: Schema.Number,
  byStatus: Schema.Record({ key: Schema.String, value: Schema.Number }),
  averageProgress: Schema.NullOr(Schema.Number),
  startedRate: Schema.NullOr(Schema.Number),
  completedRate: Schema.NullOr(Schema.Number),
  startedRateText: Schema.String,
  completedRateText: Schema.String,
}).annotations({ identifier: "TaskRollup" });

const AssignedItem = Schema.Struct({
  ...AssignedTask.AssignedTask.fields,
  status: Schema.Literal("done", "not-due", "late"),
  detail: Schema.String,
  detailLabelVi: Schema.String,
}).annotations({ identifier: "ClassifiedAssignedTask" });
const Counts = Schema.Struct({
  total: Schema.NullOr(Schema.Number),
  done: Schema.NullOr(Schema.Number),
  notDue: Schema.NullOr(Schema.Number),
  late: Schema.NullOr(Schema.Number),
});

const NewPlanBody = Schema.Struct({
  title: Schema.Trim.pipe(Schema.nonEmptyString({ message: () => "Tên kế hoạch không được để trống" })),
  documentId: Schema.optionalWith(
    Schema.NullOr(Schema.Int.pipe(Schema.positive({ message: () => "Mã văn bản phải là số nguyên dương" }))),
    { default: () => null, exact: true },
  ).annotations({ description: "Mã văn bản ban hành kế hoạch trong sổ (ví dụ Kế hoạch số 19/KH-VPUBND)" }),
}).annotations({ identifier: "NewPlan" });

export const createPlan = plans.post("createPlan", "/plans/:unit/:year", {
  summary: "Lập kế hoạch CCHC năm của đơn vị",
  description:
    "Cần quyền ghi trên đơn vị. Mỗi đơn vị một kế hoạch mỗi năm: đã có → 409 PLAN_EXISTS. documentId (nếu có) phải là văn bản có trong sổ. Nhiệm vụ thêm sau bằng POST /plans/{unit}/{year}/tasks.",
  params: PlanParams,
  body: NewPlanBody,
  response: Schema.Struct({
    id: Schema.Number,
    unit: Schema.String,
    year: Schema.Number,
    title: Schema.String,
    documentId: Schema.NullOr(Schema.Number),
  }).annotations({ identifier: "CreatedPlan" }),
  successStatus: 201,
  errors: ["PlanExists", "PlanDocumentMissing"],
  audit: "handler",
});

export const getPlan = plans.get("getPlan", "/plans/:unit/:year", {
  summary: "Kế hoạch CCHC năm của đơn vị và tiến độ chung",
  params: PlanParams,
  query: Schema.Struct({ asOf: AsOf }),
  response: Schema.Struct({
    id: Schema.Number,
    unit: Schema.String,
    year: Schema.Number,
    title: Schema.String,
    document: Schema.NullOr(RegisterEntry),
    rollup: Rollup,
  }).annotations({ identifier: "Plan" }),
  errors: ["PlanNotFound"],
});

export const listPlanTasks = plans.get("listPlanTasks", "/plans/:unit/:year/tasks", {
  summary: "Nhiệm vụ của kế hoạch (lọc theo lĩnh vực, tình trạng, đơn vị chủ trì, hạn)",
  params: PlanParams,
  query: Schema.Struct({
    area: Schema.optional(AreaCode),
    status: Schema.optional(TaskStatus),
    lead: Schema.optional(Schema.String),
    dueBefore: Schema.optional(LocalDate.LocalDate),
    asOf: AsOf,
    ...pagingFields,
  }),
  response: Schema.Struct({ items: Schema.Array(PlanTask), ...pageFields, rollup: Rollup }).annotations({ identifier: "PlanTaskList" }),
  errors: ["PlanNotFound"],
});

export const createPlanTask = plans.post("createPlanTask", "/plans/:unit/:year/tasks", {
  summary: "Thêm một nhiệm vụ vào kế hoạch",
  description:
    "Cần quyền ghi trên đơn vị có kế hoạch. leadUnit, coordinatingUnits phải là mã đơn vị có thật; evidence phải là văn bản có trong sổ. Bỏ trống tình trạng, tiến độ, ngày: suy ra theo tình trạng (hoàn thành → 100% và ngày hoàn thành hôm nay nếu không nêu). Mâu thuẫn (hoàn thành mà tiến độ 80%…) → 400 TASK_INVALID.",
  params: PlanParams,
  body: NewTaskBody,
  response: PlanTask,
  successStatus: 201,
  errors: ["PlanNotFound", "TaskInvalid"],
  audit: "handler",
});

export const getTask = taskById.get({ operationId: "getTask", summary: "Một nhiệm vụ" });

export const updateTask = plans.put("updateTask", "/tasks/:id", {
  summary: "Cập nhật nhiệm vụ: tên, lĩnh vực, đơn vị chủ trì, thời hạn, tình trạng, tiến độ, tài liệu kiểm chứng",
  description:
    "Chỉ gửi các trường cần đổi. leadUnit phải là mã đơn vị có thật. version = phiên bản đã đọc; phiên bản cũ → 409 TASK_CONFLICT. Cần quyền ghi trên đơn vị có kế hoạch chứa nhiệm vụ. Mã không có → 404 TASK_NOT_FOUND (với mọi người gọi); nhiệm vụ của đơn vị ngoài nhánh → 403 ACCESS_DENIED, không kèm nội dung.",
  params: Schema.Struct({ id: RowIdFromString }),
  body: Schema.Struct({
    area: Schema.optionalWith(NewTaskBody.fields.area, { exact: true }),
    title: Schema.optionalWith(NewTaskBody.fields.title, { exact: true }),
    leadUnit: Schema.optionalWith(UnitCodeField("đơn vị chủ trì"), { exact: true }),
    deadline: Schema.optionalWith(Day, { exact: true }),
    status: Schema.optional(TaskStatus),
    progress: Schema.optional(Progress),
    evidence: Schema.optional(Schema.Array(Schema.Int)),
    startedOn: Schema.optional(Schema.NullOr(LocalDate.LocalDate)),
    completedOn: Schema.optional(Schema.NullOr(LocalDate.LocalDate)),
    version: Schema.Int,
  }),
  response: PlanTask,
  errors: ["TaskNotFound", "TaskConflict", "TaskInvalid"],
  audit: "handler",
});

export const deleteTask = taskById.remove({
  operationId: "deleteTask",
  summary: "Xóa một nhiệm vụ khỏi kế hoạch",
  description:
    "?version= (khuyên dùng): phiên bản cũ → 409 TASK_CONFLICT, không xóa. Không bản ghi nào khác trỏ tới nhiệm vụ; tiến độ chung của kế hoạch tính lại không có nhiệm vụ này. Cần quyền ghi trên đơn vị có kế hoạch.",
  errors: [],
});

export const listAssignedTasks = plans.get("listAssignedTasks", "/units/:unit/periods/:period/assigned-tasks", {
  summary: "Nhiệm vụ cấp trên giao, phân loại tại ngày cuối kỳ",
  description: "Phân loại tính từ ngày (hạn, ngày hoàn thành); so với số liệu báo cáo nêu (chidao.nhiemvu.*.giao) khi có.",
  params: UnitPeriodParams,
  response: Schema.Struct({
    unit: Schema.String,
    period: Schema.String,
    asOf: Schema.String,
    items: Schema.Array(AssignedItem),
    groups: Schema.Array(
      Schema.Struct({ indicator: Schema.String, computed: Counts, stated: Counts, matches: Schema.NullOr(Schema.Boolean) }),
    ),
  }).annotations({ identifier: "AssignedTaskList" }),
  errors: unitPeriodErrors,
});
