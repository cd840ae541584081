/**
 * "Kế hoạch, nhiệm vụ": the unit's annual plan with its progress roll-up and its tasks, filtered
 * by area, status, lead unit and deadline, overdue tasks highlighted, the completion share of the
 * shown tasks; the list is virtualised so thousands of tasks scroll smoothly.
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

/** Whether a task is past its deadline and neither done nor cancelled. */
export const isOverdue = (task: Pick<TaskBody, "deadline" | "status">, today: string): boolean =>
  task.deadline !== null && task.deadline < today && task.status !== "done" && task.status !== "cancelled";

/** The plans screen. */
const PlansScreen = (): JSX.Element => {
  const { api, router, t } = useApp();
  const year = () => Number(router.place().period.slice(0, 4));
  const key = () => ({ unit: router.place().unit, year: year() });
  const [data, { refetch, mutate }] = createResource(key, async ({ unit, year }) => {
    const [plan, tasks, documents] = await Promise.all([
      api.plan(unit, year),
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
  const today = ofInstantInVietnam(new Date());
  // reading a failed resource throws: memos read it only when it loaded
  const loaded = () => (data.error ? undefined : data());
  const tasks = createMemo(() => loaded()?.tasks ?? []);
  const leads = createMemo(() => [...new Set(tasks().map((x) => x.leadUnit))].sort());
  const shown = createMemo(() =>
    tasks().filter(
      (x) =>
        (area() === "" || x.area === area()) &&
        (status() === "" || (status() === "overdue" ? isOverdue(x, today) : x.status === status())) &&
        (lead() === "" || x.leadUnit === lead()) &&
        (due() === "" || (x.deadline !== null && x.deadline <= due())),
    ),
  );
  const done = createMemo(() => shown().filter((x) => x.status === "done").length);
  const overdueCount = createMemo(() => shown().filter((x) => isOverdue(x, today)).length);
  const statusLabel = (s: string) => {
    const v = t()[`taskStatus.${s}` as Key];
    return typeof v === "string" ? v : s;
  };
  const saveTask = async (task: TaskBody, change: Pick<TaskBody, "status" | "progress" | "evidence">) => {
    const updated = await api.updateTask(task.id, { ...change, version: task.version });
    mutate((cur) => cur && { ...cur, tasks: cur.tasks.map((x) => (x.id === task.id ? updated : x)) });
  };
  return (
    <article class="screen" aria-labelledby="plans-title">
      <h1 id="plans-title">{t().plansTitle(year())}</h1>
      <Show when={!data.error} fallback={<ErrorNotice error={data.error} onRetry={refetch} />}>
        <Show when={data()} fallback={<p class="muted">{t().loading}</p>}>
          {(d) => (
            <>
              <section class="panel">
                <h2>{d().plan.title}</h2>
                <Show when={d().plan.document}>{(doc) => <p class="muted">{doc().reference}</p>}</Show>
                <p>{t().rollup(d().plan.rollup.startedRateText, d().plan.rollup.completedRateText, d().plan.rollup.total)}</p>
              </section>
              <div class="filters panel" role="search">
                <label class="field">
                  <span class="field-label">{t().area}</span>
                  <select onChange={(e) => setArea(e.currentTarget.value)}>
                    <option value="">{t().all}</option>
                    <For each={Area.all}>
                      {(a) => <option value={a.code}>{router.place().lang === "en" ? a.nameEn : a.shortVi}</option>}
                    </For>
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
                {t().taskCount(formatInteger(shown().length))} —{" "}
                {t().completion(done(), shown().length, formatRate(done(), shown().length))}
                <Show when={overdueCount() > 0}>
                  {" — "}
                  <span class="badge badge-error">
                    {t().overdue}: {overdueCount()}
                  </span>
                </Show>
              </p>
              <Show when={shown().length > 0} fallback={<p class="notice notice-info">{t().noTasks}</p>}>
                <VirtualList items={shown()} estimate={170} label={t().task} keyOf={(x) => String(x.id)}>
                  {(task) => (
                    <TaskRow task={task} overdue={isOverdue(task, today)} documents={d().documents} onSave={(c) => saveTask(task, c)} />
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
