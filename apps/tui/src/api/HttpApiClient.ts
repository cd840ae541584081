/**
 * The `ApiClient` over HTTP: JSON requests to `/api/v1`, the bearer token when set, and the two
 * ways a call fails — the server could not be reached (`ServerUnreachable`, exit 3) or it answered
 * with its error shape `{ error: { code, message, details } }` (`ServerRefused`).
 */
import { ServerRefused, ServerUnreachable } from "../cli/Failure.js";
import type { ApiClient, BulkResult, Download, IndicatorView, StoredValue, TaskView, ValidationFindingView } from "./ApiClient.js";
import * as Paths from "./Paths.js";

type Query = Readonly<Record<string, string | undefined>>;

/** How the HTTP client is set up. */
export interface HttpClientOptions {
  readonly baseUrl: string;
  readonly token?: string | undefined;
  /** Milliseconds before a request that got no answer is abandoned. */
  readonly timeoutMs?: number;
}

const networkReason = (e: unknown): string => {
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code) return cause.code;
  if (e instanceof Error && e.name === "TimeoutError") return "hết thời gian chờ";
  return cause?.message ?? (e instanceof Error ? e.message : String(e));
};

/** Makes the HTTP client. */
export const makeHttpApiClient = (options: HttpClientOptions): ApiClient => {
  const base = options.baseUrl.replace(/\/+$/, "");
  const url = (path: string, query?: Query): string => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== "") q.set(k, v);
    const qs = q.toString();
    return `${base}/api/v1${path}${qs ? `?${qs}` : ""}`;
  };

  const send = async (method: string, path: string, init: { query?: Query; body?: unknown; rawBody?: { contentType: string; text: string }; signal?: AbortSignal } = {}): Promise<Response> => {
    const headers: Record<string, string> = { accept: "application/json" };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (init.body !== undefined) headers["content-type"] = "application/json";
    if (init.rawBody) headers["content-type"] = init.rawBody.contentType;
    const timeout = AbortSignal.timeout(options.timeoutMs ?? 120_000);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    let res: Response;
    try {
      res = await fetch(url(path, init.query), {
        method,
        headers,
        signal,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        ...(init.rawBody ? { body: init.rawBody.text } : {}),
      });
    } catch (e) {
      if (init.signal?.aborted) throw e;
      throw new ServerUnreachable(base, networkReason(e));
    }
    if (!res.ok) {
      const text = await res.text().catch(() => "");
      let parsed: any;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      const err = parsed?.error;
      throw new ServerRefused(
        res.status,
        typeof err?.code === "string" ? err.code : `HTTP_${res.status}`,
        typeof err?.message === "string" ? err.message : `Máy chủ trả lỗi ${res.status} cho ${method.toUpperCase()} ${path}`,
        err?.details,
      );
    }
    return res;
  };
  const json = async <A>(method: string, path: string, init: { query?: Query; body?: unknown; signal?: AbortSignal } = {}): Promise<A> =>
    (await (await send(method, path, init)).json()) as A;
  const items = <A>(answer: unknown, key = "items"): ReadonlyArray<A> =>
    Array.isArray(answer) ? (answer as A[]) : (((answer as Record<string, unknown>)?.[key] as A[] | undefined) ?? []);

  return {
    baseUrl: base,
    units: (query) => json("get", Paths.units, { query: { kind: query?.kind, asOf: query?.asOf } }),
    period: (code, regime) => json("get", Paths.period(code), { query: { regime } }),
    indicators: async () => items<IndicatorView>(await json("get", Paths.indicators)),
    values: async (unit, period, indicator) => items<StoredValue>(await json("get", Paths.values(unit, period), { query: { indicator } })),
    setValue: async (unit, period, input) => Paths.storedValueOf(await json("put", Paths.values(unit, period), { body: Paths.setValueBody(input) })),
    bulkValues: async (rows, dryRun): Promise<BulkResult> => Paths.bulkResultOf(await json("post", Paths.bulkValues, { body: { dryRun, values: rows } }), dryRun),
    validate: async (unit, period) => items<ValidationFindingView>(await json("get", Paths.validation(unit, period)), "findings"),
    tasks: async (unit, period) => items<TaskView>(await json("get", Paths.tasks, { query: { unit, period } })),
    updateTask: (id, update) => json("patch", Paths.task(id), { body: update }),
    report: async (unit, period, format, signal): Promise<Download> => {
      const res = await send("get", Paths.report(unit, period), { query: { format }, ...(signal ? { signal } : {}) });
      const size = Number(res.headers.get("content-length") ?? "");
      if (!res.body) throw new ServerRefused(502, "EMPTY_BODY", "Máy chủ trả về báo cáo rỗng", undefined);
      return { size: Number.isFinite(size) && size > 0 ? size : null, contentType: res.headers.get("content-type") ?? "", body: res.body as unknown as AsyncIterable<Uint8Array> };
    },
    dossierBatch: async (csv, signal) => {
      const res = await send("post", Paths.dossierBatch, { rawBody: { contentType: "text/csv; charset=utf-8", text: csv }, ...(signal ? { signal } : {}) });
      const raw: any = await res.json();
      return { accepted: Number(raw?.accepted ?? raw?.inserted ?? raw?.stored ?? 0), rejected: Number(raw?.rejected ?? 0), raw };
    },
    loadDemo: () => json("post", Paths.demo),
  };
};
