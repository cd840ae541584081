import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import { PlanRepo } from "@cchc/db/plans/PlanRepo";
import { ReminderStore } from "@cchc/db/reminders/ReminderStore";
import type * as LocalDate from "@cchc/domain/LocalDate";
import { Effect, Layer } from "effect";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Mailer, PublicUrl } from "../../src/reminders/Mailer.js";
import * as ReminderStep from "../../src/reminders/ReminderStep.js";
import { JOB_NAME } from "../../src/reminders/Scheduler.js";
import { bearer, jsonInit, session, signIn, tokenFor } from "../support/Credentials.js";
import { newTask } from "../support/Tasks.js";
import { databases, json, useTestApp } from "../support/TestApp.js";
import { type SmtpSink, startSmtpSink } from "./SmtpSink.js";

const APP_URL = "https://cchc.dongthap.example";
const day = (s: string) => s as LocalDate.LocalDate;
const OVERDUE_TASKS = [
  "Cập nhật quy chế làm việc của Văn phòng (kiểm thử nhắc việc)",
  "Rà soát danh mục thủ tục hành chính nội bộ (kiểm thử nhắc việc)",
];
const to = (m: { to?: unknown }) => JSON.stringify(m.to ?? "");

describe.each(databases())("deadlines and reminders ($name)", (db) => {
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    await smtp?.stop();
  });
  const app = useTestApp(db, {
    as: "anonymous",
    delivery: () => ({ mailer: Mailer.smtp(smtp.url(), "CCHC <cchc@dongthap.example>"), publicUrl: Layer.succeed(PublicUrl, APP_URL) }),
  });
  describe("with two overdue tasks of the 2022 plan", () => {
    let admin: Record<string, string>;

    beforeAll(async () => {
      const t = app();
      admin = bearer(await tokenFor(t, "admin"));
      // Two tasks of the 2022 plan whose deadline passed before 16/6/2022 and are not done.
      await t.run(
        Effect.gen(function* () {
          const plans = yield* PlanRepo;
          const plan = yield* plans.plan("DT.VPUBND", 2022);
          for (const [i, title] of OVERDUE_TASKS.entries())
            yield* plans.insertTask(
              plan.id,
              newTask({
                area: "direction",
                title,
                leadUnit: "DT.VPUBND",
                deadline: day(i === 0 ? "2022-06-10" : "2022-05-31"),
                status: "in-progress",
                progress: 50,
                startedOn: day("2022-05-02"),
              }),
            );
        }),
      );
    });

    it("lists the unit's deadlines with their state as of a day", async () => {
      const res = await app().app.request("/api/v1/units/DT.VPUBND/deadlines?asOf=2022-06-16&from=2022-05-01&to=2022-06-30", {
        headers: admin,
      });
      expect(res.status).toBe(200);
      const body = await json(res);
      const byId = new Map(body.items.map((d: any) => [d.id, d]));
      expect(byId.get("submission:DT.VPUBND:2022-H1")).toMatchObject({
        dueOn: "2022-06-16",
        state: "due-soon",
        workingDaysLeft: 0,
        kind: "submission",
      });
      const overdue = body.items.filter((d: any) => d.state === "overdue").map((d: any) => d.title);
      expect(overdue).toEqual(expect.arrayContaining(OVERDUE_TASKS));
      expect(body.items.every((d: any) => d.dueOn >= "2022-05-01" && d.dueOn <= "2022-06-30")).toBe(true);
      const bad = await app().app.request("/api/v1/units/DT.VPUBND/deadlines?asOf=16/6/2022", { headers: admin });
      expect(bad.status).toBe(400);
    });

    it("mails bientap.vp one Vietnamese digest as of 16/6/2022 with the 2022-H1 submission and the overdue tasks", async () => {
      const res = await app().app.request("/api/v1/reminders/run", jsonInit("POST", { asOf: "2022-06-16" }, admin));
      expect(res.status).toBe(200);
      const run = await json(res);
      expect(run.notifications).toBeGreaterThan(0);
      expect(run.failed).toBe(0);
      expect(run.sent).toBe(smtp.messages.length);
      const mine = smtp.messages.filter((m) => to(m).includes("bientap.vp@dongthap.example"));
      expect(mine).toHaveLength(1);
      const mail = mine[0]!;
      expect(mail.subject).toMatch(/^\[CCHC\] Nhắc việc ngày 16\/6\/2022: 1 việc đến hạn hôm nay, 2 việc quá hạn/);
      expect(mail.text).toContain("Kính gửi Biên tập viên Văn phòng UBND tỉnh");
      expect(mail.text).toContain("ĐẾN HẠN HÔM NAY (1):\n- Gửi báo cáo cải cách hành chính 6 tháng đầu năm 2022 — hạn 16/6/2022 (hôm nay)");
      expect(mail.text).toContain("QUÁ HẠN (2):");
      for (const title of OVERDUE_TASKS) expect(mail.text).toContain(title);
      expect(mail.text).toContain(`${APP_URL}/bao-cao?unit=DT.VPUBND&period=2022-H1`);
      expect(mail.html).toContain("Gửi báo cáo cải cách hành chính 6 tháng đầu năm 2022");
      expect(mail.html).toContain("<h3>Quá hạn (2)</h3>");
      // The approver has nothing to approve, the viewer is never reminded.
      expect(smtp.messages.some((m) => to(m).includes("xem.vp@"))).toBe(false);
      expect(smtp.messages.some((m) => to(m).includes("pheduyet.vp@"))).toBe(false);
    });

    it("sends nothing on a second run of the same day", async () => {
      const before = smtp.messages.length;
      const res = await app().app.request("/api/v1/reminders/run", jsonInit("POST", { asOf: "2022-06-16" }, admin));
      const run = await json(res);
      expect(run).toMatchObject({ notifications: 0, digestsQueued: 0, sent: 0 });
      expect(smtp.messages.length).toBe(before);
      const dry = await json(
        await app().app.request("/api/v1/reminders/run", jsonInit("POST", { asOf: "2022-06-16", dryRun: true }, admin)),
      );
      expect(dry.reminders).toEqual([]);
    });

    it("shows the notifications in the app and marks them read", async () => {
      const t = app();
      const s = await signIn(t, "bientap.vp");
      const list = await json(await t.app.request("/api/v1/notifications", { headers: session(s) }));
      expect(list.unread).toBe(list.items.length);
      expect(list.items.map((n: any) => n.deadlineId)).toContain("submission:DT.VPUBND:2022-H1");
      const first = list.items[0].id;
      const one = await json(await t.app.request("/api/v1/notifications/read", jsonInit("POST", { ids: [first] }, session(s))));
      expect(one).toEqual({ updated: 1, unread: list.unread - 1 });
      const all = await json(await t.app.request("/api/v1/notifications/read", jsonInit("POST", {}, session(s))));
      expect(all.unread).toBe(0);
      expect((await t.app.request("/api/v1/notifications")).status).toBe(401);
    });

    it("retries a digest the SMTP server refused, with back-off, and loses nothing", async () => {
      const t = app();
      smtp.failing = true;
      const start = new Date("2026-12-02T02:00:00Z");
      const first = await t.run(ReminderStep.run({ asOf: day("2022-06-17"), now: start, dryRun: false, ignoreDigestHour: true }));
      expect(first.sent).toBe(0);
      expect(first.failed).toBeGreaterThan(0);
      expect(first.failed).toBe(smtp.refused());
      const log = await json(await t.app.request("/api/v1/reminders/deliveries?status=pending", { headers: admin }));
      const pending = log.items.find((d: any) => d.username === "bientap.vp" && d.day === "2022-06-17");
      expect(pending).toMatchObject({ attempts: 1, lastError: expect.stringContaining("451") });
      expect(new Date(pending.nextAttemptAt).getTime()).toBe(start.getTime() + ReminderStep.backoffMs(1));
      // Before the back-off has passed nothing is tried again.
      const early = await t.run(ReminderStep.deliver(new Date(start.getTime() + 30_000)));
      expect(early).toEqual({ sent: 0, failed: 0 });
      smtp.failing = false;
      const later = await t.run(ReminderStep.deliver(new Date(start.getTime() + ReminderStep.backoffMs(1))));
      expect(later.sent).toBe(first.failed);
      const mail = smtp.messages.filter((m) => to(m).includes("bientap.vp@") && m.subject?.includes("17/6/2022"));
      expect(mail).toHaveLength(1);
      expect(mail[0]!.text).toContain("Gửi báo cáo cải cách hành chính 6 tháng đầu năm 2022 — hạn 16/6/2022, quá hạn 1 ngày làm việc");
      const sent = await json(await t.app.request("/api/v1/reminders/deliveries?status=sent", { headers: admin }));
      expect(sent.items.find((d: any) => d.id === pending.id)).toMatchObject({ attempts: 2, lastError: null });
    });

    it("takes back a delivery whose sender stopped mid-way once its lease expires", async () => {
      const t = app();
      const now = new Date("2026-12-03T02:00:00Z");
      // Queue the day's digests without sending, then claim them as a process that dies.
      const queued = await t.run(
        Effect.gen(function* () {
          yield* ReminderStep.run({
            asOf: day("2022-06-24"),
            now: new Date(now.getTime() - 1),
            dryRun: false,
            ignoreDigestHour: true,
          }).pipe(
            Effect.provideService(Mailer, { configured: true, send: () => Effect.die("the process stops here") }),
            Effect.catchAllDefect(() => Effect.void),
          );
          const store = yield* ReminderStore;
          return yield* store.deliveries({ status: "sending", limit: 50 });
        }),
      );
      expect(queued.length).toBeGreaterThan(0);
      const before = smtp.messages.length;
      const tooSoon = await t.run(ReminderStep.deliver(new Date(now.getTime() + 60_000)));
      expect(tooSoon.sent).toBe(0);
      const after = await t.run(ReminderStep.deliver(new Date(now.getTime() + 10 * 60_000)));
      expect(after.sent).toBe(queued.length);
      expect(smtp.messages.length - before).toBe(queued.length);
    });

    it("sends each digest once when two runners work in parallel", async () => {
      const t = app();
      const before = smtp.messages.length;
      const o = { asOf: day("2022-07-01"), now: new Date("2026-12-04T02:00:00Z"), dryRun: false, ignoreDigestHour: true };
      const [a, b] = await t.run(Effect.all([ReminderStep.run(o), ReminderStep.run(o)], { concurrency: 2 }));
      const got = smtp.messages.slice(before);
      expect(got.length).toBeGreaterThan(0);
      expect(a!.sent + b!.sent).toBe(got.length);
      expect(a!.digestsQueued + b!.digestsQueued).toBe(got.length);
      const recipients = got.map(to);
      expect(new Set(recipients).size).toBe(recipients.length);
      expect((await t.run(ReminderStep.run({ ...o, dryRun: true }))).reminders).toEqual([]);
      const again = await t.run(ReminderStep.run(o));
      expect(again).toMatchObject({ notifications: 0, digestsQueued: 0, sent: 0 });
    });

    it("lets one run at a time hold the job lease, and takes over an expired one", async () => {
      const t = app();
      const now = Date.now();
      const held = await t.run(
        Effect.flatMap(ReminderStore, (s) => s.acquireLease(JOB_NAME, "other-instance", new Date(now), new Date(now + 60_000))),
      );
      expect(held).toBe(true);
      const busy = await t.app.request("/api/v1/reminders/run", jsonInit("POST", { asOf: "2022-06-16", dryRun: true }, admin));
      expect(busy.status).toBe(409);
      expect((await json(busy)).error.code).toBe("REMINDER_RUN_BUSY");
      const stolen = await t.run(
        Effect.flatMap(ReminderStore, (s) => s.acquireLease(JOB_NAME, "third", new Date(now + 1000), new Date(now + 61_000))),
      );
      expect(stolen).toBe(false);
      const expired = await t.run(
        Effect.flatMap(ReminderStore, (s) => s.acquireLease(JOB_NAME, "third", new Date(now + 61_000), new Date(now + 62_000))),
      );
      expect(expired).toBe(true);
      await t.run(Effect.flatMap(ReminderStore, (s) => s.releaseLease(JOB_NAME, "third", new Date(now + 61_500), null)));
      expect((await t.app.request("/api/v1/reminders/run", jsonInit("POST", { asOf: "2022-06-16", dryRun: true }, admin))).status).toBe(
        200,
      );
    });

    it("keeps a unit's reminder rules, checks them, and uses them", async () => {
      const t = app();
      const got = await json(await t.app.request("/api/v1/units/DT.SNV/reminder-rules", { headers: admin }));
      expect(got).toMatchObject({
        custom: false,
        rules: [
          { kind: "before", workingDays: 5 },
          { kind: "before", workingDays: 1 },
          { kind: "on-day" },
          { kind: "overdue-weekly", maxWeeks: 8 },
        ],
      });
      const bad = await t.app.request(
        "/api/v1/units/DT.SNV/reminder-rules",
        jsonInit("PUT", { rules: [{ kind: "before", workingDays: 0 }] }, admin),
      );
      expect(bad.status).toBe(400);
      expect((await json(bad)).error.details[0].path).toMatch(/^body\.rules\[0\]/);
      const put = await t.app.request(
        "/api/v1/units/DT.SNV/reminder-rules",
        jsonInit("PUT", { rules: [{ kind: "before", workingDays: 10 }] }, admin),
      );
      expect(put.status).toBe(200);
      // 10 working days before the department's 2022-H1 deadline (16/6/2022) is 2/6/2022.
      const dry = await json(await t.app.request("/api/v1/reminders/run", jsonInit("POST", { asOf: "2022-06-02", dryRun: true }, admin)));
      expect(dry.reminders).toContainEqual(
        expect.objectContaining({ username: "bientap.snv", deadlineId: "submission:DT.SNV:2022-H1", ruleKey: "before-10" }),
      );
      expect(dry.reminders.some((r: any) => r.unit === "DT.SNV" && r.ruleKey === "before-5")).toBe(false);
      const viewer = bearer(await tokenFor(t, "xem.snv"));
      expect((await t.app.request("/api/v1/units/DT.SNV/reminder-rules", jsonInit("PUT", { rules: [] }, viewer))).status).toBe(403);
    });

    it("refuses the run and the sending log to anyone but a global administrator", async () => {
      const t = app();
      const unitAdmin = bearer(await tokenFor(t, "quantri.vp"));
      expect((await t.app.request("/api/v1/reminders/run", jsonInit("POST", { asOf: "2022-06-16" }, unitAdmin))).status).toBe(403);
      expect((await t.app.request("/api/v1/reminders/deliveries", { headers: unitAdmin })).status).toBe(403);
    });

    it("keeps the user's preferences and refuses a bad e-mail address", async () => {
      const t = app();
      const s = await signIn(t, "bientap.snv");
      const got = await json(await t.app.request("/api/v1/notifications/preferences", { headers: session(s) }));
      expect(got).toEqual({ email: "bientap.snv@dongthap.example", emailEnabled: true, digestHour: 7 });
      const put = await t.app.request(
        "/api/v1/notifications/preferences",
        jsonInit("PUT", { emailEnabled: false, digestHour: 8 }, session(s)),
      );
      expect(await json(put)).toEqual({ email: "bientap.snv@dongthap.example", emailEnabled: false, digestHour: 8 });
      const bad = await t.app.request(
        "/api/v1/notifications/preferences",
        jsonInit("PUT", { email: "không phải thư", digestHour: 24 }, session(s)),
      );
      expect(bad.status).toBe(400);
      const paths = (await json(bad)).error.details.map((d: any) => d.path);
      expect(paths).toEqual(expect.arrayContaining(["body.email", "body.digestHour"]));
    });

    it("serves the calendar as RFC 5545 that ical.js reads back, with a revocable token", async () => {
      const t = app();
      const s = await signIn(t, "bientap.vp");
      const res = await t.app.request("/api/v1/units/DT.VPUBND/calendar.ics?asOf=2022-06-16", { headers: session(s) });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("text/calendar");
      const text = await res.text();
      const cal = new ICAL.Component(ICAL.parse(text));
      const events = cal.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
      const h1 = events.find((e) => e.uid === "submission:DT.VPUBND:2022-H1@cchc.dongthap.example");
      expect(h1?.summary).toBe("Hạn: Gửi báo cáo cải cách hành chính 6 tháng đầu năm 2022");
      expect(h1?.startDate.toString()).toBe("2022-06-16");
      expect(h1?.location).toBe("Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp");
      expect(h1?.description).toContain(`${APP_URL}/bao-cao?unit=DT.VPUBND&period=2022-H1`);
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
      expect(events.map((e) => e.summary)).toEqual(expect.arrayContaining(OVERDUE_TASKS.map((x) => `Hạn: ${x}`)));
      // Without credentials: refused; with a calendar token: the same feed; revoked: refused.
      expect((await t.app.request("/api/v1/units/DT.VPUBND/calendar.ics")).status).toBe(401);
      const created = await json(await t.app.request("/api/v1/calendar-tokens", jsonInit("POST", { unit: "DT.VPUBND" }, session(s))));
      expect(created.url).toBe(`${APP_URL}/api/v1/units/DT.VPUBND/calendar.ics?token=${created.token}`);
      const viaToken = await t.app.request(`/api/v1/units/DT.VPUBND/calendar.ics?asOf=2022-06-16&token=${created.token}`);
      expect(viaToken.status).toBe(200);
      expect((await viaToken.text()).replace(/DTSTAMP:\S+/g, "")).toBe(text.replace(/DTSTAMP:\S+/g, ""));
      expect((await t.app.request(`/api/v1/units/DT.SNV/calendar.ics?token=${created.token}`)).status).toBe(401);
      // A token whose owner lost the role on the unit reads nothing.
      const snvToken = await json(
        await t.app.request("/api/v1/calendar-tokens", jsonInit("POST", { unit: "DT.SNV" }, bearer(await tokenFor(t, "bientap.snv")))),
      );
      expect((await t.app.request(`/api/v1/units/DT.SNV/calendar.ics?token=${snvToken.token}`)).status).toBe(200);
      await t.run(
        Effect.flatMap(AccountRepo, (a) =>
          Effect.flatMap(a.find("bientap.snv"), (u) => a.revoke(u.id, { role: "editor", unit: "DT.SNV" })),
        ),
      );
      expect((await t.app.request(`/api/v1/units/DT.SNV/calendar.ics?token=${snvToken.token}`)).status).toBe(401);
      const revoke = await t.app.request(`/api/v1/calendar-tokens/${created.info.id}`, { method: "DELETE", headers: session(s) });
      expect(revoke.status).toBe(200);
      const after = await t.app.request(`/api/v1/units/DT.VPUBND/calendar.ics?token=${created.token}`);
      expect(after.status).toBe(401);
      expect((await json(after)).error.code).toBe("CALENDAR_TOKEN_INVALID");
    });
  });
});
