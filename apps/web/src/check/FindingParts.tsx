/**
 * The parts of a checker finding that the checker screen and the narrative editor show alike:
 * its severity badge ("Lỗi", "Cảnh báo", "Gợi ý") and its suggested fix, when it has one.
 */
import { type JSX, Show } from "solid-js";
import type { CheckFinding } from "../api/Answers";
import { useApp } from "../shell/AppContext";

/** The badge naming a finding's severity. */
export const SeverityBadge = (props: { readonly severity: CheckFinding["severity"] }): JSX.Element => {
  const { t } = useApp();
  const label = () =>
    props.severity === "error" ? t().severityError : props.severity === "warning" ? t().severityWarning : t().severityInfo;
  return <span class={`badge badge-${props.severity}`}>{label()}</span>;
};

/** "Gợi ý sửa: …", when the finding suggests a fix. */
export const FindingFix = (props: { readonly suggestion: CheckFinding["suggestion"] }): JSX.Element => {
  const { t } = useApp();
  return (
    <Show when={props.suggestion}>
      {(s) => (
        <p class="finding-fix">
          <strong>{t().checkSuggestion}:</strong> {s()}
        </p>
      )}
    </Show>
  );
};
