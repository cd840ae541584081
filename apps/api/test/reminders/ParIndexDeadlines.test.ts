import { ParIndexRepo } from "@cchc/db/par-index/ParIndexRepo";
import * as ParWorkflow from "@cchc/domain/par-index/ParWorkflow";
import { Effect, Layer } from "effect";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { PublicUrl } from "../../src/reminders/Mailer.js";
import { bearer, tokenFor } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

const APP_URL = "https://cchc.dongthap.example";
const SUBMIT_2022 = "par-index:DT-SO-2022:DT.VPUBND:submit";

describe.each(databases())("PAR Index steps in the deadlines ($name)", (db) => {
  const app = useTestApp(db, { as: "anonymous", delivery: () => ({ publicUrl: Layer.succeed(PublicUrl, APP_URL) }) });
  const deadlines = async (unit: string, asOf: string, from = "2022-01-01", to = "2023-12-31") => {
    const t = app();
    const res = await t.app.request(`/api/v1/units/${unit}/deadlines?asOf=${asOf}&from=${from}&to=${to}`, {
      headers: bearer(await tokenFor(t, "admin")),
    });
    expect(res.status).toBe(200);
    const body = await json(res);
    return new Map<string, Record<string, unknown>>(body.items.map((d: { id: string }) => [d.id, d]));
  };

  it("lists the self-assessment submission with its state: upcoming, due soon, overdue", async () => {
    // DT.VPUBND self-scored the 2022 framework but never submitted it (demo data).
    expect((await deadlines("DT.VPUBND", "2022-06-15")).get(SUBMIT_2022)).toMatchObject({
      kind: "par-index",
      dueOn: "2023-01-16", // 15/01/2023 is a Sunday
      doneOn: null,
      state: "upcoming",
      roles: ["editor"],
      link: "/chi-so?unit=DT.VPUBND&period=2022-Y",
    });
    expect((await deadlines("DT.VPUBND", "2023-01-10")).get(SUBMIT_2022)?.state).toBe("due-soon");
    expect((await deadlines("DT.VPUBND", "2023-02-01")).get(SUBMIT_2022)?.state).toBe("overdue");
    // Not submitted: no appraisal step yet.
    expect((await deadlines("DT.VPUBND", "2023-02-01")).has("par-index:DT-SO-2022:DT.VPUBND:appraise")).toBe(false);
  });

  it("marks the submission and the appraisal done for a published assessment", async () => {
    const list = await deadlines("DT.SNV", "2023-03-31");
    expect(list.get("par-index:DT-SO-2022:DT.SNV:submit")).toMatchObject({ state: "done", doneOn: "2023-01-15" });
    expect(list.get("par-index:DT-SO-2022:DT.SNV:appraise")).toMatchObject({ state: "done", doneOn: "2023-01-15", roles: ["approver"] });
    // The 2021 framework's steps, due in January 2022, are done as well.
    expect(list.get("par-index:DT-SO-2021:DT.SNV:submit")).toMatchObject({ dueOn: "2022-01-17", state: "done" });
  });

  it("gives a unit of another level no steps of a department framework", async () => {
    const list = await deadlines("DT.TPCL", "2023-02-01");
    expect([...list.keys()].filter((id) => id.startsWith("par-index:DT-SO-"))).toEqual([]);
  });

  it("puts the steps in the calendar with a stable UID", async () => {
    const t = app();
    const res = await t.app.request("/api/v1/units/DT.VPUBND/calendar.ics?asOf=2023-01-10", {
      headers: bearer(await tokenFor(t, "admin")),
    });
    expect(res.status).toBe(200);
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const event = cal
      .getAllSubcomponents("vevent")
      .map((c) => new ICAL.Event(c))
      .find((e) => e.uid === `${SUBMIT_2022}@cchc.dongthap.example`);
    expect(event?.startDate.toString()).toBe("2023-01-16");
    expect(event?.summary).toContain("Chỉ số cải cách hành chính năm 2022");
  });
  it("gives a late submission an appraisal deadline counted from the submission, open until appraised", async () => {
    const t = app();
    // DT.VPUBND's 2022 assessment (a draft in the demo data) submitted late, on 10/02/2023.
    await t.run(
      Effect.gen(function* () {
        const repo = yield* ParIndexRepo;
        const at = new Date("2023-02-10T03:00:00Z");
        const step = (c: ParWorkflow.Command) =>
          repo.transition("DT-SO-2022", "DT.VPUBND", c, (s) => ParWorkflow.next(s, c), null, "test", at);
        yield* Effect.orDie(step("submit"));
      }),
    );
    const list = await deadlines("DT.VPUBND", "2023-02-20");
    const appraise = list.get("par-index:DT-SO-2022:DT.VPUBND:appraise");
    expect(appraise?.dueOn).toBe("2023-03-10"); // 20 working days after 10/02/2023
    expect(appraise).toMatchObject({ doneOn: null, state: "upcoming", roles: ["approver"] });
    expect(list.get(SUBMIT_2022)).toMatchObject({ doneOn: "2023-02-10", state: "done" });
  });
});
