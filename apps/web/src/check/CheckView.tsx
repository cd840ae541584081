/**
 * The checked text with every finding highlighted inline (`<mark>` numbered like the list) and
 * the list of findings with their suggested fixes; each list item links to its mark and back.
 */
import { For, type JSX, Show } from "solid-js";
import type { CheckFinding } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { FindingFix, SeverityBadge } from "./FindingParts";
import { pieces } from "./Highlight";

/** Props of `CheckView`. */
export interface CheckViewProps {
  readonly text: string;
  readonly findings: ReadonlyArray<CheckFinding>;
}

/** Shows a checked text and its findings. */
export const CheckView = (props: CheckViewProps): JSX.Element => {
  const { t } = useApp();
  return (
    <div class="check-view">
      <section class="check-findings" aria-labelledby="check-findings-title">
        <h3 id="check-findings-title">{t().checkFindings(props.findings.length)}</h3>
        <Show when={props.findings.length > 0} fallback={<p class="notice notice-ok">{t().checkNone}</p>}>
          <ol class="finding-list">
            <For each={props.findings}>
              {(f, i) => (
                <li id={`finding-item-${i() + 1}`} class={`finding finding-${f.severity}`}>
                  <p class="finding-head">
                    <a href={`#finding-${i() + 1}`} class="finding-number">
                      {i() + 1}
                    </a>
                    <SeverityBadge severity={f.severity} />
                    <span class="muted">{t().checkLine(f.line, f.column)}</span>
                  </p>
                  <p>{f.message}</p>
                  <p class="finding-excerpt">
                    <q>{f.excerpt}</q>
                  </p>
                  <FindingFix suggestion={f.suggestion} />
                </li>
              )}
            </For>
          </ol>
        </Show>
      </section>
      <Show when={props.text !== ""}>
        <section class="checked-text-wrap" aria-label={t().checkText}>
          <div class="checked-text">
            <For each={pieces(props.text, props.findings)}>
              {(p) =>
                p.finding === null ? (
                  p.text
                ) : (
                  <>
                    <mark
                      id={`finding-${p.finding + 1}`}
                      class={`mark-${props.findings[p.finding]?.severity ?? "info"}`}
                      data-finding={p.finding + 1}
                      data-index={p.index}
                      data-length={p.length}
                      title={props.findings[p.finding]?.message}
                    >
                      {p.text}
                    </mark>
                    <sup class="mark-ref">
                      <a href={`#finding-item-${p.finding + 1}`}>{p.finding + 1}</a>
                    </sup>
                  </>
                )
              }
            </For>
          </div>
        </section>
      </Show>
    </div>
  );
};
