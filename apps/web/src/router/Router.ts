/**
 * A tiny router: the screen is the path (`/`, `/nhap-lieu`, …) and the unit, period and
 * language are the query string (`?unit=DT&period=2022-H1&lang=vi`), so a copied link opens the
 * same view. Leaving a screen can be refused by a guard (unsaved data entry).
 */
import { type Accessor, createSignal } from "solid-js";
import { isLang, type Lang } from "../i18n/Dictionary";

/** The screens of the app. */
export type Screen =
  | "dashboard"
  | "entry"
  | "plans"
  | "documents"
  | "report"
  | "check"
  | "parIndex"
  | "deadlines"
  | "workflow"
  | "activities"
  | "narratives"
  | "dossiers"
  | "account"
  | "admin"
  | "notFound";

/** Screens in menu order with their paths. */
export const screens: ReadonlyArray<{ readonly screen: Screen; readonly path: string }> = [
  { screen: "dashboard", path: "/" },
  { screen: "entry", path: "/nhap-lieu" },
  { screen: "plans", path: "/ke-hoach" },
  { screen: "documents", path: "/van-ban" },
  { screen: "report", path: "/bao-cao" },
  { screen: "check", path: "/kiem-tra" },
  { screen: "parIndex", path: "/chi-so" },
  { screen: "workflow", path: "/quy-trinh" },
  { screen: "deadlines", path: "/han" },
  { screen: "activities", path: "/hoat-dong" },
  { screen: "narratives", path: "/thuyet-minh" },
  { screen: "dossiers", path: "/ho-so" },
  { screen: "account", path: "/tai-khoan" },
  { screen: "admin", path: "/quan-tri" },
];

/** Where the user is. */
export interface Place {
  readonly screen: Screen;
  readonly unit: string;
  readonly period: string;
  readonly lang: Lang;
  /** The fragment after `#` (an indicator to scroll to), without the `#`. */
  readonly focus: string;
}

/** The view opened when the URL says nothing: the demo province and its first half of 2022. */
export const defaultPlace: Place = { screen: "dashboard", unit: "DT", period: "2022-H1", lang: "vi", focus: "" };

/** Reads a place from a URL path, query string and hash. */
export const parsePlace = (pathname: string, search: string, hash = ""): Place => {
  const q = new URLSearchParams(search);
  const path = pathname.replace(/\/+$/, "") || "/";
  const found = screens.find((s) => s.path === path);
  const lang = q.get("lang");
  return {
    // an unknown path is said to be unknown, not silently shown as the dashboard
    screen: found?.screen ?? "notFound",
    unit: q.get("unit")?.trim() || defaultPlace.unit,
    period: q.get("period")?.trim() || defaultPlace.period,
    lang: isLang(lang) ? lang : defaultPlace.lang,
    focus: decodeURIComponent(hash.replace(/^#/, "")),
  };
};

/** The URL (path, query, hash) of a place. */
export const hrefOf = (p: Place): string => {
  const path =
    screens.find((s) => s.screen === p.screen)?.path ??
    (p.screen === "notFound" && typeof location !== "undefined" ? location.pathname : "/");
  const q = new URLSearchParams({ unit: p.unit, period: p.period, lang: p.lang });
  return `${path}?${q.toString()}${p.focus ? `#${encodeURIComponent(p.focus)}` : ""}`;
};

/** The window parts the router uses (a fake one in tests). */
export interface HistoryHost {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: "popstate", listener: () => void): void;
  confirm(message: string): boolean;
}

/** The router of the app. */
export interface Router {
  readonly place: Accessor<Place>;
  /** Goes to a place (changes merged into the current one); false when a guard refused. */
  readonly go: (change: Partial<Place>, options?: { readonly replace?: boolean }) => boolean;
  readonly href: (change: Partial<Place>) => string;
  /** Sets the guard asked before leaving: it returns the question to confirm, or null to leave freely. */
  readonly setGuard: (guard: (() => string | null) | null) => void;
}

/** Creates the router over a window-like host. */
export const createRouter = (host: HistoryHost): Router => {
  const read = () => parsePlace(host.location.pathname, host.location.search, host.location.hash);
  const [place, setPlace] = createSignal<Place>(read());
  let guard: (() => string | null) | null = null;
  const allowed = (): boolean => {
    const question = guard?.() ?? null;
    return question === null || host.confirm(question);
  };
  host.addEventListener("popstate", () => {
    const next = read();
    if (next.screen !== place().screen || next.unit !== place().unit || next.period !== place().period) {
      if (!allowed()) {
        host.history.pushState(null, "", hrefOf(place()));
        return;
      }
    }
    setPlace(next);
  });
  const go = (change: Partial<Place>, options: { readonly replace?: boolean } = {}): boolean => {
    const next = { ...place(), focus: "", ...change };
    const leaving = next.screen !== place().screen || next.unit !== place().unit || next.period !== place().period;
    if (leaving && !allowed()) return false;
    const url = hrefOf(next);
    if (options.replace) host.history.replaceState(null, "", url);
    else host.history.pushState(null, "", url);
    setPlace(next);
    return true;
  };
  return {
    place,
    go,
    href: (change) => hrefOf({ ...place(), focus: "", ...change }),
    setGuard: (g) => {
      guard = g;
    },
  };
};
