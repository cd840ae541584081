/**
 * "Hoạt động": the inspections and activities of the unit's period, the records the report's
 * sections are made from. Each shows as text with its version; those who may write the unit's
 * data (and while no approval locked the period) add, edit and delete them. A finding's link
 * ("Sửa cuộc kiểm tra") lands on the record, opened for editing.
 */
import * as Period from "@cchc/domain/Period";
import * as VnDate from "@cchc/domain/VnDate";
import { Either } from "effect";
import { createSignal, type JSX, onMount, Show } from "solid-js";
import { recordSave } from "../api/SaveRecord";
import { LockNotice } from "../entry/LockNotice";
import { usePeriodData } from "../entry/UsePeriodData";
import { useApp } from "../shell/AppContext";
import { UnitScreenHead } from "../shell/UnitScreenHead";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loaded } from "../ui/Loaded";
import { SavedNotice } from "../ui/SavedNotice";
import { useAction } from "../ui/UseAction";
import { type ActivityDraft, ActivityEditor } from "./ActivityEditor";
import { type InspectionDraft, InspectionEditor } from "./InspectionEditor";
import { RecordList, type RecordListState } from "./RecordList";

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const inspectionBody = (d: InspectionDraft) => ({
  area: d.area,
  team: d.team,
  leadName: d.leadName,
  leadTitle: d.leadTitle,
  heldOn: d.heldOn ?? "",
  dateText: d.dateText,
  unitsInspected: lines(d.unitsInspected),
  findings: d.findings,
  remediation: d.remediation,
  remediationStatus: d.remediationStatus,
});

const activityBody = (d: ActivityDraft) => ({
  area: d.area,
  kind: d.kind,
  title: d.title,
  count: d.count.trim() === "" ? null : Number(d.count.replace(/\./g, "")),
  countUnit: d.countUnit.trim() === "" ? null : d.countUnit,
  heldOn: d.heldOn ? d.heldOn : null,
  note: d.note.trim() === "" ? null : d.note,
});

/** The activities screen. */
const ActivitiesScreen = (): JSX.Element => {
  const { api, router, t } = useApp();
  const { key, data, refetch, loaded, lock } = usePeriodData(async (unit, period) => {
    const [inspections, activities] = await Promise.all([api.inspections.list(unit, period), api.activities.list(unit, period)]);
    return { inspections, activities };
  });
  // which record is open for editing: "inspection-3", "activity-7", "inspection-new"…
  const [editing, setEditing] = createSignal(router.place().focus);
  const [message, setMessage] = createSignal("");
  const window = () => Either.getOrNull(Period.window(router.place().period));
  const outside = (day: string | null) => {
    const w = window();
    return day !== null && w !== null && (day < w.start || day > w.end);
  };
  onMount(() => {
    const focus = router.place().focus;
    if (focus) setTimeout(() => document.getElementById(focus)?.scrollIntoView?.({ block: "start" }), 300);
  });
  // a draft sent as a new record of the place or as the correction of the one edited, then the lists again
  const saved = async (saving: Promise<unknown>) => {
    await saving;
    setEditing("");
    setMessage(t().recordSaved);
    await refetch();
  };
  const removal = useAction();
  const remove = async (what: string, run: () => Promise<unknown>) => {
    if (!globalThis.confirm?.(t().recordDeleteConfirm(what))) return;
    await removal.run(async () => {
      await run();
      await refetch();
    });
  };
  const records: RecordListState = {
    editing,
    setEditing,
    writable: () => !lock().readOnly,
    remove: (name, run) => void remove(name, run),
  };
  return (
    <article class="screen" aria-labelledby="act-title">
      <UnitScreenHead titleId="act-title" title={t().activitiesTitle} intro={t().activitiesIntro} />
      <LockNotice lock={lock()} loaded={Boolean(loaded())} />
      <SavedNotice message={message()} />
      <Show when={removal.error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      <Loaded resource={data} onRetry={refetch}>
        {(d) => (
          <>
            <RecordList
              kind="inspection"
              state={records}
              labels={{ id: "insp-title", title: t().inspectionsTitle, empty: t().inspectionsEmpty, add: t().recordAddInspection }}
              items={d().inspections}
              name={(i) => i.team}
              removal={(i) => api.inspections.remove(i.id, i.version)}
              editor={(i) => (
                <InspectionEditor
                  record={i}
                  save={(x) => saved(api.inspections.save(recordSave(i, inspectionBody(x), key())))}
                  onCancel={() => setEditing("")}
                />
              )}
            >
              {(i) => (
                <>
                  <h3>{i.team}</h3>
                  <dl class="record-fields">
                    <dt>{t().inspectionLead}</dt>
                    <dd>{[i.leadName, i.leadTitle].filter(Boolean).join(", ")}</dd>
                    <dt>{t().inspectionHeldOn}</dt>
                    <dd classList={{ "field-error": outside(i.heldOn) }}>
                      {VnDate.formatShort(i.heldOn)}
                      <Show when={outside(i.heldOn)}> — {t().recordOutside}</Show>
                    </dd>
                    <dt>{t().inspectionUnits}</dt>
                    <dd>{i.unitsInspected.join("; ") || "—"}</dd>
                    <dt>{t().inspectionFindings}</dt>
                    <dd>{i.findings || "—"}</dd>
                    <dt>{t().inspectionStatus}</dt>
                    <dd>{t().remediation(i.remediationStatus)}</dd>
                  </dl>
                </>
              )}
            </RecordList>
            <RecordList
              kind="activity"
              state={records}
              labels={{ id: "acts-title", title: t().activitiesListTitle, empty: t().activitiesEmpty, add: t().recordAddActivity }}
              items={d().activities}
              name={(a) => a.title}
              removal={(a) => api.activities.remove(a.id, a.version)}
              editor={(a) => (
                <ActivityEditor
                  record={a}
                  save={(x) => saved(api.activities.save(recordSave(a, activityBody(x), key())))}
                  onCancel={() => setEditing("")}
                />
              )}
            >
              {(a) => (
                <>
                  <h3>{a.title}</h3>
                  <p>
                    {t().kind(a.kind)}
                    <Show when={a.count !== null}>
                      {" "}
                      · {a.count} {a.countUnit ?? ""}
                    </Show>
                    <Show when={a.heldOn}>
                      {(day) => (
                        // only the day an activity took place must lie in the period (not a deadline or a plan)
                        <span classList={{ "field-error": a.dateRole === "event" && outside(day()) }}> · {VnDate.formatShort(day())}</span>
                      )}
                    </Show>
                  </p>
                </>
              )}
            </RecordList>
          </>
        )}
      </Loaded>
    </article>
  );
};

export default ActivitiesScreen;
