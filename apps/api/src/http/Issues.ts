/**
 * Turns schema decoding failures into field issues with Vietnamese messages and a path such as
 * `body.values[3].value`, so that a client knows exactly what to fix.
 */
import { ParseResult } from "effect";
import type { FieldIssue } from "./ApiError.js";

const pathText = (root: string, path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : `${acc}.${String(p)}`), root);

// Effect's built-in messages are English; the common ones are said again in Vietnamese.
// Messages set with a schema's `message` annotation are already Vietnamese and pass unchanged.
const vietnamese = (issue: ParseResult.ArrayFormatterIssue): string => {
  const m = issue.message;
  if (issue._tag === "Missing") return "thiếu trường bắt buộc";
  if (issue._tag === "Unexpected") return "trường không được phép";
  const expected = /^Expected (.+?), actual (.+)$/s.exec(m);
  if (expected) {
    const [, want, got] = expected;
    const kind: Record<string, string> = {
      string: "chuỗi ký tự",
      number: "số",
      boolean: "true/false",
      integer: "số nguyên",
      Int: "số nguyên",
    };
    return `giá trị không hợp lệ: cần ${kind[want ?? ""] ?? want}, nhận được ${got}`;
  }
  return m;
};

/** The field issues of a parse error, each under `root` (`params`, `query`, `body`). */
export const fromParseError = (root: string, error: ParseResult.ParseError): ReadonlyArray<FieldIssue> =>
  ParseResult.ArrayFormatter.formatErrorSync(error).map((i) => ({ path: pathText(root, i.path), message: vietnamese(i) }));
