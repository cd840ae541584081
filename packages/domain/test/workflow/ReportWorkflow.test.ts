import { Either } from "effect";
import { describe, expect, it } from "vitest";
import * as LocalDate from "../../src/LocalDate.js";
import * as Deadline from "../../src/workflow/Deadline.js";
import * as W from "../../src/workflow/ReportWorkflow.js";
import * as Snapshot from "../../src/workflow/Snapshot.js";

const run = (status: W.ReportStatus, ...commands: W.Command[]) =>
  commands.reduce<Either.Either<W.ReportStatus, unknown>>((acc, c) => Either.flatMap(acc, (s) => W.transition(s, c)), Either.right(status));

describe("ReportWorkflow", () => {
  it("runs draft → submitted → approved and locks the figures", () => {
    const s = Either.getOrThrow(run(W.initial, { kind: "submit" }, { kind: "approve" }));
    expect(s).toMatchObject({ state: "approved", submissions: 1, locked: true });
    expect(W.figureWritable(s, { indicator: "tthc.hoso.tiepnhan" })).toBe(false);
    expect(W.figureWritable(W.initial, { indicator: "tthc.hoso.tiepnhan" })).toBe(true);
  });

  it("refuses commands out of order", () => {
    const e = Either.getLeft(W.transition(W.initial, { kind: "approve" }));
    expect(e._tag === "Some" && e.value._tag).toBe("WorkflowTransitionInvalid");
  });

  it("needs a reason to return and a reason and items to reopen", () => {
    const submitted = Either.getOrThrow(W.transition(W.initial, { kind: "submit" }));
    expect(Either.isLeft(W.transition(submitted, { kind: "return", reason: " ", items: [] }))).toBe(true);
    const returned = Either.getOrThrow(
      W.transition(submitted, { kind: "return", reason: "Sai tổng", items: [{ kind: "indicator", code: "tthc.hoso.tiepnhan" }] }),
    );
    expect(returned.state).toBe("returned");
    const approved = Either.getOrThrow(run(returned, { kind: "submit" }, { kind: "approve" }));
    expect(approved.submissions).toBe(2);
    expect(Either.isLeft(W.transition(approved, { kind: "reopen", reason: "Sửa", items: [] }))).toBe(true);
  });

  it("reopens only the named items until the next approval", () => {
    const approved = Either.getOrThrow(run(W.initial, { kind: "submit" }, { kind: "approve" }));
    const reopened = Either.getOrThrow(
      W.transition(approved, {
        kind: "reopen",
        reason: "Bổ sung",
        items: [
          { kind: "indicator", code: "tthc.pakn.tiepnhan" },
          { kind: "section", code: "public-finance" },
        ],
      }),
    );
    expect(W.figureWritable(reopened, { indicator: "tthc.pakn.tiepnhan", disaggregation: "" })).toBe(true);
    expect(W.figureWritable(reopened, { indicator: "taichinh.kinhphi.giao", disaggregation: "autonomy=autonomous" })).toBe(true);
    expect(W.figureWritable(reopened, { indicator: "tthc.hoso.tiepnhan" })).toBe(false);
    const again = Either.getOrThrow(run(reopened, { kind: "submit" }, { kind: "approve" }));
    expect(W.figureWritable(again, { indicator: "tthc.pakn.tiepnhan" })).toBe(false);
  });
});

describe("Deadline", () => {
  it("counts working days after the cut-off across the 30/4–1/5 holidays", () => {
    // 2022-M04 under the calendar regime ends Saturday 30/4; 30/4–3/5 are days off.
    const d = Either.getOrThrow(Deadline.deadlineOf("2022-M04", { regime: "calendar", subordinateWorkingDays: 2 }, false));
    expect(d).toBe("2022-05-05");
    expect(Deadline.timeliness(LocalDate.make(2022, 5, 4), d)).toBe("on-time");
    expect(Deadline.timeliness(LocalDate.make(2022, 5, 6), d)).toBe("late");
  });

  it("gives a top unit the official deadline (the 20th)", () => {
    expect(Either.getOrThrow(Deadline.deadlineOf("2022-H1", Deadline.defaultRules.nd09, true))).toBe("2022-06-20");
  });
});

describe("Snapshot.diff", () => {
  it("lists added, removed and changed figures", () => {
    const changes = Snapshot.diff(
      [
        { indicator: "a.b", disaggregation: "", value: 1 },
        { indicator: "a.c", disaggregation: "", value: 2 },
      ],
      [
        { indicator: "a.b", disaggregation: "", value: 3 },
        { indicator: "a.d", disaggregation: "x=y", value: 4 },
      ],
    );
    expect(changes.map((c) => [c.indicator, c.kind, c.before, c.after])).toEqual([
      ["a.b", "changed", 1, 3],
      ["a.c", "removed", 2, null],
      ["a.d", "added", null, 4],
    ]);
  });
});
