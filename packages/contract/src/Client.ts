/**
 * One client of the public API for every app: `makeClient(contract, options)` gives a function per
 * endpoint that encodes its input with the endpoint's own Schemas, calls it, and decodes the answer
 * with the same Schemas — or fails with an `ApiFailure` typed by the codes the endpoint declares.
 * A renamed field or route therefore breaks the build of every app at once.
 */
import { type Brand, Cause, Data, Effect, Exit, Schema } from "effect";
import { type AnswerOf, type AnyEndpoint, type AnySchema, type DeclaredTagOf, isRaw } from "./Endpoint.js";
import { ApiErrorBody } from "./ErrorBody.js";
import type { CodeOf } from "./HttpErrors.js";
import type { HandlerImplicitTag } from "./ImplicitErrors.js";

/** The API answered with an error: its status, stable code, Vietnamese message and details. */
export class ApiFailure<Code extends string = string> extends Data.TaggedError("ApiFailure")<{
  readonly status: number;
  readonly code: Code;
  readonly message: string;
  readonly details?: unknown;
  /** Seconds to wait before trying again (Retry-After), when the answer says. */
  readonly retryAfterSeconds?: number;
}> {}

/** The API did not answer (network, server down, request aborted). */
export class ApiUnreachable extends Data.TaggedError("ApiUnreachable")<{ readonly message: string }> {}

/** The input did not encode, or the answer did not decode, with the endpoint's Schemas. */
export class ContractMismatch extends Data.TaggedError("ContractMismatch")<{
  readonly operationId: string;
  readonly where: "input" | "answer";
  readonly message: string;
}> {}

/** A body a call sends as it is (a file, JSON lines). */
export type RawBodyInit = NonNullable<RequestInit["body"]>;

type Present<S> = Exclude<S, undefined>;
type Has<S> = [Present<S>] extends [never] ? false : true;
type TypeOfSchema<S> = Present<S> extends AnySchema ? Schema.Schema.Type<Present<S>> : never;
type EncodedOfSchema<S> = Present<S> extends AnySchema ? Schema.Schema.Encoded<Present<S>> : never;

/**
 * A decoded value as a caller writes it: branded strings and numbers (PeriodCode, UnitCode …) as
 * plain ones. The client checks them when it encodes the input (a bad one is a `ContractMismatch`
 * before anything is sent).
 */
export type Unbranded<T> = T extends { readonly [Brand.BrandTypeId]: unknown }
  ? T extends string
    ? string
    : T extends number
      ? number
      : T
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<Unbranded<U>>
    : T extends Date
      ? T
      : T extends object
        ? { readonly [K in keyof T]: Unbranded<T[K]> }
        : T;

/**
 * What a call takes: the endpoint's params and query as decoded (numbers as numbers, brands aside),
 * its body as JSON (fields with defaults may be left out), a raw body where it reads one. The client
 * checks the body against the endpoint's Schema before it sends it.
 */
export type CallInput<E extends AnyEndpoint> = (Has<E["params"]> extends true
  ? { readonly params: Unbranded<TypeOfSchema<E["params"]>> }
  : {}) &
  (Has<E["query"]> extends true ? { readonly query?: Unbranded<TypeOfSchema<E["query"]>> } : {}) &
  (Has<E["body"]> extends true ? { readonly body: EncodedOfSchema<E["body"]> } : {}) & {
    /** The body of an endpoint that reads it itself (`rawBody`: JSON lines, a file). */
    readonly raw?: { readonly body: RawBodyInit; readonly contentType: string };
    readonly signal?: AbortSignal;
  };

/** Codes every call may fail with besides those its endpoint declares (401, 403, 400, 503 …). */
type CommonTag =
  | HandlerImplicitTag
  | "AuthRequired"
  | "CredentialsInvalid"
  | "CsrfTokenInvalid"
  | "PasswordChangeRequired"
  | "BodyMalformed"
  | "BodyTooLarge"
  | "MediaTypeUnsupported"
  | "PeriodLocked";

/** The failure of a call to an endpoint: its declared codes and the common ones. */
export type FailureOf<E extends AnyEndpoint> = ApiFailure<CodeOf<DeclaredTagOf<E> | CommonTag>> | ApiUnreachable | ContractMismatch;

/** One call of an endpoint. */
export type Call<E extends AnyEndpoint> = (input: CallInput<E>) => Effect.Effect<AnswerOf<E>, FailureOf<E>>;

/** A client: a call per endpoint of the contract. */
export type Client<C extends Record<string, AnyEndpoint>> = { readonly [K in keyof C]: Call<C[K]> };

/** Where and how the client calls the API. */
export interface ClientOptions {
  /** Origin and prefix, e.g. `http://localhost:3000/api/v1` or `/api/v1` in the browser. */
  readonly baseUrl: string;
  readonly fetch?: typeof globalThis.fetch;
  /** Headers of each call (Authorization, X-CSRF-Token), by method. */
  readonly headers?: (method: string) => Readonly<Record<string, string>>;
  /** Cookies: the web app sends its session cookie (`same-origin`). */
  readonly credentials?: RequestInit["credentials"];
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const encodeFields = (schema: AnySchema | undefined, value: unknown, operationId: string) =>
  schema === undefined || value === undefined
    ? Effect.succeed<Record<string, unknown>>({})
    : Schema.encodeUnknown(schema)(value).pipe(
        Effect.map((v) => v as Record<string, unknown>),
        Effect.mapError((e) => new ContractMismatch({ operationId, where: "input", message: e.message })),
      );

/** Fills `:name` segments of a path. */
export const fillPath = (path: string, params: Readonly<Record<string, unknown>>): string =>
  path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => encodeURIComponent(String(params[name] ?? "")));

const queryString = (query: Readonly<Record<string, unknown>>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null) q.set(k, String(v));
  const s = q.toString();
  return s === "" ? "" : `?${s}`;
};

const failureFrom = (res: Response) =>
  Effect.promise(() => res.text()).pipe(
    Effect.map((text) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      const body = Schema.decodeUnknownOption(ApiErrorBody)(parsed);
      const retry = Number(res.headers.get("retry-after") ?? Number.NaN);
      return new ApiFailure({
        status: res.status,
        code: body._tag === "Some" ? body.value.error.code : `HTTP_${res.status}`,
        message: body._tag === "Some" ? body.value.error.message : text.slice(0, 200) || res.statusText,
        ...(body._tag === "Some" && body.value.error.details !== undefined ? { details: body.value.error.details } : {}),
        ...(Number.isFinite(retry) ? { retryAfterSeconds: retry } : {}),
      });
    }),
  );

const callOf = (e: AnyEndpoint, options: ClientOptions) => {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  return (input: {
    readonly params?: unknown;
    readonly query?: unknown;
    readonly body?: unknown;
    readonly raw?: { readonly body: RawBodyInit; readonly contentType: string };
    readonly signal?: AbortSignal;
  }) =>
    Effect.gen(function* () {
      const params = yield* encodeFields(e.params, input.params, e.operationId);
      const query = yield* encodeFields(e.query, input.query, e.operationId);
      const method = e.method.toUpperCase();
      const headers: Record<string, string> = { accept: "application/json", ...options.headers?.(method) };
      let body: RawBodyInit | undefined;
      if (e.body !== undefined) {
        const encoded = yield* Schema.decodeUnknown(e.body)(input.body).pipe(
          Effect.flatMap(Schema.encode(e.body)),
          Effect.mapError((err) => new ContractMismatch({ operationId: e.operationId, where: "input", message: err.message })),
        );
        body = JSON.stringify(encoded);
        headers["content-type"] = "application/json";
      } else if (input.raw) {
        body = input.raw.body;
        headers["content-type"] = input.raw.contentType;
      }
      const url = `${options.baseUrl}${fillPath(e.path, params)}${queryString(query)}`;
      const res = yield* Effect.tryPromise({
        try: () =>
          doFetch(url, {
            method,
            headers,
            ...(body === undefined ? {} : { body }),
            ...(options.credentials ? { credentials: options.credentials } : {}),
            ...(input.signal ? { signal: input.signal } : {}),
            ...(input.raw && typeof input.raw.body !== "string" ? { duplex: "half" } : {}),
          } as RequestInit),
        catch: (err) => new ApiUnreachable({ message: messageOf(err) }),
      });
      if (!res.ok) return yield* Effect.flip(failureFrom(res));
      if (isRaw(e.response)) return res;
      const json = yield* Effect.tryPromise({
        try: () => res.json() as Promise<unknown>,
        catch: (err) => new ContractMismatch({ operationId: e.operationId, where: "answer", message: messageOf(err) }),
      });
      return yield* Schema.decodeUnknown(e.response)(json).pipe(
        Effect.mapError((err) => new ContractMismatch({ operationId: e.operationId, where: "answer", message: err.message })),
      );
    });
};

/** A client of `contract` (a record of endpoints by name). */
export const makeClient = <const C extends Record<string, AnyEndpoint>>(contract: C, options: ClientOptions): Client<C> =>
  Object.fromEntries(Object.entries(contract).map(([name, e]) => [name, callOf(e, options)])) as unknown as Client<C>;

/** A call as a Promise that rejects with the `ApiFailure` (or `ApiUnreachable`, `ContractMismatch`) itself. */
export const runCall = async <A, E>(call: Effect.Effect<A, E>): Promise<A> => {
  const exit = await Effect.runPromiseExit(call);
  if (Exit.isSuccess(exit)) return exit.value;
  throw Cause.squash(exit.cause);
};
