/**
 * The unit's deadlines in a table: due day, the item (a link back to its record), its kind and
 * its state as a badge with the working days left; a from/to filter (dd/mm/yyyy).
 */
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { DataTable } from "../ui/DataTable";
import { DateInput } from "../ui/DateInput";
import { shortDay as day } from "../ui/Day";
import { Loaded } from "../ui/Loaded";
import { TableHead } from "../ui/TableHead";
import type { DeadlineItem, DeadlinesApi } from "./DeadlinesApi";

/** Props of the list. */
export interface DeadlineListProps {
  readonly api: DeadlinesApi;
  readonly unit: string;
}

/** The list with its filter. */
export const DeadlineList = (props: DeadlineListProps): JSX.Element => {
  const { t } = useApp();
  const [from, setFrom] = createSignal("");
  const [to, setTo] = createSignal("");
  const [range, setRange] = createSignal<{ from: string; to: string }>({ from: "", to: "" });
  const [list, { refetch }] = createResource(
    () => ({ unit: props.unit, ...range() }),
    (q) => props.api.deadlines(q.unit, q.from, q.to),
  );
  const show = (e: SubmitEvent) => {
    e.preventDefault();
    setRange({ from: from(), to: to() });
  };
  const kind = (d: DeadlineItem) => t()[`deadlineKind.${d.kind}`];
  return (
    <section class="panel" aria-labelledby="deadlines-list-title">
      <form class="filters" onSubmit={show}>
        <DateInput label={t().deadlinesFrom} onChange={setFrom} />
        <DateInput label={t().deadlinesTo} onChange={setTo} />
        <button type="submit" class="button">
          {t().deadlinesShow}
        </button>
      </form>
      <h2 id="deadlines-list-title" class="visually-hidden">
        {t()["screen.deadlines"]}
      </h2>
      <Loaded resource={list} onRetry={() => void refetch()}>
        {(l) => (
          <>
            <p class="muted">{t().deadlinesAsOf(day(l().asOf))}</p>
            <Show when={l().items.length > 0} fallback={<p class="muted">{t().deadlinesEmpty}</p>}>
              <DataTable
                class="doc-table"
                testId="deadline-table"
                head={<TableHead columns={[t().deadlinesColDue, t().deadlinesColTitle, t().deadlinesColKind, t().deadlinesColState]} />}
                rows={l().items}
              >
                {(d) => (
                  <tr data-testid={`deadline-${d.id}`}>
                    <td>{day(d.dueOn)}</td>
                    <td>
                      <a href={d.link}>{d.title}</a>
                    </td>
                    <td>{kind(d)}</td>
                    <td>
                      <span class={`deadline-state state-${d.state}`} data-state={d.state}>
                        {t()[`deadlineState.${d.state}`]}
                      </span>
                      <span class="muted">
                        {" "}
                        · {d.state === "done" && d.doneOn ? t().deadlinesDoneOn(day(d.doneOn)) : t().deadlinesDaysLeft(d.workingDaysLeft)}
                      </span>
                    </td>
                  </tr>
                )}
              </DataTable>
            </Show>
          </>
        )}
      </Loaded>
    </section>
  );
};
