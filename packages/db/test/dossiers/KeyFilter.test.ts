import { readHeader } from "@cchc/domain/dossiers/DossierCsv";
import { PlainLine } from "@cchc/domain/dossiers/PlainLine";
import { Either } from "effect";
import { describe, expect, it } from "vitest";
import { KeyFilter, keyFilterBlockBits } from "../../src/dossiers/KeyFilter.js";
import { csvHeader } from "../../src/dossiers/SyntheticDossiers.js";

describe("KeyFilter", () => {
  it("never answers 'not added' for a key added, and rarely 'maybe' for one that was not", () => {
    // 2²⁰ bits, 50.000 keys: ≈ 21 bits a key, ≈ 0,1 % false answers expected
    const filter = new KeyFilter(1 << 20);
    const added = Array.from({ length: 50_000 }, (_, i) => `hồ sơ-${i * 7919}`);
    for (const id of added) filter.add("MOTCUA", id);
    expect(added.every((id) => filter.mayHave("MOTCUA", id))).toBe(true);
    const falsePositives = Array.from({ length: 100_000 }, (_, i) => `khác-${i}`).filter((id) => filter.mayHave("MOTCUA", id)).length;
    expect(falsePositives).toBeLessThan(500);
    // the source is part of the key
    const others = added.filter((id) => filter.mayHave("DVCQG", id)).length;
    expect(others).toBeLessThan(250);
  });

  it("admits a key once: 'not met' the first time, 'maybe met' after, with the same hash each time", () => {
    const filter = new KeyFilter();
    expect(filter.mayHave("A", "1")).toBe(false);
    const hash = filter.lastHash;
    expect(filter.admit("A", "1")).toBe(false);
    expect(filter.lastHash).toBe(hash);
    expect(filter.admit("A", "1")).toBe(true);
    expect(filter.mayHave("A", "1")).toBe(true);
    expect(filter.lastHash).toBe(hash);
    // admit answers what mayHave answered before it
    const fresh = new KeyFilter(1 << 16);
    for (let i = 0; i < 5_000; i++) {
      const before = fresh.mayHave("S", `k${i % 3_000}`);
      expect(fresh.admit("S", `k${i % 3_000}`)).toBe(before);
      expect(fresh.mayHave("S", `k${i % 3_000}`)).toBe(true);
    }
  });

  it("takes the key of a line read in place as the same key given as strings", () => {
    const plain = new PlainLine(Either.getOrThrow(readHeader(csvHeader)));
    const line = (source: string, id: string) =>
      `${source},${id},P1,province,DT,in-person,2022-03-01T08:00:00+07:00,2022-03-10,,,,1,0,0,2022-03-01T08:00:00+07:00`;
    const strings = new KeyFilter(1 << 16);
    const lines = new KeyFilter(1 << 16);
    for (const [source, id] of [
      ["MOTCUA", "DT-1"],
      ["MOTCUA", "DT-2"],
      ["MOTCUAD", "T-1"],
      ["DVCQG", "000.00.13.H18-220301-0001"],
    ]) {
      expect(plain.read(line(source as string, id as string))).toBe(true);
      expect(lines.admitPlain(plain)).toBe(false);
      expect(strings.admit(source as string, id as string)).toBe(false);
      expect(lines.lastHash).toBe(strings.lastHash);
      expect(lines.mayHave(source as string, id as string)).toBe(true);
      expect(lines.admitPlain(plain)).toBe(true);
    }
  });

  it("fills up instead of failing: a filter of one block answers 'maybe' for nearly every key", () => {
    const tiny = new KeyFilter(keyFilterBlockBits);
    for (let i = 0; i < 2_000; i++) tiny.add("S", `${i}`);
    const maybe = Array.from({ length: 1_000 }, (_, i) => `x${i}`).filter((id) => tiny.mayHave("S", id)).length;
    expect(maybe).toBeGreaterThan(950);
    expect(() => new KeyFilter(256)).toThrow(RangeError);
    expect(() => new KeyFilter(keyFilterBlockBits * 3 + 8)).toThrow(RangeError);
  });
});
