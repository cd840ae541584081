/**
 * A narrative's text with the figures it states highlighted (`<mark class="mark-figure">`) and,
 * while editing, the checker's findings laid over them (`<mark class="mark-error">` numbered like
 * the list), followed by the list of findings with their suggested fixes.
 */
import { For, type JSX, Show } from "solid-js";
import type { CheckFinding } from "../api/Answers";
import { FindingFix, SeverityBadge } from "../check/FindingParts";
import { useApp } from "../shell/AppContext";
import { markedPieces } from "./FigureMarks";

/** The text with its figures and findings marked. */
export const MarkedText = (props: { readonly text: string; readonly findings: ReadonlyArray<CheckFinding> }): JSX.Element => (
  <For each={markedPieces(props.text, props.findings)}>
    {(p) =>
      p.mark === "plain" ? (
        p.text
      ) : p.mark === "figure" ? (
        <mark class="mark-figure" data-figure={p.kind}>
          {p.text}
        </mark>
      ) : (
        <>
          <mark
            class={`mark-${props.findings[p.finding]?.severity ?? "info"}`}
            data-finding={p.finding + 1}
            title={props.findings[p.finding]?.message}
          >
            {p.text}
          </mark>
          <sup class="mark-ref">{p.finding + 1}</sup>
        </>
      )
    }
  </For>
);

/** The checker's findings of a narrative, numbered like the marks. */
export const NarrativeFindings = (props: { readonly findings: ReadonlyArray<CheckFinding> }): JSX.Element => {
  const { t } = useApp();
  return (
    <Show when={props.findings.length > 0} fallback={<p class="notice notice-ok">{t().narrativeFindings(0)}</p>}>
      <p>{t().narrativeFindings(props.findings.length)}</p>
      <ol class="finding-list" data-testid="narrative-findings">
        <For each={props.findings}>
          {(f) => (
            <li class={`finding finding-${f.severity}`} data-rule={f.rule}>
              <p class="finding-head">
                <SeverityBadge severity={f.severity} /> <q>{f.excerpt}</q>
              </p>
              <p>{f.message}</p>
              <FindingFix suggestion={f.suggestion} />
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
};
