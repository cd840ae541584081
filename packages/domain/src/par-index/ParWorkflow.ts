/**
 * The workflow of a unit's PAR Index assessment, as for reports: the unit self-assesses (draft)
 * and submits; the appraisal council of a unit above appraises (adjusting criteria with reasons)
 * or returns it with a reason; the appraised result is published, and then locked.
 */
import { Data, Either, Schema } from "effect";

/** State of an assessment. */
export const State = Schema.Literal("draft", "submitted", "appraised", "published").annotations({
  identifier: "ParState",
  description: "Trạng thái: draft (đang tự chấm), submitted (đã gửi), appraised (đã thẩm định), published (đã công bố)",
});
export type State = typeof State.Type;

/** A step of the workflow. */
export const Command = Schema.Literal("submit", "return", "appraise", "publish").annotations({ identifier: "ParCommand" });
export type Command = typeof Command.Type;

/**
 * A step taken on a unit's assessment: which step, from which state to which, who took it (null
 * when no name is known), when (ISO 8601) and why. The repository records it, the API answers it.
 */
export const ParStep = Schema.Struct({
  id: Schema.Number,
  framework: Schema.String,
  unit: Schema.String,
  command: Command,
  from: State,
  to: State,
  actor: Schema.NullOr(Schema.String),
  at: Schema.String,
  reason: Schema.NullOr(Schema.String),
}).annotations({ identifier: "ParStep" });
export type ParStep = typeof ParStep.Type;

/** Who may take a step: the assessed unit itself, or the appraiser on a unit above it. */
export const actorOf: Readonly<Record<Command, "unit" | "appraiser">> = {
  submit: "unit",
  return: "appraiser",
  appraise: "appraiser",
  publish: "appraiser",
};

const transitions: Readonly<Record<Command, { readonly from: ReadonlyArray<State>; readonly to: State }>> = {
  submit: { from: ["draft"], to: "submitted" },
  return: { from: ["submitted", "appraised"], to: "draft" },
  appraise: { from: ["submitted"], to: "appraised" },
  publish: { from: ["appraised"], to: "published" },
};

/** The step is not allowed from the current state. */
export class ParTransitionInvalid extends Data.TaggedError("ParTransitionInvalid")<{
  readonly command: Command;
  readonly state: State;
}> {}

/** The state after a step, or why the step is refused. */
export const next = (state: State, command: Command): Either.Either<State, ParTransitionInvalid> => {
  const t = transitions[command];
  return t.from.includes(state) ? Either.right(t.to) : Either.left(new ParTransitionInvalid({ command, state }));
};

/** Whether the unit may still change its self-scores. */
export const unitMayEdit = (s: State): boolean => s === "draft";

/** Whether an appraiser may change criteria (override with a reason). */
export const appraiserMayEdit = (s: State): boolean => s === "submitted" || s === "appraised";

/** Vietnamese names of the states. */
export const stateLabelVi: Readonly<Record<State, string>> = {
  draft: "Đang tự chấm",
  submitted: "Đã gửi thẩm định",
  appraised: "Đã thẩm định",
  published: "Đã công bố",
};
