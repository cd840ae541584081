/**
 * Optimistic concurrency in requests: the version of a record the client read, sent with a
 * correction (`version` in the body) or a removal (`?version=`), so that a change based on a stale
 * copy is refused with 409 and nothing is overwritten; and the answer of a removal.
 */
import { Schema } from "effect";

/** The version a client read, in a body. */
export const Version = Schema.Int.pipe(Schema.positive({ message: () => "version phải là số nguyên từ 1 trở lên" })).annotations({
  description: "Phiên bản đã đọc; phiên bản cũ bị từ chối với 409 và không có gì thay đổi",
});

/** The query of a removal: `?version=` (recommended) refuses a stale removal with 409. */
export const RemovalQuery = Schema.Struct({
  version: Schema.optional(
    Schema.NumberFromString.pipe(
      Schema.int({ message: () => "version phải là số nguyên" }),
      Schema.positive({ message: () => "version phải từ 1 trở lên" }),
    ),
  ).annotations({ description: "Phiên bản đã đọc (khuyên dùng): phiên bản cũ → 409, không xóa" }),
});

/** The answer of a removal. */
export const Removed = Schema.Struct({ deleted: Schema.Literal(true), id: Schema.Number }).annotations({ identifier: "Removed" });
