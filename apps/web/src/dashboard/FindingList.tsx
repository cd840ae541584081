/**
 * The validation findings of a unit and period, errors first, each with a link to the figure it
 * concerns in data entry.
 */
import { For, type JSX, Show } from "solid-js";
import type { CatalogueBody, ValidationFinding } from "../api/Contract";
import { useApp } from "../shell/AppContext";
import { Link } from "../shell/Link";
import { ErrorNotice } from "../ui/ErrorNotice";

/** Props of `FindingList`. */
export interface FindingListProps {
  readonly findings: ReadonlyArray<ValidationFinding>;
  readonly error?: unknown;
  readonly catalogue: CatalogueBody;
}

/** Lists validation findings. */
export const FindingList = (props: FindingListProps): JSX.Element => {
  const { t } = useApp();
  const nameOf = (code: string) => props.catalogue.indicators.find((i) => i.code === code)?.nameVi ?? code;
  return (
    <section class="panel panel-findings" aria-labelledby="findings-title">
      <h2 id="findings-title">{t().findings}</h2>
      <Show when={!props.error} fallback={<ErrorNotice error={props.error} />}>
        <Show when={props.findings.length > 0} fallback={<p class="notice notice-ok">{t().noFindings}</p>}>
          <ul class="finding-list">
            <For each={props.findings}>
              {(f) => {
                const first = f.values[0];
                return (
                  <li class={`finding finding-${f.importance}`}>
                    <span class={`badge badge-${f.importance}`}>{f.importance === "error" ? t().severityError : t().severityWarning}</span>{" "}
                    {f.message}
                    <Show when={first}>
                      {(v) => (
                        <>
                          {" "}
                          <Link to={{ screen: "entry", focus: v().indicator }}>
                            {t().goToFigure}: {nameOf(v().indicator)}
                          </Link>
                        </>
                      )}
                    </Show>
                  </li>
                );
              }}
            </For>
          </ul>
        </Show>
      </Show>
    </section>
  );
};
