/**
 * What the Router does around every handler: find the caller (401 without credentials), check
 * the CSRF token of cookie-authenticated unsafe requests, check access to the unit the request
 * aims at (403, on the decoded input) — all before any fault of the input is told, so a refused
 * request learns nothing — then
 * refuse value writes to an approved period (409), and finally record successful changes in the
 * audit trail. Routes declare `access` in their spec; without it, GET reads and other methods
 * write values, on the unit found in `params.unit`, `params.code` (org units), `query.unit` or
 * `body.unit`.
 */

import type { AccessInput, AnyEndpoint, RawRouteInput } from "@cchc/contract";
import { AuditLog, scrub } from "@cchc/db/audit/AuditLog";
import { PeriodLock, type Touched } from "@cchc/db/workflow/PeriodLock";
import { actorOf, anonymous, type Principal } from "@cchc/domain/access/Principal";
import type { Action } from "@cchc/domain/access/Role";
import { Effect } from "effect";
import { check } from "./AccessControl.js";
import { AuthRequired, CsrfTokenInvalid, PasswordChangeRequired } from "./AuthErrors.js";
import { Authenticator } from "./Authenticator.js";

/** Header carrying the CSRF token. */
export const CSRF_HEADER = "x-csrf-token";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** What an account that must change its password may still do: see itself, change it, sign out. */
export const PASSWORD_CHANGE_ALLOWED: ReadonlySet<string> = new Set(["getMe", "changePassword", "signOut"]);

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const field = (o: unknown, k: string): unknown => (typeof o === "object" && o !== null ? (o as Record<string, unknown>)[k] : undefined);

/** The action a route needs: declared, or GET → read and anything else → write-values. */
export const actionOf = (spec: AnyEndpoint): Action => spec.access?.action ?? (spec.method === "get" ? "read" : "write-values");

/** The unit a request aims at: declared by the route, or found by the default rule. */
export const unitOf = (spec: AnyEndpoint, input: AccessInput): string | undefined => {
  // a unit sent as a number or an object is no unit: the schema refuses it, after access is decided
  if (spec.access?.unit) return str(spec.access.unit(input));
  return (
    str(input.params.unit) ??
    (spec.path.startsWith("/org-units") ? str(input.params.code) : undefined) ??
    str(input.query.unit) ??
    str(field(input.body, "unit"))
  );
};

/** The period a value write aims at. */
export const periodOf = (input: RawRouteInput): string | undefined =>
  str(input.params.period) ?? str(input.query.period) ?? str(field(input.body, "period"));

/** The figures and sections a write names, when its input shows them; undefined when it does not. */
export const touchedBy = (input: RawRouteInput): ReadonlyArray<Touched> | undefined => {
  const out: Touched[] = [];
  const add = (o: unknown) => {
    const indicator = str(field(o, "indicator")) ?? str(field(o, "indicatorCode"));
    if (indicator)
      out.push({
        indicator,
        ...(typeof field(o, "disaggregation") === "string" ? { disaggregation: field(o, "disaggregation") as string } : {}),
      });
    const section = str(field(o, "section")) ?? str(field(o, "area"));
    if (section) out.push({ section });
  };
  add(input.params);
  add(input.body);
  for (const key of ["values", "figures", "items"]) {
    const list = field(input.body, key);
    if (Array.isArray(list)) list.forEach(add);
  }
  if (Array.isArray(input.body)) input.body.forEach(add);
  return out.length > 0 ? out : undefined;
};

/**
 * Finds the caller (401 without credentials on a guarded route), refuses a cookie-authenticated
 * unsafe request without its CSRF token, and an account that must change its password.
 */
export const authenticate = (spec: AnyEndpoint, request: Request) =>
  Effect.gen(function* () {
    const auth = yield* Authenticator;
    const credentials = {
      authorization: request.headers.get("authorization") ?? undefined,
      cookie: request.headers.get("cookie") ?? undefined,
    };
    if (spec.public) {
      // a public route answers whatever the credentials — even while the database is away (health)
      return yield* auth.authenticate(credentials).pipe(
        Effect.map((a) => a.principal),
        Effect.catchAllCause(() => Effect.succeed(anonymous)),
      );
    }
    const { principal, csrf, mustChangePassword } = yield* auth.authenticate(credentials);
    if (mustChangePassword && !PASSWORD_CHANGE_ALLOWED.has(spec.operationId)) return yield* Effect.fail(new PasswordChangeRequired());
    if (csrf !== null && !SAFE.has(request.method.toUpperCase()) && request.headers.get(CSRF_HEADER) !== csrf)
      return yield* Effect.fail(new CsrfTokenInvalid());
    if (spec.access?.authenticatedOnly && principal.via === "anonymous") return yield* Effect.fail(new AuthRequired());
    return principal;
  });

/**
 * Checks the caller's right to the route's action on the unit the request aims at (403). The
 * Router gives the decoded input, or the input as sent when it does not decode — so that a caller
 * without access learns nothing about what is wrong with it.
 */
export const authorize = (spec: AnyEndpoint, principal: Principal, input: AccessInput) =>
  spec.public || spec.access?.authenticatedOnly ? Effect.void : check(principal, actionOf(spec), unitOf(spec, input));

/**
 * Refuses value writes to figures an approval locked — an early answer before the input is used.
 * The value store checks the lock again inside its write transaction (`ValueRepo.write`), so a
 * write racing an approval cannot slip in between this check and its commit.
 */
export const checkLock = (spec: AnyEndpoint, input: RawRouteInput) =>
  Effect.gen(function* () {
    if (actionOf(spec) !== "write-values" || spec.access?.lock === false) return;
    const unit = unitOf(spec, input);
    const period = periodOf(input);
    if (unit === undefined || period === undefined) return;
    const lock = yield* PeriodLock;
    yield* lock.assertWritable(unit, period, touchedBy(input));
  });

/** Records a successful change made through a route that does not record its own. */
export const auditCall = (spec: AnyEndpoint, principal: Principal, input: RawRouteInput) =>
  Effect.gen(function* () {
    if (SAFE.has(spec.method.toUpperCase()) || spec.audit === "handler") return;
    const log = yield* AuditLog;
    yield* log.record({
      actor: actorOf(principal),
      action: spec.operationId,
      entity: "request",
      entityId: `${spec.method.toUpperCase()} ${spec.path}`,
      unit: unitOf(spec, input) ?? null,
      after: { params: input.params, query: input.query, body: scrub(input.body) },
    });
  });
