/**
 * "Thêm nhiệm vụ": a new task of the plan — area, title, the lead unit chosen by its name from the
 * plan unit's subtree, deadline (dd/mm/yyyy) and starting progress. The API checks the rest
 * (a lead unit that exists, the consistency of status and progress) and its message is shown.
 */
import type * as Area from "@cchc/domain/Area";
import { createSignal, type JSX } from "solid-js";
import type { TaskBody } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { DateInput } from "../ui/DateInput";
import { messageOf } from "../ui/ErrorNotice";
import { UnitSelect } from "../ui/UnitSelect";
import { AreaSelect } from "./AreaSelect";

/** Props of `TaskForm`. */
export interface TaskFormProps {
  readonly year: number;
  readonly onAdded: (task: TaskBody) => void;
}

/** The form adding a task to the plan of the unit in view. */
export const TaskForm = (props: TaskFormProps): JSX.Element => {
  const { api, router, t } = useApp();
  const [area, setArea] = createSignal<Area.AreaCode>("direction");
  const [title, setTitle] = createSignal("");
  const [lead, setLead] = createSignal("");
  const [deadline, setDeadline] = createSignal("");
  const [progress, setProgress] = createSignal("0");
  const [state, setState] = createSignal({ busy: false, message: "", error: false });
  const add = async (e: Event) => {
    e.preventDefault();
    const p = Number(progress().replace(",", "."));
    const problem =
      title().trim() === ""
        ? t().taskTitleMissing
        : lead() === ""
          ? t().taskLeadMissing
          : !Number.isInteger(p) || p < 0 || p > 100
            ? t().progressInvalid
            : "";
    if (problem !== "") {
      setState({ busy: false, message: problem, error: true });
      return;
    }
    setState({ busy: true, message: "", error: false });
    try {
      const task = await api.createTask(router.place().unit, props.year, {
        area: area(),
        title: title().trim(),
        leadUnit: lead(),
        deadline: deadline() === "" ? null : deadline(),
        progress: p,
        ...(p > 0 ? { status: p === 100 ? "done" : "in-progress" } : {}),
      });
      setState({ busy: false, message: t().taskAdded(task.title), error: false });
      setTitle("");
      props.onAdded(task);
    } catch (err) {
      setState({ busy: false, message: messageOf(t(), err), error: true });
    }
  };
  return (
    <form class="panel task-edit" onSubmit={add} aria-labelledby="task-add-title">
      <h2 id="task-add-title">{t().taskAdd}</h2>
      <AreaSelect value={area()} onChange={setArea} />
      <label class="field field-wide">
        <span class="field-label">{t().taskTitle}</span>
        <input value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <UnitSelect label={t().leadUnit} roots={[router.place().unit]} value={lead()} onChange={setLead} placeholder={t().chooseUnit} />
      <DateInput label={t().dueDate} onChange={setDeadline} />
      <label class="field">
        <span class="field-label">{t().progress} (%)</span>
        <input inputmode="numeric" value={progress()} onInput={(e) => setProgress(e.currentTarget.value)} />
      </label>
      <button type="submit" class="button" disabled={state().busy}>
        {t().taskAdd}
      </button>
      <p role="status" class={state().error ? "field-error" : "muted"}>
        {state().message}
      </p>
    </form>
  );
};
