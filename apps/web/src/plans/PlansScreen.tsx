/**
 * "Kế hoạch, nhiệm vụ": the unit's annual plan with its progress roll-up and its tasks, filtered
 * by area, status, lead unit and deadline, overdue tasks highlighted, the completion share of the
 * shown tasks; the list is virtualised so thousands of tasks scroll smoothly. "Overdue", the
 * roll-up and the completion share are judged at the end of the chosen period when it has ended
 * (a 2022 plan seen for 2022-H1: as of 14/6/2022), otherwise today (`AsOfDay`), with the domain's
 * `Task.rollup` as the dashboard's task chart is, and the screen says which date.
 */
import * as Area from "@cchc/domain/Area";
import { ofInstantInVietnam } from "@cchc/domain/LocalDate";
import * as Task from "@cchc/domain/plans/Task";
import * as VnDate from "@cchc/domain/VnDate";
import { formatInteger } from "@cchc/domain/VnNumber";
import { createMemo, createResource, createSignal, For, type JSX, Show } from "solid-js";
import type { TaskBody } from "../api/Answers";
import { ApiFailure } from "../api/Http";
import type { Key } from "../i18n/Dictionary";
import { useApp } from "../shell/AppContext";
import { useAccess } from "../shell/Session";
import { DateInput } from "../ui/DateInput";
import { shortDay } from "../ui/Day";
import { ErrorNotice } from "../ui/ErrorNotice";
import { FilterSelect } from "../ui/FilterSelect";
import { VirtualList } from "../ui/VirtualList";
import { overdueDay } from "./AsOfDay";
import { PlanCreateForm } from "./PlanCreateForm";
import { TaskForm } from "./TaskForm";
import { type TaskChange, TaskRow, taskStatuses } from "./TaskRow";

/**
 * Whether a task was past its deadline on `day` and not done by then (a task done later was still
 * overdue that day; one done without a completion date counts as done; a cancelled one never is).
 */
export const isOverdue = (task: Pick<TaskBody, "deadline" | "status" | "completedOn">, day: string): boolean => {
  if (task.deadline === null || task.deadline >= day || task.status === "cancelled") return false;
  return !(task.status === "done" && (task.completedOn === null || task.completedOn <= day));
};

/** The plans screen. */
const PlansScreen = (): JSX.Element => {
  const { api, router, t } = useApp();
  const access = useAccess();
  const [units] = createResource(() =>
    api.units().then(
      (l) => l.items,
      () => [],
    ),
  );
  const unitName = (code: string) => units()?.find((u) => u.code === code)?.name ?? code;
  const year = () => Number(router.place().period.slice(0, 4));
  const asOf = createMemo(() => overdueDay(router.place().period, ofInstantInVietnam(new Date())));
  const key = () => ({ unit: router.place().unit, year: year(), day: asOf().day });
  const [data, { refetch, mutate }] = createResource(key, async ({ unit, year, day }) => {
    const [plan, tasks, documents] = await Promise.all([
      // the roll-up (share started, completed) at the same day as "overdue"
      api.plan(unit, year, day),
      api.tasks(unit, year),
      api.documents({ unit }).then(
        (d) => d.items,
        () => [],
      ),
    ]);
    return { plan, tasks, documents };
  });
  const [area, setArea] = createSignal("");
  const [status, setStatus] = createSignal("");
  const [lead, setLead] = createSignal("");
  const [due, setDue] = createSignal("");
  const day = () => asOf().day;
  // reading a failed resource throws: memos read it only when it loaded
  const loaded = () => (data.error ? undefined : data());
  const tasks = createMemo(() => loaded()?.tasks ?? []);
  const leads = createMemo(() => [...new Set(tasks().map((x) => x.leadUnit))].sort());
  const shown = createMemo(() =>
    tasks().filter(
      (x) =>
        (area() === "" || x.area === area()) &&
        (status() === "" || (status() === "overdue" ? isOverdue(x, day()) : x.status === status())) &&
        (lead() === "" || x.leadUnit === lead()) &&
        (due() === "" || (x.deadline !== null && x.deadline <= due())),
    ),
  );
  // completion of the shown tasks at the same day as the plan's roll-up and the dashboard's chart
  const completion = createMemo(() => Task.rollup(shown(), day()));
  const overdueCount = createMemo(() => shown().filter((x) => isOverdue(x, day())).length);
  const statusLabel = (s: string) => {
    const v = t()[`taskStatus.${s}` as Key];
    return typeof v === "string" ? v : s;
  };
  const saveTask = async (task: TaskBody, change: TaskChange) => {
    const updated = await api.updateTask(task.id, { ...change, version: task.version });
    mutate((cur) => cur && { ...cur, tasks: cur.tasks.map((x) => (x.id === task.id ? updated : x)) });
  };
  const removeTask = async (task: TaskBody) => {
    await api.removeTask(task.id, task.version);
    mutate((cur) => cur && { ...cur, tasks: cur.tasks.filter((x) => x.id !== task.id) });
  };
  // no plan for the year: offer to create it rather than show the error
  const noPlan = () => data.error instanceof ApiFailure && data.error.code === "PLAN_NOT_FOUND";
  return (
    <article class="screen" aria-labelledby="plans-title">
      <h1 id="plans-title">{t().plansTitle(year())}</h1>
      <Show
        when={!data.error}
        fallback={
          noPlan() ? (
            <PlanCreateForm year={year()} onCreated={() => void refetch()} />
          ) : (
            <ErrorNotice error={data.error} onRetry={refetch} />
          )
        }
      >
        <Show when={data()} fallback={<p class="muted">{t().loading}</p>}>
          {(d) => (
            <>
              <section class="panel">
                <h2>{d().plan.title}</h2>
                <Show when={d().plan.document}>{(doc) => <p class="muted">{doc().reference}</p>}</Show>
                <p>
                  {t().rollup(
                    d().plan.rollup.startedRateText,
                    d().plan.rollup.completedRateText,
                    d().plan.rollup.total,
                    shortDay(d().plan.rollup.asOf),
                  )}
                </p>
              </section>
              <Show when={access.can("write-values")}>
                <TaskForm year={year()} onAdded={() => void refetch()} />
              </Show>
              <div class="filters panel" role="search">
                <FilterSelect label={t().area} onChange={setArea}>
                  <For each={Area.all}>{(a) => <option value={a.code}>{router.place().lang === "en" ? a.nameEn : a.shortVi}</option>}</For>
                </FilterSelect>
                <FilterSelect label={t().status} onChange={setStatus}>
                  <For each={taskStatuses}>{(s) => <option value={s}>{statusLabel(s)}</option>}</For>
                  <option value="overdue">{t().overdue}</option>
                </FilterSelect>
                <FilterSelect label={t().leadUnit} onChange={setLead}>
                  <For each={leads()}>{(l) => <option value={l}>{unitName(l)}</option>}</For>
                </FilterSelect>
                <DateInput label={t().dueBefore} onChange={setDue} />
              </div>
              <p class="summary-line" role="status">
                {t().taskCount(formatInteger(shown().length))} —{" "}
                {t().completion(completion().completed, completion().total, completion().completedRateText)}
                {" — "}
                <span class={overdueCount() > 0 ? "badge badge-error" : "badge"}>
                  {t().overdue}: {overdueCount()}
                </span>
              </p>
              <p class="muted" data-testid="overdue-as-of">
                {t().overdueAsOf(VnDate.formatShort(asOf().day), asOf().periodEnd)}
              </p>
              <Show when={shown().length > 0} fallback={<p class="notice notice-info">{t().noTasks}</p>}>
                <VirtualList items={shown()} estimate={170} label={t().task} keyOf={(x) => String(x.id)}>
                  {(task) => (
                    <TaskRow
                      task={task()}
                      overdue={isOverdue(task(), day())}
                      documents={d().documents}
                      onSave={(c) => saveTask(task(), c)}
                      leadName={unitName(task().leadUnit)}
                      editable={access.can("write-values")}
                      {...(access.can("write-values") ? { onDelete: () => removeTask(task()) } : {})}
                    />
                  )}
                </VirtualList>
              </Show>
            </>
          )}
        </Show>
      </Show>
    </article>
  );
};

export default PlansScreen;
