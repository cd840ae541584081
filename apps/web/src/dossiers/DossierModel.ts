/**
 * What the dossier screen shows, pure: the columns of a dossier block, the figures the indicator
 * store holds for the unit's period (`tthc.hoso.*`, as entered, computed or consolidated — the
 * demo report's own figures live there) and the QĐ 766 rates those stored figures allow, with the
 * formulas of the domain (`serviceIndicators`).
 */
import { type ServiceIndicator, serviceIndicators } from "@cchc/domain/dossiers/DossierIndicators";
import type { DossierBlock } from "@cchc/domain/dossiers/DossierStats";
import type { ValueBody } from "../api/Answers";

/** The columns of a block row, in table order. */
export const blockColumns = [
  "received",
  "carriedOver",
  "newReceived",
  "online",
  "offline",
  "resolved",
  "early",
  "onTime",
  "late",
  "pending",
] as const;

/** One column of a block row. */
export type BlockColumn = (typeof blockColumns)[number];

/** The numbers of a block by column. */
export const blockRow = (b: DossierBlock): Readonly<Record<BlockColumn, number>> => ({
  received: b.received,
  carriedOver: b.carriedOver,
  newReceived: b.newReceived,
  online: b.newByGroup.online,
  offline: b.newByGroup.offline,
  resolved: b.resolved,
  early: b.resolvedByTimeliness.early,
  onTime: b.resolvedByTimeliness["on-time"],
  late: b.resolvedByTimeliness.late,
  pending: b.pending,
});

/** The stored values of the block's figures, by the column they fill (indicator and disaggregation). */
const stored: ReadonlyArray<readonly [BlockColumn, string, string]> = [
  ["received", "tthc.hoso.tiepnhan", ""],
  ["carriedOver", "tthc.hoso.tonkytruoc", ""],
  ["newReceived", "tthc.hoso.tiepnhanmoi", ""],
  ["online", "tthc.hoso.tiepnhanmoi", "channel=online"],
  ["offline", "tthc.hoso.tiepnhanmoi", "channel=offline"],
  ["resolved", "tthc.hoso.dagiaiquyet", ""],
  ["early", "tthc.hoso.dagiaiquyet", "timeliness=early"],
  ["onTime", "tthc.hoso.dagiaiquyet", "timeliness=on-time"],
  ["late", "tthc.hoso.dagiaiquyet", "timeliness=late"],
  ["pending", "tthc.hoso.danggiaiquyet", ""],
];

/** The block figures stored for the unit's period (a column absent when nothing is stored for it). */
export const reportedRow = (values: ReadonlyArray<ValueBody>): Partial<Record<BlockColumn, number>> => {
  const out: Partial<Record<BlockColumn, number>> = {};
  for (const [column, indicator, disaggregation] of stored) {
    const v = values.find((x) => x.indicator === indicator && x.disaggregation === disaggregation);
    if (v) out[column] = v.value;
  }
  return out;
};

// which stored columns each rate needs
const needs: Readonly<Record<string, ReadonlyArray<BlockColumn>>> = {
  "tthc.hoso.dunghan.tyle": ["early", "onTime", "resolved"],
  "tthc.hoso.tructuyen.tyle": ["online", "newReceived"],
};

/** The QĐ 766 rates the stored figures allow (the others need records: digitised, paid online…). */
export const reportedIndicators = (row: Partial<Record<BlockColumn, number>>): ReadonlyArray<ServiceIndicator> => {
  const z = (c: BlockColumn) => row[c] ?? 0;
  const block: DossierBlock = {
    received: z("received"),
    carriedOver: z("carriedOver"),
    newReceived: z("newReceived"),
    newByGroup: { online: z("online"), offline: z("offline") },
    newByChannel: { "online-full": 0, "online-partial": 0, "in-person": 0, post: 0 },
    resolved: z("resolved"),
    resolvedByTimeliness: { early: z("early"), "on-time": z("onTime"), late: z("late") },
    resolvedExtended: 0,
    returned: 0,
    withdrawn: 0,
    rejected: 0,
    pending: z("pending"),
    pendingByState: { within: 0, overdue: 0 },
    newDigitised: 0,
    newPaidOnline: 0,
    resolvedResultDigitised: 0,
  };
  return serviceIndicators(block).filter((i) => needs[i.code]?.every((c) => row[c] !== undefined) ?? false);
};
