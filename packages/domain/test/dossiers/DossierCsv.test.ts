import { describe, expect, it } from "@effect/vitest";
import { Either } from "effect";
import * as fc from "fast-check";
import { decodeLine, formatRow, fromRecord, header, readHeader, splitLine } from "../../src/dossiers/DossierCsv.js";
import { decode, fields } from "../../src/dossiers/DossierRecord.js";
import { validInput } from "./arbitraries.js";

const index = Either.getOrThrow(readHeader(header));
const toCells = (o: Record<string, unknown>): string =>
  fields
    .map((f) => {
      const v = o[f];
      const s = v === null || v === undefined ? "" : typeof v === "boolean" ? (v ? "true" : "false") : String(v);
      return /[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
    })
    .join(",");

describe("DossierCsv", () => {
  it("splits quoted fields", () => {
    expect(splitLine('a,"b,c",,"d""e"')).toEqual(["a", "b,c", "", 'd"e']);
    expect(splitLine("a,b,")).toEqual(["a", "b", ""]);
    expect(splitLine('a,"b')).toBeUndefined();
  });

  it("reads headers in any order and refuses unknown or missing columns", () => {
    const reordered = Either.getOrThrow(readHeader([...fields].reverse().join(",")));
    expect(reordered.source).toBe(fields.length - 1);
    expect(Either.getLeft(readHeader(`${header},extra`))).toMatchObject({ _tag: "Some", value: { field: "header", value: "extra" } });
    expect(Either.getLeft(readHeader(fields.slice(1).join(",")))).toMatchObject({
      _tag: "Some",
      value: { field: "source", reason: "missing" },
    });
  });

  it("decodes a line to the same row as the JSON path, and formatRow reads back", () => {
    const row = Either.getOrThrow(decodeLine(toCells(validInput), index));
    expect(row).toEqual(fromRecord(Either.getOrThrow(decode(validInput))));
    expect(Either.getOrThrow(decodeLine(formatRow(row), index))).toEqual(row);
  });

  it("agrees with the schema on which field is refused, for generated damage", () => {
    const damage = fc.record({
      field: fc.constantFrom(...fields),
      value: fc.constantFrom(
        "",
        "x",
        "2022-02-30",
        "2022-03-01T08:00:00+07:00",
        "2022-02-20",
        "2022-03-05",
        "province",
        "fax",
        "1",
        "DT.Y",
        "resolved",
      ),
    });
    fc.assert(
      fc.property(damage, ({ field, value }) => {
        const input = { ...validInput, [field]: value };
        // the JSON twin of the CSV cells: empty is null, "1" in a flag column is true
        const isFlag = (k: string) => typeof validInput[k as keyof typeof validInput] === "boolean";
        const json = decode(
          Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v === "" ? null : v === "1" && isFlag(k) ? true : v])),
        );
        const csv = decodeLine(toCells(input), index);
        expect(Either.isRight(csv)).toBe(Either.isRight(json));
        if (Either.isLeft(csv) && Either.isLeft(json)) expect(csv.left.field).toBe(json.left.field);
      }),
      { numRuns: 300 },
    );
  });
});
