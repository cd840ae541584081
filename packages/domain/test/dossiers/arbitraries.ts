/**
 * Generated dossier facts and records for the property tests: days within a small range so that
 * windows cut through receipts, appointments, extensions and finishes.
 */
import * as fc from "fast-check";
import { channels, type DossierFacts, levels, outcomes } from "../../src/dossiers/DossierRecord.js";
import * as LocalDate from "../../src/LocalDate.js";

/** The first day of the generated range. */
export const base = LocalDate.make(2022, 1, 1);

/** Any day of the generated range as an offset. */
export const dayOffset = fc.integer({ min: 0, max: 120 });

/** Facts of one valid dossier. */
export const facts: fc.Arbitrary<DossierFacts> = fc
  .record({
    received: dayOffset,
    dueAfter: fc.integer({ min: 0, max: 20 }),
    extension: fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }),
    finishAfter: fc.option(fc.integer({ min: 0, max: 45 }), { nil: null }),
    outcome: fc.constantFrom(...outcomes),
    level: fc.constantFrom(...levels),
    channel: fc.constantFrom(...channels),
    flags: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()),
  })
  .map((g) => {
    const receivedDay = LocalDate.addDays(base, g.received);
    const appointment = LocalDate.addDays(receivedDay, g.dueAfter);
    return {
      unitCode: "DT.X",
      procedureLevel: g.level,
      channel: g.channel,
      receivedDay,
      dueDay: g.extension === null ? appointment : LocalDate.addDays(appointment, g.extension),
      extended: g.extension !== null,
      finishedDay: g.finishAfter === null ? null : LocalDate.addDays(receivedDay, g.finishAfter),
      outcome: g.finishAfter === null ? null : g.outcome,
      dossierDigitised: g.flags[0],
      resultDigitised: g.flags[1],
      paidOnline: g.flags[2],
    };
  });

/** A window inside the generated range: start offset and length in days. */
export const window = fc.record({ start: dayOffset, length: fc.integer({ min: 1, max: 60 }) }).map((w) => ({
  start: LocalDate.addDays(base, w.start),
  end: LocalDate.addDays(base, w.start + w.length - 1),
}));

/** A valid JSON-lines record: resolved one day early. */
export const validInput = {
  source: "DT-MOTCUA",
  dossierId: "000.00.15.H18-220301-0001",
  procedureCode: "1.001234",
  procedureLevel: "commune",
  unitCode: "DT.H01.X01",
  channel: "online-full",
  receivedAt: "2022-03-01T08:15:00+07:00",
  appointmentDate: "2022-03-04",
  extensionDate: null,
  resolvedAt: "2022-03-03T10:00:00+07:00",
  outcome: "resolved",
  dossierDigitised: true,
  resultDigitised: true,
  paidOnline: false,
  updatedAt: "2022-03-03T10:00:05+07:00",
};
