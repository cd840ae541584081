import type * as LocalDate from "@cchc/domain/LocalDate";
import { describe, expect, it } from "vitest";
import * as Deadline from "../../src/deadlines/Deadline.js";
import * as Digest from "../../src/deadlines/Digest.js";
import * as ICalendar from "../../src/deadlines/ICalendar.js";
import * as Recipients from "../../src/deadlines/Recipients.js";
import * as ReminderRule from "../../src/deadlines/ReminderRule.js";
import * as Sources from "../../src/deadlines/Sources.js";

const d = (s: string) => s as LocalDate.LocalDate;

describe("submission deadlines", () => {
  const list = Sources.submissions({ unit: "DT.VPUBND", isTopUnit: false, regime: "nd09", years: [2022], status: () => undefined });
  it("dates a department's 2022-H1 report 2 working days after the 14/6 cut-off", () => {
    expect(list.find((x) => x.id === "submission:DT.VPUBND:2022-H1")?.dueOn).toBe("2022-06-16");
    expect(list.map((x) => x.id)).toEqual([
      "submission:DT.VPUBND:2022-Q1",
      "submission:DT.VPUBND:2022-H1",
      "submission:DT.VPUBND:2022-Q3",
      "submission:DT.VPUBND:2022-Y",
    ]);
  });
  it("names each report as the period is written inside a sentence: Roman numerals keep their case", () => {
    expect(list.map((x) => x.title)).toEqual([
      "Gửi báo cáo cải cách hành chính quý I năm 2022",
      "Gửi báo cáo cải cách hành chính 6 tháng đầu năm 2022",
      "Gửi báo cáo cải cách hành chính quý III năm 2022",
      "Gửi báo cáo cải cách hành chính năm 2022",
    ]);
  });
  it("moves the province's deadline past the holidays (Q3 2022: the 20th of September)", () => {
    const top = Sources.submissions({ unit: "DT", isTopUnit: true, regime: "nd09", years: [2022], status: () => undefined });
    expect(top.find((x) => x.id === "submission:DT:2022-Q3")?.dueOn).toBe("2022-09-20");
  });
  it("adds an approval deadline for approvers once a report is submitted", () => {
    const submitted = Sources.submissions({
      unit: "DT.VPUBND",
      isTopUnit: false,
      regime: "nd09",
      years: [2022],
      status: (p) => (p === "2022-H1" ? { state: "submitted", firstSubmittedOn: d("2022-06-15"), approvedOn: null } : undefined),
    });
    const approval = submitted.find((x) => x.kind === "approval");
    expect(approval).toMatchObject({ id: "approval:DT.VPUBND:2022-H1", roles: ["approver"], doneOn: null });
    expect(Deadline.stateOf(submitted.find((x) => x.id === "submission:DT.VPUBND:2022-H1")!, d("2022-06-16"))).toBe("done");
  });
});

describe("states", () => {
  const item = { dueOn: d("2022-06-16"), doneOn: null };
  it("is due soon within 5 working days, overdue after the day, upcoming before", () => {
    expect(Deadline.stateOf(item, d("2022-06-16"))).toBe("due-soon");
    expect(Deadline.stateOf(item, d("2022-06-09"))).toBe("due-soon");
    expect(Deadline.stateOf(item, d("2022-06-08"))).toBe("upcoming");
    expect(Deadline.stateOf(item, d("2022-06-17"))).toBe("overdue");
    expect(Deadline.stateOf({ ...item, doneOn: d("2022-06-20") }, d("2022-06-17"))).toBe("overdue");
    expect(Deadline.stateOf({ ...item, doneOn: d("2022-06-20") }, d("2022-06-20"))).toBe("done");
  });
  it("skips cancelled tasks and tasks without a deadline", () => {
    const tasks = Sources.planTasks("DT.VPUBND", 2022, [
      { id: 1, title: "A", deadline: d("2022-06-10"), status: "in-progress", completedOn: null },
      { id: 2, title: "B", deadline: null, status: "in-progress", completedOn: null },
      { id: 3, title: "C", deadline: d("2022-06-10"), status: "cancelled", completedOn: null },
    ]);
    expect(tasks.map((t) => t.id)).toEqual(["plan-task:1"]);
  });
});

describe("reminder rules", () => {
  const due = { dueOn: d("2022-06-16"), doneOn: null };
  const at = (day: string) => ReminderRule.firing(due, ReminderRule.defaultRules, d(day))?.key ?? null;
  it("fires 5 and 1 working days before, on the day, then weekly while overdue", () => {
    expect(at("2022-06-08")).toBe(null);
    expect(at("2022-06-09")).toBe("before-5");
    expect(at("2022-06-14")).toBe("before-5");
    expect(at("2022-06-15")).toBe("before-1");
    expect(at("2022-06-16")).toBe("on-day");
    expect(at("2022-06-17")).toBe("overdue-w1");
    expect(at("2022-06-23")).toBe("overdue-w1");
    expect(at("2022-06-24")).toBe("overdue-w2");
  });
  it("stops once done and after the last overdue week", () => {
    expect(ReminderRule.firing({ ...due, doneOn: d("2022-06-15") }, ReminderRule.defaultRules, d("2022-06-16"))).toBe(null);
    expect(ReminderRule.firing(due, [{ kind: "overdue-weekly", maxWeeks: 2 }], d("2022-06-30"))?.key).toBe("overdue-w2");
    expect(ReminderRule.firing(due, [{ kind: "overdue-weekly", maxWeeks: 2 }], d("2022-07-01"))).toBe(null);
    expect(ReminderRule.firing(due, ReminderRule.defaultRules, d("2022-12-01"))).toBe(null);
  });
});

describe("recipients", () => {
  const users = [
    { id: "bt-dt", grants: [{ role: "editor" as const, unit: "DT" }] },
    { id: "bt-vp", grants: [{ role: "editor" as const, unit: "DT.VPUBND" }] },
    { id: "pd-vp", grants: [{ role: "approver" as const, unit: "DT.VPUBND" }] },
  ];
  it("picks the holders on the unit, else the nearest unit above", () => {
    expect(Recipients.recipients(["editor"], ["DT.VPUBND", "DT"], users)).toEqual(["bt-vp"]);
    expect(Recipients.recipients(["approver"], ["DT.VPUBND", "DT"], users)).toEqual(["pd-vp"]);
    expect(Recipients.recipients(["editor"], ["DT.SNV", "DT"], users)).toEqual(["bt-dt"]);
    expect(Recipients.recipients(["approver"], ["DT.SNV", "DT"], users)).toEqual([]);
  });
});

describe("digest and calendar", () => {
  const views = [
    Deadline.view(
      {
        id: "submission:DT.VPUBND:2022-H1",
        unit: "DT.VPUBND",
        kind: "submission",
        title: "Gửi báo cáo cải cách hành chính 6 tháng đầu năm 2022",
        dueOn: d("2022-06-16"),
        doneOn: null,
        roles: ["editor"],
        link: "/bao-cao?unit=DT.VPUBND&period=2022-H1",
      },
      d("2022-06-16"),
    ),
    Deadline.view(
      {
        id: "plan-task:9",
        unit: "DT.VPUBND",
        kind: "plan-task",
        title: "Rà soát quy trình; nội bộ, <khẩn>",
        dueOn: d("2022-06-10"),
        doneOn: null,
        roles: ["editor"],
        link: "/ke-hoach?unit=DT.VPUBND&period=2022-Y",
      },
      d("2022-06-16"),
    ),
  ];
  it("groups the digest in Vietnamese, text and HTML alike", () => {
    const m = Digest.compose({
      displayName: "Biên tập viên",
      asOf: d("2022-06-16"),
      items: views.map((deadline) => ({ deadline, unitName: "Văn phòng UBND tỉnh" })),
      appUrl: "http://cchc.example/",
    });
    expect(m.subject).toBe("[CCHC] Nhắc việc ngày 16/6/2022: 1 việc đến hạn hôm nay, 1 việc quá hạn");
    expect(m.text).toContain("QUÁ HẠN (1):\n- Rà soát quy trình; nội bộ, <khẩn> — hạn 10/6/2022, quá hạn 4 ngày làm việc");
    expect(m.text).toContain("http://cchc.example/bao-cao?unit=DT.VPUBND&period=2022-H1");
    expect(m.html).toContain("&lt;khẩn&gt;");
    expect(m.html).not.toContain("<khẩn>");
  });
  it("writes folded CRLF lines with escaped text and one UID per deadline", () => {
    const ics = ICalendar.render({
      unit: "DT.VPUBND",
      unitName: "Văn phòng Ủy ban nhân dân Tỉnh Đồng Tháp",
      deadlines: views,
      appUrl: "http://x",
      now: new Date("2022-06-16T00:00:00Z"),
      host: "cchc",
    });
    expect(ics.split("\r\n").every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(ics).toContain("UID:plan-task:9@cchc");
    expect(ics.replace(/\r\n /g, "")).toContain("SUMMARY:Hạn: Rà soát quy trình\\; nội bộ\\, <khẩn>");
    expect(
      ICalendar.fold("é".repeat(80))
        .split("\r\n ")
        .map((l) => new TextEncoder().encode(l).length),
    ).toEqual([74, 74, 12]);
  });
});
