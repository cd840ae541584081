/**
 * One task of a plan: title, area, lead unit, due date (overdue highlighted), progress, and
 * the fields to update its status, progress and evidence documents.
 */
import * as Area from "@cchc/domain/Area";
import type { LocalDate } from "@cchc/domain/LocalDate";
import * as VnDate from "@cchc/domain/VnDate";
import { createSignal, For, type JSX, Show } from "solid-js";
import type { TaskBody } from "../api/Contract";
import type { Key } from "../i18n/Dictionary";
import { useApp } from "../shell/AppContext";
import { messageOf } from "../ui/ErrorNotice";

/** Task statuses offered in the editor. */
export const taskStatuses = ["not-started", "in-progress", "done", "cancelled"] as const;

/** Props of `TaskRow`. */
export interface TaskRowProps {
  readonly task: TaskBody;
  readonly overdue: boolean;
  readonly onSave: (change: Pick<TaskBody, "status" | "progress" | "evidence">) => Promise<void>;
}

/** A task with its editor. */
export const TaskRow = (props: TaskRowProps): JSX.Element => {
  const { t } = useApp();
  const [status, setStatus] = createSignal(props.task.status);
  const [progress, setProgress] = createSignal(String(props.task.progress));
  const [evidence, setEvidence] = createSignal(props.task.evidence.join("; "));
  const [state, setState] = createSignal<{ readonly busy: boolean; readonly message: string; readonly error: boolean }>({ busy: false, message: "", error: false });
  const id = `task-${props.task.id}`;
  const statusLabel = (s: string) => {
    const k = `taskStatus.${s}` as Key;
    const v = t()[k];
    return typeof v === "string" ? v : s;
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const p = Math.max(0, Math.min(100, Math.round(Number(progress().replace(",", ".")) || 0)));
    setState({ busy: true, message: "", error: false });
    try {
      await props.onSave({ status: status(), progress: p, evidence: evidence().split(";").map((x) => x.trim()).filter(Boolean) });
      setState({ busy: false, message: t().saved, error: false });
    } catch (err) {
      setState({ busy: false, message: messageOf(t(), err), error: true });
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
          <Show when={props.task.leadUnit}>
            <span>
              {t().leadUnit}: {props.task.leadUnit}
            </span>
          </Show>
          <Show when={props.task.dueDate}>
            {(d) => (
              <span>
                {t().dueDate}: {VnDate.formatShort(d() as LocalDate)}
                <Show when={props.overdue}>
                  {" "}
                  <strong class="badge badge-error">{t().overdue}</strong>
                </Show>
              </span>
            )}
          </Show>
        </p>
        <progress max="100" value={props.task.progress} aria-label={`${t().progress}: ${props.task.progress}%`} />
      </div>
      <form class="task-edit" onSubmit={save} aria-labelledby={`${id}-title`}>
        <label class="field">
          <span class="field-label">{t().status}</span>
          <select onChange={(e) => setStatus(e.currentTarget.value)}>
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
        <label class="field">
          <span class="field-label">{t().evidence}</span>
          <input value={evidence()} onInput={(e) => setEvidence(e.currentTarget.value)} placeholder="19/KH-VPUBND; 07/VPUBND-KSTTHC" />
        </label>
        <button type="submit" class="button" disabled={state().busy}>
          {t().save}
        </button>
        <p role="status" class={state().error ? "field-error" : "muted"}>
          {state().message}
        </p>
      </form>
    </div>
  );
};
