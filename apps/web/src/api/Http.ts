/**
 * The one way the web app talks to the API: the contract's client (`makeClient(Api, …)` of
 * `@cchc/contract`), which encodes each call's input and decodes its answer with the endpoint's
 * Schemas. This module adds what the browser needs around it: the session cookie, the
 * anti-forgery token on writes, a 401 announced to whoever shows the sign-in screen, download
 * links, and one kind of rejection for the screens — the contract's `ApiFailure` (a network
 * failure as the code `NETWORK`, status 0; an answer the contract refuses as
 * `CONTRACT_MISMATCH`). `fetch` is a dependency so that tests pass a fake one (no module mocks).
 */
import {
  type AnyEndpoint,
  type AnySchema,
  ApiFailure,
  ApiUnreachable,
  type CallInput,
  type Client,
  ContractMismatch,
  fillPath,
  makeClient,
  runCall,
} from "@cchc/contract";
import { Api as Contract } from "@cchc/contract/Api";
import { Effect, ParseResult, Schema } from "effect";

export { ApiFailure };

/** The part of `fetch` the client uses. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The calls of the whole contract, one per operationId. */
export type ApiClient = Client<typeof Contract>;

/** Whether a failure means the route is not on this server yet (another feature not deployed). */
export const isMissingRoute = (e: unknown): boolean => e instanceof ApiFailure && (e.code === "ROUTE_NOT_FOUND" || e.code === "HTTP_404");

/** The HTTP side of the app: the contract's client and what the browser adds to it. */
export interface Http {
  /** One call per endpoint of the contract. */
  readonly client: ApiClient;
  /**
   * Runs a call: its decoded answer, or a rejection with an `ApiFailure` (also for the network,
   * code `NETWORK`, and for an input or answer the contract refuses, code `CONTRACT_MISMATCH`).
   */
  readonly run: <A, E>(call: Effect.Effect<A, E>) => Promise<A>;
  /** Registers a listener for 401 answers; returns the unsubscribe function. */
  readonly onUnauthorized: (listener: () => void) => () => void;
  /** The full URL of a call (for links such as downloads), its input encoded with the endpoint's Schemas. */
  readonly url: <E extends AnyEndpoint>(endpoint: E, input: CallInput<E>) => string;
  /** Sets the anti-forgery token the session requires on writes (null when signed out). */
  readonly setCsrfToken: (token: string | null) => void;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A failure of a call as the screens see it: always an `ApiFailure`. */
export const asApiFailure = (e: unknown): unknown => {
  // not the API's error JSON (a proxy's page): say the status rather than show the page's text
  if (e instanceof ApiFailure && /^HTTP_\d+$/.test(e.code))
    return new ApiFailure({
      status: e.status,
      code: e.code,
      message: `Máy chủ trả lời ${e.status} (không phải câu trả lời của API CCHC).`,
      ...(e.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: e.retryAfterSeconds }),
    });
  if (e instanceof ApiUnreachable) return new ApiFailure({ status: 0, code: "NETWORK", message: e.message });
  if (e instanceof ContractMismatch)
    return new ApiFailure({
      status: 0,
      code: "CONTRACT_MISMATCH",
      message:
        e.where === "answer"
          ? `Câu trả lời của máy chủ cho ${e.operationId} không đúng hợp đồng API: ${e.message}`
          : `Dữ liệu gửi cho ${e.operationId} không đúng hợp đồng API: ${e.message}`,
      details: { operationId: e.operationId, where: e.where },
    });
  return e;
};

/**
 * A value a screen holds (a period code from the address bar, a form's strings) decoded with the
 * contract's Schema before it is sent. A value the Schema refuses fails as the API would answer it
 * (400 REQUEST_INVALID with the Schema's message and the fields), without a request.
 */
export const decodeInput = <S extends AnySchema>(
  schema: S | undefined,
  value: Schema.Schema.Encoded<S>,
): Effect.Effect<Schema.Schema.Type<S>, ApiFailure<"REQUEST_INVALID">> => {
  if (schema === undefined) return Effect.dieMessage("decodeInput: the endpoint takes no such input");
  return Schema.decode(schema)(value).pipe(
    Effect.mapError(
      (e) =>
        new ApiFailure({
          status: 400,
          code: "REQUEST_INVALID" as const,
          message: ParseResult.TreeFormatter.formatErrorSync(e),
          details: ParseResult.ArrayFormatter.formatErrorSync(e).map((i) => ({ path: i.path.join("."), message: i.message })),
        }),
    ),
  );
};

/**
 * The JSON of an answer the contract leaves raw (an endpoint that also answers files) decoded with
 * the contract's Schema of that JSON; an answer that does not decode fails as `ContractMismatch`.
 */
export const jsonAnswer =
  <S extends AnySchema>(operationId: string, schema: S) =>
  (res: Response): Effect.Effect<Schema.Schema.Type<S>, ContractMismatch> =>
    Effect.tryPromise({
      try: (): Promise<unknown> => res.json(),
      catch: (e) => new ContractMismatch({ operationId, where: "answer", message: e instanceof Error ? e.message : String(e) }),
    }).pipe(
      Effect.flatMap((json) =>
        Schema.decodeUnknown(schema)(json).pipe(
          Effect.mapError((e) => new ContractMismatch({ operationId, where: "answer", message: e.message })),
        ),
      ),
    );

const fieldsOf = (schema: AnySchema | undefined, value: unknown): Readonly<Record<string, unknown>> => {
  if (schema === undefined || value === undefined) return {};
  const encoded: unknown = Schema.encodeUnknownSync(schema)(value);
  return typeof encoded === "object" && encoded !== null ? Object.fromEntries(Object.entries(encoded)) : {};
};

const queryString = (query: Readonly<Record<string, unknown>>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null) q.set(k, String(v));
  const s = q.toString();
  return s === "" ? "" : `?${s}`;
};

const fieldOf = (input: object, key: "params" | "query"): unknown => Object.entries(input).find(([k]) => k === key)?.[1];

/** Builds the client over a `fetch` and a base path. */
export const makeHttp = (fetchImpl: FetchLike, base = "/api/v1"): Http => {
  const listeners = new Set<() => void>();
  let csrf: string | null = null;
  const client = makeClient(Contract, {
    baseUrl: base,
    // the client always calls with a URL string; a fake fetch of the tests takes just that
    fetch: (input, init) => fetchImpl(typeof input === "string" ? input : input instanceof URL ? input.href : input.url, init),
    headers: (method): Readonly<Record<string, string>> => (csrf !== null && !SAFE_METHODS.has(method) ? { "x-csrf-token": csrf } : {}),
    credentials: "same-origin",
  });
  const notifyUnauthorized = (e: unknown) =>
    Effect.sync(() => {
      if (e instanceof ApiFailure && e.status === 401) for (const l of listeners) l();
    });
  return {
    client,
    run: (call) => runCall(call.pipe(Effect.tapError(notifyUnauthorized), Effect.mapError(asApiFailure))),
    url: (endpoint, input) => {
      const params = fieldsOf(endpoint.params, fieldOf(input, "params"));
      const query = fieldsOf(endpoint.query, fieldOf(input, "query"));
      return `${base}${fillPath(endpoint.path, params)}${queryString(query)}`;
    },
    setCsrfToken: (token) => {
      csrf = token;
    },
    onUnauthorized: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
