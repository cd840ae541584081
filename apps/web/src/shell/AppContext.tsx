/**
 * What every screen needs, handed down once: the API, the router and the dictionary of the
 * chosen language. Tests build their own context with a fake `fetch` and a fake history.
 */
import { type Accessor, createContext, createMemo, type JSX, useContext } from "solid-js";
import { type Api, makeApi } from "../api/Api";
import { type FetchLike, type Http, makeHttp } from "../api/Http";
import { type Dictionary, dictionaries } from "../i18n/Dictionary";
import type { Router } from "../router/Router";

/** The services of the app. */
export interface AppServices {
  readonly http: Http;
  readonly api: Api;
  readonly router: Router;
  /** The dictionary of the current language. */
  readonly t: Accessor<Dictionary>;
}

const Context = createContext<AppServices>();

/** Props of `AppProvider`. */
export interface AppProviderProps {
  readonly fetch: FetchLike;
  readonly router: Router;
  readonly children: JSX.Element;
}

/** Provides the services built over a `fetch` and a router. */
export const AppProvider = (props: AppProviderProps): JSX.Element => {
  const http = makeHttp(props.fetch);
  const api = makeApi(http);
  const t = createMemo(() => dictionaries[props.router.place().lang]);
  return <Context.Provider value={{ http, api, router: props.router, t }}>{props.children}</Context.Provider>;
};

/** The app's services; throws outside `AppProvider` (a programming error). */
export const useApp = (): AppServices => {
  const ctx = useContext(Context);
  if (!ctx) throw new Error("useApp outside AppProvider");
  return ctx;
};
