/**
 * One scored criterion of the PAR Index: its scores (self, computed, appraised, final), the
 * formula's inputs, the evidence and the reasons; and, when the state allows, the unit's
 * self-scoring form (score on the criterion's step, evidence from the register, note) or the
 * appraiser's form (score and the reason it needs).
 */
import { createSignal, For, type JSX, Show } from "solid-js";
import type { DocumentBody } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "../ui/ErrorNotice";
import { InputField } from "../ui/InputField";
import { useAction } from "../ui/UseAction";
import { CriterionForm } from "./CriterionForm";
import type { CriterionBody, CriterionWrite } from "./ParIndexApi";
import { points } from "./ParIndexModel";

/** Props of `CriterionRow`. */
export interface CriterionRowProps {
  readonly criterion: CriterionBody;
  /** The unit may self-score it now (draft, manual criterion). */
  readonly selfScoring: boolean;
  /** An appraiser may adjust it now (submitted or appraised). */
  readonly appraising: boolean;
  readonly documents: ReadonlyArray<DocumentBody>;
  readonly onSave: (write: CriterionWrite) => Promise<unknown>;
}

/** A criterion with its forms. */
export const CriterionRow = (props: CriterionRowProps): JSX.Element => {
  const { t } = useApp();
  const c = () => props.criterion;
  const [score, setScore] = createSignal(c().selfScore === null ? "" : String(c().selfScore));
  const [doc, setDoc] = createSignal(c().evidence[0] ? String(c().evidence[0]?.id) : "");
  const [note, setNote] = createSignal(c().note ?? "");
  const [appraised, setAppraised] = createSignal(c().appraisedScore === null ? "" : String(c().appraisedScore));
  const [reason, setReason] = createSignal(c().reason ?? "");
  const { busy, error, run } = useAction();
  const num = (s: string) => (s.trim() === "" ? null : Number(s.replace(",", ".")));
  const save = (write: CriterionWrite) => run(() => props.onSave(write));
  const methodLabel = () =>
    c().method === "formula" ? t().parMethodFormula : c().method === "survey" ? t().parMethodSurvey : t().parMethodManual;
  return (
    <tr data-testid={`criterion-${c().code}`}>
      <td>{c().code}</td>
      <td>
        <div>{c().name}</div>
        <Show when={c().illustrative}>
          <span class="badge badge-warning" title={t().parIllustrativeHint}>
            {t().parIllustrative}
          </span>{" "}
        </Show>
        <span class="badge">{methodLabel()}</span>
        <Show when={c().computation}>
          {(k) => (
            <p class="muted" data-testid={`computation-${c().code}`}>
              {k().label}: {k().numerator.toLocaleString("vi-VN")} / {k().denominator.toLocaleString("vi-VN")} ={" "}
              {k().rate === null ? "—" : `${points(k().rate)}%`} ({k().period})
              <Show when={k().missing.length > 0}> — {t().parMissing(k().missing.join(", "))}</Show>
            </p>
          )}
        </Show>
        <Show when={c().evidence.length > 0}>
          <ul class="evidence">
            <For each={c().evidence}>{(e) => <li>{e.label}</li>}</For>
          </ul>
        </Show>
        <Show when={c().note}>{(n) => <p class="muted">{n()}</p>}</Show>
        <Show when={c().reason}>{(r) => <p class="notice notice-info">{t().parReason(r())}</p>}</Show>
        <Show when={c().surveySource}>{(s) => <p class="muted">{t().parSurveySource(s())}</p>}</Show>
        <Show when={props.selfScoring && c().method === "manual"}>
          <CriterionForm
            summary={t().parScoreIt}
            button={busy() ? t().saving : t().save}
            busy={busy()}
            onSubmit={() => {
              const d = doc();
              void save({
                selfScore: num(score()),
                evidence: d ? [{ kind: "document", id: Number(d) }] : [],
                note: note() || null,
                version: c().version,
              });
            }}
          >
            <InputField label={t().parSelfScore(points(c().maxScore))} inputmode="decimal" value={score()} onInput={setScore} />
            <label class="field">
              <span class="field-label">{t().parEvidence}</span>
              <select value={doc()} onChange={(e) => setDoc(e.currentTarget.value)}>
                <option value="">{t().none}</option>
                <For each={props.documents}>
                  {(d) => <option value={String(d.id)}>{`${d.numberSymbol} — ${d.summary}`.slice(0, 90)}</option>}
                </For>
              </select>
            </label>
            <InputField label={t().parNote} value={note()} onInput={setNote} />
          </CriterionForm>
        </Show>
        <Show when={props.appraising}>
          <CriterionForm
            summary={t().parAdjust}
            button={t().parAdjust}
            busy={busy()}
            onSubmit={() => void save({ appraisedScore: num(appraised()), reason: reason() || null, version: c().version })}
          >
            <InputField label={t().parAppraisedScore} inputmode="decimal" value={appraised()} onInput={setAppraised} />
            <InputField label={t().parReasonLabel} value={reason()} onInput={setReason} />
          </CriterionForm>
        </Show>
        <Show when={error()}>{(e) => <ErrorNotice error={e()} />}</Show>
      </td>
      <td class="num">{points(c().maxScore)}</td>
      <td class="num">{points(c().method === "formula" ? c().computedScore : c().selfScore)}</td>
      <td class="num">{points(c().appraisedScore)}</td>
      <td class="num">
        <strong>{points(c().finalScore)}</strong>
      </td>
    </tr>
  );
};
