/**
 * The shell of the app: header with the menu and language, the unit and period choosers, and
 * the current screen. Only the dashboard is in the first download; other screens load on demand.
 */

import type { OrgUnit } from "@cchc/domain/OrgUnit";
import {
  type Component,
  createEffect,
  createSignal,
  For,
  type JSX,
  lazy,
  Match,
  onCleanup,
  onMount,
  Show,
  Suspense,
  Switch,
} from "solid-js";
import { Dynamic } from "solid-js/web";
import type { SessionBody } from "../api/Answers";
import { ApiFailure } from "../api/Http";
import { ChangePasswordScreen } from "../auth/ChangePasswordScreen";
import { SignInScreen } from "../auth/SignInScreen";
import { Dashboard } from "../dashboard/Dashboard";
import type { Lang } from "../i18n/Dictionary";
import { NotificationBell } from "../notifications/NotificationBell";
import { type Screen, screens } from "../router/Router";
import { useApp } from "./AppContext";
import { ContextBar } from "./ContextBar";
import * as Landing from "./Landing";
import { Link } from "./Link";
import { NotFound } from "./NotFound";
import { SessionProvider } from "./Session";

/** The view of each screen: the dashboard in the first download, every other one loaded when first shown. */
const views: Readonly<Record<Screen, Component>> = {
  dashboard: Dashboard,
  entry: lazy(() => import("../entry/EntryScreen")),
  plans: lazy(() => import("../plans/PlansScreen")),
  documents: lazy(() => import("../documents/DocumentsScreen")),
  report: lazy(() => import("../report/ReportScreen")),
  check: lazy(() => import("../check/CheckScreen")),
  parIndex: lazy(() => import("../par-index/ParIndexScreen")),
  deadlines: lazy(() => import("../deadlines/DeadlinesScreen")),
  workflow: lazy(() => import("../workflow/WorkflowScreen")),
  activities: lazy(() => import("../activities/ActivitiesScreen")),
  narratives: lazy(() => import("../narratives/NarrativesScreen")),
  dossiers: lazy(() => import("../dossiers/DossiersScreen")),
  account: lazy(() => import("../account/AccountScreen")),
  admin: lazy(() => import("../admin/AdminScreen")),
  notFound: NotFound,
};

/** The whole app inside `AppProvider`. */
export const App = (): JSX.Element => {
  const { api, http, router, t } = useApp();
  // "checking" until /auth/me answers; "open" when the server has no accounts (older server)
  // "change": signed in with a one-time or reset password, which must be changed first
  const [session, setSession] = createSignal<"checking" | "out" | "in" | "open" | "change">("checking");
  const [user, setUser] = createSignal<SessionBody["user"] | null>(null);
  const [units, setUnits] = createSignal<ReadonlyArray<OrgUnit>>([]);
  // once signed in: the unit tree (for the grants' reach) and the place the person lands on
  const enter = async (u: SessionBody["user"]) => {
    setUser(u);
    const list = await api.units().then(
      (l) => l.items,
      () => [] as ReadonlyArray<OrgUnit>,
    );
    setUnits(list);
    const change = Landing.placeFor(u.grants, list, router.place(), new URLSearchParams(window.location.search));
    if (change) router.go(change, { replace: true });
  };
  // every screen is rebuilt (and refetches) after a sign-in
  const [epoch, setEpoch] = createSignal(1);
  onCleanup(http.onUnauthorized(() => setSession("out")));
  onMount(() => {
    api.me().then(
      async (s) => {
        await enter(s.user);
        setSession(s.user.mustChangePassword ? "change" : "in");
      },
      (e: unknown) => setSession(e instanceof ApiFailure && e.status === 401 ? "out" : "open"),
    );
  });
  const signedIn = async (s: SessionBody) => {
    await enter(s.user);
    setSession(s.user.mustChangePassword ? "change" : "in");
    setEpoch(epoch() + 1);
  };
  const passwordChanged = () => {
    setSession("in");
    setEpoch(epoch() + 1);
  };
  const signOut = async () => {
    await api.signOut().catch(() => undefined);
    setUser(null);
    setSession("out");
  };
  const place = router.place;
  createEffect(() => {
    document.documentElement.lang = place().lang;
    document.title = `${t()[`screen.${place().screen}`]} — CCHC`;
  });
  // the administration screen is offered to administrators of some subtree only (the API stays the judge)
  const isAdmin = () => user()?.grants?.some((g) => g.role === "admin") ?? false;
  const screenKey = (s: Screen) => `screen.${s}` as const;
  const switchLang = (lang: Lang) => router.go({ lang }, { replace: true });
  return (
    <>
      <a class="skip-link" href="#main">
        {t().skipToContent}
      </a>
      <header class="app-header">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">
            CCHC
          </span>
          <span class="brand-name">{t().appTitle}</span>
        </div>
        <nav class="main-nav" aria-label={t().mainNav}>
          <ul>
            <For each={screens.filter((s) => s.screen !== "admin" || isAdmin())}>
              {(s) => (
                <li>
                  <Link to={{ screen: s.screen }} aria-current={place().screen === s.screen ? "page" : undefined}>
                    {t()[screenKey(s.screen)]}
                  </Link>
                </li>
              )}
            </For>
          </ul>
        </nav>
        <Show when={user()}>
          {(u) => (
            <div class="user-box">
              <Show when={session() === "in"}>
                <NotificationBell />
              </Show>
              <span class="user-name">{u().displayName}</span>
              <button type="button" class="button button-on-brand" onClick={() => void signOut()}>
                {t().signOut}
              </button>
            </div>
          )}
        </Show>
        <div class="lang-switch" role="group" aria-label={t().language}>
          <button type="button" lang="vi" aria-pressed={place().lang === "vi" ? "true" : "false"} onClick={() => switchLang("vi")}>
            VI
            <span class="visually-hidden"> {t().langVi}</span>
          </button>
          <button type="button" lang="en" aria-pressed={place().lang === "en" ? "true" : "false"} onClick={() => switchLang("en")}>
            EN
            <span class="visually-hidden"> {t().langEn}</span>
          </button>
        </div>
      </header>
      <Switch>
        <Match when={session() === "checking"}>
          <main id="main" class="content content-single" tabindex="-1">
            <p class="muted">{t().loading}</p>
          </main>
        </Match>
        <Match when={session() === "out"}>
          <main id="main" class="content content-single" tabindex="-1">
            <SignInScreen onDone={(s) => void signedIn(s)} />
          </main>
        </Match>
        <Match when={session() === "change"}>
          <main id="main" class="content content-single" tabindex="-1">
            <ChangePasswordScreen onDone={passwordChanged} />
          </main>
        </Match>
        <Match when={epoch()} keyed>
          {(_) => (
            <SessionProvider user={user} units={units}>
              <div class="layout">
                <ContextBar />
                <main id="main" class="content" tabindex="-1">
                  <Suspense fallback={<p class="muted">{t().loading}</p>}>
                    <Dynamic component={views[place().screen]} />
                  </Suspense>
                </main>
              </div>
            </SessionProvider>
          )}
        </Match>
      </Switch>
    </>
  );
};
