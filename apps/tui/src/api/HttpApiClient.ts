/**
 * The `ApiClient` over HTTP, built on the contract's client (Call.ts): each method calls one
 * endpoint by its operationId, with inputs and answers typed and checked by the endpoint's
 * Schemas, and shapes the answer as the console and the commands use it.
 */
import type { AnswerOf } from "@cchc/contract";
import { Api } from "@cchc/contract/Api";
import { ServerRefused } from "../cli/Failure.js";
import type {
  ApiClient,
  BodyInput,
  BulkChange,
  BulkResult,
  CatalogueIndicator,
  Download,
  IndicatorView,
  ValidationFindingView,
} from "./ApiClient.js";
import { callerOf, type HttpClientOptions, serverOf } from "./Call.js";

export type { HttpClientOptions } from "./Call.js";

/** Largest page the list routes give. */
const PAGE = 1000;

/** The bulk first load is one transaction over the whole file: its answer comes once it is stored. */
const BULK_TIMEOUT_MS = 6 * 3_600_000;

const CSV = "text/csv; charset=utf-8";

/** An indicator of the catalogue, its dimensions' options as disaggregation texts ("" = total first). */
export const indicatorOf = (i: CatalogueIndicator): IndicatorView => ({
  code: i.code,
  area: i.area,
  nameVi: i.nameVi,
  unitVi: i.unitVi,
  valueType: i.valueType,
  dimensions: i.dimensions,
  disaggregations: [...new Set(["", ...i.disaggregations.flatMap((d) => d.options.map((o) => `${d.dimension}=${o.code}`))])],
});

type BatchAnswer = AnswerOf<Api["batchValues"]>;
type BatchGroupBody = BodyInput<"batchValues">["groups"][number];
/** A group of a batch being put together (its values still growing). */
type BatchGroupInput = Omit<BatchGroupBody, "values"> & { readonly values: Array<BatchGroupBody["values"][number]> };
type BatchGroupAnswer = BatchAnswer["groups"][number];

/** One change of a batch group as a row's change. */
export const changeOf = (unit: string, period: string, c: BatchGroupAnswer["changes"][number]): BulkChange => ({
  unit,
  period,
  indicator: c.indicator,
  disaggregation: c.disaggregation,
  // A figure counts as changed when its value does: a row that only brings a new comment is "unchanged".
  action: c.old === null ? "insert" : c.old.value !== c.new.value ? "update" : "unchanged",
  before: c.old?.value ?? null,
  after: c.new.value,
});

/** A batch answer (`{ dryRun, groups: [{ unit, period, changes, findings }] }`) as one result over all rows. */
export const batchResultOf = (answer: BatchAnswer): BulkResult => ({
  dryRun: answer.dryRun,
  changes: answer.groups.flatMap((g) => g.changes.map((c) => changeOf(g.unit, g.period, c))),
  findings: answer.groups.flatMap((g) =>
    g.findings.map((f): ValidationFindingView & { unit: string; period: string } => ({ ...f, unit: g.unit, period: g.period })),
  ),
  raw: answer,
});

/** The bytes of an answer's body, read one chunk at a time; leaving early cancels the rest. */
export async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let done = false;
  try {
    while (!done) {
      const next = await reader.read();
      done = next.done;
      if (next.value !== undefined) yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** A request body streamed from chunks read one by one. */
const streamOf = (chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> => {
  const it = chunks[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const next = await it.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await it.return?.();
    },
  });
};

/** Makes the HTTP client. */
export const makeHttpApiClient = (options: HttpClientOptions): ApiClient => {
  const call = callerOf(Api, options);
  const long = callerOf(Api, { ...options, timeoutMs: BULK_TIMEOUT_MS });
  const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});

  return {
    baseUrl: serverOf(options.baseUrl),
    units: (query) => call("listOrgUnits", { query: query ?? {} }),
    period: (code, regime) => call("getPeriod", { params: { code }, query: regime ? { regime } : {} }),
    indicators: async () => (await call("listIndicators", { query: { limit: PAGE } })).items.map(indicatorOf),
    values: async (unit, period, indicator) =>
      (await call("listValues", { params: { unit, period }, query: { limit: PAGE } })).items.filter(
        (v) => !indicator || v.indicator === indicator,
      ),
    setValue: async (unit, period, input) =>
      (
        await call("putValue", {
          params: { unit, period, indicator: input.indicator },
          body: {
            disaggregation: input.disaggregation,
            value: input.value,
            version: input.version ?? 0,
            ...(input.comment ? { comment: input.comment } : {}),
          },
        })
      ).value,
    // One request for the whole file: the server writes every (unit, period) group in one transaction.
    bulkValues: async (rows, dryRun, bulk = {}) => {
      const groups = new Map<string, BatchGroupInput>();
      for (const r of rows) {
        const key = `${r.unit}|${r.period}`;
        const group = groups.get(key) ?? { unit: r.unit, period: r.period, values: [] };
        group.values.push({
          indicator: r.indicator,
          disaggregation: r.disaggregation,
          value: r.value,
          ...(r.comment ? { comment: r.comment } : {}),
        });
        groups.set(key, group);
      }
      const body = { dryRun, ...(bulk.source ? { source: bulk.source } : {}), groups: [...groups.values()] };
      return batchResultOf(await call("batchValues", { body, ...withSignal(bulk.signal) }));
    },
    validate: async (unit, period) => (await call("validateUnitPeriod", { params: { unit, period } })).findings,
    submit: (unit, period, comment) => call("submitReport", { params: { unit, period }, body: comment ? { comment } : {} }),
    tasks: async (unit, period) => {
      const year = Number(period.slice(0, 4));
      try {
        return (await call("listPlanTasks", { params: { unit, year }, query: { limit: PAGE } })).items;
      } catch (e) {
        // A unit without a plan for the year simply has no tasks.
        if (e instanceof ServerRefused && e.code === "PLAN_NOT_FOUND") return [];
        throw e;
      }
    },
    updateTask: (id, update) => call("updateTask", { params: { id }, body: update }),
    report: async (unit, period, format, signal): Promise<Download> => {
      const res = await call("getReport", { params: { unit, period }, query: { format }, ...withSignal(signal) });
      const size = Number(res.headers.get("content-length") ?? "");
      if (!res.body) throw new ServerRefused(502, "EMPTY_BODY", "Máy chủ trả về báo cáo rỗng", undefined);
      return {
        size: Number.isFinite(size) && size > 0 ? size : null,
        contentType: res.headers.get("content-type") ?? "",
        body: chunksOf(res.body),
      };
    },
    dossierBatch: async (csv, signal) => {
      const raw = await call("ingestDossierBatch", { raw: { body: csv, contentType: CSV }, ...withSignal(signal) });
      return { accepted: raw.lines, rejected: 0, raw };
    },
    dossierBulk: (chunks, signal) => long("bulkLoadDossiers", { raw: { body: streamOf(chunks), contentType: CSV }, ...withSignal(signal) }),
    loadDemo: () => call("loadDemo", {}),
  };
};
