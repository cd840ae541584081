/**
 * For a unit with units below it: who has submitted the period's report, on time or late, who is
 * missing (overdue), what was returned and why — and the consolidation of the approved figures
 * into this unit's, with the units it included and those it left out.
 */
import * as LocalDate from "@cchc/domain/LocalDate";
import * as VnDate from "@cchc/domain/VnDate";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import type { SubmissionLineBody } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { Link } from "../shell/Link";
import { useAccess } from "../shell/Session";
import { DataTable } from "../ui/DataTable";
import { ErrorNotice } from "../ui/ErrorNotice";
import { SavedNotice } from "../ui/SavedNotice";
import { TableHead } from "../ui/TableHead";
import { useAction } from "../ui/UseAction";

const dayOf = (iso: string | null): string => (iso === null ? "—" : VnDate.formatShort(LocalDate.ofInstantInVietnam(new Date(iso))));

/** The submissions table and the consolidation of a parent unit. */
export const Submissions = (): JSX.Element => {
  const { api, router, t } = useApp();
  const access = useAccess();
  const key = () => ({ unit: router.place().unit, period: router.place().period });
  const [overview, { refetch }] = createResource(key, ({ unit, period }) => api.submissions(unit, period));
  const [result, setResult] = createSignal("");
  const { busy, error, run } = useAction();
  const consolidate = () =>
    run(async () => {
      const r = await api.consolidate(router.place().unit, router.place().period);
      setResult(t().consolidateDone(r.stored, r.included.join(", "), r.missing.join(", ")));
      void refetch();
    });
  const timely = (l: SubmissionLineBody) =>
    l.timeliness === "on-time" ? t().wfOnTime : l.timeliness === "late" ? t().wfLate : l.overdue ? t().wfOverdue : t().missing;
  return (
    <Show when={!overview.error} fallback={<ErrorNotice error={overview.error} onRetry={refetch} />}>
      <Show when={overview() && (overview()?.lines.length ?? 0) > 0}>
        <section class="panel" aria-labelledby="wf-subs-title">
          <h2 id="wf-subs-title">{t().submissionsTitle}</h2>
          <p class="summary-line">
            {t().submissionsSummary(overview()?.summary ?? { units: 0, submitted: 0, onTime: 0, late: 0, missing: 0, returned: 0 })}
          </p>
          <div class="table-wrap">
            <DataTable
              class="doc-table submissions"
              head={<TableHead columns={[t().colUnit, t().colState, t().colFirst, t().colTimely, t().colNote]} />}
              rows={overview()?.lines ?? []}
            >
              {(l) => (
                <tr data-unit={l.unit}>
                  <th scope="row">
                    <Link to={{ unit: l.unit, screen: "workflow" }}>{l.name}</Link>
                  </th>
                  <td data-state={l.state}>{t().reportState(l.state)}</td>
                  <td>{dayOf(l.firstSubmittedAt)}</td>
                  <td data-timeliness={l.timeliness ?? (l.overdue ? "overdue" : "missing")}>{timely(l)}</td>
                  <td>{l.returned?.reason ?? ""}</td>
                </tr>
              )}
            </DataTable>
          </div>
        </section>
        <Show when={access.can("write-values") || access.can("approve")}>
          <section class="panel" aria-labelledby="wf-cons-title">
            <h2 id="wf-cons-title">{t().consolidateTitle}</h2>
            <p class="muted">{t().consolidateIntro}</p>
            <button type="button" class="button button-primary" disabled={busy()} onClick={() => void consolidate()}>
              {t().consolidateButton}
            </button>
            <SavedNotice message={result()} />
            <Show when={error()}>{(e) => <ErrorNotice error={e()} />}</Show>
          </section>
        </Show>
      </Show>
    </Show>
  );
};
