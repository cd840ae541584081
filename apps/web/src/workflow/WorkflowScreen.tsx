/**
 * "Quy trình": the review workflow of the chosen unit's report for the period — its state and
 * deadline, the validation findings that block a submission (each linked to its record), the
 * commands the person may use, the history (who, when, comment or reason, items), and for a unit
 * with units below it their submissions and the consolidation.
 */
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { FindingList } from "../dashboard/FindingList";
import { useApp } from "../shell/AppContext";
import { UnitScreenHead } from "../shell/UnitScreenHead";
import { DataTable } from "../ui/DataTable";
import { Loaded } from "../ui/Loaded";
import { SavedNotice } from "../ui/SavedNotice";
import { TableHead } from "../ui/TableHead";
import { Submissions } from "./Submissions";
import { WorkflowActions } from "./WorkflowActions";

const when = (iso: string) =>
  new Date(iso).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" });

/** The workflow screen. */
const WorkflowScreen = (): JSX.Element => {
  const { api, router, t } = useApp();
  const key = () => ({ unit: router.place().unit, period: router.place().period });
  const [status, { refetch }] = createResource(key, ({ unit, period }) => api.workflow(unit, period));
  const [findings, { refetch: refetchFindings }] = createResource(key, ({ unit, period }) =>
    api.validation(unit, period).then(
      (r) => ({ items: r.findings, error: null as unknown }),
      (error: unknown) => ({ items: [], error }),
    ),
  );
  const [message, setMessage] = createSignal("");
  const done = (m: string) => {
    setMessage(m);
    void refetch();
    void refetchFindings();
  };
  return (
    <article class="screen" aria-labelledby="wf-title">
      <UnitScreenHead titleId="wf-title" title={t().workflowTitle} />
      <SavedNotice message={message()} />
      <Loaded resource={status} onRetry={refetch}>
        {(s) => (
          <>
            <section class="panel wf-status" aria-labelledby="wf-state-title">
              <h2 id="wf-state-title">{t().stateNow}</h2>
              <p>
                <span class={`badge badge-state badge-${s().state}`} data-state={s().state}>
                  {t().reportState(s().state)}
                </span>{" "}
                {t().submissionsCount(s().submissions)}
                <Show when={s().deadline}>{(d) => <> · {t().deadlineLine(d().split("-").reverse().join("/"))}</>}</Show>
              </p>
            </section>
            <Show when={["draft", "returned", "reopened"].includes(s().state) && findings()}>
              <FindingList
                title={t().blockingTitle}
                findings={findings()?.items ?? []}
                error={findings()?.error}
                onChanged={() => void refetchFindings()}
              />
            </Show>
            <WorkflowActions status={s()} onDone={done} />
            <section class="panel" aria-labelledby="wf-history-title">
              <h2 id="wf-history-title">{t().historyTitle}</h2>
              <Show when={s().history.length > 0} fallback={<p class="muted">{t().wfHistoryEmpty}</p>}>
                <div class="table-wrap">
                  <DataTable
                    class="doc-table wf-history"
                    head={<TableHead columns={[t().colWhen, t().colWho, t().colStep, t().colNote]} />}
                    rows={[...s().history].reverse()}
                  >
                    {(step) => (
                      <tr data-command={step.command}>
                        <td>{when(step.at)}</td>
                        <td>{step.actor.name ?? step.actor.kind}</td>
                        <td>
                          {t().command(step.command)}
                          <Show when={step.timeliness}> ({step.timeliness === "late" ? t().wfLate : t().wfOnTime})</Show>
                        </td>
                        <td>
                          {[step.reason, step.comment].filter(Boolean).join(" — ")}
                          <Show when={step.items.length > 0}>
                            <span class="muted"> [{step.items.map((i) => i.code).join(", ")}]</span>
                          </Show>
                        </td>
                      </tr>
                    )}
                  </DataTable>
                </div>
              </Show>
            </section>
          </>
        )}
      </Loaded>
      <Submissions />
    </article>
  );
};

export default WorkflowScreen;
