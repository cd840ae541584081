/**
 * The dossier block of a report for a period window [start, end] (Vietnam days): carried over,
 * newly received, resolved early / on time / late, returned / withdrawn / rejected, pending
 * within time / overdue — as defined in docs/dossier-statistics.md after domain.md §3. This module
 * is the definition: `classify` says where one dossier counts, `compute` folds a list of
 * dossiers (the reference the database aggregates are tested against) and `violations` states
 * the invariants every block must satisfy.
 */
import type { LocalDate } from "../LocalDate.js";
import {
  type Channel,
  type ChannelGroup,
  channelGroup,
  channels,
  type DossierFacts,
  levels,
  type Outcome,
  type ProcedureLevel,
} from "./DossierRecord.js";

/** A statistics window: both days included, Vietnam time. */
export interface StatsWindow {
  readonly start: LocalDate;
  readonly end: LocalDate;
}

/** How a resolved dossier met its (effective) appointment date. */
export type Timeliness = "early" | "on-time" | "late";

/** All timeliness classes, in report order. */
export const timelinessClasses: ReadonlyArray<Timeliness> = ["early", "on-time", "late"];

/** Where a dossier still in progress at the window's end stands. */
export type PendingState = "within" | "overdue";

/**
 * Timeliness of a finish: before the effective appointment day is early, on it on time, after
 * it late. The effective appointment is the extension date when the dossier has one (ND 61/2018
 * allows one apology with a new date); such dossiers are also counted in `resolvedExtended`.
 */
export const timeliness = (finishedDay: LocalDate, dueDay: LocalDate): Timeliness =>
  finishedDay < dueDay ? "early" : finishedDay === dueDay ? "on-time" : "late";

/** Where one dossier counts in a window; null when it is outside it entirely. */
export interface Classification {
  /** Received before the start and not finished before it (tồn kỳ trước chuyển qua). */
  readonly carriedOver: boolean;
  /** Finished within the window: its outcome and, for resolved ones, its timeliness. */
  readonly finished: { readonly outcome: Outcome; readonly timeliness: Timeliness } | null;
  /** Still in progress at the end: within time when the effective appointment ≥ end day. */
  readonly pending: PendingState | null;
}

/** The facts `classify` reads. */
export type ClassifiedFacts = Pick<DossierFacts, "receivedDay" | "finishedDay" | "outcome" | "dueDay">;

/** Classifies one dossier for a window (see the module comment for the rules). */
export const classify = (f: ClassifiedFacts, w: StatsWindow): Classification | null => {
  if (f.receivedDay > w.end) return null;
  if (f.finishedDay !== null && f.finishedDay < w.start) return null;
  const carriedOver = f.receivedDay < w.start;
  if (f.finishedDay !== null && f.finishedDay <= w.end)
    return { carriedOver, finished: { outcome: f.outcome as Outcome, timeliness: timeliness(f.finishedDay, f.dueDay) }, pending: null };
  return { carriedOver, finished: null, pending: f.dueDay >= w.end ? "within" : "overdue" };
};

/** The counts of one (level, channel) cell: every figure of a block is a sum of these. */
export interface CellCounts {
  readonly carriedOver: number;
  readonly newReceived: number;
  readonly early: number;
  readonly onTime: number;
  readonly late: number;
  readonly resolvedExtended: number;
  readonly returned: number;
  readonly withdrawn: number;
  readonly rejected: number;
  readonly pendingWithin: number;
  readonly pendingOverdue: number;
  readonly newDigitised: number;
  readonly newPaidOnline: number;
  readonly resolvedResultDigitised: number;
}

/** All-zero cell counts. */
export const emptyCell: CellCounts = {
  carriedOver: 0,
  newReceived: 0,
  early: 0,
  onTime: 0,
  late: 0,
  resolvedExtended: 0,
  returned: 0,
  withdrawn: 0,
  rejected: 0,
  pendingWithin: 0,
  pendingOverdue: 0,
  newDigitised: 0,
  newPaidOnline: 0,
  resolvedResultDigitised: 0,
};

/** The report's dossier block (the seed's "Kết quả giải quyết hồ sơ TTHC" paragraph, and more). */
export interface DossierBlock {
  /** Tổng tiếp nhận = carried over + newly received. */
  readonly received: number;
  readonly carriedOver: number;
  readonly newReceived: number;
  readonly newByGroup: Readonly<Record<ChannelGroup, number>>;
  readonly newByChannel: Readonly<Record<Channel, number>>;
  readonly resolved: number;
  readonly resolvedByTimeliness: Readonly<Record<Timeliness, number>>;
  /** Of the resolved, those judged against an extension date. */
  readonly resolvedExtended: number;
  readonly returned: number;
  readonly withdrawn: number;
  readonly rejected: number;
  readonly pending: number;
  readonly pendingByState: Readonly<Record<PendingState, number>>;
  readonly newDigitised: number;
  readonly newPaidOnline: number;
  readonly resolvedResultDigitised: number;
}

const perChannel = (c: Channel | null, n: number): Record<Channel, number> => ({
  "online-full": c === "online-full" ? n : 0,
  "online-partial": c === "online-partial" ? n : 0,
  "in-person": c === "in-person" ? n : 0,
  post: c === "post" ? n : 0,
});

/** The block of one channel's cell. */
export const cellBlock = (channel: Channel, c: CellCounts): DossierBlock => ({
  received: c.carriedOver + c.newReceived,
  carriedOver: c.carriedOver,
  newReceived: c.newReceived,
  newByGroup: {
    online: channelGroup(channel) === "online" ? c.newReceived : 0,
    offline: channelGroup(channel) === "offline" ? c.newReceived : 0,
  },
  newByChannel: perChannel(channel, c.newReceived),
  resolved: c.early + c.onTime + c.late,
  resolvedByTimeliness: { early: c.early, "on-time": c.onTime, late: c.late },
  resolvedExtended: c.resolvedExtended,
  returned: c.returned,
  withdrawn: c.withdrawn,
  rejected: c.rejected,
  pending: c.pendingWithin + c.pendingOverdue,
  pendingByState: { within: c.pendingWithin, overdue: c.pendingOverdue },
  newDigitised: c.newDigitised,
  newPaidOnline: c.newPaidOnline,
  resolvedResultDigitised: c.resolvedResultDigitised,
});

/** The all-zero block. */
export const emptyBlock: DossierBlock = { ...cellBlock("post", emptyCell), newByChannel: perChannel(null, 0) };

/** Sum of two breakdowns over the same keys, key by key (in the order of `a`). */
const addParts = <K extends string>(a: Readonly<Record<K, number>>, b: Readonly<Record<K, number>>): Record<K, number> => {
  const out: Record<K, number> = { ...a };
  for (const k of Object.keys(a) as Array<K>) out[k] = a[k] + b[k];
  return out;
};

/** Sum of two blocks, figure by figure. */
export const addBlocks = (a: DossierBlock, b: DossierBlock): DossierBlock => ({
  received: a.received + b.received,
  carriedOver: a.carriedOver + b.carriedOver,
  newReceived: a.newReceived + b.newReceived,
  newByGroup: addParts(a.newByGroup, b.newByGroup),
  newByChannel: addParts(a.newByChannel, b.newByChannel),
  resolved: a.resolved + b.resolved,
  resolvedByTimeliness: addParts(a.resolvedByTimeliness, b.resolvedByTimeliness),
  resolvedExtended: a.resolvedExtended + b.resolvedExtended,
  returned: a.returned + b.returned,
  withdrawn: a.withdrawn + b.withdrawn,
  rejected: a.rejected + b.rejected,
  pending: a.pending + b.pending,
  pendingByState: addParts(a.pendingByState, b.pendingByState),
  newDigitised: a.newDigitised + b.newDigitised,
  newPaidOnline: a.newPaidOnline + b.newPaidOnline,
  resolvedResultDigitised: a.resolvedResultDigitised + b.resolvedResultDigitised,
});

/** The statistics of a unit subtree for a window: the total and its breakdowns. */
export interface DossierStats {
  readonly unitCode: string;
  readonly window: StatsWindow;
  readonly total: DossierBlock;
  readonly byLevel: Readonly<Record<ProcedureLevel, DossierBlock>>;
  readonly byChannel: Readonly<Record<Channel, DossierBlock>>;
}

/** Counts of one (procedure level, channel) cell. */
export interface Cell {
  readonly level: ProcedureLevel;
  readonly channel: Channel;
  readonly counts: CellCounts;
}

/** Builds the statistics from cells (cells may repeat; absent cells count zero). */
export const fromCells = (unitCode: string, window: StatsWindow, cells: ReadonlyArray<Cell>): DossierStats => {
  const byLevel = Object.fromEntries(levels.map((l) => [l, emptyBlock])) as Record<ProcedureLevel, DossierBlock>;
  const byChannel = Object.fromEntries(channels.map((c) => [c, emptyBlock])) as Record<Channel, DossierBlock>;
  let total = emptyBlock;
  for (const cell of cells) {
    const b = cellBlock(cell.channel, cell.counts);
    total = addBlocks(total, b);
    byLevel[cell.level] = addBlocks(byLevel[cell.level], b);
    byChannel[cell.channel] = addBlocks(byChannel[cell.channel], b);
  }
  return { unitCode, window, total, byLevel, byChannel };
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Adds one dossier's classification to mutable cell counts. */
export const countInto = (counts: Mutable<CellCounts>, f: DossierFacts, k: Classification): void => {
  if (k.carriedOver) counts.carriedOver++;
  else {
    counts.newReceived++;
    if (f.dossierDigitised) counts.newDigitised++;
    if (f.paidOnline) counts.newPaidOnline++;
  }
  if (k.finished !== null) {
    const { outcome, timeliness: t } = k.finished;
    if (outcome === "resolved") {
      if (t === "early") counts.early++;
      else if (t === "on-time") counts.onTime++;
      else counts.late++;
      if (f.extended) counts.resolvedExtended++;
      if (f.resultDigitised) counts.resolvedResultDigitised++;
    } else counts[outcome]++;
  }
  if (k.pending === "within") counts.pendingWithin++;
  else if (k.pending === "overdue") counts.pendingOverdue++;
};

/**
 * The reference computation: classifies each dossier of the list (already restricted to the
 * unit subtree by the caller) and sums. Linear; the database answers the same from aggregates.
 */
export const compute = (unitCode: string, window: StatsWindow, facts: Iterable<DossierFacts>): DossierStats => {
  const cells = new Map<string, { level: ProcedureLevel; channel: Channel; counts: Mutable<CellCounts> }>();
  for (const f of facts) {
    const k = classify(f, window);
    if (k === null) continue;
    const key = `${f.procedureLevel}|${f.channel}`;
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = { level: f.procedureLevel, channel: f.channel, counts: { ...emptyCell } };
      cells.set(key, cell);
    }
    countInto(cell.counts, f, k);
  }
  return fromCells(unitCode, window, [...cells.values()]);
};

/** A broken invariant of a block: the rule and the two sides. */
export interface Violation {
  readonly rule: string;
  readonly left: number;
  readonly right: number;
}

/**
 * The invariants of a block: received = carried over + new; new = online + offline = Σ channels;
 * received = resolved + returned + withdrawn + rejected + pending; resolved = early + on time +
 * late; pending = within + overdue. Empty when all hold.
 */
export const violations = (b: DossierBlock): ReadonlyArray<Violation> => {
  const rules: ReadonlyArray<readonly [string, number, number]> = [
    ["received = carriedOver + newReceived", b.received, b.carriedOver + b.newReceived],
    ["newReceived = online + offline", b.newReceived, b.newByGroup.online + b.newByGroup.offline],
    ["newReceived = Σ channels", b.newReceived, channels.reduce((s, c) => s + b.newByChannel[c], 0)],
    [
      "received = resolved + returned + withdrawn + rejected + pending",
      b.received,
      b.resolved + b.returned + b.withdrawn + b.rejected + b.pending,
    ],
    [
      "resolved = early + onTime + late",
      b.resolved,
      b.resolvedByTimeliness.early + b.resolvedByTimeliness["on-time"] + b.resolvedByTimeliness.late,
    ],
    ["pending = within + overdue", b.pending, b.pendingByState.within + b.pendingByState.overdue],
  ];
  return rules.filter(([, l, r]) => l !== r).map(([rule, left, right]) => ({ rule, left, right }));
};
