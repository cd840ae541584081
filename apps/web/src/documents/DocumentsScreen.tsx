/**
 * "Văn bản": the unit's document register, searchable by number/symbol (or issuer, summary),
 * type and date of issue, with the form to add a document from its reference. Whoever may write
 * on a document's unit may remove it (after a confirmation); a document still cited as a task's
 * or a PAR Index criterion's evidence is refused by the API, and its answer says where.
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
  // the last removal: its message, or its failure with the number/symbol it was for
  const [removal, setRemoval] = createSignal<{
    readonly done: string;
    readonly failed: { readonly ns: string; readonly error: unknown } | null;
  }>({
    done: "",
    failed: null,
  });
  const [removing, setRemoving] = createSignal<number | null>(null);
  const remove = async (doc: DocumentBody) => {
    if (!window.confirm(t().docDeleteConfirm(doc.numberSymbol))) return;
    setRemoving(doc.id);
    setRemoval({ done: "", failed: null });
    try {
      await api.removeDocument(doc.id);
      setRemoval({ done: t().docDeleted(doc.numberSymbol), failed: null });
      await refetch();
    } catch (error) {
      setRemoval({ done: "", failed: { ns: doc.numberSymbol, error } });
    } finally {
      setRemoving(null);
    }
  };
  // the refusal is shown above the table, out of sight of a row far down: brought into view
  let notice: HTMLDivElement | undefined;
  createEffect(() => {
    if (removal().failed !== null) notice?.scrollIntoView?.({ block: "nearest" });
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
        <Show when={removal().failed}>{(f) => <ErrorNotice title={t().docDeleteFailed(f().ns)} error={f().error} />}</Show>
      </div>
      <p role="status" class="muted">
        {removal().done}
      </p>
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
      <DocumentForm onAdded={() => void refetch()} />
    </article>
  );
};

export default DocumentsScreen;
