/**
 * The account calls of `cchc login` and `cchc logout`: sign in (a session cookie and its CSRF
 * token), create an API token with that session, revoke a token, sign out. Kept apart from
 * `ApiClient` because they work with a session, not with the token the other calls carry. Each
 * goes through the contract's client (Call.ts); the session's cookie is read from the answers'
 * Set-Cookie headers.
 */
import type { AnswerOf } from "@cchc/contract";
import { Api } from "@cchc/contract/Api";
import type { BodyInput } from "./ApiClient.js";
import { type Caller, callerOf } from "./Call.js";

/** The signed-in user, as sign-in answers it. */
export type UserView = AnswerOf<Api["signIn"]>["user"];

/** A role on a unit subtree, as the server lists a user's grants. */
export type GrantView = UserView["grants"][number];

/** A web session: its cookie and the CSRF token its writes must send. */
export interface Session {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly user: UserView;
}

type TokenInfo = AnswerOf<Api["createToken"]>["info"];

/** A created API token: the secret (shown once) and its record. */
export type CreatedToken = Pick<TokenInfo, "id" | "scopes" | "unit" | "expiresAt"> & { readonly token: string };

/** What a new token may do and for how long. */
export type NewToken = Required<Pick<BodyInput<"createToken">, "name" | "scopes" | "unit" | "expiresInDays">>;

/** Name of the session cookie sign-in sets. */
export const SESSION_COOKIE = "cchc_session";

const sessionCookieOf = (res: Response): string =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]?.trim() ?? "")
    .filter((c) => c.startsWith(`${SESSION_COOKIE}=`))
    .join("; ");

/** A caller that sends the session (cookie and CSRF token), or none, and keeps the last session cookie the server set. */
const sessionCaller = (api: string, session?: Session): { readonly call: Caller<Api>; readonly cookie: () => string } => {
  let cookie = "";
  const call = callerOf(Api, {
    baseUrl: api,
    ...(session ? { headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken } } : {}),
    onResponse: (res) => {
      cookie = sessionCookieOf(res) || cookie;
    },
  });
  return { call, cookie: () => cookie };
};

/**
 * Changes the session user's password (`POST /auth/password`); the server ends every other session
 * and token and re-issues this session, which the answer is.
 */
export const changePassword = async (api: string, session: Session, currentPassword: string, newPassword: string): Promise<Session> => {
  const { call, cookie } = sessionCaller(api, session);
  const answer = await call("changePassword", { body: { currentPassword, newPassword } });
  return {
    cookie: cookie() || session.cookie,
    csrfToken: answer.csrfToken ?? session.csrfToken,
    user: { ...session.user, mustChangePassword: false },
  };
};

/** Signs in with a username and password (`POST /auth/sign-in`). */
export const signIn = async (api: string, username: string, password: string): Promise<Session> => {
  const { call, cookie } = sessionCaller(api);
  const answer = await call("signIn", { body: { username, password } });
  // Only the session cookie matters; its attributes (HttpOnly, SameSite…) are for browsers.
  return { cookie: cookie(), csrfToken: answer.csrfToken ?? "", user: answer.user };
};

/** Creates an API token for the session's user (`POST /tokens`). */
export const createToken = async (api: string, session: Session, spec: NewToken): Promise<CreatedToken> => {
  const answer = await sessionCaller(api, session).call("createToken", { body: spec });
  return { token: answer.token, id: answer.info.id, scopes: answer.info.scopes, unit: answer.info.unit, expiresAt: answer.info.expiresAt };
};

/** Revokes a token (`DELETE /tokens/{id}`), with the token itself or with a session. */
export const revokeToken = async (
  api: string,
  id: string,
  auth: { readonly token: string } | { readonly session: Session },
): Promise<void> => {
  const call = "token" in auth ? callerOf(Api, { baseUrl: api, token: auth.token }) : sessionCaller(api, auth.session).call;
  await call("revokeToken", { params: { id } });
};

/** Ends the session (`POST /auth/sign-out`); the token created with it stays valid. */
export const signOut = async (api: string, session: Session): Promise<void> => {
  await sessionCaller(api, session).call("signOut", {});
};
