/**
 * The bell in the app header: the number of unread reminders on a badge, and a panel with the
 * latest reminders (state, due day, a link to the item), "mark all read", and the reminder
 * settings. The count refreshes every two minutes and whenever the panel opens.
 */
import { createSignal, type JSX, onCleanup, onMount, Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { shortDay } from "../ui/Day";
import { ItemList } from "../ui/ItemList";
import { LinkButton } from "../ui/LinkButton";
import { makeNotificationsApi, type NotificationList } from "./NotificationsApi";
import { ReminderPreferencesForm } from "./ReminderPreferencesForm";

const REFRESH_MS = 120_000;

/** The bell and its panel. */
export const NotificationBell = (): JSX.Element => {
  const { http, t } = useApp();
  const api = makeNotificationsApi(http);
  const [list, setList] = createSignal<NotificationList>({ unread: 0, items: [] });
  const [open, setOpen] = createSignal(false);
  const [settings, setSettings] = createSignal(false);
  const refresh = () =>
    api.list().then(
      (l) => setList(l),
      () => undefined,
    );
  onMount(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    onCleanup(() => clearInterval(timer));
  });
  const toggle = () => {
    setOpen(!open());
    if (open()) void refresh();
  };
  const markAll = async () => {
    await api.markRead();
    await refresh();
  };
  const markOne = async (id: number) => {
    await api.markRead([id]);
    await refresh();
  };
  return (
    <div class="bell">
      <button
        type="button"
        class="button button-on-brand bell-button"
        aria-expanded={open() ? "true" : "false"}
        aria-controls="notification-panel"
        aria-label={t().notificationsUnread(list().unread)}
        onClick={toggle}
      >
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="currentColor">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
        </svg>
        <Show when={list().unread > 0}>
          <span class="bell-badge" data-testid="bell-count">
            {list().unread}
          </span>
        </Show>
      </button>
      <Show when={open()}>
        <section id="notification-panel" class="bell-panel" aria-label={t().notifications}>
          <header class="bell-panel-head">
            <h2>{t().notifications}</h2>
            <Show when={list().unread > 0}>
              <button type="button" class="button" onClick={() => void markAll()}>
                {t().notificationsMarkAll}
              </button>
            </Show>
          </header>
          <ItemList class="bell-list" items={list().items} empty={<p class="muted">{t().notificationsEmpty}</p>}>
            {(n) => (
              <li class={n.readAt === null ? "bell-item unread" : "bell-item"}>
                <a href={n.link}>{n.title}</a>
                <span class={`deadline-state state-${n.state}`}>{t()[`deadlineState.${n.state}`]}</span>
                <span class="muted">
                  {" "}
                  · {t().notificationDue(shortDay(n.dueOn))} · {n.unit}
                </span>
                <Show when={n.readAt === null}>
                  <LinkButton onClick={() => void markOne(n.id)}>{t().notificationsMarkRead}</LinkButton>
                </Show>
              </li>
            )}
          </ItemList>
          <button type="button" class="link-button" aria-expanded={settings() ? "true" : "false"} onClick={() => setSettings(!settings())}>
            {t().reminderSettings}
          </button>
          <Show when={settings()}>
            <ReminderPreferencesForm />
          </Show>
        </section>
      </Show>
    </div>
  );
};
