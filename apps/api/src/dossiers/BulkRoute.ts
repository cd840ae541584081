/**
 * `POST /dossiers/bulk`: the bulk first load of a one-stop system's history (`cchc import dossiers
 * --bulk`). The CSV body is streamed into one transaction (`@cchc/db/dossiers/DossierBulkLoad`):
 * stored whole or refused whole, for sources that have no records yet.
 */
import { DossierIngest } from "@cchc/db/dossiers/DossierIngest";
import { Effect } from "effect";
import { reachableUnits } from "../auth/AccessControl.js";
import { MediaTypeUnsupported } from "../http/RequestErrors.js";
import { route } from "../http/Route.js";
import { formatOf } from "./BatchBody.js";
import { BatchQuery, BulkAnswer } from "./Bodies.js";
import { bodyLines } from "./BulkBody.js";

/** The route. */
export const BulkLoadRoute = route(
  {
    method: "post",
    path: "/dossiers/bulk",
    operationId: "bulkLoadDossiers",
    summary: "Nạp ban đầu hồ sơ TTHC của nguồn chưa có hồ sơ (CSV, cả tệp trong một giao dịch)",
    description:
      "Cho lần nhập đầu tiên lịch sử hồ sơ của một hệ thống một cửa: tệp CSV (dòng 1 là tiêu đề, cùng các trường như /dossiers/batch) được đọc dần, không giới hạn số dòng; mọi dòng được kiểm tra như khi nhập lô, rồi phiên bản mới nhất của mỗi hồ sơ được lưu và bộ đếm được dựng một lần. Cả tệp được lưu hoặc không lưu gì. Nguồn (source) đã có hồ sơ bị từ chối (400 DOSSIER_BATCH_INVALID, reason source-not-empty): hãy dùng /dossiers/batch. Đơn vị tiếp nhận ngoài quyền write-dossiers của người gọi: reason unit-not-allowed.",
    tags: ["Hồ sơ TTHC"],
    query: BatchQuery,
    rawBody: { contentTypes: ["text/csv"], description: "Tệp CSV hồ sơ có dòng tiêu đề, UTF-8" },
    response: BulkAnswer,
    errors: ["MEDIA_TYPE_UNSUPPORTED", "DOSSIER_BATCH_INVALID", "ACCESS_DENIED"],
    access: { action: "write-dossiers", unit: (input) => input.query.unit || undefined },
  },
  ({ request }) =>
    Effect.gen(function* () {
      const contentType = request.headers.get("content-type") ?? "";
      if (formatOf(contentType) !== "csv")
        return yield* Effect.fail(new MediaTypeUnsupported({ contentType: contentType || "(không có)", accepted: ["text/csv"] }));
      const reachable = yield* reachableUnits("write-dossiers");
      const allowedUnits = reachable === "*" ? ("*" as const) : new Set(reachable);
      return yield* (yield* DossierIngest).bulkLoadCsvStream(bodyLines(request.body), { allowedUnits });
    }),
);
