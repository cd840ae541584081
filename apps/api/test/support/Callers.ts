/**
 * Callers of the API by user name, as the tests of records and plans use them: each user gets an
 * API token before the tests, and a call sends a request under `/api/v1` as that user and answers
 * its status and JSON body — so a test reads as who does what.
 */
import { beforeAll } from "vitest";
import { bearer, jsonInit, tokenFor } from "./Credentials.js";
import { json, type TestApp } from "./TestApp.js";

/**
 * Registers a beforeAll hook that mints a token for each of `users` (call inside a `describe`,
 * after `useTestApp`), and returns `call(user, method, path, body?)`; a body makes a JSON request.
 */
export const useCallers = (testApp: () => TestApp, users: ReadonlyArray<string>) => {
  const headers: Record<string, Record<string, string>> = {};
  beforeAll(async () => {
    for (const user of users) headers[user] = bearer(await tokenFor(testApp(), user));
  });
  return async (user: string, method: string, path: string, body?: unknown) => {
    const init = body === undefined ? { method, headers: headers[user] } : jsonInit(method, body, headers[user]);
    const res = await testApp().app.request(`/api/v1${path}`, init);
    return { status: res.status, body: await json(res) };
  };
};

/** The bearer headers of a user, its API token minted at the first call and kept for the next ones. */
export const bearersOf = (testApp: () => TestApp) => {
  const tokens: Record<string, string> = {};
  return async (username: string) => {
    tokens[username] ??= await tokenFor(testApp(), username);
    return bearer(tokens[username] as string);
  };
};

/** `request(path, init?)`: a request to the app, answered with its status and JSON body. */
export const requesterOf = (testApp: () => TestApp) => async (path: string, init?: RequestInit) => {
  const res = await testApp().app.request(path, init);
  return { status: res.status, body: await json(res) };
};
