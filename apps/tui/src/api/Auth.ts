/**
 * The account calls of `cchc login` and `cchc logout`: sign in (a session cookie and its CSRF
 * token), create an API token with that session, revoke a token, sign out. Kept apart from
 * `ApiClient` because they work with a session, not with the token the other calls carry.
 */
import { httpRequest } from "./HttpApiClient.js";
import * as Paths from "./Paths.js";

/** A role on a unit subtree, as the server lists a user's grants. */
export interface GrantView {
  readonly role: string;
  readonly unit: string;
}

/** The signed-in user. */
export interface UserView {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly mustChangePassword: boolean;
  readonly grants: ReadonlyArray<GrantView>;
}

/** A web session: its cookie and the CSRF token its writes must send. */
export interface Session {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly user: UserView;
}

/** A created API token: the secret (shown once) and its record. */
export interface CreatedToken {
  readonly token: string;
  readonly id: string;
  readonly scopes: ReadonlyArray<string>;
  readonly unit: string;
  readonly expiresAt: string | null;
}

/** What a new token may do and for how long. */
export interface NewToken {
  readonly name: string;
  readonly scopes: ReadonlyArray<string>;
  readonly unit: string;
  readonly expiresInDays: number;
}

const sessionHeaders = (s: Session): Record<string, string> => ({ cookie: s.cookie, "x-csrf-token": s.csrfToken });

const sessionCookieOf = (res: Response): string =>
  (res.headers.getSetCookie?.() ?? [res.headers.get("set-cookie") ?? ""])
    .map((c) => c.split(";")[0]?.trim() ?? "")
    .filter((c) => c.startsWith(`${Paths.SESSION_COOKIE}=`))
    .join("; ");

/**
 * Changes the session user's password (`POST /auth/password`); the server ends every other session
 * and token and re-issues this session, which the answer is.
 */
export const changePassword = async (api: string, session: Session, currentPassword: string, newPassword: string): Promise<Session> => {
  const res = await httpRequest({ baseUrl: api }, "post", Paths.password, {
    body: { currentPassword, newPassword },
    headers: sessionHeaders(session),
  });
  const answer = (await res.json()) as { csrfToken: string | null };
  return {
    cookie: sessionCookieOf(res) || session.cookie,
    csrfToken: answer.csrfToken ?? session.csrfToken,
    user: { ...session.user, mustChangePassword: false },
  };
};

/** Signs in with a username and password (`POST /auth/sign-in`). */
export const signIn = async (api: string, username: string, password: string): Promise<Session> => {
  const res = await httpRequest({ baseUrl: api }, "post", Paths.signIn, { body: { username, password } });
  const answer = (await res.json()) as { csrfToken: string; user: UserView };
  // Only the session cookie matters; its attributes (HttpOnly, SameSite…) are for browsers.
  return { cookie: sessionCookieOf(res), csrfToken: answer.csrfToken, user: answer.user };
};

/** Creates an API token for the session's user (`POST /tokens`). */
export const createToken = async (api: string, session: Session, spec: NewToken): Promise<CreatedToken> => {
  const res = await httpRequest({ baseUrl: api }, "post", Paths.tokens, { body: spec, headers: sessionHeaders(session) });
  const answer = (await res.json()) as { token: string; info: { id: string; scopes: string[]; unit: string; expiresAt: string | null } };
  return { token: answer.token, id: answer.info.id, scopes: answer.info.scopes, unit: answer.info.unit, expiresAt: answer.info.expiresAt };
};

/** Revokes a token (`DELETE /tokens/{id}`), with the token itself or with a session. */
export const revokeToken = async (
  api: string,
  id: string,
  auth: { readonly token: string } | { readonly session: Session },
): Promise<void> => {
  await httpRequest("token" in auth ? { baseUrl: api, token: auth.token } : { baseUrl: api }, "delete", Paths.token(id), {
    ...("session" in auth ? { headers: sessionHeaders(auth.session) } : {}),
  });
};

/** Ends the session (`POST /auth/sign-out`); the token created with it stays valid. */
export const signOut = async (api: string, session: Session): Promise<void> => {
  await httpRequest({ baseUrl: api }, "post", Paths.signOut, { headers: sessionHeaders(session) });
};
