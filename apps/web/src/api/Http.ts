/**
 * The one way the web app talks to the API: JSON in and out under `/api/v1`, the API's error
 * shape `{ error: { code, message, details } }` turned into an `ApiFailure`, network failures
 * into the code `NETWORK`, and a 401 announced to whoever shows the sign-in screen.
 * `fetch` is a dependency so that tests pass a fake one (no module mocks).
 */

/** The part of `fetch` the client uses. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** A failed API call: HTTP status (0 for the network), stable code, the API's Vietnamese message. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiFailure";
  }
}

/** Whether a failure means the route is not on this server yet (another feature not deployed). */
export const isMissingRoute = (e: unknown): boolean => e instanceof ApiFailure && e.code === "ROUTE_NOT_FOUND";

/** Query parameters; undefined and empty values are left out. */
export type Query = Readonly<Record<string, string | number | undefined | null>>;

/** Options of one call. */
export interface CallOptions {
  readonly query?: Query;
  readonly body?: unknown;
  readonly rawBody?: BodyInit;
  readonly contentType?: string;
  readonly signal?: AbortSignal;
}

/** The HTTP client of the API. */
export interface Http {
  /** Calls and decodes the JSON answer; throws `ApiFailure`. */
  readonly json: <T>(method: string, path: string, options?: CallOptions) => Promise<T>;
  /** Calls and returns the successful response as is (files, HTML); throws `ApiFailure`. */
  readonly response: (method: string, path: string, options?: CallOptions) => Promise<Response>;
  /** Registers a listener for 401 answers; returns the unsubscribe function. */
  readonly onUnauthorized: (listener: () => void) => () => void;
  /** The full URL of an API path (for links such as downloads). */
  readonly url: (path: string, query?: Query) => string;
  /** Sets the anti-forgery token the session requires on writes (null when signed out). */
  readonly setCsrfToken: (token: string | null) => void;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const queryString = (query: Query | undefined): string => {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : "";
};

const failureOf = async (res: Response): Promise<ApiFailure> => {
  const text = await res.text().catch(() => "");
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    const e = parsed.error;
    if (e && typeof e.code === "string" && typeof e.message === "string") return new ApiFailure(res.status, e.code, e.message, e.details);
  } catch {
    // not the API's JSON (a proxy's page): fall through to a generic failure
  }
  return new ApiFailure(
    res.status,
    res.status === 404 ? "ROUTE_NOT_FOUND" : `HTTP_${res.status}`,
    `Máy chủ trả lời ${res.status} ${res.statusText}`.trim(),
  );
};

/** Builds the client over a `fetch` and a base path. */
export const makeHttp = (fetchImpl: FetchLike, base = "/api/v1"): Http => {
  const listeners = new Set<() => void>();
  let csrf: string | null = null;
  const url = (path: string, query?: Query) => `${base}${path}${queryString(query)}`;
  const response = async (method: string, path: string, options: CallOptions = {}): Promise<Response> => {
    const headers: Record<string, string> = { accept: "application/json, */*" };
    if (csrf !== null && !SAFE_METHODS.has(method.toUpperCase())) headers["x-csrf-token"] = csrf;
    let body: BodyInit | undefined;
    if (options.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(options.body);
    } else if (options.rawBody !== undefined) {
      if (options.contentType) headers["content-type"] = options.contentType;
      body = options.rawBody;
    }
    let res: Response;
    try {
      res = await fetchImpl(url(path, options.query), {
        method: method.toUpperCase(),
        headers,
        ...(body === undefined ? {} : { body }),
        credentials: "same-origin",
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (e) {
      throw new ApiFailure(0, "NETWORK", e instanceof Error ? e.message : String(e));
    }
    if (res.ok) return res;
    const failure = await failureOf(res);
    if (res.status === 401) for (const l of listeners) l();
    throw failure;
  };
  return {
    url,
    response,
    setCsrfToken: (token) => {
      csrf = token;
    },
    json: async <T>(method: string, path: string, options?: CallOptions) => {
      const res = await response(method, path, options);
      if (res.status === 204) return undefined as T;
      return (await res.json()) as T;
    },
    onUnauthorized: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
