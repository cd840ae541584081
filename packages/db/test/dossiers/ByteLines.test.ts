import { DossierBatchInvalid } from "@cchc/domain/dossiers/DossierBatch";
import { Effect, Either } from "effect";
import { describe, expect, it } from "vitest";
import { byteLines } from "../../src/dossiers/ByteLines.js";
import { lineReader } from "../../src/dossiers/LineReader.js";

const bytes = (s: string) => new TextEncoder().encode(s);

/** The stream of `data` cut at the given byte offsets. */
async function* cut(data: Uint8Array, at: ReadonlyArray<number>): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const to of [...at, data.length]) {
    yield data.slice(from, to);
    from = to;
  }
}

const all = async (data: Uint8Array, at: ReadonlyArray<number> = []): Promise<string[]> => {
  const out: string[] = [];
  for await (const lines of byteLines(cut(data, at))) out.push(...lines);
  return out;
};

const refusal = async (data: Uint8Array, at: ReadonlyArray<number> = []) => {
  try {
    await all(data, at);
  } catch (e) {
    if (e instanceof DossierBatchInvalid) return e.issues[0];
    throw e;
  }
  throw new Error("accepted");
};

describe("byteLines", () => {
  const text = "a,b\r\nHồ sơ,2\n\nc,đ";

  it("gives the lines without their ends, wherever the chunks are cut, the last one without a line feed too", async () => {
    const data = bytes(text);
    const expected = ["a,b", "Hồ sơ,2", "", "c,đ"];
    expect(await all(data)).toEqual(expected);
    // every cut, inside a CR LF pair and inside multi-byte letters included
    for (let i = 1; i < data.length; i++) expect(await all(data, [i]), `cut at ${i}`).toEqual(expected);
    expect(await all(data, [1, 2, 3, 7, 8, 9, 14])).toEqual(expected);
  });

  it("reads ASCII chunks and the others alike: random lines, line ends and cuts", async () => {
    // a chunk of ASCII bytes is read line by line as Latin-1, any other is decoded whole
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ["a", "B9", ",", "-", '"q"', " ", "đ", "Hồ", "\t", "~"];
    for (let round = 0; round < 40; round++) {
      const lines = Array.from({ length: 1 + rnd(12) }, () => Array.from({ length: rnd(6) }, () => pieces[rnd(pieces.length)]).join(""));
      const text = lines.map((l) => `${l}${rnd(3) === 0 ? "\r\n" : "\n"}`).join("");
      const data = bytes(text);
      const cuts = [...new Set(Array.from({ length: rnd(4) }, () => 1 + rnd(Math.max(1, data.length - 1))))].sort((x, y) => x - y);
      expect(await all(data, cuts), JSON.stringify({ text, cuts })).toEqual(lines);
    }
  });

  it("normalises to NFC", async () => {
    const decomposed = "Ho\u0302\u0300 so\u031b,1\nxa\u0303\n";
    expect(await all(bytes(decomposed))).toEqual(["Hồ sơ,1".normalize("NFC"), "xã"]);
  });

  it("names the first line that is not UTF-8 or holds a NUL, across chunks", async () => {
    const data = bytes("l1\nl2\nl3\nl4\n");
    const latin1 = new Uint8Array([...data.slice(0, 6), 0xe1, ...data.slice(6)]);
    expect(await refusal(latin1)).toMatchObject({ line: 3, reason: "encoding-invalid" });
    expect(await refusal(latin1, [4])).toMatchObject({ line: 3, reason: "encoding-invalid" });
    expect(await refusal(latin1, [7])).toMatchObject({ line: 3, reason: "encoding-invalid" });
    expect(await refusal(bytes("l1\nl2\nl\u00003\n"), [3])).toMatchObject({ line: 3, reason: "nul-character" });
    expect(await refusal(bytes("l1\nl\u00002"))).toMatchObject({ line: 2, reason: "nul-character" });
    // a multi-byte letter cut by the chunks is not an error
    expect(await all(bytes("đ\n"), [1])).toEqual(["đ"]);
  });
});

/** Lines given one at a time and an array at a time, as a reader's source. */
async function* source(...items: ReadonlyArray<string | ReadonlyArray<string>>): AsyncGenerator<string | ReadonlyArray<string>> {
  yield* items;
}

describe("lineReader", () => {
  it("hands out lines given one at a time and an array at a time alike, at most `max` a read", async () => {
    const reader = lineReader(source("h", ["1", "2", "3"], [], "4", ["5"]));
    const reads = await Effect.runPromise(Effect.all([reader.next(1), reader.next(2), reader.next(2), reader.next(5), reader.next(5)]));
    expect(reads).toEqual([["h"], ["1", "2"], ["3", "4"], ["5"], []]);
  });

  it("takes lines as the source gave them, never more than `max`, the rest of an array on the next take", async () => {
    const reader = lineReader(source("h", ["1", "2", "3"], [], "4", ["5", "6"]));
    const reads = await Effect.runPromise(
      Effect.all([reader.next(1), reader.take(2), reader.take(5), reader.take(5), reader.next(1), reader.take(5), reader.take(5)]),
    );
    expect(reads).toEqual([["h"], ["1", "2"], ["3"], ["4"], ["5"], ["6"], []]);
  });

  it("fails with the refusal the lines raise", async () => {
    const reader = lineReader(byteLines(cut(bytes("ok\n\u0000\n"), [])));
    const read = await Effect.runPromise(Effect.either(reader.next(10)));
    expect(Either.isLeft(read) && read.left.issues[0]).toMatchObject({ line: 2, reason: "nul-character" });
    const taken = lineReader(byteLines(cut(bytes("ok\n\u0000\n"), [])));
    const took = await Effect.runPromise(Effect.either(taken.take(10)));
    expect(Either.isLeft(took) && took.left.issues[0]).toMatchObject({ line: 2, reason: "nul-character" });
  });
});
