import { describe, expect, it } from "@effect/vitest";
import * as fc from "fast-check";
import type { DossierFacts } from "../../src/dossiers/DossierRecord.js";
import { classify, compute, timeliness, violations } from "../../src/dossiers/DossierStats.js";
import * as LocalDate from "../../src/LocalDate.js";
import { facts, window } from "./arbitraries.js";

const d = (s: string) => s as LocalDate.LocalDate;
const w = { start: d("2021-12-15"), end: d("2022-06-14") };
const f = (
  receivedDay: string,
  dueDay: string,
  finishedDay: string | null,
  outcome: DossierFacts["outcome"] = finishedDay ? "resolved" : null,
) => ({
  receivedDay: d(receivedDay),
  dueDay: d(dueDay),
  finishedDay: finishedDay === null ? null : d(finishedDay),
  outcome,
});

describe("classify", () => {
  it("judges timeliness by day against the effective appointment", () => {
    expect(timeliness(d("2022-03-01"), d("2022-03-02"))).toBe("early");
    expect(timeliness(d("2022-03-02"), d("2022-03-02"))).toBe("on-time");
    expect(timeliness(d("2022-03-03"), d("2022-03-02"))).toBe("late");
  });

  it("counts a dossier received before the start and finished inside as carried over and finished", () => {
    expect(classify(f("2021-12-10", "2021-12-20", "2021-12-20"), w)).toEqual({
      carriedOver: true,
      finished: { outcome: "resolved", timeliness: "on-time" },
      pending: null,
    });
  });

  it("leaves out dossiers finished before the start or received after the end", () => {
    expect(classify(f("2021-12-01", "2021-12-10", "2021-12-14"), w)).toBeNull();
    expect(classify(f("2022-06-15", "2022-06-20", null), w)).toBeNull();
  });

  it("splits pending at the end into within time (appointment ≥ end) and overdue", () => {
    expect(classify(f("2022-06-01", "2022-06-14", null), w)?.pending).toBe("within");
    expect(classify(f("2022-06-01", "2022-06-13", "2022-06-15"), w)?.pending).toBe("overdue");
    expect(classify(f("2022-06-01", "2022-06-13", null), w)?.carriedOver).toBe(false);
  });

  it("keeps returned dossiers as their own outcome", () => {
    expect(classify(f("2022-02-01", "2022-02-05", "2022-02-03", "returned"), w)?.finished?.outcome).toBe("returned");
  });
});

describe("invariants over generated dossiers", () => {
  it("every block holds: received = carried + new = resolved + returned/withdrawn/rejected + pending", () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 200 }), window, (list, win) => {
        const s = compute("DT", win, list);
        expect(violations(s.total)).toEqual([]);
        for (const b of [...Object.values(s.byLevel), ...Object.values(s.byChannel)]) expect(violations(b)).toEqual([]);
        expect(s.total.received).toBe(
          list.filter((x) => x.receivedDay <= win.end && !(x.finishedDay !== null && x.finishedDay < win.start)).length,
        );
      }),
    );
  });

  it("adjacent periods chain: pending at the end of one = carried over of the next", () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 200 }), window, fc.integer({ min: 1, max: 60 }), (list, first, length) => {
        const start = LocalDate.addDays(first.end, 1);
        const next = { start, end: LocalDate.addDays(start, length - 1) };
        const a = compute("DT", first, list);
        const b = compute("DT", next, list);
        expect(b.total.carriedOver).toBe(a.total.pending);
        // new in the union = new in each part
        const union = compute("DT", { start: first.start, end: next.end }, list);
        expect(union.total.newReceived).toBe(a.total.newReceived + b.total.newReceived);
        expect(union.total.resolved).toBe(a.total.resolved + b.total.resolved);
      }),
    );
  });

  it("breakdowns by level and by channel add up to the total", () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 100 }), window, (list, win) => {
        const s = compute("DT", win, list);
        const sum = (k: "received" | "resolved" | "pending") => ({
          level: Object.values(s.byLevel).reduce((n, b) => n + b[k], 0),
          channel: Object.values(s.byChannel).reduce((n, b) => n + b[k], 0),
        });
        for (const k of ["received", "resolved", "pending"] as const) expect(sum(k)).toEqual({ level: s.total[k], channel: s.total[k] });
      }),
    );
  });
});
