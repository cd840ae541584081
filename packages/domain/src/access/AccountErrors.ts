/**
 * Failures of accounts and API tokens.
 * The stores raise them and the API answers them by tag (`@cchc/contract` HttpErrors).
 */
import { Data } from "effect";

/** No token has this id. */
export class TokenNotFound extends Data.TaggedError("TokenNotFound")<{ readonly id: string }> {}

/** No user has this username (or id). */
export class UserNotFound extends Data.TaggedError("UserNotFound")<{ readonly username: string }> {}

/** A user with this username exists already. */
export class UserDuplicate extends Data.TaggedError("UserDuplicate")<{ readonly username: string }> {}
