/**
 * "Kế hoạch, nhiệm vụ": the annual plan's tasks of the unit, filtered by area, status, lead
 * unit and due date, with overdue tasks highlighted and the completion share; the list is
 * virtualised so thousands of tasks scroll smoothly.
 */
import * as Area from "@cchc/domain/Area";
import { ofInstantInVietnam } from "@cchc/domain/LocalDate";
import { formatInteger } from "@cchc/domain/VnNumber";
import { formatRate } from "@cchc/domain/VnRate";
import { createMemo, createResource, createSignal, For, type JSX, Show } from "solid-js";
import type { TaskBody } from "../api/Contract";
import type { Key } from "../i18n/Dictionary";
import { useApp } from "../shell/AppContext";
import { DateInput } from "../ui/DateInput";
import { ErrorNotice } from "../ui/ErrorNotice";
import { VirtualList } from "../ui/VirtualList";
import { TaskRow, taskStatuses } from "./TaskRow";

/** Whether a task is past its due date and not done. */
export const isOverdue = (task: TaskBody, today: string): boolean =>
  task.dueDate !== null && task.dueDate < today && task.status !== "done" && task.status !== "cancelled";

/** The plans screen. */
const PlansScreen = (): JSX.Element => {
  const { api, router, t } = useApp();
  const year = () => Number(router.place().period.slice(0, 4));
  const [plans, { refetch, mutate }] = createResource(
    () => ({ unit: router.place().unit, year: year() }),
    ({ unit, year }) => api.plans(unit, year),
  );
  const [area, setArea] = createSignal("");
  const [status, setStatus] = createSignal("");
  const [lead, setLead] = createSignal("");
  const [due, setDue] = createSignal("");
  const today = ofInstantInVietnam(new Date());
  // reading a failed resource throws: the memo reads it only when it loaded
  const tasks = createMemo(() => (plans.error ? [] : (plans()?.items.flatMap((p) => p.tasks) ?? [])));
  const leads = createMemo(() => [...new Set(tasks().flatMap((x) => (x.leadUnit ? [x.leadUnit] : [])))].sort());
  const shown = createMemo(() =>
    tasks().filter(
      (x) =>
        (area() === "" || x.area === area()) &&
        (status() === "" || (status() === "overdue" ? isOverdue(x, today) : x.status === status())) &&
        (lead() === "" || x.leadUnit === lead()) &&
        (due() === "" || (x.dueDate !== null && x.dueDate <= due())),
    ),
  );
  const done = createMemo(() => shown().filter((x) => x.status === "done").length);
  const statusLabel = (s: string) => {
    const v = t()[`taskStatus.${s}` as Key];
    return typeof v === "string" ? v : s;
  };
  const saveTask = async (task: TaskBody, change: Pick<TaskBody, "status" | "progress" | "evidence">) => {
    const updated = await api.updateTask(task.id, { ...change, ...(task.version === undefined ? {} : { version: task.version }) });
    mutate((cur) => cur && { items: cur.items.map((p) => ({ ...p, tasks: p.tasks.map((x) => (x.id === task.id ? { ...x, ...updated } : x)) })) });
  };
  return (
    <article class="screen" aria-labelledby="plans-title">
      <h1 id="plans-title">{t().plansTitle(year())}</h1>
      <Show when={!plans.error} fallback={<ErrorNotice error={plans.error} onRetry={refetch} />}>
        <Show when={plans()} fallback={<p class="muted">{t().loading}</p>}>
          {(p) => (
            <Show when={p().items.length > 0} fallback={<p class="notice notice-info">{t().noPlan}</p>}>
              <For each={p().items}>{(plan) => <p class="muted">{plan.title}</p>}</For>
              <div class="filters panel" role="search">
                <label class="field">
                  <span class="field-label">{t().area}</span>
                  <select onChange={(e) => setArea(e.currentTarget.value)}>
                    <option value="">{t().all}</option>
                    <For each={Area.all}>{(a) => <option value={a.code}>{router.place().lang === "en" ? a.nameEn : a.shortVi}</option>}</For>
                  </select>
                </label>
                <label class="field">
                  <span class="field-label">{t().status}</span>
                  <select onChange={(e) => setStatus(e.currentTarget.value)}>
                    <option value="">{t().all}</option>
                    <For each={taskStatuses}>{(s) => <option value={s}>{statusLabel(s)}</option>}</For>
                    <option value="overdue">{t().overdue}</option>
                  </select>
                </label>
                <label class="field">
                  <span class="field-label">{t().leadUnit}</span>
                  <select onChange={(e) => setLead(e.currentTarget.value)}>
                    <option value="">{t().all}</option>
                    <For each={leads()}>{(l) => <option value={l}>{l}</option>}</For>
                  </select>
                </label>
                <DateInput label={t().dueBefore} onChange={setDue} />
              </div>
              <p class="summary-line" role="status">
                {t().taskCount(formatInteger(shown().length))} — {t().completion(done(), shown().length, formatRate(done(), shown().length))}
              </p>
              <VirtualList items={shown()} estimate={150} label={t().task} keyOf={(x) => x.id}>
                {(task) => <TaskRow task={task} overdue={isOverdue(task, today)} onSave={(c) => saveTask(task, c)} />}
              </VirtualList>
            </Show>
          )}
        </Show>
      </Show>
    </article>
  );
};

export default PlansScreen;
