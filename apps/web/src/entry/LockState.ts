/**
 * Whether a unit's figures of a period may be changed by the person looking, and why not: a
 * viewer (no write grant on the unit), or a report an approval locked ("Kỳ đã được phê duyệt ngày
 * 20/6/2022 bởi pheduyet.vp"). A partly reopened report stays writable for its reopened items
 * (the API refuses the others). Pure, so that the entry screen and its tests read the same rule.
 */
import * as LocalDate from "@cchc/domain/LocalDate";
import * as VnDate from "@cchc/domain/VnDate";
import { figureWritable } from "@cchc/domain/workflow/ReportWorkflow";
import type { WorkflowBody } from "../api/Answers";
import type { Dictionary } from "../i18n/Dictionary";

/** What the entry screen shows. */
export interface LockState {
  readonly readOnly: boolean;
  /** Whether one indicator's figures may be changed (after a partial reopening: only those reopened). */
  readonly writable: (indicator: string) => boolean;
  /** The reason shown in the banner; null when writable without remark. */
  readonly reason: string | null;
}

/** The lock state of a report for a person who may (or may not) write the unit's figures. */
export const lockStateOf = (t: Dictionary, canWrite: boolean, status: WorkflowBody | null): LockState => {
  if (status?.state === "approved" && status.locked) {
    const step = [...status.history].reverse().find((s) => s.command === "approve");
    const date = step ? VnDate.formatShort(LocalDate.ofInstantInVietnam(new Date(step.at))) : "";
    return { readOnly: true, writable: () => false, reason: t.lockedBy(date, step?.actor.name ?? "") };
  }
  if (!canWrite) return { readOnly: true, writable: () => false, reason: t.readOnlyViewer };
  // after a partial reopening the approval's lock stays on everything not reopened
  const writable = (indicator: string) => (status ? figureWritable(status, { indicator }) : true);
  if (status?.locked)
    return {
      readOnly: false,
      writable,
      reason: t.lockedReopened(status.open.map((i) => i.code + (i.disaggregation ? ` [${i.disaggregation}]` : "")).join(", ")),
    };
  if (status?.state === "submitted") return { readOnly: false, writable, reason: t.submittedNote };
  return { readOnly: false, writable, reason: null };
};
