import { describe, expect, it } from "vitest";
import { BatchKeys } from "../../src/dossiers/BatchKeys.js";

describe("BatchKeys", () => {
  it("finds each row by its hash, the last entered under a shared hash, and none once forgotten", () => {
    const keys = new BatchKeys();
    // hashes beyond 2³¹ (KeyFilter's are unsigned), negative ones, and many sharing low bits
    const hashes = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? 0xffff0000 + i : ((i * 0x9e3779b1) >>> 0) | (i << 20)));
    const distinct = [...new Set(hashes.map((h) => h | 0))];
    for (const [row, h] of distinct.entries()) keys.enter(h >>> 0, row, row * 1000, row + 7);
    expect(distinct.every((h, row) => keys.row(h >>> 0) === row)).toBe(true);
    expect(keys.updatedMs(123)).toBe(123_000);
    expect(keys.contributionOf(123)).toBe(130);
    // a hash never entered
    let absent = 12_345_678;
    while (distinct.includes(absent)) absent++;
    expect(keys.row(absent)).toBe(-1);

    // a shared hash: the last row entered under it
    const h = distinct[10] as number;
    keys.enter(h, distinct.length, 1, 1);
    expect(keys.row(h)).toBe(distinct.length);

    // forgotten: not found, and the rows entered after it in the same probe run still are
    for (let i = 0; i < distinct.length; i += 2) keys.forget((distinct[i] as number) >>> 0);
    for (let i = 0; i < distinct.length; i++) expect(keys.row((distinct[i] as number) >>> 0)).toBe(i % 2 === 0 ? -1 : i);
    // entered again after being forgotten
    keys.enter(distinct[0] as number, 5, 0, 0);
    expect(keys.row(distinct[0] as number)).toBe(5);
  });

  it("keeps every row not dropped", () => {
    const keys = new BatchKeys();
    for (let row = 0; row < 3000; row++) keys.enter(row * 31, row, 0, 0);
    keys.drop(7);
    keys.drop(2999);
    expect(keys.droppedRows).toBe(2);
    expect([6, 7, 8, 2999].map(keys.kept)).toEqual([true, false, true, false]);
  });
});
