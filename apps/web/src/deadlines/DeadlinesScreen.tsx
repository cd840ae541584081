/**
 * "Hạn và nhắc việc" (`/han`): the deadlines of the chosen unit with their state, the calendar
 * link, the unit's reminder rules (edited by its administrators) and, for administrators, the
 * sending log of the reminder digests.
 */
import type { JSX } from "solid-js";
import { Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { useAccess } from "../shell/Session";
import { CalendarLinks } from "./CalendarLinks";
import { DeadlineList } from "./DeadlineList";
import { makeDeadlinesApi } from "./DeadlinesApi";
import { DeliveryLog } from "./DeliveryLog";
import { ReminderRulesPanel } from "./ReminderRulesPanel";

/** The screen. */
export const DeadlinesScreen = (): JSX.Element => {
  const { http, router, t } = useApp();
  const access = useAccess();
  const api = makeDeadlinesApi(http);
  const unit = () => router.place().unit;
  return (
    <article class="screen" aria-labelledby="deadlines-title">
      <h1 id="deadlines-title">{t().deadlinesTitle(unit())}</h1>
      <Show when={unit()} keyed>
        {(u) => (
          <>
            <DeadlineList api={api} unit={u} />
            <CalendarLinks api={api} unit={u} />
            <ReminderRulesPanel api={api} unit={u} canEdit={access.can("admin", u)} />
            <Show when={access.can("admin", u)}>
              <DeliveryLog api={api} />
            </Show>
          </>
        )}
      </Show>
    </article>
  );
};

export default DeadlinesScreen;
