/**
 * Handlers of plans and tasks (endpoints: `@cchc/contract/endpoints/Plans`): a unit's annual CCHC
 * plan with its roll-up, the task list, tasks added, read, updated and removed, and tasks assigned
 * by superiors classified at a period's end. A task answers to the unit whose plan holds it:
 * changing it needs the right to write that unit's data (checked once the task is loaded), and
 * every change is recorded in the audit trail with before and after.
 */
import * as Plans from "@cchc/contract/endpoints/Plans";
import { DocumentRepo } from "@cchc/db/documents/DocumentRepo";
import { PlanRepo } from "@cchc/db/plans/PlanRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import * as LocalDate from "@cchc/domain/LocalDate";
import * as AssignedTask from "@cchc/domain/plans/AssignedTask";
import { rollup } from "@cchc/domain/plans/Task";
import { Clock, Effect } from "effect";
import { may } from "../auth/AccessControl.js";
import { handle } from "../http/Route.js";
import { page } from "../indicators/Paging.js";
import { currentActor, demandOnRecord, knownUnit } from "../values/RecordAccess.js";
import { resolveScope } from "../values/Scope.js";

/** Loads a task and checks `action` on the unit whose plan holds it. */
const taskFor = (id: number, action: "read" | "write-values") =>
  Effect.gen(function* () {
    const repo = yield* PlanRepo;
    yield* demandOnRecord(action, yield* repo.taskUnit(id));
    return yield* repo.task(id);
  });

const today = Effect.map(Clock.currentTimeMillis, (ms) => LocalDate.ofInstantInVietnam(new Date(ms)));

const planOf = (unit: string, year: number) => Effect.flatMap(PlanRepo, (r) => r.plan(unit, year));

const GROUPS = [
  { indicator: "chidao.nhiemvu.cp.giao", assigners: ["chinh-phu", "thu-tuong"] },
  { indicator: "chidao.nhiemvu.ubnd.giao", assigners: ["ubnd-tinh", "chu-tich-ubnd-tinh"] },
] as const;

/** Plan routes. */
export const planRoutes = [
  handle(Plans.createPlan, ({ params, body }) =>
    Effect.gen(function* () {
      yield* knownUnit(params.unit, "params.unit");
      const actor = yield* currentActor;
      return yield* Effect.flatMap(PlanRepo, (r) =>
        r.createPlan({ unit: params.unit, year: params.year, title: body.title, documentId: body.documentId }, actor),
      );
    }),
  ),
  handle(Plans.getPlan, ({ params, query }) =>
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
  handle(Plans.listPlanTasks, ({ params, query }) =>
    Effect.gen(function* () {
      const plan = yield* planOf(params.unit, params.year);
      const tasks = yield* Effect.flatMap(PlanRepo, (r) => r.tasks(plan.id, query));
      return { ...page(tasks, query), rollup: rollup(tasks, query.asOf ?? (yield* today)) };
    }),
  ),
  handle(Plans.createPlanTask, ({ params, body }) =>
    Effect.gen(function* () {
      const plan = yield* planOf(params.unit, params.year);
      yield* knownUnit(body.leadUnit, "body.leadUnit");
      for (const [i, unit] of body.coordinatingUnits.entries()) yield* knownUnit(unit, `body.coordinatingUnits[${i}]`);
      const actor = yield* currentActor;
      return yield* Effect.flatMap(PlanRepo, (r) => r.createTask(plan.id, body, actor));
    }),
  ),
  handle(Plans.getTask, ({ params }) => taskFor(params.id, "read")),
  handle(Plans.updateTask, ({ params, body }) =>
    Effect.gen(function* () {
      const repo = yield* PlanRepo;
      yield* demandOnRecord("write-values", yield* repo.taskUnit(params.id));
      if (body.leadUnit !== undefined) yield* knownUnit(body.leadUnit, "body.leadUnit");
      const { version, ...patch } = body;
      return yield* repo.updateTask(params.id, patch, version, yield* currentActor);
    }),
  ),
  handle(Plans.deleteTask, ({ params, query }) =>
    Effect.gen(function* () {
      yield* taskFor(params.id, "write-values");
      const actor = yield* currentActor;
      yield* Effect.flatMap(PlanRepo, (r) => r.removeTask(params.id, query.version, actor));
      return { deleted: true as const, id: params.id };
    }),
  ),
  handle(Plans.listAssignedTasks, ({ params }) =>
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
        const anyStated = Object.values(st).some((x) => x !== null);
        const matches = anyStated
          ? st.total === computed.total && st.done === computed.done && st.notDue === computed.notDue && (st.late ?? 0) === computed.late
          : null;
        return { indicator: g.indicator, computed, stated: st, matches };
      });
      return { unit: scope.unit.code, period: scope.window.code, asOf, items, groups };
    }),
  ),
];
