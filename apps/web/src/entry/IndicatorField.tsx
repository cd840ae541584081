/**
 * One indicator in data entry: its total and, for each dimension, a small table of its parts.
 * Type problems show under the cell; rule findings involving the indicator show under the
 * group, and every cell a finding names is marked invalid and described by the message.
 * Pasting a column of numbers into a parts table fills it downwards. Its "Lịch sử" button opens
 * the history of its values under it.
 */
import type { IndicatorDefinition } from "@cchc/domain/indicators/Indicator";
import { keyText } from "@cchc/domain/indicators/Value";
import type { Finding } from "@cchc/domain/validation/Finding";
import { createSignal, For, type JSX, Show } from "solid-js";
import type { ValueHistoryEntry } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { type Cell, cellsOf, keysOf, type Reading } from "./EntryModel";
import { ValueHistory } from "./ValueHistory";

/** Props of `IndicatorField`. */
export interface IndicatorFieldProps {
  readonly def: IndicatorDefinition;
  /** The text shown in a cell (typed or stored). */
  readonly text: (key: string) => string;
  readonly reading: (key: string) => Reading;
  readonly dirty: (key: string) => boolean;
  readonly findings: ReadonlyArray<Finding>;
  readonly onInput: (key: string, text: string) => void;
  readonly focused?: boolean;
  /** Shows the values as text, without inputs (a viewer, a locked period). */
  readonly readOnly?: boolean;
  /** The server's refusal of a cell in the last save, shown beside it. */
  readonly serverError?: (key: string) => string;
  /** Compulsory for the unit: marked "bắt buộc"; `aside` holds the reason field when it has no value. */
  readonly compulsory?: boolean;
  readonly aside?: JSX.Element;
  /** Where the indicator's history comes from; without it there is no history button. */
  readonly history?: {
    readonly load: () => Promise<ReadonlyArray<ValueHistoryEntry>>;
    /** Changes after every save. */
    readonly reloadKey: number;
  };
}

const safeId = (s: string) => s.replace(/[^a-zA-Z0-9-]+/g, "_");

/** The form group of one indicator. */
export const IndicatorField = (props: IndicatorFieldProps): JSX.Element => {
  const { router, t } = useApp();
  const en = () => router.place().lang === "en";
  const cells = cellsOf(props.def);
  const rulesId = `rules-${safeId(props.def.code)}`;
  const historyId = `history-${safeId(props.def.code)}`;
  const [historyOpen, setHistoryOpen] = createSignal(false);
  let historyButton: HTMLButtonElement | undefined;
  const closeHistory = () => {
    setHistoryOpen(false);
    historyButton?.focus();
  };
  const flagged = (key: string) => props.findings.some((f) => keysOf(f).has(key));
  const input = (cell: Cell, label: string, table?: ReadonlyArray<Cell>, row?: number): JSX.Element => {
    const key = keyText({ indicator: props.def.code, disaggregation: cell.disaggregation });
    const id = `field-${safeId(key)}`;
    const errId = `${id}-error`;
    const problem = () => {
      const r = props.reading(key);
      return r.kind === "invalid" ? r.message : (props.serverError?.(key) ?? "");
    };
    const describedBy = () => [problem() ? errId : "", flagged(key) ? rulesId : ""].filter(Boolean).join(" ") || undefined;
    if (props.readOnly)
      return (
        <output id={id} class="num-value" aria-label={label}>
          {props.text(key).trim() || t().noValue}
        </output>
      );
    return (
      <>
        <input
          id={id}
          class="num-input"
          classList={{ dirty: props.dirty(key) }}
          inputmode={props.def.valueType === "decimal" ? "decimal" : "numeric"}
          autocomplete="off"
          aria-label={label}
          aria-invalid={problem() || flagged(key) ? "true" : undefined}
          aria-describedby={describedBy()}
          value={props.text(key)}
          onInput={(e) => props.onInput(key, e.currentTarget.value)}
          onPaste={(e) => {
            if (!table || row === undefined) return;
            const lines = (e.clipboardData?.getData("text/plain") ?? "")
              .split(/\r?\n/)
              .map((l) => l.split("\t")[0]?.trim() ?? "")
              .filter((l, i, all) => l !== "" || i < all.length - 1);
            if (lines.length < 2) return;
            e.preventDefault();
            lines.slice(0, table.length - row).forEach((line, i) => {
              const target = table[row + i];
              if (target) props.onInput(keyText({ indicator: props.def.code, disaggregation: target.disaggregation }), line);
            });
          }}
        />
        <p id={errId} class="field-error">
          {problem()}
        </p>
      </>
    );
  };
  const name = () => (en() ? props.def.nameEn : props.def.nameVi);
  const unit = () => (en() ? props.def.unitEn : props.def.unitVi);
  return (
    <fieldset id={props.def.code} class="indicator" classList={{ focused: props.focused ?? false }}>
      <legend>
        {name()}{" "}
        <span class="indicator-unit">
          ({unit()}
          {props.def.timeAggregation === "last" ? `; ${t().stock}` : ""})
        </span>
        <Show when={props.compulsory}>
          {" "}
          <span class="badge badge-compulsory" title={t().compulsoryHint}>
            {t().compulsory}
          </span>
        </Show>
      </legend>
      <div class="field">
        <div class="field-head">
          <span class="field-label" aria-hidden="true">
            {t().total}
          </span>
          <Show when={props.history}>
            <button
              ref={historyButton}
              type="button"
              class="button button-quiet button-small"
              aria-expanded={historyOpen() ? "true" : "false"}
              aria-controls={historyOpen() ? historyId : undefined}
              onClick={() => (historyOpen() ? closeHistory() : setHistoryOpen(true))}
            >
              {t().history}
              <span class="visually-hidden">{t().historyButton(name())}</span>
            </button>
          </Show>
        </div>
        {input(cells.total, `${name()}: ${t().total}`)}
      </div>
      <For each={cells.tables}>
        {(table) => (
          <table class="parts">
            <caption>
              {t().parts}: {en() ? table.dimension.code : table.dimension.nameVi}
            </caption>
            <tbody>
              <For each={table.cells}>
                {(cell, i) => (
                  <tr>
                    <th scope="row">{en() ? cell.labelEn : cell.labelVi}</th>
                    <td>{input(cell, `${name()}: ${en() ? cell.labelEn : cell.labelVi}`, table.cells, i())}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        )}
      </For>
      {props.aside}
      <Show when={historyOpen() && props.history}>
        {(h) => <ValueHistory id={historyId} def={props.def} load={h().load} reloadKey={h().reloadKey} onClose={closeHistory} />}
      </Show>
      <Show when={props.findings.length > 0}>
        <ul id={rulesId} class="rule-messages" aria-live="polite">
          <For each={props.findings}>{(f) => <li class={f.importance}>{f.message}</li>}</For>
        </ul>
      </Show>
    </fieldset>
  );
};
