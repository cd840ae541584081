/**
 * The `ApiClient` over HTTP: JSON requests to `/api/v1`, the bearer token when set, and the two
 * ways a call fails — the server could not be reached (`ServerUnreachable`, exit 3) or it answered
 * with its error shape `{ error: { code, message, details } }` (`ServerRefused`).
 */
import { ServerRefused, ServerUnreachable } from "../cli/Failure.js";
import type { ApiClient, BulkResult, DossierBulkResult, Download, StoredValue, ValidationFindingView } from "./ApiClient.js";
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

/** One request: a query, a JSON or raw body, extra headers (a session cookie, the CSRF token), a cancel signal. */
export interface RequestInit {
  readonly query?: Query;
  readonly body?: unknown;
  readonly rawBody?: { readonly contentType: string; readonly text: string };
  /** A body sent as it is read (a whole file), never held in memory. */
  readonly streamBody?: { readonly contentType: string; readonly chunks: AsyncIterable<Uint8Array> };
  /** Milliseconds before this request is abandoned, instead of the client's default. */
  readonly timeoutMs?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

/** A request body stream over chunks read one by one. */
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

/**
 * Sends one request to `/api/v1` of the server; a failed connection throws `ServerUnreachable`,
 * an error answer `ServerRefused` with the server's code, message and details.
 */
export const httpRequest = async (options: HttpClientOptions, method: string, path: string, init: RequestInit = {}): Promise<Response> => {
  const base = options.baseUrl.replace(/\/+$/, "");
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(init.query ?? {})) if (v !== undefined && v !== "") q.set(k, v);
  const qs = q.toString();
  const url = `${base}/api/v1${path}${qs ? `?${qs}` : ""}`;
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.rawBody) headers["content-type"] = init.rawBody.contentType;
  if (init.streamBody) headers["content-type"] = init.streamBody.contentType;
  Object.assign(headers, init.headers);
  const timeout = AbortSignal.timeout(init.timeoutMs ?? options.timeoutMs ?? 120_000);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch(url, {
      method: method.toUpperCase(),
      headers,
      signal,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      ...(init.rawBody ? { body: init.rawBody.text } : {}),
      ...(init.streamBody ? { body: streamOf(init.streamBody.chunks), duplex: "half" } : {}),
    } as globalThis.RequestInit);
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
      (typeof err?.message === "string" ? err.message : `Máy chủ trả lỗi ${res.status} cho ${method.toUpperCase()} ${path}`) +
        (err?.code === "PASSWORD_CHANGE_REQUIRED"
          ? " Chạy `cchc login` trong terminal để đặt mật khẩu mới, hoặc đổi trên giao diện web."
          : ""),
      err?.details,
    );
  }
  return res;
};

/** Makes the HTTP client. */
export const makeHttpApiClient = (options: HttpClientOptions): ApiClient => {
  const base = options.baseUrl.replace(/\/+$/, "");
  const send = (method: string, path: string, init: RequestInit = {}): Promise<Response> => httpRequest(options, method, path, init);
  const json = async <A>(method: string, path: string, init: { query?: Query; body?: unknown; signal?: AbortSignal } = {}): Promise<A> =>
    (await (await send(method, path, init)).json()) as A;
  const items = <A>(answer: unknown, key = "items"): ReadonlyArray<A> =>
    Array.isArray(answer) ? (answer as A[]) : (((answer as Record<string, unknown>)?.[key] as A[] | undefined) ?? []);

  return {
    baseUrl: base,
    units: (query) => json("get", Paths.units, { query: { kind: query?.kind, asOf: query?.asOf } }),
    period: (code, regime) => json("get", Paths.period(code), { query: { regime } }),
    indicators: async () => items<any>(await json("get", Paths.indicators, { query: { limit: Paths.PAGE } })).map(Paths.indicatorOf),
    values: async (unit, period, indicator) =>
      items<StoredValue>(await json("get", Paths.values(unit, period), { query: { limit: Paths.PAGE } })).filter(
        (v) => !indicator || v.indicator === indicator,
      ),
    setValue: async (unit, period, input) => {
      const answer = await json<any>("put", Paths.value(unit, period, input.indicator), {
        body: {
          disaggregation: input.disaggregation,
          value: input.value,
          version: input.version ?? 0,
          ...(input.comment ? { comment: input.comment } : {}),
        },
      });
      return (answer?.value ?? answer) as StoredValue;
    },
    // One request for the whole file: the server writes every (unit, period) group in one transaction.
    bulkValues: async (rows, dryRun, options = {}): Promise<BulkResult> => {
      const groups = new Map<string, { unit: string; period: string; values: Array<Record<string, unknown>> }>();
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
      const body = { dryRun, ...(options.source ? { source: options.source } : {}), groups: [...groups.values()] };
      const answer = await json("post", Paths.valuesBatch, { body, ...(options.signal ? { signal: options.signal } : {}) });
      return Paths.batchResultOf(answer, dryRun);
    },
    validate: async (unit, period) => items<ValidationFindingView>(await json("get", Paths.validation(unit, period)), "findings"),
    submit: (unit, period, comment) => json("post", Paths.submit(unit, period), { body: comment ? { comment } : {} }),
    tasks: async (unit, period) => {
      try {
        return items<any>(await json("get", Paths.tasks(unit, period.slice(0, 4)), { query: { limit: Paths.PAGE } })).map(Paths.taskOf);
      } catch (e) {
        // A unit without a plan for the year simply has no tasks.
        if (e instanceof ServerRefused && e.code === "PLAN_NOT_FOUND") return [];
        throw e;
      }
    },
    updateTask: async (id, update) => Paths.taskOf(await json("put", Paths.task(id), { body: update })),
    report: async (unit, period, format, signal): Promise<Download> => {
      const res = await send("get", Paths.report(unit, period), { query: { format }, ...(signal ? { signal } : {}) });
      const size = Number(res.headers.get("content-length") ?? "");
      if (!res.body) throw new ServerRefused(502, "EMPTY_BODY", "Máy chủ trả về báo cáo rỗng", undefined);
      return {
        size: Number.isFinite(size) && size > 0 ? size : null,
        contentType: res.headers.get("content-type") ?? "",
        body: res.body as unknown as AsyncIterable<Uint8Array>,
      };
    },
    dossierBatch: async (csv, signal) => {
      const res = await send("post", Paths.dossierBatch, {
        rawBody: { contentType: "text/csv; charset=utf-8", text: csv },
        ...(signal ? { signal } : {}),
      });
      const raw: any = await res.json();
      return { accepted: Number(raw?.lines ?? (raw?.inserted ?? 0) + (raw?.updated ?? 0) + (raw?.unchanged ?? 0)), rejected: 0, raw };
    },
    dossierBulk: async (chunks, signal) =>
      (await send("post", Paths.dossierBulk, {
        streamBody: { contentType: "text/csv; charset=utf-8", chunks },
        // one transaction over the whole file: the answer comes when it is stored
        timeoutMs: 6 * 3_600_000,
        ...(signal ? { signal } : {}),
      }).then((r) => r.json())) as DossierBulkResult,
    loadDemo: () => json("post", Paths.demo),
  };
};
