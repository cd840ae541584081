/**
 * The document register's calls of `cchc documents`, over the token the other calls carry, through
 * the contract's client. Kept apart from `ApiClient` (as `Reminders.ts`) so the console's test
 * double needs no change.
 */
import type { AnswerOf } from "@cchc/contract";
import { Api } from "@cchc/contract/Api";
import type { QueryInput } from "./ApiClient.js";
import { callerOf, type HttpClientOptions } from "./Call.js";

/** A page of the register. */
export type DocumentList = AnswerOf<Api["listDocuments"]>;

/** What a register search may be filtered by. */
export type DocumentQuery = QueryInput<"listDocuments">;

/** What a removal answered. */
export type DocumentRemoved = AnswerOf<Api["deleteDocument"]>;

/** The register's documents matching `query`. */
export const listDocuments = (o: HttpClientOptions, query: DocumentQuery): Promise<DocumentList> =>
  callerOf(Api, o)("listDocuments", { query });

/** Removes a document (refused with 409 DOCUMENT_IN_USE while a task or a PAR Index criterion cites it). */
export const removeDocument = (o: HttpClientOptions, id: number): Promise<DocumentRemoved> =>
  callerOf(Api, o)("deleteDocument", { params: { id } });
