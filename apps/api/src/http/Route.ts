/**
 * One typed route of the public API: its method, path, the schemas that validate its input and
 * describe its output, and an Effect handler. The same definition drives validation at run time
 * and the OpenAPI document, so the contract is written once.
 */

import type { Action } from "@cchc/domain/access/Role";
import type { Effect, Schema } from "effect";
import type { Context as HonoContext } from "hono";

/** HTTP methods the API uses. */
export type Method = "get" | "post" | "put" | "patch" | "delete";

/** A non-JSON answer (a file, a page), described for OpenAPI by its content types. */
export interface RawAnswer {
  readonly contentTypes: ReadonlyArray<string>;
  readonly description: string;
}

/** What a route declares; schemas may be omitted where the route takes no such input. */
export interface RouteSpec<P, Q, B, O> {
  readonly method: Method;
  /** Hono path with `:name` parameters, relative to `/api/v1`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: ReadonlyArray<string>;
  readonly params?: Schema.Schema<P, any>;
  readonly query?: Schema.Schema<Q, any>;
  readonly body?: Schema.Schema<B, any>;
  /** Raw body routes (JSON lines, files) read the request themselves. */
  readonly rawBody?: { readonly contentTypes: ReadonlyArray<string>; readonly description: string };
  readonly response: Schema.Schema<O, any> | RawAnswer;
  readonly successStatus?: 200 | 201 | 202;
  /** Stable error codes this route may answer with, for the OpenAPI document. */
  readonly errors?: ReadonlyArray<string>;
  /** Whether the route answers without credentials (health, OpenAPI, sign-in). */
  readonly public?: boolean;
  /**
   * Who may call the route (checked by the Router before the input is validated). Default: GET →
   * read, other methods → write-values, on the unit in `params.unit`, `params.code` (org units),
   * `query.unit` or `body.unit`; no unit → the action must be allowed somewhere. `lock: false`
   * exempts a write-values route from the approved-period lock (the workflow's own steps).
   */
  readonly access?: RouteAccess;
  /**
   * The route answers without the database (liveness, calendar arithmetic): the Router does not read
   * the cache versions for it, so it keeps answering while the database is away.
   */
  readonly withoutDatabase?: boolean;
  /** Who records successful changes in the audit trail: the Router (default) or the handler itself. */
  readonly audit?: "router" | "handler";
}

/** The raw (not yet validated) input of a request, as access rules see it. */
export interface RawRouteInput {
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** The access rule of a route. */
export interface RouteAccess {
  readonly action: Action;
  /** The unit the request aims at, from its raw input; undefined = no particular unit. */
  readonly unit?: (input: RawRouteInput) => string | undefined;
  readonly lock?: boolean;
  /** Any signed-in caller may call it (own account, own tokens); the handler checks the rest. */
  readonly authenticatedOnly?: boolean;
}

/** The decoded input a handler receives. */
export interface RouteInput<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly request: Request;
  readonly hono: HonoContext;
}

/** A route with its handler; `R` is provided by the app's runtime. */
export interface Route<P = any, Q = any, B = any, O = any, E = any, R = any> {
  readonly spec: RouteSpec<P, Q, B, O>;
  readonly handler: (input: RouteInput<P, Q, B>) => Effect.Effect<O | Response, E, R>;
}

/** Defines a route; a function only so that the types of spec and handler are inferred together. */
export const route = <P = {}, Q = {}, B = undefined, O = unknown, E = never, R = never>(
  spec: RouteSpec<P, Q, B, O>,
  handler: (input: RouteInput<P, Q, B>) => Effect.Effect<O | Response, E, R>,
): Route<P, Q, B, O, E, R> => ({ spec, handler });

/** Whether a route answers with a file or page rather than JSON. */
export const isRaw = (r: Schema.Schema<any, any> | RawAnswer): r is RawAnswer => "contentTypes" in r;
