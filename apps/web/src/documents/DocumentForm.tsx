/**
 * Registering a document from its full reference ("Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm
 * 2021 của … về …"), read as typed with the domain's `DocumentReference.parse`: what was read is
 * shown, and what is missing (date, issuer, summary, a symbol that does not fit the type) is said
 * before anything is sent. The same form corrects a registered document, starting from its
 * reference sentence.
 */
import * as DocumentReference from "@cchc/domain/DocumentReference";
import type { Direction } from "@cchc/domain/documents/RegisterEntry";
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { PeriodCode } from "@cchc/domain/Period";
import * as VnDate from "@cchc/domain/VnDate";
import { Either } from "effect";
import { createMemo, createSignal, type JSX, Show } from "solid-js";
import type { DocumentBody, DocumentInput } from "../api/Answers";
import type { Key } from "../i18n/Dictionary";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "../ui/ErrorNotice";
import { TextAreaField } from "../ui/TextAreaField";

/** Props of `DocumentForm`. */
export interface DocumentFormProps {
  /** Called with the document once it is registered or corrected. */
  readonly onSaved: (saved: DocumentBody) => void;
  /** The document to correct; none: a new one is added. */
  readonly editing?: DocumentBody;
  /** Leaves the correction (shown only when correcting). */
  readonly onCancel?: () => void;
}

/** The "add a document" form, or the correction of `editing`. */
export const DocumentForm = (props: DocumentFormProps): JSX.Element => {
  const { api, router, t } = useApp();
  const editing = props.editing;
  const [reference, setReference] = createSignal(editing?.reference ?? "");
  const [direction, setDirection] = createSignal<Direction>(editing?.direction ?? "issued");
  const [reported, setReported] = createSignal(editing ? editing.reportedIn !== null : false);
  const [state, setState] = createSignal<{ readonly busy: boolean; readonly error: unknown; readonly done: string }>({
    busy: false,
    error: null,
    done: "",
  });
  const parsed = createMemo(() => (reference().trim() === "" ? null : DocumentReference.parse(reference())));
  const ref = () => {
    const p = parsed();
    return p && Either.isRight(p) ? p.right : null;
  };
  const problem = (): string => {
    const p = parsed();
    if (!p) return "";
    if (Either.isLeft(p)) {
      const v = t()[`docProblem.${p.left.reason}` as Key];
      return typeof v === "string" ? v : p.left.reason;
    }
    const r = p.right;
    if (!DocumentReference.symbolMatchesType(r.type, r.symbol)) return t().docSymbolMismatch(r.symbol, r.typeName);
    if (r.date === null) return t().docDateMissing;
    if (!r.issuer) return t().docIssuerMissing;
    if (!r.summary) return t().docSummaryMissing;
    return "";
  };
  const add = async (e: Event) => {
    e.preventDefault();
    const r = ref();
    if (!r || problem() !== "" || r.date === null) return;
    const input: DocumentInput = {
      unit: editing?.unit ?? router.place().unit,
      direction: direction(),
      type: r.type,
      number: r.number,
      year: r.year,
      symbol: r.symbol,
      date: r.date,
      issuer: r.issuer ?? "",
      summary: r.summary ?? "",
      parentId: editing?.parentId ?? null,
      // a correction keeps the period the document was reported in
      reportedIn: reported() ? ((editing?.reportedIn ?? router.place().period) as PeriodCode) : null,
    };
    setState({ busy: true, error: null, done: "" });
    try {
      const saved = editing ? await api.updateDocument(editing.id, input) : await api.addDocument(input);
      setState({ busy: false, error: null, done: editing ? t().docCorrected(saved.numberSymbol) : t().docAdded(saved.numberSymbol) });
      if (!editing) setReference("");
      props.onSaved(saved);
    } catch (err) {
      setState({ busy: false, error: err, done: "" });
    }
  };
  return (
    <form class="panel stack" onSubmit={add} aria-labelledby="doc-add-title">
      <h2 id="doc-add-title">{editing ? t().docEdit(editing.numberSymbol) : t().docAdd}</h2>
      <TextAreaField
        label={t().docReference}
        rows={3}
        value={reference()}
        onInput={setReference}
        invalid={problem() !== ""}
        describedBy="doc-ref-help doc-ref-error"
      />
      <p id="doc-ref-help" class="muted">
        {t().docReferenceHelp}
      </p>
      <p id="doc-ref-error" class="field-error" aria-live="polite">
        {problem()}
      </p>
      <Show when={ref()}>
        {(r) => (
          <dl class="parsed" aria-label={t().docParsed}>
            <dt>{t().docType}</dt>
            <dd>{r().typeName}</dd>
            <dt>{t().docNumberSymbol}</dt>
            <dd>{DocumentReference.formatNumberSymbol(r())}</dd>
            <dt>{t().docDate}</dt>
            <dd>{r().date ? VnDate.formatShort(r().date as LocalDate) : "—"}</dd>
            <dt>{t().docIssuer}</dt>
            <dd>{r().issuer ?? "—"}</dd>
            <dt>{t().docSummary}</dt>
            <dd>{r().summary ?? "—"}</dd>
          </dl>
        )}
      </Show>
      <fieldset class="inline-choices">
        <legend class="field-label">{t().docDirection}</legend>
        <label>
          <input type="radio" name="doc-direction" checked={direction() === "issued"} onChange={() => setDirection("issued")} />{" "}
          {t().docIssued}
        </label>
        <label>
          <input type="radio" name="doc-direction" checked={direction() === "received"} onChange={() => setDirection("received")} />{" "}
          {t().docReceived}
        </label>
      </fieldset>
      <label class="check">
        <input type="checkbox" checked={reported()} onChange={(e) => setReported(e.currentTarget.checked)} /> {t().docReportedIn}
      </label>
      <Show when={state().error}>{(err) => <ErrorNotice error={err()} />}</Show>
      <div class="actions">
        <button type="submit" class="button button-primary" disabled={state().busy || !ref() || problem() !== ""}>
          {editing ? t().docSave : t().docAdd}
        </button>
        <Show when={editing && props.onCancel}>
          {(cancel) => (
            <button type="button" class="button" onClick={() => cancel()()}>
              {t().cancel}
            </button>
          )}
        </Show>
        <span role="status">{state().done}</span>
      </div>
    </form>
  );
};
