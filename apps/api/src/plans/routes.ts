/**
 * Plans and tasks: a unit's annual CCHC plan with its roll-up (share started / completed at a
 * date, computed from the tasks), the filtered task list, tasks added to a plan, read, updated
 * with optimistic concurrency and removed, and tasks assigned by superiors classified at a
 * period's end. A task answers to the unit whose plan holds it: changing it needs the right to
 * write that unit's data (checked once the task is loaded), and every change is recorded in the
 * audit trail with before and after.
 */
import { DocumentRepo } from "@cchc/db/documents/DocumentRepo";
import { PlanRepo } from "@cchc/db/plans/PlanRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import { AreaCode } from "@cchc/domain/Area";
import { RegisterEntry } from "@cchc/domain/documents/RegisterEntry";
import * as LocalDate from "@cchc/domain/LocalDate";
import * as AssignedTask from "@cchc/domain/plans/AssignedTask";
import { PlanTask, Progress, rollup, TaskStatus } from "@cchc/domain/plans/Task";
import { Clock, Effect, Schema } from "effect";
import { may } from "../auth/AccessControl.js";
import { route } from "../http/Route.js";
import { RowIdFromString } from "../http/RowId.js";
import { RemovalQuery, Removed } from "../http/Versioned.js";
import { page, pageFields, pagingFields } from "../indicators/Paging.js";
import { UnitPeriodParams } from "../values/Bodies.js";
import { currentActor, demandOnRecord, knownUnit } from "../values/RecordAccess.js";
import { resolveScope } from "../values/Scope.js";

const TAGS = ["Kế hoạch và nhiệm vụ"];
const TaskParams = Schema.Struct({ id: RowIdFromString.annotations({ description: "Mã nhiệm vụ" }) });
const TASK_BY_ID =
  "Mã không có → 404 TASK_NOT_FOUND (với mọi người gọi); nhiệm vụ của đơn vị ngoài nhánh → 403 ACCESS_DENIED, không kèm nội dung.";
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

/** Loads a task and checks `action` on the unit whose plan holds it. */
const taskFor = (id: number, action: "read" | "write-values") =>
  Effect.gen(function* () {
    const repo = yield* PlanRepo;
    yield* demandOnRecord(action, yield* repo.taskUnit(id));
    return yield* repo.task(id);
  });
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

const today = Effect.map(Clock.currentTimeMillis, (ms) => LocalDate.ofInstantInVietnam(new Date(ms)));

const planOf = (unit: string, year: number) => Effect.flatMap(PlanRepo, (r) => r.plan(unit, year));

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

const GROUPS = [
  { indicator: "chidao.nhiemvu.cp.giao", assigners: ["chinh-phu", "thu-tuong"] },
  { indicator: "chidao.nhiemvu.ubnd.giao", assigners: ["ubnd-tinh", "chu-tich-ubnd-tinh"] },
] as const;

const NewPlanBody = Schema.Struct({
  title: Schema.Trim.pipe(Schema.nonEmptyString({ message: () => "Tên kế hoạch không được để trống" })),
  documentId: Schema.optionalWith(
    Schema.NullOr(Schema.Int.pipe(Schema.positive({ message: () => "Mã văn bản phải là số nguyên dương" }))),
    { default: () => null, exact: true },
  ).annotations({ description: "Mã văn bản ban hành kế hoạch trong sổ (ví dụ Kế hoạch số 19/KH-VPUBND)" }),
}).annotations({ identifier: "NewPlan" });

/** Plan routes. */
export const planRoutes = [
  route(
    {
      method: "post",
      path: "/plans/:unit/:year",
      operationId: "createPlan",
      summary: "Lập kế hoạch CCHC năm của đơn vị",
      description:
        "Cần quyền ghi trên đơn vị. Mỗi đơn vị một kế hoạch mỗi năm: đã có → 409 PLAN_EXISTS. documentId (nếu có) phải là văn bản có trong sổ. Nhiệm vụ thêm sau bằng POST /plans/{unit}/{year}/tasks.",
      tags: TAGS,
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
      errors: ["PLAN_EXISTS", "ACCESS_DENIED", "REQUEST_INVALID"],
      audit: "handler",
    },
    ({ params, body }) =>
      Effect.gen(function* () {
        yield* knownUnit(params.unit, "params.unit");
        const actor = yield* currentActor;
        return yield* Effect.flatMap(PlanRepo, (r) =>
          r.createPlan({ unit: params.unit, year: params.year, title: body.title, documentId: body.documentId }, actor),
        );
      }),
  ),
  route(
    {
      method: "get",
      path: "/plans/:unit/:year",
      operationId: "getPlan",
      summary: "Kế hoạch CCHC năm của đơn vị và tiến độ chung",
      tags: TAGS,
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
      errors: ["PLAN_NOT_FOUND"],
    },
    ({ params, query }) =>
      Effect.gen(function* () {
        const plan = yield* planOf(params.unit, params.year);
        const tasks = yield* Effect.flatMap(PlanRepo, (r) => r.tasks(plan.id));
        const found =
          plan.documentId === null ? null : yield* Effect.option(Effect.flatMap(DocumentRepo, (r) => r.get(plan.documentId as number)));
        const document = found === null || found._tag === "None" ? null : found.value;
        // The adopting document is shown only when the caller may read its register.
        const readable = document !== null && (yield* may("read", document.unit));
        const { documentId: _d, ...rest } = plan;
        return {
          ...rest,
          document: readable ? document : null,
          rollup: rollup(tasks, query.asOf ?? (yield* today)),
        };
      }),
  ),
  route(
    {
      method: "get",
      path: "/plans/:unit/:year/tasks",
      operationId: "listPlanTasks",
      summary: "Nhiệm vụ của kế hoạch (lọc theo lĩnh vực, tình trạng, đơn vị chủ trì, hạn)",
      tags: TAGS,
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
      errors: ["PLAN_NOT_FOUND"],
    },
    ({ params, query }) =>
      Effect.gen(function* () {
        const plan = yield* planOf(params.unit, params.year);
        const tasks = yield* Effect.flatMap(PlanRepo, (r) => r.tasks(plan.id, query));
        return { ...page(tasks, query), rollup: rollup(tasks, query.asOf ?? (yield* today)) };
      }),
  ),
  route(
    {
      method: "post",
      path: "/plans/:unit/:year/tasks",
      operationId: "createPlanTask",
      summary: "Thêm một nhiệm vụ vào kế hoạch",
      description:
        "Cần quyền ghi trên đơn vị có kế hoạch. leadUnit, coordinatingUnits phải là mã đơn vị có thật; evidence phải là văn bản có trong sổ. Bỏ trống tình trạng, tiến độ, ngày: suy ra theo tình trạng (hoàn thành → 100% và ngày hoàn thành hôm nay nếu không nêu). Mâu thuẫn (hoàn thành mà tiến độ 80%…) → 400 TASK_INVALID.",
      tags: TAGS,
      params: PlanParams,
      body: NewTaskBody,
      response: PlanTask,
      successStatus: 201,
      errors: ["PLAN_NOT_FOUND", "ACCESS_DENIED", "REQUEST_INVALID", "TASK_INVALID"],
      audit: "handler",
    },
    ({ params, body }) =>
      Effect.gen(function* () {
        const plan = yield* planOf(params.unit, params.year);
        yield* knownUnit(body.leadUnit, "body.leadUnit");
        for (const [i, unit] of body.coordinatingUnits.entries()) yield* knownUnit(unit, `body.coordinatingUnits[${i}]`);
        const actor = yield* currentActor;
        return yield* Effect.flatMap(PlanRepo, (r) => r.createTask(plan.id, body, actor));
      }),
  ),
  route(
    {
      method: "get",
      path: "/tasks/:id",
      operationId: "getTask",
      summary: "Một nhiệm vụ",
      description: TASK_BY_ID,
      tags: TAGS,
      params: TaskParams,
      response: PlanTask,
      errors: ["TASK_NOT_FOUND", "ACCESS_DENIED"],
    },
    ({ params }) => taskFor(params.id, "read"),
  ),
  route(
    {
      method: "put",
      path: "/tasks/:id",
      operationId: "updateTask",
      summary: "Cập nhật nhiệm vụ: tên, lĩnh vực, đơn vị chủ trì, thời hạn, tình trạng, tiến độ, tài liệu kiểm chứng",
      description:
        "Chỉ gửi các trường cần đổi. leadUnit phải là mã đơn vị có thật. version = phiên bản đã đọc; phiên bản cũ → 409 TASK_CONFLICT. Cần quyền ghi trên đơn vị có kế hoạch chứa nhiệm vụ. Mã không có → 404 TASK_NOT_FOUND (với mọi người gọi); nhiệm vụ của đơn vị ngoài nhánh → 403 ACCESS_DENIED, không kèm nội dung.",
      tags: TAGS,
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
      errors: ["TASK_NOT_FOUND", "ACCESS_DENIED", "TASK_CONFLICT", "TASK_INVALID", "REQUEST_INVALID"],
      audit: "handler",
    },
    ({ params, body }) =>
      Effect.gen(function* () {
        const repo = yield* PlanRepo;
        yield* demandOnRecord("write-values", yield* repo.taskUnit(params.id));
        if (body.leadUnit !== undefined) yield* knownUnit(body.leadUnit, "body.leadUnit");
        const { version, ...patch } = body;
        return yield* repo.updateTask(params.id, patch, version, yield* currentActor);
      }),
  ),
  route(
    {
      method: "delete",
      path: "/tasks/:id",
      operationId: "deleteTask",
      summary: "Xóa một nhiệm vụ khỏi kế hoạch",
      description: `?version= (khuyên dùng): phiên bản cũ → 409 TASK_CONFLICT, không xóa. Không bản ghi nào khác trỏ tới nhiệm vụ; tiến độ chung của kế hoạch tính lại không có nhiệm vụ này. Cần quyền ghi trên đơn vị có kế hoạch. ${TASK_BY_ID}`,
      tags: TAGS,
      params: TaskParams,
      query: RemovalQuery,
      response: Removed,
      errors: ["TASK_NOT_FOUND", "TASK_CONFLICT", "ACCESS_DENIED"],
      audit: "handler",
    },
    ({ params, query }) =>
      Effect.gen(function* () {
        yield* taskFor(params.id, "write-values");
        const actor = yield* currentActor;
        yield* Effect.flatMap(PlanRepo, (r) => r.removeTask(params.id, query.version, actor));
        return { deleted: true as const, id: params.id };
      }),
  ),
  route(
    {
      method: "get",
      path: "/units/:unit/periods/:period/assigned-tasks",
      operationId: "listAssignedTasks",
      summary: "Nhiệm vụ cấp trên giao, phân loại tại ngày cuối kỳ",
      description: "Phân loại tính từ ngày (hạn, ngày hoàn thành); so với số liệu báo cáo nêu (chidao.nhiemvu.*.giao) khi có.",
      tags: TAGS,
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
      errors: ["ORG_UNIT_NOT_FOUND", "PERIOD_CODE_INVALID"],
    },
    ({ params }) =>
      Effect.gen(function* () {
        const scope = yield* resolveScope(params.unit, params.period);
        const asOf = scope.window.end;
        const tasks = (yield* Effect.flatMap(PlanRepo, (r) => r.assigned(scope.unit.code))).filter((t) => t.assignedOn <= asOf);
        const values = yield* Effect.flatMap(ValueRepo, (r) => r.list(scope.unit.code, scope.window.code));
        const stated = (code: string, d: string) => values.find((v) => v.indicator === code && v.disaggregation === d)?.value ?? null;
        const items = tasks.map((t) => {
          const c = AssignedTask.classify(t, asOf);
          return { ...t, status: c.status, detail: c.detail, detailLabelVi: AssignedTask.detailLabelVi[c.detail] };
        });
        const groups = GROUPS.map((g) => {
          const mine = tasks.filter((t) => (g.assigners as ReadonlyArray<string>).includes(t.assigner));
          const s = AssignedTask.summarize(mine, asOf);
          const computed = { total: s.total, done: s.done, notDue: s["not-due"], late: s.late };
          const st = {
            total: stated(g.indicator, ""),
            done: stated(g.indicator, "status=done"),
            notDue: stated(g.indicator, "status=not-due"),
            late: stated(g.indicator, "status=late"),
          };
          const any = Object.values(st).some((x) => x !== null);
          const matches = any
            ? st.total === computed.total && st.done === computed.done && st.notDue === computed.notDue && (st.late ?? 0) === computed.late
            : null;
          return { indicator: g.indicator, computed, stated: st, matches };
        });
        return { unit: scope.unit.code, period: scope.window.code, asOf, items, groups };
      }),
  ),
];
