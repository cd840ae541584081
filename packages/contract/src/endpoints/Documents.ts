/**
 * The document register: search, read, register, correct and remove documents. Number and symbol
 * follow Nghị định 30/2020 (`DocumentReference`); the same number/symbol/year/issuer is refused
 * with 409 DOCUMENT_DUPLICATE. A document belongs to the unit whose register holds it: the search
 * shows only units the caller may read, and a document found by id is checked against its unit.
 */
import { DocumentTypeCode } from "@cchc/domain/DocumentReference";
import { RegisterEntry, RegisterEntryInput } from "@cchc/domain/documents/RegisterEntry";
import { LocalDate } from "@cchc/domain/LocalDate";
import { Schema } from "effect";
import { documents } from "../EndpointGroups.js";
import { pageFields, pagingFields } from "../Paging.js";
import { RowIdParams } from "../RowId.js";

const IdParams = RowIdParams("Mã văn bản trong sổ");
const BY_ID =
  "Mã không có → 404 DOCUMENT_NOT_FOUND (với mọi người gọi). Văn bản thuộc đơn vị ngoài nhánh của người gọi → 403 ACCESS_DENIED, không kèm nội dung hay đơn vị của văn bản.";

const DocumentList = Schema.Struct({ items: Schema.Array(RegisterEntry), ...pageFields }).annotations({ identifier: "DocumentList" });

export const listDocuments = documents.get("listDocuments", "/documents", {
  summary: "Tìm văn bản trong sổ",
  description:
    "q: tìm trong số, ký hiệu, cơ quan ban hành, trích yếu (không phân biệt dấu). Không nêu unit: chỉ văn bản của các đơn vị người gọi được xem; unit ngoài nhánh → 403.",
  query: Schema.Struct({
    q: Schema.optional(Schema.String),
    type: Schema.optional(DocumentTypeCode),
    from: Schema.optional(LocalDate).annotations({ description: "Ban hành từ ngày" }),
    to: Schema.optional(LocalDate).annotations({ description: "Ban hành đến ngày" }),
    unit: Schema.optional(Schema.String),
    ...pagingFields,
  }),
  response: DocumentList,
});

export const createDocument = documents.post("createDocument", "/documents", {
  summary: "Vào sổ một văn bản",
  description: "unit (bắt buộc): đơn vị giữ sổ; người gọi phải có quyền ghi trên đơn vị đó.",
  body: RegisterEntryInput,
  response: RegisterEntry,
  successStatus: 201,
  errors: ["DocumentDuplicate", "DocumentParentInvalid"],
  audit: "handler",
});

export const getDocument = documents.get("getDocument", "/documents/:id", {
  summary: "Một văn bản",
  description: BY_ID,
  params: IdParams,
  response: RegisterEntry,
  errors: ["DocumentNotFound"],
});

export const updateDocument = documents.put("updateDocument", "/documents/:id", {
  summary: "Sửa thông tin một văn bản",
  description: `Cần quyền ghi trên đơn vị đang giữ văn bản và trên unit mới. ${BY_ID}`,
  params: IdParams,
  body: RegisterEntryInput,
  response: RegisterEntry,
  errors: ["DocumentNotFound", "DocumentDuplicate", "DocumentParentInvalid"],
  audit: "handler",
});

export const deleteDocument = documents.delete("deleteDocument", "/documents/:id", {
  summary: "Xóa một văn bản khỏi sổ",
  description: `Các văn bản, kế hoạch, cuộc kiểm tra, hoạt động trỏ tới văn bản này sẽ mất liên kết (không bị xóa). Văn bản đang là minh chứng của nhiệm vụ hoặc tiêu chí chỉ số CCHC thì không xóa được → 409 DOCUMENT_IN_USE, details liệt kê từng nơi dùng ({kind: "task", id, title} hoặc {kind: "par-score", framework, unit, criterion}); gỡ minh chứng ở đó trước. Cần quyền ghi trên đơn vị giữ văn bản. ${BY_ID}`,
  params: IdParams,
  response: Schema.Struct({ deleted: Schema.Literal(true), id: Schema.Number }),
  errors: ["DocumentNotFound", "DocumentInUse"],
  audit: "handler",
});
