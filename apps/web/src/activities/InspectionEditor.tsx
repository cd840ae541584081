/**
 * An inspection shown as text, with "Sửa" and "Xóa" for those who may write it; the edit form
 * sends the fields with the version read (409 INSPECTION_CONFLICT when stale). Changing the day
 * also rewrites "the day as the report writes it" when that still said the old day.
 */
import type * as Area from "@cchc/domain/Area";
import type { JSX } from "solid-js";
import type { InspectionBody } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { longDay as longDayOf } from "../ui/Day";
import { AreaField, ChoiceField, DayField, LongField, TextField } from "./RecordFields";
import { type RecordEditorProps, RecordForm, useDraft } from "./RecordForm";

/** What the form edits. */
export interface InspectionDraft {
  area: Area.AreaCode;
  team: string;
  leadName: string;
  leadTitle: string;
  heldOn: string | null;
  dateText: string;
  unitsInspected: string;
  findings: string;
  remediation: string;
  remediationStatus: "not-started" | "in-progress" | "done";
}

/** The draft of an inspection (an empty one for a new inspection). */
export const draftOf = (i: InspectionBody | null): InspectionDraft => ({
  area: i?.area ?? "direction",
  team: i?.team ?? "",
  leadName: i?.leadName ?? "",
  leadTitle: i?.leadTitle ?? "",
  heldOn: i?.heldOn ?? "",
  dateText: i?.dateText ?? "",
  unitsInspected: (i?.unitsInspected ?? []).join("\n"),
  findings: i?.findings ?? "",
  remediation: i?.remediation ?? "",
  remediationStatus: i?.remediationStatus ?? "not-started",
});

/** The long form of a day as reports write it: "Ngày 28 tháng 4 năm 2022". */
const longDay = (iso: string) => {
  const text = longDayOf(iso);
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** The form of one inspection. */
export const InspectionEditor = (props: RecordEditorProps<InspectionBody, InspectionDraft>): JSX.Element => {
  const { t } = useApp();
  const [d, set] = useDraft(draftOf(props.record));
  const setDay = (iso: string | null) => {
    const before = d();
    const wroteOld = before.heldOn && before.dateText === longDay(before.heldOn);
    set({ heldOn: iso, ...(iso && (wroteOld || before.dateText.trim() === "") ? { dateText: longDay(iso) } : {}) });
  };
  return (
    <RecordForm save={() => props.save(d())} onCancel={props.onCancel}>
      <AreaField value={d().area} onChange={(v) => set({ area: v })} />
      <TextField label={t().inspectionTeam} value={d().team} onInput={(v) => set({ team: v })} />
      <TextField label={t().inspectionLead} value={d().leadName} onInput={(v) => set({ leadName: v })} />
      <TextField label={t().inspectionLeadTitle} value={d().leadTitle} onInput={(v) => set({ leadTitle: v })} />
      <DayField label={t().inspectionHeldOn} value={d().heldOn ?? ""} onChange={setDay} />
      <TextField label={t().inspectionDateText} value={d().dateText} onInput={(v) => set({ dateText: v })} />
      <LongField label={t().inspectionUnits} value={d().unitsInspected} onInput={(v) => set({ unitsInspected: v })} />
      <LongField label={t().inspectionFindings} value={d().findings} onInput={(v) => set({ findings: v })} />
      <LongField label={t().inspectionRemediation} value={d().remediation} onInput={(v) => set({ remediation: v })} />
      <ChoiceField
        label={t().inspectionStatus}
        value={d().remediationStatus}
        options={(["not-started", "in-progress", "done"] as const).map((s) => ({ value: s, label: t().remediation(s) }))}
        onChange={(v) => set({ remediationStatus: v })}
      />
    </RecordForm>
  );
};
