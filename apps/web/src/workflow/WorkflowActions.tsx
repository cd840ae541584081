/**
 * The workflow's commands for one report, each shown only to those the API would let use it in
 * the report's state: submit with its comment (editors; from draft, returned or reopened),
 * approve, return with a reason and the parts to fix (approvers; a submitted report), reopen parts
 * (approvers; an approved report). The API stays the judge: a refusal is shown under the button.
 */
import * as Area from "@cchc/domain/Area";
import { createSignal, For, type JSX, Show } from "solid-js";
import type { ReportItemBody, WorkflowBody } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { useAccess } from "../shell/Session";
import { ErrorNotice } from "../ui/ErrorNotice";
import { TextAreaField } from "../ui/TextAreaField";

/** Props of `WorkflowActions`. */
export interface WorkflowActionsProps {
  readonly status: WorkflowBody;
  /** Called after a command succeeded, with the message to show. */
  readonly onDone: (message: string) => void;
}

/** Which commands a person may use on a report in its state (the API's table, for showing buttons). */
export const commandsFor = (
  state: WorkflowBody["state"],
  can: (action: "write-values" | "approve") => boolean,
): ReadonlyArray<"submit" | "approve" | "return" | "reopen"> => [
  ...(can("write-values") && ["draft", "returned", "reopened"].includes(state) ? (["submit"] as const) : []),
  ...(can("approve") && state === "submitted" ? (["approve", "return"] as const) : []),
  ...(can("approve") && state === "approved" ? (["reopen"] as const) : []),
];

const SectionChoice = (props: { name: string; chosen: ReadonlySet<string>; onChange: (next: ReadonlySet<string>) => void }) => {
  const { router, t } = useApp();
  return (
    <fieldset class="item-choice">
      <legend>{t().itemsToFix}</legend>
      <For each={Area.all}>
        {(a) => (
          <label class="check">
            <input
              type="checkbox"
              name={props.name}
              value={a.code}
              checked={props.chosen.has(a.code)}
              onChange={(e) => {
                const next = new Set(props.chosen);
                if (e.currentTarget.checked) next.add(a.code);
                else next.delete(a.code);
                props.onChange(next);
              }}
            />{" "}
            {router.place().lang === "en" ? a.nameEn : a.nameVi}
          </label>
        )}
      </For>
    </fieldset>
  );
};

/** The commands of a report. */
export const WorkflowActions = (props: WorkflowActionsProps): JSX.Element => {
  const { api, router, t } = useApp();
  const access = useAccess();
  const [comment, setComment] = createSignal("");
  const [reason, setReason] = createSignal("");
  const [sections, setSections] = createSignal<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const [problem, setProblem] = createSignal("");
  const commands = () => commandsFor(props.status.state, (a) => access.can(a));
  const items = (): ReadonlyArray<ReportItemBody> => [...sections()].map((code) => ({ kind: "section" as const, code }));
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      const message = await work();
      setComment("");
      setReason("");
      setSections(new Set<string>());
      props.onDone(message);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const place = () => router.place();
  const submit = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      const r = (await api.submit(place().unit, place().period, comment().trim() || undefined)) as { timeliness?: string };
      return t().submitDone(r.timeliness === "late");
    });
  };
  const approve = () =>
    void run(async () => {
      await api.approve(place().unit, place().period, comment().trim() || undefined);
      return t().approveDone;
    });
  const decide = (command: "return" | "reopen") => {
    if (reason().trim() === "") return setProblem(t().reasonMissing);
    if (command === "reopen" && sections().size === 0) return setProblem(t().itemsMissing);
    setProblem("");
    void run(async () => {
      await api.decide(command, place().unit, place().period, reason().trim(), items());
      return command === "return" ? t().returnDone : t().reopenDone;
    });
  };
  return (
    <section class="panel workflow-actions" aria-labelledby="wf-actions-title">
      <h2 id="wf-actions-title">{commands().includes("submit") ? t().submitTitle : t().decideTitle}</h2>
      <Show when={commands().length > 0} fallback={<p class="muted">{t().onlyView}</p>}>
        <Show when={commands().includes("submit")}>
          <form class="stack" onSubmit={submit}>
            <TextAreaField label={t().submitComment} rows={3} value={comment()} onInput={setComment} />
            <button type="submit" class="button button-primary" disabled={busy()}>
              {t().submitButton}
            </button>
          </form>
        </Show>
        <Show when={commands().includes("approve")}>
          <div class="stack">
            <TextAreaField label={t().approveComment} rows={2} value={comment()} onInput={setComment} />
            <button type="button" class="button button-primary" disabled={busy()} onClick={approve}>
              {t().approveButton}
            </button>
          </div>
        </Show>
        <Show when={commands().includes("return") || commands().includes("reopen")}>
          <div class="stack">
            <h3>{commands().includes("return") ? t().returnTitle : t().reopenTitle}</h3>
            <TextAreaField
              label={t().reason}
              rows={3}
              value={reason()}
              onInput={setReason}
              invalid={problem() !== ""}
              describedBy="wf-reason-error"
            />
            <SectionChoice name="wf-items" chosen={sections()} onChange={setSections} />
            <p id="wf-reason-error" class="field-error">
              {problem()}
            </p>
            <Show when={commands().includes("return")}>
              <button type="button" class="button" disabled={busy()} onClick={() => decide("return")}>
                {t().returnButton}
              </button>
            </Show>
            <Show when={commands().includes("reopen")}>
              <button type="button" class="button" disabled={busy()} onClick={() => decide("reopen")}>
                {t().reopenButton}
              </button>
            </Show>
          </div>
        </Show>
      </Show>
      <Show when={error()}>{(e) => <ErrorNotice error={e()} />}</Show>
    </section>
  );
};
