/**
 * "Văn bản": the register of documents, searchable by number/symbol, type and date, and a form
 * to add one from its full reference, checked as typed with the domain's `DocumentReference.parse`.
 */
import * as DocumentReference from "@cchc/domain/DocumentReference";
import type { LocalDate } from "@cchc/domain/LocalDate";
import * as VnDate from "@cchc/domain/VnDate";
import { Either } from "effect";
import { createMemo, createResource, createSignal, For, type JSX, Show } from "solid-js";
import type { DocumentQuery } from "../api/Api";
import type { Key } from "../i18n/Dictionary";
import { useApp } from "../shell/AppContext";
import { DateInput } from "../ui/DateInput";
import { ErrorNotice } from "../ui/ErrorNotice";

/** The documents screen. */
const DocumentsScreen = (): JSX.Element => {
  const { api, router, t } = useApp();
  const [q, setQ] = createSignal("");
  const [type, setType] = createSignal("");
  const [from, setFrom] = createSignal("");
  const [to, setTo] = createSignal("");
  const [query, setQuery] = createSignal<DocumentQuery>({});
  const [docs, { refetch }] = createResource(query, (qq) => api.documents(qq));
  const [reference, setReference] = createSignal("");
  const [adding, setAdding] = createSignal<{ readonly busy: boolean; readonly error: unknown; readonly done: string }>({ busy: false, error: null, done: "" });
  const parsed = createMemo(() => (reference().trim() === "" ? null : DocumentReference.parse(reference())));
  const problem = () => {
    const p = parsed();
    if (!p || Either.isRight(p)) return "";
    const v = t()[`docProblem.${p.left.reason}` as Key];
    return typeof v === "string" ? v : p.left.reason;
  };
  const search = (e: Event) => {
    e.preventDefault();
    setQuery({ q: q().trim() || undefined, type: type() || undefined, from: from() || undefined, to: to() || undefined } as DocumentQuery);
  };
  const add = async (e: Event) => {
    e.preventDefault();
    const p = parsed();
    if (!p || Either.isLeft(p)) return;
    setAdding({ busy: true, error: null, done: "" });
    try {
      await api.addDocument({ reference: reference().normalize("NFC").trim(), unit: router.place().unit });
      setAdding({ busy: false, error: null, done: t().saved });
      setReference("");
      void refetch();
    } catch (err) {
      setAdding({ busy: false, error: err, done: "" });
    }
  };
  const typeName = (code: string) => DocumentReference.types.find((x) => x.code === code)?.name ?? code;
  return (
    <article class="screen" aria-labelledby="docs-title">
      <h1 id="docs-title">{t().documentsTitle}</h1>
      <form class="filters panel" role="search" onSubmit={search}>
        <label class="field">
          <span class="field-label">{t().docNumberSymbol}</span>
          <input type="search" value={q()} onInput={(e) => setQ(e.currentTarget.value)} placeholder="19/KH-VPUBND" />
        </label>
        <label class="field">
          <span class="field-label">{t().docType}</span>
          <select onChange={(e) => setType(e.currentTarget.value)}>
            <option value="">{t().all}</option>
            <For each={DocumentReference.types}>{(x) => <option value={x.code}>{router.place().lang === "en" ? x.nameEn : x.name}</option>}</For>
          </select>
        </label>
        <DateInput label={t().docFrom} onChange={setFrom} />
        <DateInput label={t().docTo} onChange={setTo} />
        <div class="actions">
          <button type="submit" class="button button-primary">
            {t().search}
          </button>
        </div>
      </form>
      <Show when={!docs.error} fallback={<ErrorNotice error={docs.error} onRetry={refetch} />}>
        <Show when={docs()} fallback={<p class="muted">{t().loading}</p>}>
          {(d) => (
            <Show when={d().items.length > 0} fallback={<p class="notice notice-info">{t().docNone}</p>}>
              <div class="table-scroll">
                <table class="doc-table">
                  <thead>
                    <tr>
                      <th scope="col">{t().docNumberSymbol}</th>
                      <th scope="col">{t().docType}</th>
                      <th scope="col">{t().docDate}</th>
                      <th scope="col">{t().docIssuer}</th>
                      <th scope="col">{t().docSummary}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={d().items}>
                      {(doc) => (
                        <tr>
                          <td>
                            {String(doc.number)}/{doc.symbol}
                          </td>
                          <td>{typeName(doc.type)}</td>
                          <td>{doc.date ? VnDate.formatShort(doc.date as LocalDate) : ""}</td>
                          <td>{doc.issuer ?? ""}</td>
                          <td>{doc.summary ?? ""}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </Show>
          )}
        </Show>
      </Show>
      <form class="panel stack" onSubmit={add} aria-labelledby="doc-add-title">
        <h2 id="doc-add-title">{t().docAdd}</h2>
        <label class="field">
          <span class="field-label">{t().docReference}</span>
          <textarea
            rows="3"
            value={reference()}
            onInput={(e) => setReference(e.currentTarget.value)}
            aria-invalid={problem() ? "true" : undefined}
            aria-describedby="doc-ref-help doc-ref-error"
          />
        </label>
        <p id="doc-ref-help" class="muted">
          {t().docReferenceHelp}
        </p>
        <p id="doc-ref-error" class="field-error" aria-live="polite">
          {problem()}
        </p>
        <Show when={(() => { const p = parsed(); return p && Either.isRight(p) ? p.right : null; })()}>
          {(ref) => (
            <dl class="parsed" aria-label={t().docParsed}>
              <dt>{t().docType}</dt>
              <dd>{ref().typeName}</dd>
              <dt>{t().docNumberSymbol}</dt>
              <dd>
                {ref().numberText}/{ref().symbol}
              </dd>
              <dt>{t().docDate}</dt>
              <dd>{ref().date ? VnDate.formatShort(ref().date as LocalDate) : "—"}</dd>
              <dt>{t().docIssuer}</dt>
              <dd>{ref().issuer ?? "—"}</dd>
              <dt>{t().docSummary}</dt>
              <dd>{ref().summary ?? "—"}</dd>
            </dl>
          )}
        </Show>
        <Show when={adding().error}>{(err) => <ErrorNotice error={err()} />}</Show>
        <div class="actions">
          <button type="submit" class="button button-primary" disabled={adding().busy || !parsed() || problem() !== ""}>
            {t().docAdd}
          </button>
          <span role="status">{adding().done}</span>
        </div>
      </form>
    </article>
  );
};

export default DocumentsScreen;
