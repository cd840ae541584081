/**
 * The validation findings of a unit and period, errors first, each with a link to the record
 * that causes it (a figure, a stated rate, an inspection, an activity, a document) and, for a
 * stated rate that disagrees with its counts, the "dùng số tính được" action for those who may
 * write the unit's figures.
 */
import { type JSX, Show } from "solid-js";
import type { CatalogueBody, ValidationFinding } from "../api/Answers";
import { ClaimFix } from "../findings/ClaimFix";
import { targetOf } from "../findings/FindingTarget";
import { useApp } from "../shell/AppContext";
import { Link } from "../shell/Link";
import { useAccess } from "../shell/Session";
import { ItemList } from "../ui/ItemList";

/** Props of `FindingList`. */
export interface FindingListProps {
  readonly findings: ReadonlyArray<ValidationFinding>;
  readonly error?: unknown;
  readonly catalogue?: CatalogueBody;
  /** The heading (default: "Kết quả kiểm tra số liệu"). */
  readonly title?: string;
  /** Called after a finding was fixed from the list (the caller reads the findings again). */
  readonly onChanged?: () => void;
}

/** Lists validation findings. */
export const FindingList = (props: FindingListProps): JSX.Element => {
  const { t } = useApp();
  const access = useAccess();
  const nameOf = (code: string) => props.catalogue?.indicators.find((i) => i.code === code)?.nameVi ?? code;
  const linkText = (f: ValidationFinding, record: string) => {
    if (record === "figure") return `${t().goToFigure}: ${nameOf(f.values[0]?.indicator ?? "")}`;
    if (record === "claim") return t().goToClaim;
    if (record === "inspection") return t().goToInspection;
    if (record === "activity") return t().goToActivity;
    return t().goToDocument;
  };
  return (
    <section class="panel panel-findings" aria-labelledby="findings-title">
      <h2 id="findings-title">{props.title ?? t().findings}</h2>
      <ItemList class="finding-list" error={props.error} items={props.findings} empty={<p class="notice notice-ok">{t().noFindings}</p>}>
        {(f) => {
          const target = targetOf(f);
          return (
            <li class={`finding finding-${f.importance}`} data-rule={f.rule}>
              <span class={`badge badge-${f.importance}`}>{f.importance === "error" ? t().severityError : t().severityWarning}</span>{" "}
              {f.message}
              <Show when={target}>
                {(g) => (
                  <span class="finding-actions">
                    {" "}
                    <Link to={g().to}>{linkText(f, g().record)}</Link>
                    <Show when={g().claim && props.onChanged && access.can("write-values")}>
                      {" "}
                      <ClaimFix claim={g().claim ?? { rate: "", disaggregation: "", computed: null }} onFixed={() => props.onChanged?.()} />
                    </Show>
                  </span>
                )}
              </Show>
            </li>
          );
        }}
      </ItemList>
    </section>
  );
};
