/**
 * Reads a text file that must be UTF-8: invalid bytes are refused with the line where they are
 * (a file saved as Windows-1258 or TCVN3 would otherwise turn Vietnamese into garbage silently).
 * The text comes back in NFC without a byte-order mark.
 */
import { readFile } from "node:fs/promises";
import { FileInvalid } from "../cli/Failure.js";

/** The offset of the first byte that breaks UTF-8, or -1 when the bytes are valid. */
export const firstInvalidByte = (bytes: Uint8Array): number => {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
};

/** Decodes bytes as strict UTF-8; throws `FileInvalid` naming the line of the first bad byte. */
export const decodeUtf8 = (file: string, bytes: Uint8Array): string => {
  try {
    return new TextDecoder("utf-8", { fatal: true })
      .decode(bytes)
      .replace(/^\uFEFF/, "")
      .normalize("NFC");
  } catch {
    const at = Math.max(0, firstInvalidByte(bytes));
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    throw new FileInvalid(file, [
      {
        line,
        column: null,
        message: `tệp không phải văn bản UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, "0")} ở vị trí ${at}). Hãy lưu lại tệp với mã UTF-8.`,
      },
    ]);
  }
};

/** Reads a file's bytes; a missing or unreadable file is a `FileInvalid`. */
export const readBytes = async (file: string): Promise<Uint8Array> => {
  try {
    return new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileInvalid(file, [
      {
        line: null,
        column: null,
        message:
          code === "ENOENT"
            ? "không tìm thấy tệp"
            : code === "EISDIR"
              ? "đây là thư mục, không phải tệp"
              : `không đọc được tệp (${code ?? String(e)})`,
      },
    ]);
  }
};
