import type { LocalDate } from "@cchc/domain/LocalDate";
import { describe, expect, it } from "vitest";
import type { WorkflowBody } from "../src/api/Answers";
import { lockStateOf } from "../src/entry/LockState";
import { targetOf } from "../src/findings/FindingTarget";
import { dictionaries } from "../src/i18n/Dictionary";
import { defaultPlace } from "../src/router/Router";
import { allows, currentPeriod, homeUnits } from "../src/shell/Access";
import { placeFor } from "../src/shell/Landing";
import { commandsFor } from "../src/workflow/WorkflowActions";
import { decodedUnits, demoUnits } from "./support/Fakes";

const units = decodedUnits(demoUnits().items);
const t = dictionaries.vi;
const day = (iso: string) => iso as LocalDate;

describe("what a person may do, and where they land", () => {
  it("allows an action on the grant's unit and below, not on a sibling or above", () => {
    const editor = [{ unit: "DT.VPUBND", role: "editor" as const }];
    expect(allows(editor, units, "write-values", "DT.VPUBND")).toBe(true);
    expect(allows(editor, units, "write-values", "DT.VPUBND.CTTDT")).toBe(true);
    expect(allows(editor, units, "write-values", "DT.SNV")).toBe(false);
    expect(allows(editor, units, "read", "DT")).toBe(false);
    expect(allows(editor, units, "approve", "DT.VPUBND")).toBe(false);
    expect(allows([{ unit: "*", role: "viewer" }], units, "read", "DT.SNV")).toBe(true);
  });

  it("lands on the highest unit of the grants; several separate ones are all offered, tree order", () => {
    expect(
      homeUnits(
        [
          { unit: "DT.VPUBND.CTTDT", role: "viewer" },
          { unit: "DT.VPUBND", role: "editor" },
        ],
        units,
      ),
    ).toEqual(["DT.VPUBND"]);
    expect(
      homeUnits(
        [
          { unit: "DT.VPUBND", role: "editor" },
          { unit: "DT.SNV", role: "viewer" },
        ],
        units,
      ),
    ).toEqual(["DT.SNV", "DT.VPUBND"]);
    expect(homeUnits([{ unit: "*", role: "admin" }], units)).toEqual(["DT"]);
    expect(homeUnits([], units)).toEqual([]);
  });

  it("takes the latest half-year whose window has ended as the current period", () => {
    expect(currentPeriod(day("2022-06-20"))).toBe("2022-H1");
    expect(currentPeriod(day("2022-06-14"))).toBe("2021-H2");
    expect(currentPeriod(day("2026-12-02"))).toBe("2026-H1");
    expect(currentPeriod(day("2026-12-15"))).toBe("2026-H2");
  });

  it("replaces a unit the person cannot read, and fills a missing unit and period", () => {
    const grants = [{ unit: "DT.VPUBND", role: "editor" as const }];
    const now = new Date("2026-12-02T08:00:00Z");
    expect(placeFor(grants, units, { ...defaultPlace, unit: "DT" }, new URLSearchParams(""), now)).toEqual({
      unit: "DT.VPUBND",
      period: "2026-H1",
    });
    expect(placeFor(grants, units, { ...defaultPlace, unit: "DT" }, new URLSearchParams("unit=DT&period=2022-H1"), now)).toEqual({
      unit: "DT.VPUBND",
    });
    expect(
      placeFor(
        grants,
        units,
        { ...defaultPlace, unit: "DT.VPUBND.CTTDT" },
        new URLSearchParams("unit=DT.VPUBND.CTTDT&period=2022-H1"),
        now,
      ),
    ).toBeNull();
    expect(placeFor(undefined, units, defaultPlace, new URLSearchParams(""), now)).toBeNull();
  });
});

const status = (state: WorkflowBody["state"], locked = false): WorkflowBody => ({
  unit: "DT.VPUBND",
  period: "2022-H1",
  state,
  submissions: 1,
  locked,
  open: [],
  deadline: "2022-06-17",
  history: [
    {
      id: 1,
      command: "approve",
      from: "submitted",
      to: "approved",
      actor: { kind: "user", id: "x", name: "pheduyet.vp" },
      at: "2022-06-20T02:00:00Z",
      reason: null,
      comment: null,
      items: [],
      deadline: null,
      timeliness: null,
    },
  ],
});

describe("read-only and the workflow's buttons", () => {
  it("locks an approved period with who approved it and when, and a viewer's view", () => {
    expect(lockStateOf(t, true, status("approved", true))).toMatchObject({
      readOnly: true,
      reason: "Kỳ đã được phê duyệt ngày 20/6/2022 bởi pheduyet.vp. Số liệu bị khóa, không sửa được.",
    });
    expect(lockStateOf(t, false, status("draft"))).toMatchObject({ readOnly: true, reason: t.readOnlyViewer });
    expect(lockStateOf(t, true, status("draft"))).toMatchObject({ readOnly: false, reason: null });
    const reopened = lockStateOf(t, true, { ...status("reopened", true), open: [{ kind: "section", code: "public-finance" }] });
    expect(reopened.readOnly).toBe(false);
    expect(reopened.writable("taichinh.kinhphi.dasudung")).toBe(true);
    expect(reopened.writable("tthc.pakn.tiepnhan")).toBe(false);
  });

  it("offers each command only to the roles and states the API accepts", () => {
    const editor = (a: string) => a === "write-values";
    const approver = (a: string) => a === "approve";
    expect(commandsFor("draft", editor)).toEqual(["submit"]);
    expect(commandsFor("returned", editor)).toEqual(["submit"]);
    expect(commandsFor("submitted", editor)).toEqual([]);
    expect(commandsFor("submitted", approver)).toEqual(["approve", "return"]);
    expect(commandsFor("approved", approver)).toEqual(["reopen"]);
    expect(commandsFor("draft", approver)).toEqual([]);
    expect(commandsFor("submitted", () => false)).toEqual([]);
  });

  it("sends each finding to the record that causes it", () => {
    const base = {
      rule: "r",
      area: "direction" as const,
      importance: "error" as const,
      message: "m",
      operator: null,
      left: null,
      right: null,
    };
    expect(
      targetOf({
        ...base,
        kind: "rate-claims",
        right: 49.4,
        values: [],
        subject: { type: "rate", ref: "taichinh.kinhphi.tyle[autonomy=autonomous]", label: "x" },
      }),
    ).toMatchObject({ record: "claim", claim: { rate: "taichinh.kinhphi.tyle", disaggregation: "autonomy=autonomous", computed: 49.4 } });
    expect(targetOf({ ...base, kind: "event-dates", values: [], subject: { type: "event", ref: "inspection:3", label: "x" } })).toEqual({
      record: "inspection",
      to: { screen: "activities", focus: "inspection-3" },
    });
    expect(
      targetOf({ ...base, kind: "comparison", values: [{ indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 1 }], subject: null }),
    ).toEqual({ record: "figure", to: { screen: "entry", focus: "tthc.pakn.tiepnhan" } });
  });
});
