/**
 * Editing one narrative section: a text box, below it the text with its figures highlighted and
 * the report checker's findings (`POST /checks`, the checker of /kiem-tra) refreshed as one types
 * (after a pause, the latest answer only). Saving sends the version read; a 409 says someone else
 * saved first, keeps what was typed, shows the stored text and takes its version for the next save.
 */
import { createEffect, createSignal, type JSX, on, onCleanup, Show } from "solid-js";
import type { CheckFinding, NarrativeBody, NarrativeSaved } from "../api/Answers";
import { ApiFailure } from "../api/Http";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "../ui/ErrorNotice";
import { figuresOf } from "./FigureMarks";
import { MarkedText, NarrativeFindings } from "./NarrativeText";

/** Pause after the last keystroke before the text is checked, in milliseconds. */
export const CHECK_DELAY_MS = 500;

/** Props of `NarrativeEditor`. */
export interface NarrativeEditorProps {
  readonly unit: string;
  readonly period: string;
  readonly section: string;
  readonly narrative: NarrativeBody | null;
  readonly onSaved: (n: NarrativeSaved) => void;
  readonly onCancel: () => void;
  /** Reports whether the text differs from the stored one (for the leave guard). */
  readonly onDirty: (dirty: boolean) => void;
}

/** The editor of one section. */
export const NarrativeEditor = (props: NarrativeEditorProps): JSX.Element => {
  const { api, t } = useApp();
  const [text, setText] = createSignal(props.narrative?.text ?? "");
  const [version, setVersion] = createSignal(props.narrative?.version ?? 0);
  const [findings, setFindings] = createSignal<{ readonly text: string; readonly items: ReadonlyArray<CheckFinding> } | null>(null);
  const [checking, setChecking] = createSignal(false);
  const [saving, setSaving] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  const [theirs, setTheirs] = createSignal<NarrativeBody | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  const check = async (value: string) => {
    const ticket = ++asked;
    if (value.trim() === "") {
      setFindings({ text: value, items: [] });
      return;
    }
    setChecking(true);
    try {
      const r = await api.checkText(value, props.period);
      if (ticket === asked) setFindings({ text: value, items: r.findings });
    } catch {
      // a failed check leaves the previous findings; saving does not depend on it
    } finally {
      if (ticket === asked) setChecking(false);
    }
  };
  createEffect(
    on(text, (value) => {
      props.onDirty(value !== (props.narrative?.text ?? ""));
      clearTimeout(timer);
      timer = setTimeout(() => void check(value.normalize("NFC")), CHECK_DELAY_MS);
    }),
  );
  onCleanup(() => {
    clearTimeout(timer);
    asked++;
  });
  // findings point into the text that was checked: shown only while it is still the text typed
  const current = () => {
    const f = findings();
    return f && f.text === text().normalize("NFC") ? f.items : [];
  };
  const save = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const saved = await api.saveNarrative(props.unit, props.period, props.section, text(), version());
      props.onSaved(saved);
    } catch (err) {
      if (err instanceof ApiFailure && err.status === 409) {
        const stored = (await api.narratives(props.unit, props.period).catch(() => [])).find((n) => n.section === props.section) ?? null;
        setTheirs(stored);
        if (stored) setVersion(stored.version);
      }
      setError(err);
    } finally {
      setSaving(false);
    }
  };
  const label = () => t().narrativeSection(props.section);
  return (
    <form class="narrative-editor" onSubmit={(e) => void save(e)}>
      <label class="field">
        <span class="field-label">
          {t().narrativeText} — {label()}
        </span>
        <textarea rows="10" value={text()} onInput={(e) => setText(e.currentTarget.value)} data-testid="narrative-text" />
      </label>
      <Show when={error()} keyed>
        {(err) =>
          err instanceof ApiFailure && err.status === 409 ? (
            <div class="notice notice-error" role="alert" data-testid="narrative-conflict">
              <p>{t().narrativeConflict}</p>
              <Show when={theirs()}>
                {(n) => (
                  <>
                    <p class="muted">{t().narrativeVersion(n().version, n().updatedBy)}</p>
                    <div class="checked-text">{n().text}</div>
                    <button type="button" class="button" onClick={() => setText(n().text)}>
                      {t().narrativeReload}
                    </button>
                  </>
                )}
              </Show>
            </div>
          ) : (
            <ErrorNotice error={err} />
          )
        }
      </Show>
      <div class="actions">
        <button type="submit" class="button button-primary" disabled={saving()}>
          {saving() ? t().narrativeSaving : t().narrativeSave}
        </button>
        <button type="button" class="button button-quiet" onClick={props.onCancel}>
          {t().cancel}
        </button>
      </div>
      <section class="narrative-check" aria-live="polite" aria-label={t().narrativePreview}>
        <p class="muted">
          {t().narrativeFigures(figuresOf(text()).length)}
          <Show when={checking()}> · {t().narrativeChecking}</Show>
        </p>
        <Show when={findings()}>
          <NarrativeFindings findings={current()} />
        </Show>
        <div class="checked-text" data-testid="narrative-preview">
          <MarkedText text={text().normalize("NFC")} findings={current()} />
        </div>
      </section>
    </form>
  );
};
