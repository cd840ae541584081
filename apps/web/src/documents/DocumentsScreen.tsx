/**
 * "Văn bản": the unit's document register, searchable by number/symbol (or issuer, summary),
 * type and date of issue, with the form to add a document from its reference. Whoever may write
 * on a document's unit may correct it (the same form, from its reference sentence) or remove it
 * (after a confirmation); a document still cited as a task's or a PAR Index criterion's evidence
 * is refused by the API, and its answer says where.
 */
import * as DocumentReference from "@cchc/domain/DocumentReference";
import type { LocalDate } from "@cchc/domain/LocalDate";
import * as VnDate from "@cchc/domain/VnDate";
import { createEffect, createResource, createSignal, For, type JSX, Show } from "solid-js";
import type { DocumentBody } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { useAccess } from "../shell/Session";
import { DataTable } from "../ui/DataTable";
import { DateInput } from "../ui/DateInput";
import { ErrorNotice } from "../ui/ErrorNotice";
import { FilterSelect } from "../ui/FilterSelect";
import { Loaded } from "../ui/Loaded";
import { SubmitRow } from "../ui/SubmitRow";
import { TableHead } from "../ui/TableHead";
import { DocumentForm } from "./DocumentForm";

/** The filters of a search. */
interface Filters {
  readonly q: string;
  /** A type code, or "" for every type. */
  readonly type: DocumentReference.DocumentTypeCode | "";
  readonly from: string;
  readonly to: string;
}

/** The documents screen. */
const DocumentsScreen = (): JSX.Element => {
  const { api, router, t } = useApp();
  const access = useAccess();
  const [q, setQ] = createSignal("");
  const [type, setType] = createSignal<DocumentReference.DocumentTypeCode | "">("");
  const [from, setFrom] = createSignal("");
  const [to, setTo] = createSignal("");
  const [filters, setFilters] = createSignal<Filters>({ q: "", type: "", from: "", to: "" });
  const [docs, { refetch }] = createResource(
    () => ({ unit: router.place().unit, ...filters() }),
    (f) =>
      api.documents({
        unit: f.unit,
        ...(f.q ? { q: f.q } : {}),
        ...(f.type ? { type: f.type } : {}),
        ...(f.from ? { from: f.from } : {}),
        ...(f.to ? { to: f.to } : {}),
      }),
  );
  // the last removal or correction: its message, or a removal's failure with the number/symbol it was for
  const [outcome, setOutcome] = createSignal<{
    readonly done: string;
    readonly failed: { readonly ns: string; readonly error: unknown } | null;
  }>({
    done: "",
    failed: null,
  });
  const [removing, setRemoving] = createSignal<number | null>(null);
  const [editing, setEditing] = createSignal<DocumentBody | null>(null);
  let form: HTMLDivElement | undefined;
  const startEditing = (doc: DocumentBody) => {
    setEditing(doc);
    form?.scrollIntoView?.({ block: "start" });
  };
  const remove = async (doc: DocumentBody) => {
    if (!window.confirm(t().docDeleteConfirm(doc.numberSymbol))) return;
    setRemoving(doc.id);
    setOutcome({ done: "", failed: null });
    try {
      await api.removeDocument(doc.id);
      setOutcome({ done: t().docDeleted(doc.numberSymbol), failed: null });
      await refetch();
    } catch (error) {
      setOutcome({ done: "", failed: { ns: doc.numberSymbol, error } });
    } finally {
      setRemoving(null);
    }
  };
  // the outcome is shown above the table, out of sight of a row far down or of the form below it:
  // brought into view
  let notice: HTMLDivElement | undefined;
  createEffect(() => {
    const o = outcome();
    if (o.failed !== null || o.done !== "") notice?.scrollIntoView?.({ block: "nearest" });
  });
  const search = (e: Event) => {
    e.preventDefault();
    setFilters({ q: q().trim(), type: type(), from: from(), to: to() });
  };
  const typeName = (code: string) => {
    const x = DocumentReference.types.find((d) => d.code === code);
    return x ? (router.place().lang === "en" ? x.nameEn : x.name) : code;
  };
  return (
    <article class="screen" aria-labelledby="docs-title">
      <h1 id="docs-title">{t().documentsTitle}</h1>
      <form class="filters panel" role="search" onSubmit={search}>
        <label class="field">
          <span class="field-label">{t().docSearch}</span>
          <input type="search" value={q()} onInput={(e) => setQ(e.currentTarget.value)} placeholder="19/KH-VPUBND" />
        </label>
        <FilterSelect label={t().docType} onChange={(v) => setType(DocumentReference.types.find((x) => x.code === v)?.code ?? "")}>
          <For each={DocumentReference.types}>
            {(x) => <option value={x.code}>{router.place().lang === "en" ? x.nameEn : x.name}</option>}
          </For>
        </FilterSelect>
        <DateInput label={t().docFrom} onChange={setFrom} />
        <DateInput label={t().docTo} onChange={setTo} />
        <SubmitRow>{t().search}</SubmitRow>
      </form>
      <div ref={notice}>
        <Show when={outcome().failed}>{(f) => <ErrorNotice title={t().docDeleteFailed(f().ns)} error={f().error} />}</Show>
        <p role="status" class="muted">
          {outcome().done}
        </p>
      </div>
      <Loaded resource={docs} onRetry={refetch}>
        {(d) => (
          <Show when={d().items.length > 0} fallback={<p class="notice notice-info">{t().docNone}</p>}>
            <p class="muted">{t().docCount(d().total)}</p>
            <div class="table-scroll">
              <DataTable
                class="doc-table"
                head={
                  <TableHead columns={[t().docNumberSymbol, t().docType, t().docDate, t().docIssuer, t().docSummary, t().docActions]} />
                }
                rows={d().items}
              >
                {(doc) => (
                  <tr>
                    <td class="nowrap">{doc.numberSymbol}</td>
                    <td>{typeName(doc.type)}</td>
                    <td class="nowrap">{VnDate.formatShort(doc.date as LocalDate)}</td>
                    <td>{doc.issuer}</td>
                    <td>{doc.summary}</td>
                    <td>
                      <Show when={access.can("write-values", doc.unit)}>
                        <button
                          type="button"
                          class="button button-small"
                          aria-label={t().docEditLabel(doc.numberSymbol)}
                          onClick={() => startEditing(doc)}
                        >
                          {t().docEditShort}
                        </button>{" "}
                        <button
                          type="button"
                          class="button button-small"
                          aria-label={t().docDeleteLabel(doc.numberSymbol)}
                          disabled={removing() !== null}
                          onClick={() => void remove(doc)}
                        >
                          {t().docDelete}
                        </button>
                      </Show>
                    </td>
                  </tr>
                )}
              </DataTable>
            </div>
          </Show>
        )}
      </Loaded>
      <div ref={form}>
        <Show when={editing()} keyed fallback={<DocumentForm onSaved={() => void refetch()} />}>
          {(doc) => (
            <DocumentForm
              editing={doc}
              onSaved={(saved) => {
                setEditing(null);
                setOutcome({ done: t().docCorrected(saved.numberSymbol), failed: null });
                void refetch();
              }}
              onCancel={() => setEditing(null)}
            />
          )}
        </Show>
      </div>
    </article>
  );
};

export default DocumentsScreen;
