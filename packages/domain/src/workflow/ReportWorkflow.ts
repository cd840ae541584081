/**
 * The review workflow of a unit's report for a period, as a state machine: draft → submitted →
 * approved, or returned with a reason attached to the sections or figures concerned. Approval
 * locks the figures; reopening (by an approver, with a reason) unlocks only the items it names,
 * until the next approval locks everything again.
 */
import { Data, Either, Schema } from "effect";

/** Where a report stands. */
export const ReportState = Schema.Literal("draft", "submitted", "approved", "returned", "reopened").annotations({
  identifier: "ReportState",
  description:
    "Trạng thái báo cáo: draft (đang soạn), submitted (đã gửi), approved (đã phê duyệt), returned (bị trả lại), reopened (mở lại một phần)",
});
export type ReportState = typeof ReportState.Type;

/** A part of a report named by a return or a reopening: an indicator (optionally one disaggregation) or a section (an area code). */
export const ReportItem = Schema.Struct({
  kind: Schema.Literal("indicator", "section"),
  code: Schema.String.pipe(Schema.minLength(1)).annotations({
    description: "Mã chỉ tiêu (tthc.hoso.tiepnhan) hoặc mã phần (procedure, public-finance…)",
  }),
  disaggregation: Schema.optional(Schema.String).annotations({ description: "Chỉ một phân tổ của chỉ tiêu; bỏ trống là mọi phân tổ" }),
  note: Schema.optional(Schema.String).annotations({ description: "Ghi chú cho mục này" }),
}).annotations({ identifier: "ReportItem", description: "Một mục của báo cáo: chỉ tiêu hoặc phần" });
export type ReportItem = typeof ReportItem.Type;

/** The workflow status of one report. */
export interface ReportStatus {
  readonly state: ReportState;
  /** How many times it was submitted. */
  readonly submissions: number;
  /** Whether an approval locked the figures (reopened items excepted). */
  readonly locked: boolean;
  /** Items a reopening unlocked. */
  readonly open: ReadonlyArray<ReportItem>;
}

/** A report nobody has touched yet. */
export const initial: ReportStatus = { state: "draft", submissions: 0, locked: false, open: [] };

/** What someone asks the workflow to do. */
export type Command =
  | { readonly kind: "submit" }
  | { readonly kind: "approve" }
  | { readonly kind: "return"; readonly reason: string; readonly items: ReadonlyArray<ReportItem> }
  | { readonly kind: "reopen"; readonly reason: string; readonly items: ReadonlyArray<ReportItem> };

/** The command is not possible in the report's state. */
export class WorkflowTransitionInvalid extends Data.TaggedError("WorkflowTransitionInvalid")<{
  readonly command: Command["kind"];
  readonly state: ReportState;
}> {}

/** A return or reopening without the reason, or a reopening that names nothing. */
export class WorkflowReasonMissing extends Data.TaggedError("WorkflowReasonMissing")<{
  readonly command: Command["kind"];
  readonly missing: "reason" | "items";
}> {}

const from: Readonly<Record<Command["kind"], ReadonlyArray<ReportState>>> = {
  submit: ["draft", "returned", "reopened"],
  approve: ["submitted"],
  return: ["submitted"],
  reopen: ["approved"],
};

/** The states a command may start from. */
export const allowedFrom = (command: Command["kind"]): ReadonlyArray<ReportState> => from[command];

/** Applies a command; the status after it, or why it is refused. */
export const transition = (
  status: ReportStatus,
  command: Command,
): Either.Either<ReportStatus, WorkflowTransitionInvalid | WorkflowReasonMissing> => {
  if (!from[command.kind].includes(status.state))
    return Either.left(new WorkflowTransitionInvalid({ command: command.kind, state: status.state }));
  switch (command.kind) {
    case "submit":
      return Either.right({ ...status, state: "submitted", submissions: status.submissions + 1 });
    case "approve":
      return Either.right({ ...status, state: "approved", locked: true, open: [] });
    case "return":
      if (command.reason.trim() === "") return Either.left(new WorkflowReasonMissing({ command: "return", missing: "reason" }));
      return Either.right({ ...status, state: "returned" });
    case "reopen":
      if (command.reason.trim() === "") return Either.left(new WorkflowReasonMissing({ command: "reopen", missing: "reason" }));
      if (command.items.length === 0) return Either.left(new WorkflowReasonMissing({ command: "reopen", missing: "items" }));
      return Either.right({ ...status, state: "reopened", open: command.items });
  }
};

/** Area (section) of an indicator by its code's first segment, as the catalogue codes are built. */
export const sectionOfIndicator = (indicator: string): string | undefined =>
  ({
    chidao: "direction",
    thuche: "institution",
    tthc: "procedure",
    bomay: "apparatus",
    congvu: "civil-service",
    taichinh: "public-finance",
    cqs: "e-government",
  })[indicator.split(".")[0] ?? ""];

/** Whether an item covers a figure (indicator and disaggregation). */
export const covers = (
  item: ReportItem,
  figure: { readonly indicator: string; readonly disaggregation?: string },
  sectionOf: (indicator: string) => string | undefined = sectionOfIndicator,
): boolean =>
  item.kind === "section"
    ? sectionOf(figure.indicator) === item.code
    : item.code === figure.indicator &&
      (item.disaggregation === undefined || figure.disaggregation === undefined || item.disaggregation === figure.disaggregation);

/** Whether a section (narrative, tasks of an area) is covered by an item; "procedure" covers "procedure.onestop". */
export const coversSection = (item: ReportItem, section: string): boolean =>
  item.kind === "section" && (item.code === section || section.startsWith(`${item.code}.`));

/**
 * Whether a figure may be written: always before the first approval; never while approved;
 * after a reopening only when a reopened item covers it.
 */
export const figureWritable = (
  status: Pick<ReportStatus, "state" | "locked" | "open">,
  figure: { readonly indicator: string; readonly disaggregation?: string },
  sectionOf?: (indicator: string) => string | undefined,
): boolean => !status.locked || (status.state !== "approved" && status.open.some((i) => covers(i, figure, sectionOf)));

/** Vietnamese names of the states. */
export const stateLabelVi: Readonly<Record<ReportState, string>> = {
  draft: "Đang soạn",
  submitted: "Đã gửi",
  approved: "Đã phê duyệt",
  returned: "Bị trả lại",
  reopened: "Mở lại một phần",
};
