/**
 * PDF from the .docx through LibreOffice headless (`soffice --convert-to pdf`), so the PDF is laid
 * out exactly as Word shows the report. Conversions run one at a time (LibreOffice is heavy and a
 * second instance on the same profile blocks), each within a time limit, and their results are
 * kept by the report's data version: the same document converts once. Without LibreOffice on the
 * machine the conversion fails with `PdfConverterMissing`, which names the package to install.
 */
import { execFile, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Data } from "effect";

/** The Debian/Ubuntu package that brings `soffice` without a desktop. */
export const PDF_PACKAGE = "libreoffice-writer-nogui";

/** No LibreOffice on the machine. */
export class PdfConverterMissing extends Data.TaggedError("PdfConverterMissing")<{ readonly package: string }> {}

/** LibreOffice ran but gave no PDF in time. */
export class PdfConversionFailed extends Data.TaggedError("PdfConversionFailed")<{ readonly reason: string }> {}

/** The LibreOffice command on the PATH ("soffice" or "libreoffice"), or null. */
export const findOffice = (): string | null =>
  ["soffice", "libreoffice"].find((cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0) ?? null;

/** The data version of a document: a hash of what it states (the same data gives the same PDF). */
export const dataVersion = (doc: unknown): string => createHash("sha256").update(JSON.stringify(doc)).digest("hex");

/** Options of a converter. */
export interface PdfConverterOptions {
  /** The LibreOffice command; looked up on the PATH when not given (null: none). */
  readonly office?: string | null;
  /** Time limit of one conversion (default: CCHC_PDF_TIMEOUT_MS, else 120 s). */
  readonly timeoutMs?: number;
  /** PDFs kept (default 16). */
  readonly cacheSize?: number;
}

/** Converts .docx bytes to PDF bytes, queued, time-limited and cached by a data version. */
export interface PdfConverter {
  readonly convert: (docx: Uint8Array, version: string) => Promise<Uint8Array>;
  /** Conversions actually run (not answered from the cache). */
  readonly runs: () => number;
}

/** A converter with its own queue and cache. */
export const makePdfConverter = (options: PdfConverterOptions = {}): PdfConverter => {
  const fromEnv = Number(process.env.CCHC_PDF_TIMEOUT_MS ?? "");
  const timeout = options.timeoutMs ?? (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 120_000);
  const cacheSize = options.cacheSize ?? 16;
  const cache = new Map<string, Promise<Uint8Array>>();
  let office: string | null | undefined = options.office;
  let profile: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let runs = 0;

  const once = (docx: Uint8Array): Promise<Uint8Array> => {
    if (office === undefined) office = findOffice();
    const cmd = office;
    if (cmd === null) return Promise.reject(new PdfConverterMissing({ package: PDF_PACKAGE }));
    runs++;
    // One private profile for this converter: conversions are serial, so it is never shared.
    profile ??= mkdtempSync(join(tmpdir(), "cchc-lo-profile-"));
    const dir = mkdtempSync(join(tmpdir(), "cchc-pdf-"));
    const input = join(dir, "bao-cao.docx");
    writeFileSync(input, docx);
    const args = [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, input];
    return new Promise<Uint8Array>((resolve, reject) => {
      execFile(cmd, args, { timeout, killSignal: "SIGKILL" }, (error) => {
        try {
          if (error !== null) {
            const reason = error.killed ? `quá thời gian ${Math.round(timeout / 1000)} giây` : error.message;
            reject(new PdfConversionFailed({ reason }));
            return;
          }
          resolve(new Uint8Array(readFileSync(join(dir, "bao-cao.pdf"))));
        } catch (e) {
          reject(new PdfConversionFailed({ reason: e instanceof Error ? e.message : String(e) }));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    });
  };

  return {
    runs: () => runs,
    convert: (docx, version) => {
      const cached = cache.get(version);
      if (cached !== undefined) return cached;
      const result = queue.then(() => once(docx));
      queue = result.catch(() => undefined);
      cache.set(version, result);
      // A failed conversion is not kept; the oldest result leaves when the cache is full.
      result.catch(() => cache.delete(version));
      while (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
      return result;
    },
  };
};

/** The converter of this process. */
export const pdfConverter: PdfConverter = makePdfConverter();
