/** The sending log of reminder digests, for administrators: day, recipient, subject, status, attempts. */
import { createResource, type JSX, Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { DataTable } from "../ui/DataTable";
import { shortDay } from "../ui/Day";
import { ErrorNotice } from "../ui/ErrorNotice";
import { TableHead } from "../ui/TableHead";
import type { DeadlinesApi } from "./DeadlinesApi";

/** The log. */
export const DeliveryLog = (props: { readonly api: DeadlinesApi }): JSX.Element => {
  const { t } = useApp();
  const [log] = createResource(() => props.api.deliveries().then((r) => r.items));
  return (
    <section class="panel" aria-labelledby="log-title">
      <h2 id="log-title">{t().logTitle}</h2>
      <Show when={!log.error} fallback={<ErrorNotice error={log.error} />}>
        <Show when={(log() ?? []).length > 0} fallback={<p class="muted">{log() ? t().logEmpty : t().loading}</p>}>
          <DataTable
            class="doc-table"
            testId="delivery-log"
            head={<TableHead columns={[t().logColDay, t().logColTo, t().logColSubject, t().logColStatus, t().logColAttempts]} />}
            rows={log()}
          >
            {(d) => (
              <tr>
                <td>{shortDay(d.day)}</td>
                <td>{d.username === null ? d.recipient : `${d.username} <${d.recipient}>`}</td>
                <td>{d.subject}</td>
                <td title={d.lastError ?? undefined}>{t()[`mailStatus.${d.status}`]}</td>
                <td>{d.attempts}</td>
              </tr>
            )}
          </DataTable>
        </Show>
      </Show>
    </section>
  );
};
