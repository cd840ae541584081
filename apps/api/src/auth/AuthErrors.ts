/**
 * Failures of authentication and access, mapped to 401/403/429 in `http/errors.ts`.
 */
import { Data } from "effect";

/** The route needs credentials and the request has none (or an expired session). */
export class AuthRequired extends Data.TaggedError("AuthRequired")<{}> {}

/** The request presents a bearer token that is unknown, revoked or expired. */
export class CredentialsInvalid extends Data.TaggedError("CredentialsInvalid")<{ readonly kind: "token" }> {}

/** A cookie-authenticated unsafe request without the matching X-CSRF-Token header. */
export class CsrfTokenInvalid extends Data.TaggedError("CsrfTokenInvalid")<{}> {}

/** Wrong username or password (never says which). */
export class SignInFailed extends Data.TaggedError("SignInFailed")<{}> {}

/** Too many failed sign-ins from this address for this username: wait `retryAfterSeconds`. */
export class SignInThrottled extends Data.TaggedError("SignInThrottled")<{ readonly retryAfterSeconds: number }> {}

/** The current password given to change it is wrong, or the new one too weak. */
export class PasswordChangeRefused extends Data.TaggedError("PasswordChangeRefused")<{ readonly reason: "current-wrong" | "too-short" }> {}

/** The account must change its one-time or reset password before doing anything else. */
export class PasswordChangeRequired extends Data.TaggedError("PasswordChangeRequired")<{}> {}

/** An administrator tried to disable their own account (they would lock themselves out). */
export class OwnAccountDisable extends Data.TaggedError("OwnAccountDisable")<{ readonly username: string }> {}
