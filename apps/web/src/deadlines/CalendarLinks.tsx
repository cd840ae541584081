/**
 * The calendar link of a unit: create a read-only calendar token (its subscription URL shown
 * once), list the caller's tokens and revoke them.
 */
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { shortDay as day } from "../ui/Day";
import { ErrorNotice } from "../ui/ErrorNotice";
import { ItemList } from "../ui/ItemList";
import { LinkButton } from "../ui/LinkButton";
import { useAction } from "../ui/UseAction";
import type { DeadlinesApi } from "./DeadlinesApi";

/** Props of the panel. */
export interface CalendarLinksProps {
  readonly api: DeadlinesApi;
  readonly unit: string;
}

/** The panel. */
export const CalendarLinks = (props: CalendarLinksProps): JSX.Element => {
  const { t } = useApp();
  const [tokens, { refetch }] = createResource(() => props.api.tokens().then((r) => r.items));
  const [created, setCreated] = createSignal<string | null>(null);
  const action = useAction();
  const act = (f: () => Promise<unknown>) =>
    action.run(async () => {
      await f();
      await refetch();
    });
  const create = () => act(async () => setCreated((await props.api.createToken(props.unit)).url));
  const revoke = (id: string) =>
    act(async () => {
      await props.api.revokeToken(id);
      setCreated(null);
    });
  return (
    <section class="panel" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t().calendarTitle}</h2>
      <p class="muted">{t().calendarHint}</p>
      <button type="button" class="button" onClick={() => void create()}>
        {t().calendarCreate}
      </button>
      <Show when={created()}>
        {(url) => (
          <p role="status">
            {t().calendarCreated}{" "}
            <input class="calendar-url" readonly value={url()} aria-label={t().calendarCreated} data-testid="calendar-url" size={60} />
          </p>
        )}
      </Show>
      <Show when={action.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <h3>{t().calendarTokens}</h3>
      <ItemList class="token-list" error={tokens.error} items={tokens()} empty={<p class="muted">{t().calendarNoTokens}</p>}>
        {(tok) => (
          <li data-testid={`calendar-token-${tok.id}`}>
            {t().calendarTokenLine(tok.prefix, tok.unit, day(tok.createdAt))}{" "}
            <Show
              when={tok.revokedAt === null}
              fallback={<span class="muted">{t().calendarRevoked(day(tok.revokedAt ?? tok.createdAt))}</span>}
            >
              <LinkButton onClick={() => void revoke(tok.id)}>{t().calendarRevoke}</LinkButton>
            </Show>
          </li>
        )}
      </ItemList>
    </section>
  );
};
