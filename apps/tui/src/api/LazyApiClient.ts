/**
 * The HTTP `ApiClient`, loaded on its first call. The real client (HttpApiClient.ts) brings
 * Effect and every endpoint's Schemas with it (≈ 0,5 s on a busy 2-core machine); the console
 * draws its first frame and a command parses its arguments (or prints its help, or works
 * offline) without waiting for them. The unit list, the console's first screen, loads only its
 * own endpoints (UnitList.ts); `preload` loads the rest once that screen is up. This module
 * imports nothing at run time but the loaders.
 */
import type { ApiClient } from "./ApiClient.js";
import type { HttpClientOptions } from "./Call.js";

/** An `ApiClient` that loads the HTTP client when a method is first called, or when asked to. */
export interface LazyApiClient extends ApiClient {
  /** Loads the whole client now (while the user reads the first screen). */
  readonly preload: () => Promise<void>;
}

/** An `ApiClient` that loads the HTTP client when a method is first called. */
export const makeLazyApiClient = (options: HttpClientOptions): LazyApiClient => {
  let loaded: Promise<ApiClient> | undefined;
  const real = (): Promise<ApiClient> => {
    loaded ??= import("./HttpApiClient.js").then((m) => m.makeHttpApiClient(options));
    return loaded;
  };
  return {
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    preload: () => real().then(() => undefined),
    // The first screen's call: its own endpoints only, unless the whole client is there already.
    units: (query) => (loaded ? loaded.then((c) => c.units(query)) : import("./UnitList.js").then((m) => m.listUnits(options, query))),
    period: (code, regime) => real().then((c) => c.period(code, regime)),
    indicators: () => real().then((c) => c.indicators()),
    values: (unit, period, indicator) => real().then((c) => c.values(unit, period, indicator)),
    setValue: (unit, period, input) => real().then((c) => c.setValue(unit, period, input)),
    bulkValues: (rows, dryRun, bulk) => real().then((c) => c.bulkValues(rows, dryRun, bulk)),
    validate: (unit, period) => real().then((c) => c.validate(unit, period)),
    submit: (unit, period, comment) => real().then((c) => c.submit(unit, period, comment)),
    tasks: (unit, period) => real().then((c) => c.tasks(unit, period)),
    updateTask: (id, update) => real().then((c) => c.updateTask(id, update)),
    report: (unit, period, format, signal) => real().then((c) => c.report(unit, period, format, signal)),
    dossierBatch: (csv, signal) => real().then((c) => c.dossierBatch(csv, signal)),
    dossierBulk: (csv, signal) => real().then((c) => c.dossierBulk(csv, signal)),
    loadDemo: () => real().then((c) => c.loadDemo()),
  };
};
