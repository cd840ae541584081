/**
 * The form of one activity (training, communication, models and initiatives…): kind, title,
 * count and what it counts, the day, the reform area and a note, sent with the version read.
 */

import type * as Area from "@cchc/domain/Area";
import { ActivityKind } from "@cchc/domain/activities/Activity";
import type { JSX } from "solid-js";
import type { ActivityBody } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { AreaField, ChoiceField, DayField, LongField, TextField } from "./RecordFields";
import { type RecordEditorProps, RecordForm, useDraft } from "./RecordForm";

const KINDS = ActivityKind.literals;

/** What the form edits. */
export interface ActivityDraft {
  area: Area.AreaCode;
  kind: ActivityKind;
  title: string;
  count: string;
  countUnit: string;
  heldOn: string | null;
  note: string;
}

/** The draft of an activity (an empty one for a new activity). */
export const activityDraftOf = (a: ActivityBody | null): ActivityDraft => ({
  area: a?.area ?? "direction",
  kind: a?.kind ?? "training",
  title: a?.title ?? "",
  count: a?.count === null || a?.count === undefined ? "" : String(a.count),
  countUnit: a?.countUnit ?? "",
  heldOn: a?.heldOn ?? "",
  note: a?.note ?? "",
});

/** The form of one activity. */
export const ActivityEditor = (props: RecordEditorProps<ActivityBody, ActivityDraft>): JSX.Element => {
  const { t } = useApp();
  const [d, set] = useDraft(activityDraftOf(props.record));
  return (
    <RecordForm save={() => props.save(d())} onCancel={props.onCancel}>
      <AreaField value={d().area} onChange={(v) => set({ area: v })} />
      <ChoiceField
        label={t().activityKind}
        value={d().kind}
        options={KINDS.map((k) => ({ value: k, label: t().kind(k) }))}
        onChange={(v) => set({ kind: v })}
      />
      <TextField label={t().activityTitle} value={d().title} onInput={(v) => set({ title: v })} />
      <TextField label={t().activityCount} value={d().count} onInput={(v) => set({ count: v })} />
      <TextField label={t().activityCountUnit} value={d().countUnit} onInput={(v) => set({ countUnit: v })} />
      <DayField label={t().activityHeldOn} value={d().heldOn ?? ""} onChange={(v) => set({ heldOn: v })} />
      <LongField label={t().activityNote} value={d().note} onInput={(v) => set({ note: v })} />
    </RecordForm>
  );
};
