/**
 * One task of a plan: title, area, lead unit, deadline (overdue highlighted), progress, and the
 * fields to update its status, progress and evidence documents (by number/symbol, as written in
 * the register: "19/KH-VPUBND").
 */
import * as Area from "@cchc/domain/Area";
import { consistencyProblem, type TaskStatus } from "@cchc/domain/plans/Task";
import * as VnDate from "@cchc/domain/VnDate";
import { createMemo, createSignal, createUniqueId, For, type JSX, Show } from "solid-js";
import type { DocumentBody, TaskBody, TaskUpdate } from "../api/Answers";
import { ApiFailure } from "../api/Http";
import type { Dictionary, Key } from "../i18n/Dictionary";
import { useApp } from "../shell/AppContext";
import { DateInput } from "../ui/DateInput";
import { messageOf } from "../ui/ErrorNotice";
import { UnitSelect } from "../ui/UnitSelect";
import { AreaSelect } from "./AreaSelect";

/** Task statuses offered in the editor. */
export const taskStatuses: ReadonlyArray<TaskStatus> = ["not-started", "in-progress", "done", "cancelled"];

/** What the editor saves: status, progress and evidence, and the task's own fields when changed. */
export type TaskChange = Omit<TaskUpdate, "version">;

/** Props of `TaskRow`. */
export interface TaskRowProps {
  readonly task: TaskBody;
  readonly overdue: boolean;
  /** The unit's documents, to show and pick evidence by number/symbol. */
  readonly documents: ReadonlyArray<DocumentBody>;
  readonly onSave: (change: TaskChange) => Promise<void>;
  /** The lead unit's name (its code while the units load). */
  readonly leadName: string;
  /** Whether the person may change the task (false: the task is shown as text, no form). */
  readonly editable: boolean;
  /** Removes the task; absent when the person may not. */
  readonly onDelete?: () => Promise<void>;
}

/** The message of a failed save or removal: a stale version (409) says what to do. */
const failureText = (t: Dictionary, err: unknown): string =>
  err instanceof ApiFailure && err.status === 409 ? t.taskConflict : messageOf(t, err);

/** A task with its editor. */
export const TaskRow = (props: TaskRowProps): JSX.Element => {
  const { router, t } = useApp();
  const id = `task-${createUniqueId()}`;
  const byId = createMemo(() => new Map(props.documents.map((d) => [d.id, d])));
  const evidenceText = () => props.task.evidence.map((e) => byId().get(e)?.numberSymbol ?? `#${e}`).join("; ");
  const [status, setStatus] = createSignal<TaskStatus>(props.task.status);
  const [progress, setProgress] = createSignal(String(props.task.progress));
  const [evidence, setEvidence] = createSignal(evidenceText());
  const [title, setTitle] = createSignal(props.task.title);
  const [area, setArea] = createSignal<TaskBody["area"]>(props.task.area);
  const [lead, setLead] = createSignal<string>(props.task.leadUnit);
  const [deadline, setDeadline] = createSignal<string>(props.task.deadline ?? "");
  const [state, setState] = createSignal<{ readonly busy: boolean; readonly message: string; readonly error: boolean }>({
    busy: false,
    message: "",
    error: false,
  });
  const statusLabel = (s: string) => {
    const v = t()[`taskStatus.${s}` as Key];
    return typeof v === "string" ? v : s;
  };
  /** Document ids of the typed numbers/symbols, or the first one not in the register. */
  const evidenceIds = (): { readonly ids: ReadonlyArray<number> } | { readonly unknown: string } => {
    const ids: number[] = [];
    for (const part of evidence()
      .split(/[;,\n]/)
      .map((x) => x.trim())
      .filter(Boolean)) {
      const byNumber = props.documents.find((d) => d.numberSymbol.toLowerCase() === part.toLowerCase());
      const byHash = /^#(\d+)$/.exec(part);
      if (byNumber) ids.push(byNumber.id);
      else if (byHash) ids.push(Number(byHash[1]));
      else return { unknown: part };
    }
    return { ids };
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const p = Number(progress().replace(",", "."));
    if (!Number.isInteger(p) || p < 0 || p > 100) {
      setState({ busy: false, message: t().progressInvalid, error: true });
      return;
    }
    const problem = consistencyProblem({
      status: status(),
      progress: p,
      startedOn: props.task.startedOn,
      completedOn: props.task.completedOn,
    });
    if (problem && problem.field !== "completedOn") {
      setState({ busy: false, message: problem.message, error: true });
      return;
    }
    const ev = evidenceIds();
    if ("unknown" in ev) {
      setState({ busy: false, message: t().evidenceUnknown(ev.unknown), error: true });
      return;
    }
    if (title().trim() === "" || lead() === "") {
      setState({ busy: false, message: title().trim() === "" ? t().taskTitleMissing : t().taskLeadMissing, error: true });
      return;
    }
    // the task's own fields are sent only when changed
    const own = {
      ...(title().trim() === props.task.title ? {} : { title: title().trim() }),
      ...(area() === props.task.area ? {} : { area: area() }),
      ...(lead() === props.task.leadUnit ? {} : { leadUnit: lead() }),
      ...((deadline() || null) === props.task.deadline ? {} : { deadline: deadline() || null }),
    };
    setState({ busy: true, message: "", error: false });
    try {
      await props.onSave({ status: status(), progress: p, evidence: ev.ids, ...own });
      setState({ busy: false, message: t().saved, error: false });
    } catch (err) {
      setState({ busy: false, message: failureText(t(), err), error: true });
    }
  };
  const remove = async () => {
    if (!props.onDelete || !window.confirm(t().taskDeleteConfirm(props.task.title))) return;
    setState({ busy: true, message: "", error: false });
    try {
      await props.onDelete();
    } catch (err) {
      setState({ busy: false, message: failureText(t(), err), error: true });
    }
  };
  return (
    <div class="task" classList={{ "task-overdue": props.overdue }}>
      <div>
        <p class="task-title" id={`${id}-title`}>
          {props.task.title}
        </p>
        <p class="task-meta">
          <span>{Area.all.find((a) => a.code === props.task.area)?.shortVi ?? props.task.area}</span>
          <span>
            {t().leadUnit}: {props.leadName}
          </span>
          <Show when={props.task.deadline}>
            {(d) => (
              <span>
                {t().dueDate}: {VnDate.formatShort(d())}
                <Show when={props.overdue}>
                  {" "}
                  <strong class="badge badge-error">{t().overdue}</strong>
                </Show>
              </span>
            )}
          </Show>
          <span>
            {statusLabel(props.task.status)} · {props.task.progress}%
          </span>
        </p>
        <progress max="100" value={props.task.progress} aria-label={`${t().progress}: ${props.task.progress}%`} />
      </div>
      <Show when={props.editable}>
        <form class="task-edit" onSubmit={save} aria-labelledby={`${id}-title`}>
          <label class="field">
            <span class="field-label">{t().status}</span>
            <select onChange={(e) => setStatus(taskStatuses.find((s) => s === e.currentTarget.value) ?? status())}>
              <For each={taskStatuses}>
                {(s) => (
                  <option value={s} selected={s === status()}>
                    {statusLabel(s)}
                  </option>
                )}
              </For>
            </select>
          </label>
          <label class="field">
            <span class="field-label">{t().progress} (%)</span>
            <input inputmode="numeric" value={progress()} onInput={(e) => setProgress(e.currentTarget.value)} />
          </label>
          <label class="field field-wide">
            <span class="field-label">{t().evidence}</span>
            <input value={evidence()} onInput={(e) => setEvidence(e.currentTarget.value)} placeholder="19/KH-VPUBND; 07/VPUBND-KSTTHC" />
          </label>
          <details class="field-wide">
            <summary>{t().taskEditDetails}</summary>
            <label class="field field-wide">
              <span class="field-label">{t().taskTitle}</span>
              <input value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
            </label>
            <AreaSelect value={area()} onChange={setArea} />
            <UnitSelect label={t().leadUnit} roots={[router.place().unit]} value={lead()} onChange={setLead} placeholder={t().chooseUnit} />
            <DateInput label={t().dueDate} initial={props.task.deadline} onChange={setDeadline} />
          </details>
          <button type="submit" class="button" disabled={state().busy}>
            {t().save}
          </button>
          <Show when={props.onDelete}>
            <button type="button" class="button button-quiet" disabled={state().busy} onClick={() => void remove()}>
              {t().taskDelete}
            </button>
          </Show>
          <p role="status" class={state().error ? "field-error" : "muted"}>
            {state().message}
          </p>
        </form>
      </Show>
    </div>
  );
};
