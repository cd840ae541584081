/**
 * The form of one activity (training, communication, models and initiatives…): kind, title,
 * count and what it counts, the day, the reform area and a note, sent with the version read.
 */

import * as Area from "@cchc/domain/Area";
import { ActivityKind } from "@cchc/domain/activities/Activity";
import { createSignal, type JSX, Show } from "solid-js";
import type { ActivityBody } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "../ui/ErrorNotice";
import { ChoiceField, DayField, LongField, TextField } from "./RecordFields";

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

/** Props of `ActivityEditor`. */
export interface ActivityEditorProps {
  readonly activity: ActivityBody | null;
  readonly save: (draft: ActivityDraft) => Promise<void>;
  readonly onCancel: () => void;
}

/** The form of one activity. */
export const ActivityEditor = (props: ActivityEditorProps): JSX.Element => {
  const { router, t } = useApp();
  const [d, setD] = createSignal<ActivityDraft>(activityDraftOf(props.activity));
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const set = (change: Partial<ActivityDraft>) => setD({ ...d(), ...change });
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.save(d());
    } catch (x) {
      setError(x);
    } finally {
      setBusy(false);
    }
  };
  const en = () => router.place().lang === "en";
  return (
    <form class="record-form stack" onSubmit={(e) => void submit(e)} novalidate>
      <ChoiceField
        label={t().area}
        value={d().area}
        options={Area.all.map((a) => ({ value: a.code, label: en() ? a.nameEn : a.nameVi }))}
        onChange={(v) => set({ area: v })}
      />
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
      <Show when={error()}>{(x) => <ErrorNotice error={x()} />}</Show>
      <div class="button-row">
        <button type="submit" class="button button-primary" disabled={busy()}>
          {busy() ? t().saving : t().save}
        </button>
        <button type="button" class="button button-quiet" onClick={() => props.onCancel()}>
          {t().cancel}
        </button>
      </div>
    </form>
  );
};
