import { describe, expect, it } from "vitest";
import { ImportKeys, isKeyTaken } from "../../src/dossiers/ImportKeys.js";

describe("ImportKeys", () => {
  it("probes every key of a source that had records, and of a new source only the keys it may have stored", () => {
    const keys = new ImportKeys();
    expect(keys.unknownSources(["A", "B", "A"])).toEqual(["A", "B"]);
    keys.noteSource("A", true);
    keys.noteSource("B", false);
    expect(keys.unknownSources(["A", "B", "C"])).toEqual(["C"]);
    expect(keys.mayBeStored("A", "x")).toBe(true);
    expect(keys.mayBeStored("B", "x")).toBe(false);
    // every key added is found again; of 100.000 never added, few are (the filter's false positives)
    const added = Array.from({ length: 100_000 }, (_, i) => `hồ sơ-${i}`);
    for (const id of added) keys.add("B", id);
    expect(added.every((k) => keys.mayBeStored("B", k))).toBe(true);
    const falsePositives = Array.from({ length: 100_000 }, (_, i) => `other-${i}`).filter((k) => keys.mayBeStored("B", k)).length;
    expect(falsePositives).toBeLessThan(100);
    keys.distrust(["B"]);
    expect(keys.mayBeStored("B", "other-1")).toBe(true);
    // the source and the id are told apart: ("B", "x") is not ("Bx", "")
    const split = new ImportKeys();
    split.noteSource("B", false);
    split.noteSource("Bx", false);
    split.add("B", "x");
    expect(split.mayBeStored("B", "x")).toBe(true);
    expect(split.mayBeStored("Bx", "")).toBe(false);
  });

  it("knows PostgreSQL's unique violation", () => {
    expect(isKeyTaken({ code: "23505" })).toBe(true);
    expect(isKeyTaken({ code: "23503" })).toBe(false);
    expect(isKeyTaken(new Error("x"))).toBe(false);
  });
});
