/**
 * "Tạo kế hoạch": shown instead of PLAN_NOT_FOUND when the unit has no plan for the year. The plan
 * is adopted by a document (number/symbol "19/KH-VPUBND", date, title): the document is registered
 * in the unit's register first, then the plan is created pointing at it. Without a number/symbol
 * the plan is created alone (the document can be registered later).
 */
import * as DocumentReference from "@cchc/domain/DocumentReference";
import { createSignal, type JSX, Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { useAccess } from "../shell/Session";
import { useUnitName } from "../shell/UnitName";
import { DateInput } from "../ui/DateInput";
import { messageOf } from "../ui/ErrorNotice";
import { InlineSubmit } from "../ui/InlineSubmit";

/** Props of `PlanCreateForm`. */
export interface PlanCreateFormProps {
  readonly year: number;
  readonly onCreated: () => void;
}

/** What the form reads from "Số, ký hiệu": the document's number, year and symbol, or a problem. */
export const readNumberSymbol = (
  text: string,
): { readonly number: number | null; readonly year: number | null; readonly symbol: string } | "invalid" | null => {
  if (text.trim() === "") return null;
  const line = DocumentReference.parseNumberLine(text.trim());
  if (line === null || line.typeAbbreviation !== "KH") return "invalid";
  return { number: line.number, year: line.year, symbol: line.symbol };
};

/** The form creating the year's plan. */
export const PlanCreateForm = (props: PlanCreateFormProps): JSX.Element => {
  const { api, router, t } = useApp();
  const access = useAccess();
  const unitName = useUnitName();
  const [numberSymbol, setNumberSymbol] = createSignal("");
  const [date, setDate] = createSignal("");
  const [title, setTitle] = createSignal("");
  const [state, setState] = createSignal({ busy: false, message: "" });
  const create = async (e: Event) => {
    e.preventDefault();
    const unit = router.place().unit;
    const ref = readNumberSymbol(numberSymbol());
    const problem =
      title().trim() === ""
        ? t().planTitleMissing
        : ref === "invalid"
          ? t().planNumberInvalid
          : ref !== null && date() === ""
            ? t().planDateMissing
            : "";
    if (problem !== "" || ref === "invalid") {
      setState({ busy: false, message: problem });
      return;
    }
    setState({ busy: true, message: "" });
    try {
      const doc =
        ref === null
          ? null
          : await api.addDocument({
              unit,
              direction: "issued",
              type: "KH",
              number: ref.number,
              year: ref.year,
              symbol: ref.symbol,
              date: date(),
              issuer: unitName(),
              summary: title().trim(),
              parentId: null,
              reportedIn: null,
            });
      await api.createPlan(unit, props.year, { title: title().trim(), documentId: doc?.id ?? null });
      setState({ busy: false, message: "" });
      props.onCreated();
    } catch (err) {
      setState({ busy: false, message: messageOf(t(), err) });
    }
  };
  return (
    <section class="panel stack" aria-labelledby="plan-create-title">
      <h2 id="plan-create-title">{t().planCreateTitle(props.year)}</h2>
      <p class="notice notice-info">{t().noPlan}</p>
      <Show when={access.can("write-values")} fallback={<p class="muted">{t().planNoRight}</p>}>
        <p class="muted">{t().planCreateIntro}</p>
        <form class="stack" onSubmit={create}>
          <label class="field">
            <span class="field-label">{t().planNumberSymbol}</span>
            <input value={numberSymbol()} onInput={(e) => setNumberSymbol(e.currentTarget.value)} placeholder="19/KH-VPUBND" />
          </label>
          <DateInput label={t().planDate} onChange={setDate} />
          <label class="field field-wide">
            <span class="field-label">{t().planTitle}</span>
            <input value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
          </label>
          <InlineSubmit busy={state().busy} problem={state().message}>
            {t().planCreate}
          </InlineSubmit>
        </form>
      </Show>
    </section>
  );
};
