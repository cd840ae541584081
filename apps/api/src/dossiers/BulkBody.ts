/**
 * The body of a bulk first load (`POST /dossiers/bulk`) read as a stream of lines
 * (`@cchc/db/dossiers/ByteLines`): the file is never held whole, whatever its size; a byte that is
 * not UTF-8 or a NUL ends the load with the line that holds it; the checks of each record are the
 * loader's.
 */
import { byteLines } from "@cchc/db/dossiers/ByteLines";

/** The lines of a request body (without their line ends), an array per chunk read. */
export const bodyLines = (body: ReadableStream<Uint8Array> | null): AsyncIterable<ReadonlyArray<string>> =>
  byteLines(body === null ? emptyBody() : (body as unknown as AsyncIterable<Uint8Array>));

async function* emptyBody(): AsyncGenerator<Uint8Array> {}
