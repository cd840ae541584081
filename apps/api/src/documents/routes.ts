/**
 * Handlers of the document register (endpoints: `@cchc/contract/endpoints/Documents`). A document
 * found by id is checked against its unit (see `RecordAccess` for the 404/403 policy). Every
 * change is recorded in the audit trail with the document before and after, in the transaction of
 * the change.
 */
import * as Documents from "@cchc/contract/endpoints/Documents";
import { DocumentRepo } from "@cchc/db/documents/DocumentRepo";
import { Effect } from "effect";
import { handle } from "../http/Route.js";
import { currentActor, demandOnRecord, knownUnit, readableList } from "../values/RecordAccess.js";

/** Loads a document and checks `action` on its unit. */
const documentFor = (id: number, action: "read" | "write-values") =>
  Effect.gen(function* () {
    const doc = yield* Effect.flatMap(DocumentRepo, (r) => r.get(id));
    yield* demandOnRecord(action, doc.unit);
    return doc;
  });

/** Document register routes. */
export const documentRoutes = [
  handle(Documents.listDocuments, ({ query }) => readableList(query, (q) => Effect.flatMap(DocumentRepo, (r) => r.list(q)))),
  handle(Documents.createDocument, ({ body }) =>
    Effect.gen(function* () {
      yield* knownUnit(body.unit, "body.unit");
      const actor = yield* currentActor;
      return yield* Effect.flatMap(DocumentRepo, (r) => r.insert(body, actor));
    }),
  ),
  handle(Documents.getDocument, ({ params }) => documentFor(params.id, "read")),
  handle(Documents.updateDocument, ({ params, body }) =>
    Effect.gen(function* () {
      yield* documentFor(params.id, "write-values");
      yield* knownUnit(body.unit, "body.unit");
      const actor = yield* currentActor;
      return yield* Effect.flatMap(DocumentRepo, (r) => r.update(params.id, body, actor));
    }),
  ),
  handle(Documents.deleteDocument, ({ params }) =>
    Effect.gen(function* () {
      yield* documentFor(params.id, "write-values");
      const actor = yield* currentActor;
      yield* Effect.flatMap(DocumentRepo, (r) => r.remove(params.id, actor));
      return { deleted: true as const, id: params.id };
    }),
  ),
];
