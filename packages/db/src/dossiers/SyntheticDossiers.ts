/**
 * Synthetic but realistic dossier data for tests and benchmarks: a province of departments,
 * districts and communes, receipts on working days through office hours, channel shares and
 * delays like those of a one-stop system (most dossiers early, some late, a few extended,
 * returned or withdrawn), and a share of records sent twice — an earlier version and the final
 * one, sometimes out of order. Seeded, so a run can be repeated.
 */
import * as LocalDate from "@cchc/domain/LocalDate";

/** A unit row to insert into `org_unit`. */
export interface SyntheticUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: "province" | "department" | "district" | "commune";
  readonly parent_code: string | null;
  readonly level: "province" | "district" | "commune";
}

/** Shape of the synthetic province and its data. */
export interface SyntheticOptions {
  readonly seed: number;
  readonly root: string;
  readonly departments: number;
  readonly districts: number;
  readonly communesPerDistrict: number;
  /** First and last receipt day. */
  readonly from: LocalDate.LocalDate;
  readonly to: LocalDate.LocalDate;
  /** The day the export is taken: later finishes have not happened yet. */
  readonly asOf: LocalDate.LocalDate;
  /** Share of records also sent as an earlier version (0–1). */
  readonly updateShare: number;
}

/** A province of about 100 units over two years (the benchmark's shape). */
export const provinceOptions: SyntheticOptions = {
  seed: 20220614,
  root: "BT",
  departments: 20,
  districts: 12,
  communesPerDistrict: 6,
  from: LocalDate.make(2021, 12, 15),
  to: LocalDate.make(2023, 12, 14),
  asOf: LocalDate.make(2023, 12, 20),
  updateShare: 0.05,
};

/** A small deterministic pseudo-random generator (mulberry32). */
export const random = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/** The units of the synthetic province, parents first; the root and districts receive too. */
export const units = (o: SyntheticOptions): ReadonlyArray<SyntheticUnit> => {
  const out: SyntheticUnit[] = [{ code: o.root, name: `Tỉnh ${o.root}`, kind: "province", parent_code: null, level: "province" }];
  out.push({
    code: `${o.root}.TTPVHCC`,
    name: "Trung tâm Phục vụ hành chính công",
    kind: "department",
    parent_code: o.root,
    level: "province",
  });
  for (let i = 1; i <= o.departments; i++)
    out.push({
      code: `${o.root}.S${String(i).padStart(2, "0")}`,
      name: `Sở ${i}`,
      kind: "department",
      parent_code: o.root,
      level: "province",
    });
  for (let d = 1; d <= o.districts; d++) {
    const district = `${o.root}.H${String(d).padStart(2, "0")}`;
    out.push({ code: district, name: `Huyện ${d}`, kind: "district", parent_code: o.root, level: "district" });
    for (let c = 1; c <= o.communesPerDistrict; c++)
      out.push({
        code: `${district}.X${String(c).padStart(2, "0")}`,
        name: `Xã ${d}.${c}`,
        kind: "commune",
        parent_code: district,
        level: "commune",
      });
  }
  return out;
};

/** The CSV header the generator writes (the documented column order). */
export const csvHeader =
  "source,dossierId,procedureCode,procedureLevel,unitCode,channel,receivedAt,appointmentDate,extensionDate,resolvedAt,outcome,dossierDigitised,resultDigitised,paidOnline,updatedAt";

const pick = <T>(rnd: () => number, table: ReadonlyArray<readonly [T, number]>): T => {
  let x = rnd();
  for (const [v, w] of table) {
    if (x < w) return v;
    x -= w;
  }
  return (table[table.length - 1] as readonly [T, number])[0];
};

const channelShares = [
  ["online-full", 0.09],
  ["online-partial", 0.1],
  ["in-person", 0.79],
  ["post", 0.02],
] as const;
const durationDays = [
  [0, 0.12],
  [1, 0.15],
  [3, 0.2],
  [5, 0.18],
  [7, 0.12],
  [10, 0.1],
  [15, 0.07],
  [20, 0.04],
  [30, 0.02],
] as const;
const pad = (n: number): string => String(n).padStart(2, "0");
const stamp = (day: LocalDate.LocalDate, minutes: number): string =>
  `${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+07:00`;

/**
 * CSV lines (without header), exactly `count` of them, in receipt order as exports come. Each
 * dossier gives one line, or two when an earlier version is sent as well: the earlier version
 * at receipt and the final one some thousands of lines later — or, one time in five, the final
 * one first and the stale earlier version after it (it must not win).
 */
export function* csvLines(o: SyntheticOptions, count: number): Generator<string> {
  const rnd = random(o.seed);
  const all = units(o).filter((u) => u.kind !== "province");
  const byLevel = {
    province: all.filter((u) => u.level === "province"),
    district: all.filter((u) => u.level === "district"),
    commune: all.filter((u) => u.level === "commune"),
  };
  const span = LocalDate.daysBetween(o.from, o.to) + 1;
  let emitted = 0;
  let seq = 0;
  // lines held back to be sent later: [release at line number, line]
  const delayed: Array<readonly [number, string]> = [];
  const expectedDossiers = count / (1 + o.updateShare * 0.95);
  while (emitted < count) {
    while (delayed.length > 0 && (delayed[0] as readonly [number, string])[0] <= emitted && emitted < count) {
      emitted++;
      yield (delayed.shift() as readonly [number, string])[1];
    }
    if (emitted >= count) return;
    seq++;
    const level = pick(rnd, [
      ["commune", 0.55],
      ["district", 0.3],
      ["province", 0.15],
    ] as const);
    const pool = byLevel[level];
    const unit = pool[Math.floor(rnd() * pool.length)] as SyntheticUnit;
    let day = LocalDate.addDays(o.from, Math.min(span - 1, Math.floor((seq / expectedDossiers) * span)));
    const dow = LocalDate.dayOfWeek(day);
    if (dow === 0 || dow === 6) day = LocalDate.addDays(day, dow === 6 ? 2 : 1);
    if (day > o.to) day = o.to;
    const minute = 450 + Math.floor(rnd() * 570);
    const channel = pick(rnd, channelShares);
    const duration = pick(rnd, durationDays);
    const appointment = LocalDate.addDays(day, Math.round(duration * 1.4));
    const kind = pick(rnd, [
      ["early", 0.8],
      ["on-time", 0.1],
      ["late", 0.05],
      ["returned", 0.02],
      ["withdrawn", 0.01],
      ["rejected", 0.01],
      ["stuck", 0.01],
    ] as const);
    let extension: LocalDate.LocalDate | null = null;
    let finish: LocalDate.LocalDate | null;
    const span0 = LocalDate.daysBetween(day, appointment);
    if (kind === "early") finish = span0 === 0 ? appointment : LocalDate.addDays(day, Math.floor(rnd() * span0));
    else if (kind === "on-time") finish = appointment;
    else if (kind === "late") {
      finish = LocalDate.addDays(appointment, 1 + Math.floor(rnd() * 20));
      if (rnd() < 0.3) extension = LocalDate.addDays(appointment, 5 + Math.floor(rnd() * 15));
    } else if (kind === "stuck") finish = null;
    else finish = LocalDate.addDays(day, Math.floor(rnd() * (span0 + 3)));
    if (finish !== null && finish > o.asOf) finish = null;
    const finishMinute = finish === day ? Math.min(minute + 30 + Math.floor(rnd() * 60), 1439) : 450 + Math.floor(rnd() * 570);
    const outcome = finish === null ? "" : kind === "returned" || kind === "withdrawn" || kind === "rejected" ? kind : "resolved";
    const online = channel === "online-full" || channel === "online-partial";
    const source = channel === "online-full" && rnd() < 0.3 ? "DVCQG" : "MOTCUA";
    const id = `${unit.code}-${seq}`;
    const received = stamp(day, minute);
    const resolved = finish === null ? "" : stamp(finish, finishMinute);
    const updated = finish === null ? stamp(day, Math.min(minute + 1, 1439)) : stamp(finish, Math.min(finishMinute + 1, 1439));
    const flags = [rnd() < 0.6, outcome === "resolved" && rnd() < 0.5, rnd() < (online ? 0.3 : 0.02)].map((b) => (b ? "1" : "0")).join(",");
    const final = `${source},${id},${level === "province" ? "1." : level === "district" ? "2." : "3."}${String(seq % 997).padStart(6, "0")},${level},${unit.code},${channel},${received},${appointment},${extension ?? ""},${resolved},${outcome},${flags},${updated}`;
    if (finish !== null && rnd() < o.updateShare) {
      const earlier = `${source},${id},P${seq % 997},${level},${unit.code},${channel},${received},${appointment},,,,0,0,0,${stamp(day, minute)}`;
      // one in five earlier versions arrives after the final one: it must not win
      const [now, later] = rnd() < 0.2 ? [final, earlier] : [earlier, final];
      emitted++;
      yield now;
      const release = emitted + 1 + Math.floor(rnd() * 5000);
      let at = delayed.length;
      while (at > 0 && (delayed[at - 1] as readonly [number, string])[0] > release) at--;
      delayed.splice(at, 0, [release, later]);
    } else {
      emitted++;
      yield final;
    }
  }
}
