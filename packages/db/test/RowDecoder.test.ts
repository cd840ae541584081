import { describe, expect, it } from "vitest";
import { fromRow } from "../src/activities/ActivityRows.js";
import { RowMismatch } from "../src/RowDecoder.js";
import type { RowOf } from "../src/Schema.js";

const row: RowOf<"activity"> = {
  id: 7,
  unit_code: "DT.VPUBND",
  period_code: "2022-H1",
  area: "direction",
  kind: "training",
  title: "Lớp bồi dưỡng",
  count: 2,
  count_unit: "lớp",
  held_on: "2022-03-15",
  date_role: "event",
  document_id: null,
  note: null,
  sort_order: 0,
  version: 1,
};

describe("rows decoded into the domain", () => {
  it("answers the domain record of a row that matches", () => {
    expect(fromRow(row)).toMatchObject({ id: 7, period: "2022-H1", area: "direction", heldOn: "2022-03-15", version: 1 });
  });

  it("throws a defect naming the table and the field when a row does not match", () => {
    expect(() => fromRow({ ...row, held_on: "2022-02-30" })).toThrow(RowMismatch);
    expect(() => fromRow({ ...row, area: "nowhere" })).toThrow(/activity.*\["area"\]/s);
  });
});
