/**
 * The endpoints of one record by id, of a kind kept with a version (activities, inspections): read
 * it, correct it naming the version read, remove it with `?version=`. They share the path, its
 * parameters, the record's Schema, the errors of an unknown id and a stale version, and the text
 * telling what an unknown id or a record of another subtree answers (it ends every description),
 * so a kind states those once.
 */
import { type AnySchema, type EndpointGroup, endpoint } from "./Endpoint.js";
import type { ErrorTag } from "./HttpErrors.js";
import { RowIdParams } from "./RowId.js";
import { RemovalQuery, Removed } from "./Versioned.js";

/** What the endpoints of a kind share. */
export interface VersionedRecordKind<Record extends AnySchema, NotFound extends ErrorTag, Conflict extends ErrorTag> {
  /** The path of one record, with its `:id`. */
  readonly path: string;
  readonly group: EndpointGroup;
  /** What the `:id` is, for OpenAPI ("Mã hoạt động"). */
  readonly id: string;
  readonly record: Record;
  /** What an unknown id or a record outside the caller's subtree answers. */
  readonly byId: string;
  readonly notFound: NotFound;
  readonly conflict: Conflict;
}

/** The texts of one endpoint; the kind's `byId` text follows the description. */
interface Texts {
  readonly operationId: string;
  readonly summary: string;
  readonly description: string;
}

/** The read, correction and removal of a kind's record by id. */
export const versionedRecordEndpoints = <Record extends AnySchema, const NotFound extends ErrorTag, const Conflict extends ErrorTag>(
  kind: VersionedRecordKind<Record, NotFound, Conflict>,
) => {
  const tags = kind.group.tags;
  const params = RowIdParams(kind.id);
  // What a correction and a removal say first: where, which operation, and the description with `byId`.
  const addressed = (texts: Texts) => ({
    path: kind.path,
    operationId: texts.operationId,
    summary: texts.summary,
    description: `${texts.description} ${kind.byId}`,
    tags,
    params,
  });
  return {
    get: (texts: Omit<Texts, "description">) =>
      endpoint({
        method: "get",
        path: kind.path,
        ...texts,
        description: kind.byId,
        tags,
        params,
        response: kind.record,
        errors: [kind.notFound],
      }),
    /** A correction: `body` has the fields to change and the version read; `errors` come after the kind's two. */
    update: <Body extends AnySchema, const More extends ErrorTag = never>(
      texts: Texts & { readonly body: Body; readonly errors: ReadonlyArray<More> },
    ) =>
      endpoint({
        method: "put",
        ...addressed(texts),
        body: texts.body,
        response: kind.record,
        errors: [kind.notFound, kind.conflict, ...texts.errors],
        audit: "handler",
      }),
    /** A removal, refused for a stale `?version=`; `errors` come after the kind's two. */
    remove: <const More extends ErrorTag = never>(texts: Texts & { readonly errors: ReadonlyArray<More> }) =>
      endpoint({
        method: "delete",
        ...addressed(texts),
        query: RemovalQuery,
        response: Removed,
        errors: [kind.notFound, kind.conflict, ...texts.errors],
        audit: "handler",
      }),
  };
};
