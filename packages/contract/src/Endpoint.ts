/**
 * One operation of the public API as data: method, path, the Schemas of its input and answer, the
 * errors it may answer with, who may call it and its OpenAPI texts. Nothing here runs on a server:
 * the API binds a handler to each endpoint (apps/api `handle`), the clients call it (`makeClient`)
 * and the OpenAPI document is built from it, so the three cannot drift apart.
 */
import type { Action } from "@cchc/domain/access/Role";
import type { Schema } from "effect";
import type { ErrorTag } from "./HttpErrors.js";

/** HTTP methods the API uses. */
export type Method = "get" | "post" | "put" | "patch" | "delete";

/** A Schema that needs no service, whatever it decodes from. */
export type AnySchema = Schema.Schema.AnyNoContext;

/** A non-JSON answer (a file, a page), described for OpenAPI by its content types. */
export interface RawAnswer {
  readonly contentTypes: ReadonlyArray<string>;
  readonly description: string;
  /** The Schema of its JSON form, when one of its content types is JSON (published in OpenAPI, decoded by clients and the fuzzer). */
  readonly json?: AnySchema;
}

/** A body the handler reads itself (JSON lines, a file), described for OpenAPI. */
export interface RawBody {
  readonly contentTypes: ReadonlyArray<string>;
  readonly description: string;
}

/** The raw (not yet validated) input of a request, as access rules see it. */
export interface RawRouteInput {
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/**
 * The input an access rule reads: decoded when the request decodes, else as sent (so that a caller
 * without access is refused with 403 before being told what is wrong with the input).
 */
export interface AccessInput {
  readonly params: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

/** The non-empty text at `path` inside `value` (`textAt(body, "grants", 0, "unit")`), else undefined. */
export const textAt = (value: unknown, ...path: ReadonlyArray<string | number>): string | undefined => {
  let at: unknown = value;
  for (const key of path) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return typeof at === "string" && at !== "" ? at : undefined;
};

/** The access rule of an endpoint. */
export interface RouteAccess {
  readonly action: Action;
  /** The unit the request aims at, from its raw input; undefined = no particular unit. */
  readonly unit?: (input: AccessInput) => string | undefined;
  /** `false` exempts a write-values endpoint from the approved-period lock (the workflow's own steps). */
  readonly lock?: boolean;
  /** Any signed-in caller may call it (own account, own tokens); the handler checks the rest. */
  readonly authenticatedOnly?: boolean;
}

/** Any signed-in caller may call it; the handler checks the rest (the caller's own account, tokens, notifications). */
export const anySignedIn = { action: "read", authenticatedOnly: true } as const satisfies RouteAccess;

/** `anySignedIn` for a change of the caller's own things, which the approved-period lock does not hold. */
export const anySignedInChange = { ...anySignedIn, lock: false } as const satisfies RouteAccess;

/** What an endpoint declares; schemas are absent where it takes no such input. */
export interface Endpoint<
  Params extends AnySchema | undefined = AnySchema | undefined,
  Query extends AnySchema | undefined = AnySchema | undefined,
  Body extends AnySchema | undefined = AnySchema | undefined,
  Answer extends AnySchema | RawAnswer = AnySchema | RawAnswer,
  Tag extends ErrorTag = ErrorTag,
> {
  readonly method: Method;
  /** Hono path with `:name` parameters, relative to `/api/v1`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: ReadonlyArray<string>;
  readonly params?: Params;
  readonly query?: Query;
  readonly body?: Body;
  /** The handler reads the request body itself (JSON lines, files). */
  readonly rawBody?: RawBody;
  readonly response: Answer;
  readonly successStatus?: 200 | 201 | 202;
  /**
   * The errors the handler may fail with, by tag (see HttpErrors.ts). Those every endpoint of its
   * kind may answer (401/403 of guarded endpoints, 400/413/415 of bodies, 503) come on top.
   */
  readonly errors?: ReadonlyArray<Tag>;
  /** Whether the endpoint answers without credentials (health, OpenAPI, sign-in). */
  readonly public?: boolean;
  /**
   * Who may call it (checked before the input is validated). Default: GET → read, other methods →
   * write-values, on the unit in `params.unit`, `params.code` (org units), `query.unit` or `body.unit`.
   */
  readonly access?: RouteAccess;
  /** Answers without the database (liveness, calendar arithmetic). */
  readonly withoutDatabase?: boolean;
  /** Who records successful changes in the audit trail: the router (default) or the handler itself. */
  readonly audit?: "router" | "handler";
}

/** Any endpoint. */
export type AnyEndpoint = Endpoint;

/** Declares an endpoint; a function only so that its schemas and error tags keep their exact types. */
export const endpoint = <
  const Tag extends ErrorTag = never,
  Params extends AnySchema | undefined = undefined,
  Query extends AnySchema | undefined = undefined,
  Body extends AnySchema | undefined = undefined,
  Answer extends AnySchema | RawAnswer = AnySchema,
>(
  spec: Endpoint<Params, Query, Body, Answer, Tag>,
): Endpoint<Params, Query, Body, Answer, Tag> => spec;

/** What an endpoint of a group declares besides its method, operationId, path and the group's tag. */
export type GroupedSpec<
  Params extends AnySchema | undefined,
  Query extends AnySchema | undefined,
  Body extends AnySchema | undefined,
  Answer extends AnySchema | RawAnswer,
  Tag extends ErrorTag,
> = Omit<Endpoint<Params, Query, Body, Answer, Tag>, "method" | "operationId" | "path" | "tags">;

/** Declares the endpoints of one method in a group: `group.get("getThing", "/things/:id", { … })`. */
const declareIn =
  (tags: ReadonlyArray<string>, method: Method) =>
  <
    const Tag extends ErrorTag = never,
    Params extends AnySchema | undefined = undefined,
    Query extends AnySchema | undefined = undefined,
    Body extends AnySchema | undefined = undefined,
    Answer extends AnySchema | RawAnswer = AnySchema,
  >(
    operationId: string,
    path: string,
    spec: GroupedSpec<Params, Query, Body, Answer, Tag>,
  ): Endpoint<Params, Query, Body, Answer, Tag> =>
    endpoint({ method, path, operationId, tags, ...spec });

/**
 * The endpoints of one OpenAPI tag (see EndpointGroups.ts): each is declared by its method, its
 * operationId and its path, then what it takes and answers, may fail with and who may call it.
 */
export const endpointGroup = (tag: string) => {
  const tags = [tag];
  return {
    tags,
    get: declareIn(tags, "get"),
    post: declareIn(tags, "post"),
    put: declareIn(tags, "put"),
    patch: declareIn(tags, "patch"),
    delete: declareIn(tags, "delete"),
  };
};

/** A group of endpoints under one OpenAPI tag. */
export type EndpointGroup = ReturnType<typeof endpointGroup>;

/** Whether an answer is a file or page rather than JSON. */
export const isRaw = (answer: AnySchema | RawAnswer): answer is RawAnswer => "contentTypes" in answer;

type Present<S> = Exclude<S, undefined>;
type TypeOf<S, Absent> = [Present<S>] extends [never] ? Absent : Present<S> extends AnySchema ? Schema.Schema.Type<Present<S>> : Absent;

/** The decoded path parameters of an endpoint (`{}` when it has none). */
export type ParamsOf<E extends AnyEndpoint> = TypeOf<E["params"], {}>;
/** The decoded query of an endpoint. */
export type QueryOf<E extends AnyEndpoint> = TypeOf<E["query"], {}>;
/** The decoded body of an endpoint (`undefined` when it takes none). */
export type BodyOf<E extends AnyEndpoint> = TypeOf<E["body"], undefined>;
/** The answer of an endpoint: its decoded JSON, or the raw Response of a file. */
export type AnswerOf<E extends AnyEndpoint> = E["response"] extends AnySchema ? Schema.Schema.Type<E["response"]> : Response;
/** The tags of the errors an endpoint declares. */
export type DeclaredTagOf<E extends AnyEndpoint> = E extends Endpoint<infer _P, infer _Q, infer _B, infer _A, infer T> ? T : never;
