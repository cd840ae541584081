import { describe, expect, it } from "vitest";
import { CounterDelta } from "../../src/dossiers/CounterDelta.js";
import { arrayElement, type CounterFacts, countedBits, counterColumns, counters } from "../../src/dossiers/DossierCounters.js";

const late: CounterFacts = {
  unitCode: "DT.H01.X02",
  procedureLevel: "commune",
  channel: "online-partial",
  receivedDay: "2022-01-28",
  dueDay: "2022-02-10",
  extensionDate: "2022-02-10",
  finishedDay: "2022-02-14",
  outcome: "resolved",
  dossierDigitised: true,
  resultDigitised: false,
  paidOnline: true,
};
const open: CounterFacts = { ...late, unitCode: "DT.S01", procedureLevel: "province", channel: "post", finishedDay: null, outcome: null };

/** The non-zero cells as { "unit,day,level,channel": { counter: n } } with zero counters left out. */
const cells = (d: CounterDelta): Record<string, Record<string, number>> =>
  Object.fromEntries(
    [...d.cells()].map((x) => [
      `${x.unit},${x.day},${x.level},${x.channel}`,
      Object.fromEntries(counterColumns.flatMap((c, i) => ((x.counts[i] as number) === 0 ? [] : [[c, x.counts[i] as number]]))),
    ]),
  );

describe("CounterDelta", () => {
  it("counts a late, extended, resolved dossier on its receipt, finish and appointment days", () => {
    const d = new CounterDelta();
    d.add(late, 1);
    expect(cells(d)).toEqual({
      "DT.H01.X02,2022-01-28,commune,online-partial": { received: 1, received_digitised: 1, received_paid_online: 1 },
      "DT.H01.X02,2022-02-14,commune,online-partial": { finished: 1, resolved_late: 1, resolved_extended: 1, finished_after_due: 1 },
      "DT.H01.X02,2022-02-10,commune,online-partial": { due_open: 1 },
    });
  });

  it("leaves out cells that net to zero, and cancels a remembered contribution exactly", () => {
    const d = new CounterDelta();
    d.addRemembered(late);
    d.addRemembered(open);
    d.addRemembered(late);
    d.add(late, -1);
    d.cancel(1);
    expect(cells(d)).toEqual({
      "DT.H01.X02,2022-01-28,commune,online-partial": { received: 1, received_digitised: 1, received_paid_online: 1 },
      "DT.H01.X02,2022-02-14,commune,online-partial": { finished: 1, resolved_late: 1, resolved_extended: 1, finished_after_due: 1 },
      "DT.H01.X02,2022-02-10,commune,online-partial": { due_open: 1 },
    });
    d.cancel(0);
    expect(cells(d)).toEqual({});
    expect(d.size).toBe(5);
  });

  it("grows past its first allocation and writes units that need escaping", () => {
    const d = new CounterDelta();
    for (let i = 0; i < 10_000; i++) d.addRemembered({ ...open, unitCode: `U,${i % 7}`, receivedDay: `2022-0${1 + (i % 9)}-1${i % 10}` });
    const all = cells(d);
    expect(Object.keys(all)).toHaveLength(7 * 9 * 10);
    expect(all["U,3,2022-04-13,province,post"]).toMatchObject({ received: expect.any(Number) });
    expect(d.arrays()?.[0]).toContain('"U,3"');
    for (let i = 0; i < 10_000; i++) d.cancel(i);
    expect(d.arrays()).toBeUndefined();
  });
});

describe("countedBits", () => {
  it("sets the bits of exactly the counters whose predicates hold, on every combination of facts", () => {
    const days = ["2022-02-09", "2022-02-10", "2022-02-11"];
    let combinations = 0;
    for (const finishedDay of [null, ...days])
      for (const outcome of [null, "resolved", "returned", "withdrawn", "rejected"])
        for (const extensionDate of [null, "2022-02-10"])
          for (const flags of [0, 1, 2, 3, 4, 5, 6, 7]) {
            const f: CounterFacts = {
              ...late,
              finishedDay,
              outcome: finishedDay === null ? null : outcome,
              extensionDate,
              dueDay: "2022-02-10",
              dossierDigitised: (flags & 1) !== 0,
              resultDigitised: (flags & 2) !== 0,
              paidOnline: (flags & 4) !== 0,
            };
            // the finish-day counters count only a finished version
            const expected = counters.reduce(
              (bits, c, i) => (c.counts(f) && (c.anchor !== "finished" || finishedDay !== null) ? bits | (1 << i) : bits),
              0,
            );
            expect(countedBits(f), JSON.stringify(f)).toBe(expected);
            combinations++;
          }
    expect(combinations).toBe(4 * 5 * 2 * 8);
  });
});

describe("arrayElement", () => {
  it("quotes an element of a PostgreSQL array literal, with a backslash before quotes and backslashes", () => {
    expect(arrayElement("BT.H08-1")).toBe('"BT.H08-1"');
    expect(arrayElement("hồ sơ, số 2")).toBe('"hồ sơ, số 2"');
    expect(arrayElement('a"b')).toBe('"a\\"b"');
    expect(arrayElement("a\\b")).toBe('"a\\\\b"');
    expect(arrayElement('\\"')).toBe('"\\\\\\""');
  });
});
