/**
 * Mounts typed routes on a Hono app: decodes path, query and body with the route's schemas,
 * runs the handler's Effect on the app's runtime, encodes the answer, and sends every failure
 * through the one error seam. Malformed input of any kind becomes a 4xx, never a 500.
 */

import { type AnySchema, isRaw } from "@cchc/contract";
import { type Epochs, Versions } from "@cchc/db/cache/Versions";
import { Cause, type Clock, Effect, Either, Exit, type ManagedRuntime, Option, type ParseResult, Schema } from "effect";
import type { Hono, Context as HonoContext } from "hono";
import type { AppServices } from "../AppLayer.js";
import { credentialOf } from "../auth/Authenticator.js";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { auditCall, authenticate, authorize, checkLock } from "../auth/Guard.js";
import { ApiCaches, type Caches } from "../cache/ApiCaches.js";
import { keep, replay } from "../cache/Replay.js";
import { RequestEpochs } from "../cache/RequestEpochs.js";
import { body as errorBody, type HttpFailure } from "./ApiError.js";
import { databaseUnavailable, isDatabaseUnavailable, storageLimit } from "./DatabaseFailures.js";
import { internal, toHttpFailure } from "./errors.js";
import { boundsOf, inputIssues } from "./InputBounds.js";
import { fromParseError } from "./Issues.js";
import { requestIdOf } from "./RequestContext.js";
import { BodyMalformed, BodyTooLarge, MediaTypeUnsupported, RequestInvalid } from "./RequestErrors.js";
import type { RawRouteInput, Route } from "./Route.js";

/** Largest JSON body a route reads, unless it reads its body itself. */
export const JSON_BODY_LIMIT = 5 * 1024 * 1024;

const decode = (root: string, schema: AnySchema | undefined, input: unknown): Effect.Effect<unknown, RequestInvalid> =>
  schema === undefined
    ? Effect.succeed(undefined)
    : Schema.decodeUnknown(schema, { errors: "all", onExcessProperty: root === "body" ? "error" : "ignore" })(input).pipe(
        Effect.mapError((e: ParseResult.ParseError) => new RequestInvalid({ issues: fromParseError(root, e) })),
      );

const readJson = (c: HonoContext) =>
  Effect.gen(function* () {
    const type = c.req.header("content-type") ?? "";
    if (!type.toLowerCase().includes("application/json"))
      return yield* Effect.fail(new MediaTypeUnsupported({ contentType: type || "(không có)", accepted: ["application/json"] }));
    const declared = Number(c.req.header("content-length") ?? "0");
    if (declared > JSON_BODY_LIMIT) return yield* Effect.fail(new BodyTooLarge({ limitBytes: JSON_BODY_LIMIT }));
    const text = yield* Effect.promise(() => c.req.text());
    if (text.length > JSON_BODY_LIMIT) return yield* Effect.fail(new BodyTooLarge({ limitBytes: JSON_BODY_LIMIT }));
    return yield* Effect.try({
      try: () => JSON.parse(text.normalize("NFC")) as unknown,
      catch: (e) => new BodyMalformed({ reason: `JSON sai cú pháp (${e instanceof Error ? e.message : String(e)})` }),
    });
  });

/** Sends a failure as the API's error JSON (with its headers: Retry-After, …). */
export const sendFailure = (c: HonoContext, f: HttpFailure): Response => {
  const res = c.json(errorBody(f), f.status);
  for (const [k, v] of Object.entries(f.headers ?? {})) res.headers.set(k, v);
  return res;
};

/** The 500 of an unexpected failure: logged with the request id, which the answer gives back. */
export const unexpected = (c: HonoContext, what: unknown): HttpFailure => {
  const id = requestIdOf(c);
  console.error(`[api] unexpected failure request=${id} ${c.req.method} ${c.req.path}\n${what}`);
  return { ...internal, details: { requestId: id } };
};

const defectsOf = <E>(cause: Cause.Cause<E>): ReadonlyArray<unknown> => [...Cause.defects(cause), ...Cause.failures(cause)];

const failureOf = <E>(c: HonoContext, cause: Cause.Cause<E>, input: RawRouteInput): HttpFailure => {
  const failure = Cause.failureOption(cause);
  if (Option.isSome(failure)) {
    const mapped = toHttpFailure(failure.value, input);
    if (mapped) return mapped;
  }
  const errors = defectsOf(cause);
  if (errors.some(isDatabaseUnavailable)) return databaseUnavailable;
  for (const e of errors) {
    const limit = storageLimit(e);
    if (limit) {
      console.warn(`[api] value beyond a storage limit request=${requestIdOf(c)} ${c.req.method} ${c.req.path}: ${String(e)}`);
      return limit;
    }
  }
  return unexpected(c, Cause.pretty(cause));
};

/** Decoded params or query as the fields an access rule reads (none when the route takes none). */
const asFields = (decoded: unknown): Readonly<Record<string, unknown>> =>
  typeof decoded === "object" && decoded !== null ? (decoded as Record<string, unknown>) : {};

const normalizeStrings = (record: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v.normalize("NFC")]));

/** What a request is admitted with before its route runs. */
interface Admission {
  readonly caches: Caches;
  /** The counters read for this request. */
  readonly epochs: Epochs;
  /** The principal cache's key of a read's credential, if it has one (undefined for other methods). */
  readonly credential: string | undefined;
  /** The kept answer of an identical earlier read (Replay.ts). */
  readonly replayed: Response | undefined;
}

/**
 * Reads the cache versions of each request outside any fiber (the services are taken from the
 * runtime once) and answers a read from its replay when it may. Undefined when the read failed:
 * the request then runs as before and tells the failure (503 when the database is away).
 */
const admitter = <ER>(runtime: ManagedRuntime.ManagedRuntime<AppServices, ER>) => {
  let services: Promise<{ versions: typeof Versions.Service; caches: Caches; clock: Clock.Clock }> | undefined;
  return async (request: Request, read: boolean): Promise<Admission | undefined> => {
    try {
      services ??= runtime.runPromise(Effect.all({ versions: Versions, caches: ApiCaches, clock: Effect.clock }));
      const { versions, caches, clock } = await services;
      const now = versions.syncNow();
      const epochs = now instanceof Promise ? await now : now;
      // only reads are kept and replayed: no other request needs its credential's key here
      const credential = read
        ? credentialOf({
            authorization: request.headers.get("authorization") ?? undefined,
            cookie: request.headers.get("cookie") ?? undefined,
          }).key
        : undefined;
      const replayed =
        credential === undefined
          ? undefined
          : replay(caches, {
              credential,
              url: request.url,
              ifNoneMatch: request.headers.get("if-none-match"),
              epochs,
              now: clock.unsafeCurrentTimeMillis(),
            });
      return { caches, epochs, credential, replayed };
    } catch {
      services = undefined;
      return undefined;
    }
  };
};

/**
 * A route's program run under its request's cache versions: those read at admission, or — when
 * that read failed — read again in the program, whose failure is then told like any other.
 */
const underVersions = <A, E, R>(program: Effect.Effect<A, E, R>, admitted: Admission | undefined, read: boolean) =>
  admitted === undefined
    ? Effect.flatMap(Versions, (v) => v.sync).pipe(Effect.flatMap((epochs) => Effect.locally(program, RequestEpochs, { epochs, read })))
    : Effect.locally(program, RequestEpochs, { epochs: admitted.epochs, read });

/** Registers every route on `app` under `prefix`, running handlers on `runtime`. */
export const mount = <ER>(
  app: Hono,
  prefix: string,
  runtime: ManagedRuntime.ManagedRuntime<AppServices, ER>,
  routes: ReadonlyArray<Route>,
) => {
  const admission = admitter(runtime);
  for (const r of routes) {
    const { spec } = r;
    const bounds = boundsOf(spec.body);
    app.on(spec.method.toUpperCase(), `${prefix}${spec.path}`, async (c) => {
      const program = Effect.gen(function* () {
        const rawParams = normalizeStrings(c.req.param() as Record<string, string>);
        const rawQuery = normalizeStrings(c.req.query());
        // The body is read leniently first: a fault in it is told only after access is decided.
        const read = spec.body === undefined ? undefined : yield* Effect.either(readJson(c));
        const input = { params: rawParams, query: rawQuery, body: read?._tag === "Right" ? read.right : undefined };
        const outOfBounds = inputIssues(input, bounds);
        if (outOfBounds.length > 0) return yield* Effect.fail(new RequestInvalid({ issues: outOfBounds }));
        const principal = yield* authenticate(spec, c.req.raw);
        // Decoded input when it decodes; access is decided on it, and before any decoding failure is told.
        const decoded = yield* Effect.either(
          Effect.all({
            params: decode("params", spec.params, rawParams),
            query: decode("query", spec.query, rawQuery),
            body: read === undefined ? Effect.succeed(undefined) : Effect.flatMap(read, (raw) => decode("body", spec.body, raw)),
          }),
        );
        const accessInput = Either.isRight(decoded)
          ? { params: asFields(decoded.right.params), query: asFields(decoded.right.query), body: decoded.right.body }
          : input;
        yield* authorize(spec, principal, accessInput);
        const { params, query, body } = yield* decoded;
        // The lock names the figures as sent: a default filled in by decoding must not narrow it.
        yield* checkLock(spec, input);
        const out = yield* r
          .run({ params, query, body, request: c.req.raw, hono: c })
          .pipe(Effect.provideService(CurrentPrincipal, principal));
        if (!(out instanceof Response) || out.status < 400) yield* auditCall(spec, principal, input);
        if (out instanceof Response) return out;
        if (isRaw(spec.response)) return c.body(String(out));
        const encoded = yield* Schema.encodeUnknown(spec.response)(out).pipe(Effect.orDie);
        return c.json(encoded as object, spec.successStatus ?? 200);
      });
      // The cache versions of this request, read after it arrived (shared with concurrent requests):
      // ADR 0013. The same caller's identical read under the same versions is answered at once: ADR 0029.
      const read = c.req.method === "GET" || c.req.method === "HEAD";
      const admitted = spec.withoutDatabase ? undefined : await admission(c.req.raw, read);
      if (admitted?.replayed) return admitted.replayed;
      const exit = await runtime.runPromiseExit(spec.withoutDatabase ? program : underVersions(program, admitted, read));
      if (Exit.isSuccess(exit) && read && admitted?.credential !== undefined)
        keep(admitted.caches, { credential: admitted.credential, url: c.req.url, epochs: admitted.epochs }, exit.value);
      if (Exit.isSuccess(exit)) return exit.value;
      // The failure names the request field at fault: path and query as sent (the body is already read).
      const sent = {
        params: normalizeStrings(c.req.param() as Record<string, string>),
        query: normalizeStrings(c.req.query()),
        body: undefined,
      };
      return sendFailure(c, failureOf(c, exit.cause, sent));
    });
  }
};
