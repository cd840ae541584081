import { describe, expect, it } from "vitest";
import { arrayElement, CounterDelta, type CounterFacts, counterColumns } from "../../src/dossiers/DossierCounters.js";

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

describe("arrayElement", () => {
  it("quotes an element of a PostgreSQL array literal, with a backslash before quotes and backslashes", () => {
    expect(arrayElement("BT.H08-1")).toBe('"BT.H08-1"');
    expect(arrayElement("hồ sơ, số 2")).toBe('"hồ sơ, số 2"');
    expect(arrayElement('a"b')).toBe('"a\\"b"');
    expect(arrayElement("a\\b")).toBe('"a\\\\b"');
    expect(arrayElement('\\"')).toBe('"\\\\\\""');
  });
});
