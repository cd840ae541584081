/**
 * The history of one indicator's values in data entry: every recorded change of its total and
 * parts (old → new, who, when, source, comment), newest first, from
 * `GET /units/{unit}/periods/{period}/values/{indicator}/history`. It opens under the indicator
 * from its "Lịch sử" button, takes the focus, and Escape or "Đóng" closes it.
 */
import * as Disaggregation from "@cchc/domain/indicators/Disaggregation";
import type { IndicatorDefinition } from "@cchc/domain/indicators/Indicator";
import { createResource, For, type JSX, onMount, Show } from "solid-js";
import type { ValueHistoryEntry } from "../api/Answers";
import type { Key } from "../i18n/Dictionary";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "../ui/ErrorNotice";
import { formatFigure } from "../ui/FigureFormat";

/** The name of a part of an indicator: `total` for the total, the options' labels otherwise ("trực tuyến"). */
export const partLabel = (disaggregation: string, lang: "vi" | "en", total: string): string => {
  if (disaggregation === "") return total;
  return disaggregation
    .split(";")
    .map((pair) => {
      const [dim, opt] = pair.split("=");
      const option = Disaggregation.dimensions.find((d) => d.code === dim)?.options.find((o) => o.code === opt);
      return option ? (lang === "en" ? option.labelEn : option.labelVi) : pair;
    })
    .join("; ");
};

/** A change's instant as people in Vietnam read it: "10:05 27/11/2026" (Vietnam time, whatever the device's zone). */
export const formatInstant = (iso: string, lang: "vi" | "en"): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
};

/** Props of `ValueHistory`. */
export interface ValueHistoryProps {
  /** The element id of the panel (the toggle's `aria-controls`). */
  readonly id: string;
  readonly def: IndicatorDefinition;
  /** Loads the changes (oldest first, as the API answers). */
  readonly load: () => Promise<ReadonlyArray<ValueHistoryEntry>>;
  /** Changes after every save, so an open panel shows the new change. */
  readonly reloadKey: number;
  readonly onClose: () => void;
}

/** The history panel of one indicator. */
export const ValueHistory = (props: ValueHistoryProps): JSX.Element => {
  const { router, t } = useApp();
  const lang = () => router.place().lang;
  const [changes, { refetch }] = createResource(
    () => props.reloadKey,
    () => props.load(),
  );
  // reading a failed resource throws: the list is read only when it loaded
  const newestFirst = () => (changes.error ? [] : [...(changes() ?? [])].reverse());
  const name = () => (lang() === "en" ? props.def.nameEn : props.def.nameVi);
  const figure = (v: number | null) => (v === null ? t().historyNone : formatFigure(props.def.valueType, v));
  const source = (s: string) => {
    const v = t()[`source.${s}` as Key];
    return typeof v === "string" ? v : s;
  };
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <section
      id={props.id}
      class="value-history"
      aria-labelledby={`${props.id}-title`}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <div class="value-history-head">
        <h3 id={`${props.id}-title`} ref={heading} tabindex="-1">
          {t().historyOf(name())}
        </h3>
        <button type="button" class="button button-quiet" onClick={() => props.onClose()}>
          {t().close}
        </button>
      </div>
      <Show when={!changes.error} fallback={<ErrorNotice error={changes.error} onRetry={refetch} />}>
        <Show when={changes()} fallback={<p class="muted">{t().loading}</p>}>
          <Show when={newestFirst().length > 0} fallback={<p class="muted">{t().historyEmpty}</p>}>
            <p class="muted">{t().historyCount(newestFirst().length)}</p>
            {/* a list rather than a table: six columns do not fit a phone, and each change reads as a sentence */}
            <ol class="history-list">
              <For each={newestFirst()}>
                {(c) => (
                  <li data-version={c.newVersion}>
                    <p class="history-change">
                      <Show when={props.def.dimensions.length > 0}>
                        <span class="history-part">{partLabel(c.disaggregation, lang(), t().total)}: </span>
                      </Show>
                      <span class="history-old">{figure(c.oldValue)}</span>
                      <span aria-hidden="true"> → </span>
                      <span class="visually-hidden">{t().historyTo} </span>
                      <strong class="history-new">{figure(c.newValue)}</strong>
                    </p>
                    <p class="history-meta">
                      <time datetime={c.changedAt}>{formatInstant(c.changedAt, lang())}</time>
                      {" · "}
                      <span class="visually-hidden">{t().historyBy}: </span>
                      <span class="history-by">{c.changedBy}</span>
                      {" · "}
                      <span class="visually-hidden">{t().historySource}: </span>
                      <span>{source(c.source)}</span>
                    </p>
                    <Show when={c.comment}>
                      {(comment) => (
                        <p class="history-comment">
                          <span class="visually-hidden">{t().historyComment}: </span>
                          {comment()}
                        </p>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </Show>
        </Show>
      </Show>
    </section>
  );
};
