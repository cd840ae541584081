/**
 * The data-entry form of one unit and period, generated from the catalogue and grouped by
 * reform area. Rules run as you type; rates are computed live; saving sends the versions read
 * and a conflict opens a dialog. Unsaved changes are guarded on leaving (in-app and browser).
 */
import * as Area from "@cchc/domain/Area";
import type { IndicatorDefinition } from "@cchc/domain/indicators/Indicator";
import { keyText } from "@cchc/domain/indicators/Value";
import { createMemo, createSignal, For, type JSX, onCleanup, onMount, Show } from "solid-js";
import type { CompletenessBody, MissingReasonInput, ValueHistoryEntry, ValueInput } from "../api/Answers";
import { ApiFailure } from "../api/Http";
import { useApp } from "../shell/AppContext";
import { DataTable } from "../ui/DataTable";
import { ErrorNotice } from "../ui/ErrorNotice";
import { formatFigure } from "../ui/FigureFormat";
import { ConflictDialog } from "./ConflictDialog";
import {
  changes,
  type Drafts,
  findingsByIndicator,
  isDirty,
  liveRates,
  merged,
  type RuleContext,
  read,
  type StoredFigure,
  splitKey,
  storedText,
  validate,
} from "./EntryModel";
import { IndicatorField } from "./IndicatorField";
import { MissingReasonField } from "./MissingReasonField";

/** Props of `EntryForm`. */
export interface EntryFormProps {
  readonly context: RuleContext;
  readonly values: ReadonlyArray<StoredFigure>;
  /** Saves and answers the values as now stored; throws `ApiFailure` (409 VALUE_CONFLICT on a conflict). */
  readonly save: (values: ReadonlyArray<ValueInput>) => Promise<ReadonlyArray<StoredFigure>>;
  /** The indicator to scroll to and focus. */
  readonly focus?: string;
  /** Loads the changes of an indicator's values; without it the fields have no history button. */
  readonly history?: (indicator: string) => Promise<ReadonlyArray<ValueHistoryEntry>>;
  /** Shows the values as text with no inputs and no save (a viewer, a locked period). */
  readonly readOnly?: boolean;
  /** Whether an indicator may be changed (default: all); the others show as text. */
  readonly writable?: (indicator: string) => boolean;
  /** The unit's compulsory indicators and the reasons stated for missing values (ADR 0021). */
  readonly completeness?: CompletenessBody | null;
  /** Saves a reason why a compulsory indicator has no value. */
  readonly saveReason?: (indicator: string, input: MissingReasonInput) => Promise<unknown>;
}

/** A refused save, said beside the cells it names and in a summary at the top. */
interface SaveProblems {
  readonly error: unknown;
  /** The cells (value keys) the refusal names, with the server's message. */
  readonly cells: ReadonlyMap<string, string>;
}

/** Reads a refused save: a 400's `details` name `body.values[i]…` of what was sent. */
export const problemsOf = (e: unknown, sent: ReadonlyArray<ValueInput>): SaveProblems => {
  const cells = new Map<string, string>();
  if (e instanceof ApiFailure && Array.isArray(e.details))
    for (const d of e.details as ReadonlyArray<{ readonly path?: unknown; readonly message?: unknown }>) {
      const m = /values\[(\d+)\]/.exec(String(d.path ?? ""));
      const at = m ? sent[Number(m[1])] : undefined;
      if (at) cells.set(keyText(at), String(d.message ?? e.message));
    }
  return { error: e, cells };
};

/** The value on the server in a VALUE_CONFLICT answer. */
interface Conflict {
  readonly current: StoredFigure;
  readonly mine: ValueInput;
}

/**
 * Reads a VALUE_CONFLICT answer: its details name the figure (`indicator`, `disaggregation`,
 * or `index` into what was sent) and hold `current` — the value and version stored now.
 */
export const conflictOf = (e: unknown, sent: ReadonlyArray<ValueInput>): Conflict | null => {
  if (!(e instanceof ApiFailure) || e.code !== "VALUE_CONFLICT") return null;
  const d = (Array.isArray(e.details) ? e.details[0] : e.details) as Record<string, unknown> | undefined;
  if (!d) return null;
  const current = (d.current ?? null) as (Partial<StoredFigure> & { readonly value: number; readonly version: number }) | null;
  const at = typeof d.index === "number" ? sent[d.index] : undefined;
  const indicator = (d.indicator ?? current?.indicator ?? at?.indicator ?? sent[0]?.indicator) as string | undefined;
  const disaggregation = (d.disaggregation ?? current?.disaggregation ?? at?.disaggregation ?? sent[0]?.disaggregation ?? "") as string;
  const mine = sent.find((s) => s.indicator === indicator && s.disaggregation === disaggregation) ?? at;
  if (!mine || indicator === undefined) return null;
  return {
    mine,
    current: {
      indicator,
      disaggregation,
      value: current?.value ?? Number.NaN,
      version: current?.version ?? 0,
      updatedBy: current?.updatedBy ?? null,
    },
  };
};

/** The form. */
export const EntryForm = (props: EntryFormProps): JSX.Element => {
  const { router, t } = useApp();
  const [stored, setStored] = createSignal<ReadonlyArray<StoredFigure>>(props.values);
  const [drafts, setDrafts] = createSignal<Drafts>(new Map());
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<SaveProblems | null>(null);
  let summary: HTMLDivElement | undefined;
  // a refusal is said at the top, brought into view and focused, and beside each cell it names
  const refuse = (p: SaveProblems) => {
    setError(p);
    queueMicrotask(() => {
      summary?.scrollIntoView?.({ block: "start" });
      summary?.focus({ preventScroll: true });
    });
  };
  const [status, setStatus] = createSignal("");
  const [conflict, setConflict] = createSignal<Conflict | null>(null);
  // counts saves, so that an open history panel reloads and shows the new change
  const [saves, setSaves] = createSignal(0);
  const defs = createMemo(() => new Map<string, IndicatorDefinition>(props.context.indicators.map((i) => [i.code, i])));
  const compulsoryOf = (code: string) => props.completeness?.compulsory.find((c) => c.indicator === code);
  const storedByKey = createMemo(() => new Map(stored().map((v) => [keyText(v), v])));
  const values = createMemo(() => merged(stored(), drafts(), defs()));
  const findings = createMemo(() => validate(props.context, values()));
  const byIndicator = createMemo(() => findingsByIndicator(findings()));
  const rates = createMemo(() => liveRates(props.context.rates, props.context.indicators, values()));
  const dirtyCount = createMemo(() => isDirty(stored(), drafts(), defs()));
  const en = () => router.place().lang === "en";
  // the served catalogue words formulas with option labels ("trước hạn"); the domain's text is the fallback
  const formulaOf = (r: { readonly code: string; readonly disaggregation: string; readonly formulaVi: string }) =>
    (
      props.context.rates.find((d) => d.code === r.code && d.disaggregation === r.disaggregation) as
        | { readonly formulaVi?: string }
        | undefined
    )?.formulaVi ?? r.formulaVi;

  const text = (key: string) => drafts().get(key) ?? storedText(defs().get(splitKey(key).indicator), storedByKey().get(key));
  const reading = (key: string) => {
    const def = defs().get(splitKey(key).indicator);
    return def ? read(def, text(key), t().invalidNumber) : ({ kind: "empty" } as const);
  };
  const onInput = (key: string, value: string) => {
    const next = new Map(drafts());
    next.set(key, value);
    setDrafts(next);
    setStatus("");
  };

  const guard = () => (dirtyCount() > 0 ? t().unsavedLeave : null);
  const beforeUnload = (e: BeforeUnloadEvent) => {
    if (dirtyCount() > 0) {
      e.preventDefault();
      e.returnValue = "";
    }
  };
  onMount(() => {
    router.setGuard(guard);
    window.addEventListener("beforeunload", beforeUnload);
    if (props.focus) {
      const el = document.getElementById(props.focus);
      el?.scrollIntoView?.({ block: "start" });
      el?.querySelector("input")?.focus({ preventScroll: true });
    }
  });
  onCleanup(() => {
    router.setGuard(null);
    window.removeEventListener("beforeunload", beforeUnload);
  });

  const send = async (list: ReadonlyArray<ValueInput>) => {
    if (list.length === 0) {
      setStatus(t().noChanges);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const now = await props.save(list);
      setStored(now);
      setSaves(saves() + 1);
      // what was saved is now stored; typed texts that were not sent (invalid ones) stay
      const sent = new Set(list.map((v) => keyText(v)));
      setDrafts(new Map([...drafts()].filter(([k]) => !sent.has(k))));
      setStatus(t().savedCount(list.length));
      setError(null);
    } catch (e) {
      const c = conflictOf(e, list);
      if (c) setConflict(c);
      else refuse(problemsOf(e, list));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: Event) => {
    e.preventDefault();
    void send(changes(stored(), drafts(), defs()));
  };
  // closing the conflict dialog: `keep` gets the server's figure, its key and the stored figures but that one
  const resolve = (keep: (current: Conflict["current"], key: string, others: ReadonlyArray<StoredFigure>) => void) => () => {
    const c = conflict();
    if (!c) return;
    setConflict(null);
    const key = keyText(c.current);
    const others = stored().filter((v) => keyText(v) !== key);
    keep(c.current, key, others);
  };
  const keepMine = resolve((current, _key, others) => {
    // the server's version is now the one read, so the resend overwrites knowingly
    setStored([...others, { ...current, value: Number.isNaN(current.value) ? Number.NaN : current.value }]);
    void send(changes(stored(), drafts(), defs()));
  });
  const keepTheirs = resolve((current, key, others) => {
    setStored([...others, ...(Number.isNaN(current.value) ? [] : [current])]);
    const next = new Map(drafts());
    next.delete(key);
    setDrafts(next);
  });
  const figureName = (c: Conflict) => {
    const def = defs().get(c.current.indicator);
    return `${def?.nameVi ?? c.current.indicator}${c.current.disaggregation ? ` [${c.current.disaggregation}]` : ""}`;
  };
  const areas = createMemo(() =>
    Area.all
      .map((area) => ({ area, indicators: props.context.indicators.filter((i) => i.area === area.code) }))
      .filter((a) => a.indicators.length > 0),
  );
  return (
    <form class="entry-form stack" onSubmit={submit} novalidate>
      <Show when={error()}>
        {(p) => (
          <div ref={summary} class="save-summary" tabindex="-1" id="save-errors">
            <p class="notice-title">{t().saveErrorsTitle}</p>
            <Show when={p().cells.size > 0}>
              <ul>
                <For each={[...p().cells]}>
                  {([key, message]) => (
                    <li>
                      <a href={`#field-${key.replace(/[^a-zA-Z0-9-]+/g, "_")}`}>{defs().get(splitKey(key).indicator)?.nameVi ?? key}</a>:{" "}
                      {message}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <ErrorNotice error={p().error} onRetry={() => void send(changes(stored(), drafts(), defs()))} />
          </div>
        )}
      </Show>
      <For each={areas()}>
        {(a) => (
          <section class="entry-area" aria-labelledby={`entry-${a.area.code}`}>
            <h2 id={`entry-${a.area.code}`}>{en() ? a.area.nameEn : a.area.nameVi}</h2>
            <div class="entry-grid">
              <For each={a.indicators}>
                {(def) => (
                  <IndicatorField
                    def={def}
                    compulsory={compulsoryOf(def.code) !== undefined}
                    aside={
                      <Show when={compulsoryOf(def.code)}>
                        {(c) => (
                          <Show when={!c().hasValue && !stored().some((v) => v.indicator === def.code)}>
                            <MissingReasonField
                              indicator={def.code}
                              reason={c().reason}
                              readOnly={(props.readOnly ?? false) || !(props.writable?.(def.code) ?? true) || !props.saveReason}
                              save={(input) => props.saveReason?.(def.code, input) ?? Promise.resolve()}
                            />
                          </Show>
                        )}
                      </Show>
                    }
                    text={text}
                    reading={reading}
                    dirty={(k) => drafts().has(k) && text(k).trim() !== storedText(def, storedByKey().get(k)).trim()}
                    findings={byIndicator().get(def.code) ?? []}
                    onInput={onInput}
                    focused={props.focus === def.code}
                    readOnly={(props.readOnly ?? false) || !(props.writable?.(def.code) ?? true)}
                    serverError={(k) => error()?.cells.get(k) ?? ""}
                    history={
                      props.history ? { load: () => props.history?.(def.code) ?? Promise.resolve([]), reloadKey: saves() } : undefined
                    }
                  />
                )}
              </For>
            </div>
            <Show when={rates().some((r) => r.area === a.area.code)}>
              <DataTable
                class="rates"
                head={<caption class="field-label">{t().computedRate}</caption>}
                rows={rates().filter((r) => r.area === a.area.code)}
              >
                {(r) => (
                  <tr>
                    <th scope="row">
                      {r.nameVi}
                      <span class="formula">{t().formula(formulaOf(r))}</span>
                    </th>
                    <td class="num" data-rate={`${r.code}[${r.disaggregation}]`}>
                      {r.formatted}
                    </td>
                  </tr>
                )}
              </DataTable>
            </Show>
          </section>
        )}
      </For>
      <Show when={!props.readOnly}>
        <div class="save-bar">
          <p class="summary-line" role="status" aria-live="polite">
            {status() || (dirtyCount() > 0 ? t().unsaved(dirtyCount()) : t().noChanges)}
          </p>
          <button type="submit" class="button button-primary" disabled={busy()}>
            {busy() ? t().saving : t().save}
          </button>
        </div>
      </Show>
      <Show when={conflict()}>
        {(c) => (
          <ConflictDialog
            figure={figureName(c())}
            mine={formatFigure(defs().get(c().mine.indicator)?.valueType, c().mine.value ?? 0)}
            theirs={Number.isNaN(c().current.value) ? "—" : formatFigure(defs().get(c().current.indicator)?.valueType, c().current.value)}
            by={c().current.updatedBy ?? null}
            onKeepMine={keepMine}
            onKeepTheirs={keepTheirs}
            onCancel={() => setConflict(null)}
          />
        )}
      </Show>
    </form>
  );
};
