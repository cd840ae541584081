/**
 * The document register: search, read, register, correct and remove documents. Number and symbol
 * follow Nghị định 30/2020 (`DocumentReference`); the same number/symbol/year/issuer is refused
 * with 409 DOCUMENT_DUPLICATE.
 */
import { DocumentRepo } from "@cchc/db/documents/DocumentRepo";
import { DocumentTypeCode } from "@cchc/domain/DocumentReference";
import { RegisterEntry, RegisterEntryInput } from "@cchc/domain/documents/RegisterEntry";
import { LocalDate } from "@cchc/domain/LocalDate";
import { Effect, Schema } from "effect";
import { route } from "../http/Route.js";
import { pageFields, pagingFields, pagingOf } from "../indicators/Paging.js";

const TAGS = ["Văn bản"];
const IdParams = Schema.Struct({
  id: Schema.NumberFromString.pipe(Schema.int(), Schema.positive()).annotations({ description: "Mã văn bản trong sổ" }),
});
const DocumentList = Schema.Struct({ items: Schema.Array(RegisterEntry), ...pageFields }).annotations({ identifier: "DocumentList" });

/** Document register routes. */
export const documentRoutes = [
  route(
    {
      method: "get",
      path: "/documents",
      operationId: "listDocuments",
      summary: "Tìm văn bản trong sổ",
      description: "q: tìm trong số, ký hiệu, cơ quan ban hành, trích yếu (không phân biệt dấu).",
      tags: TAGS,
      query: Schema.Struct({
        q: Schema.optional(Schema.String),
        type: Schema.optional(DocumentTypeCode),
        from: Schema.optional(LocalDate).annotations({ description: "Ban hành từ ngày" }),
        to: Schema.optional(LocalDate).annotations({ description: "Ban hành đến ngày" }),
        unit: Schema.optional(Schema.String),
        ...pagingFields,
      }),
      response: DocumentList,
    },
    ({ query }) =>
      Effect.gen(function* () {
        const paging = pagingOf(query);
        const found = yield* Effect.flatMap(DocumentRepo, (r) => r.list({ ...query, ...paging }));
        return { ...found, ...paging };
      }),
  ),
  route(
    {
      method: "post",
      path: "/documents",
      operationId: "createDocument",
      summary: "Vào sổ một văn bản",
      tags: TAGS,
      body: RegisterEntryInput,
      response: RegisterEntry,
      successStatus: 201,
      errors: ["REQUEST_INVALID", "DOCUMENT_DUPLICATE", "DOCUMENT_PARENT_INVALID"],
    },
    ({ body }) => Effect.flatMap(DocumentRepo, (r) => r.insert(body)),
  ),
  route(
    {
      method: "get",
      path: "/documents/:id",
      operationId: "getDocument",
      summary: "Một văn bản",
      tags: TAGS,
      params: IdParams,
      response: RegisterEntry,
      errors: ["DOCUMENT_NOT_FOUND"],
    },
    ({ params }) => Effect.flatMap(DocumentRepo, (r) => r.get(params.id)),
  ),
  route(
    {
      method: "put",
      path: "/documents/:id",
      operationId: "updateDocument",
      summary: "Sửa thông tin một văn bản",
      tags: TAGS,
      params: IdParams,
      body: RegisterEntryInput,
      response: RegisterEntry,
      errors: ["DOCUMENT_NOT_FOUND", "REQUEST_INVALID", "DOCUMENT_DUPLICATE", "DOCUMENT_PARENT_INVALID"],
    },
    ({ params, body }) => Effect.flatMap(DocumentRepo, (r) => r.update(params.id, body)),
  ),
  route(
    {
      method: "delete",
      path: "/documents/:id",
      operationId: "deleteDocument",
      summary: "Xóa một văn bản khỏi sổ",
      description: "Các văn bản, kế hoạch, cuộc kiểm tra trỏ tới văn bản này sẽ mất liên kết (không bị xóa).",
      tags: TAGS,
      params: IdParams,
      response: Schema.Struct({ deleted: Schema.Literal(true), id: Schema.Number }),
      errors: ["DOCUMENT_NOT_FOUND"],
    },
    ({ params }) =>
      Effect.as(
        Effect.flatMap(DocumentRepo, (r) => r.remove(params.id)),
        { deleted: true as const, id: params.id },
      ),
  ),
];
