/**
 * The errors every endpoint of a kind may answer with besides those it declares: a guarded
 * endpoint 401/403, a write 403 CSRF and 409 PERIOD_LOCKED, an endpoint with input 400, one with a
 * JSON body 413/415, one that needs the database 503. OpenAPI lists them per operation; handlers
 * may fail with `HandlerImplicitTag`s without declaring them.
 */
import type { AnyEndpoint } from "./Endpoint.js";
import type { ErrorTag } from "./HttpErrors.js";

/** Tags any handler may fail with undeclared: field checks, access checks (401/403), the database away. */
export type HandlerImplicitTag = "RequestInvalid" | "AuthRequired" | "AccessDenied" | "DatabaseNotReady";

/** Whether an endpoint changes values under the approved-period lock. */
export const isLockedWrite = (e: AnyEndpoint): boolean =>
  e.method !== "get" && (e.access?.action ?? "write-values") === "write-values" && e.access?.lock !== false && e.public !== true;

/** The error tags an endpoint may answer with that it does not declare itself. */
export const implicitErrors = (e: AnyEndpoint): ReadonlyArray<ErrorTag> => {
  const tags: ErrorTag[] = [];
  if (e.params || e.query || e.body || e.rawBody) tags.push("RequestInvalid");
  if (e.body) tags.push("BodyMalformed", "BodyTooLarge", "MediaTypeUnsupported");
  if (!e.public) {
    tags.push("AuthRequired", "CredentialsInvalid", "AccessDenied", "PasswordChangeRequired");
    if (e.method !== "get") tags.push("CsrfTokenInvalid");
  }
  if (isLockedWrite(e)) tags.push("PeriodLocked");
  if (!e.withoutDatabase) tags.push("DatabaseNotReady");
  return tags;
};

/** Every error tag of an endpoint: implicit ones, then declared ones, each once. */
export const errorsOf = (e: AnyEndpoint): ReadonlyArray<ErrorTag> => [...new Set([...implicitErrors(e), ...(e.errors ?? [])])];
