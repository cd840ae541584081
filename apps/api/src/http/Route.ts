/**
 * A route of the public API: an endpoint of `@cchc/contract` bound to its handler. `handle` is
 * where the compiler holds a handler to its endpoint: it may fail only with the errors the endpoint
 * declares (and those every handler may: a field check, an access check, the database away), it may
 * need only services the app's layer provides, and it answers what the endpoint's Schema says.
 */

import type {
  AnyEndpoint,
  AnySchema,
  BodyOf,
  DeclaredTagOf,
  Endpoint,
  ErrorTag,
  HandlerImplicitTag,
  ParamsOf,
  QueryOf,
  RawAnswer,
  RawRouteInput,
} from "@cchc/contract";
import type { Effect, Schema } from "effect";
import type { Context as HonoContext } from "hono";
import type { AppServices } from "../AppLayer.js";
import type { CurrentPrincipal } from "../auth/CurrentPrincipal.js";

export type { RawRouteInput };

/** What a handler may need: the app's services and the caller. */
export type AppRequirements = AppServices | CurrentPrincipal;

/** The decoded input a handler receives. */
export interface RouteInput<E extends AnyEndpoint> {
  readonly params: ParamsOf<E>;
  readonly query: QueryOf<E>;
  readonly body: BodyOf<E>;
  readonly request: Request;
  readonly hono: HonoContext;
}

/** What a handler answers: the endpoint's answer, a file's text, or a Response it built itself. */
export type HandlerAnswer<E extends AnyEndpoint> = E["response"] extends AnySchema
  ? Schema.Schema.Type<E["response"]> | Response
  : string | Response;

/** A failure a handler of `E` may end with. */
export type AllowedFailure<E extends AnyEndpoint> = { readonly _tag: DeclaredTagOf<E> | HandlerImplicitTag };

/** A route: its endpoint and the handler run on the app's runtime. */
export interface Route {
  readonly spec: AnyEndpoint;
  readonly run: (input: RouteInput<AnyEndpoint>) => Effect.Effect<unknown, { readonly _tag: ErrorTag }, AppRequirements>;
}

/** Binds a handler to an endpoint. */
export const handle = <E extends AnyEndpoint, Err extends AllowedFailure<E>, R extends AppRequirements>(
  endpoint: E,
  handler: (input: RouteInput<E>) => Effect.Effect<HandlerAnswer<E>, Err, R>,
): Route => ({
  spec: endpoint,
  // The Router decodes the input with this endpoint's own Schemas before it calls the handler.
  run: handler as unknown as Route["run"],
});

/** Whether a route answers with a file or page rather than JSON. */
export const isRawAnswer = (e: Endpoint): e is Endpoint & { readonly response: RawAnswer } => "contentTypes" in e.response;
