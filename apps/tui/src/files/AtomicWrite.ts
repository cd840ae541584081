/**
 * Writes a downloaded file so that a cancelled or failed run leaves nothing half-written: bytes go
 * to a hidden temporary file beside the target, which is renamed over it only once complete.
 */
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Progress of a write: bytes so far, total when known. */
export interface ByteProgress {
  readonly done: number;
  readonly total: number | null;
}

/** The cancellation of a long operation by the user (Ctrl+C). */
export class OperationCancelled extends Error {
  readonly _tag = "OperationCancelled";
  constructor() {
    super("Đã hủy theo yêu cầu; không có dữ liệu nào được ghi dở.");
  }
}

/** The temporary path used while writing `target`. */
export const partPath = (target: string): string => join(dirname(target), `.${basename(target)}.${process.pid}.part`);

/** Streams `chunks` into `target` atomically; returns the number of bytes written. */
export const writeAtomically = async (
  target: string,
  chunks: AsyncIterable<Uint8Array>,
  options: { readonly total?: number | null; readonly signal?: AbortSignal; readonly onProgress?: (p: ByteProgress) => void } = {},
): Promise<number> => {
  const tmp = partPath(target);
  const handle = await open(tmp, "w");
  let done = 0;
  try {
    for await (const chunk of chunks) {
      if (options.signal?.aborted) throw new OperationCancelled();
      await handle.write(chunk);
      done += chunk.byteLength;
      options.onProgress?.({ done, total: options.total ?? null });
    }
    if (options.signal?.aborted) throw new OperationCancelled();
    await handle.close();
    await rename(tmp, target);
    return done;
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw options.signal?.aborted ? new OperationCancelled() : e;
  }
};
