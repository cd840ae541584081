/**
 * "Nhập hồ sơ từ tệp CSV": the file is read in the browser, its header mapped, and its lines sent
 * in batches to `POST /dossiers/batch`, with the progress and, for each refused batch, the
 * refusals numbered with the file's lines — or, ticked as the first load of a one-stop system's
 * history, sent whole to `POST /dossiers/bulk` (one transaction). Shown to those who may write
 * the unit's dossiers.
 */
import { fields } from "@cchc/domain/dossiers/DossierRecord";
import * as VnNumber from "@cchc/domain/VnNumber";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "../ui/ErrorNotice";
import { FileField } from "../ui/FileField";
import { SubmitRow } from "../ui/SubmitRow";
import { planImport } from "./CsvImport";
import { type ImportState, runBulkLoad, runImport } from "./ImportRun";

/** Props of `DossierImport`. */
export interface DossierImportProps {
  /** The unit whose branch the batch is checked against first (`?unit=`). */
  readonly unit: string;
  /** Called after an import that stored something. */
  readonly onImported: () => void;
}

const n = VnNumber.formatInteger;

/** The CSV import form with its progress and refusals. */
export const DossierImport = (props: DossierImportProps): JSX.Element => {
  const { api, t } = useApp();
  const [file, setFile] = createSignal<File | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [headerRefusal, setHeaderRefusal] = createSignal("");
  const [state, setState] = createSignal<ImportState | null>(null);
  const [firstLoad, setFirstLoad] = createSignal(false);
  const run = async (e: Event) => {
    e.preventDefault();
    const chosen = file();
    if (!chosen) return;
    setHeaderRefusal("");
    setState(null);
    const read = planImport(await chosen.text());
    if ("refusal" in read) {
      setHeaderRefusal(read.refusal.message);
      return;
    }
    if (read.plan.lines.length === 0) {
      setHeaderRefusal(t().importEmpty);
      return;
    }
    setBusy(true);
    try {
      const final = firstLoad()
        ? await runBulkLoad((csv) => api.bulkLoadDossiers(csv, props.unit), read.plan, setState)
        : await runImport((csv) => api.importDossiers(csv, props.unit), read.plan, setState);
      if (final.stored.lines > 0) props.onImported();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t().importTitle}</h2>
      <p class="muted">{t().importIntro(fields.join(", "))}</p>
      <form class="check-form" onSubmit={(e) => void run(e)}>
        <FileField
          labelId="import-file-label"
          label={t().importChoose}
          button={t().importChoose}
          accept=".csv,text/csv"
          testId="dossier-csv"
          onChoose={setFile}
        >
          <Show when={file()}>{(f) => <span class="muted"> {f().name}</span>}</Show>
        </FileField>
        <label class="check">
          <input type="checkbox" checked={firstLoad()} onChange={(e) => setFirstLoad(e.currentTarget.checked)} /> {t().importFirstLoad}
        </label>
        <SubmitRow disabled={busy() || file() === null}>{busy() ? t().importRunning : t().importRun}</SubmitRow>
      </form>
      <Show when={headerRefusal()}>
        <p class="field-error" role="alert">
          {headerRefusal()}
        </p>
      </Show>
      <Show when={state()}>
        {(s) => (
          <div aria-live="polite" data-testid="import-result">
            <p>
              <progress max={s().batches} value={s().sent} /> {t().importProgress(s().sent, s().batches, s().linesSent)}
            </p>
            <Show when={s().stored.lines > 0}>
              <p class="notice notice-ok" role="status">
                {s().superseded === null
                  ? t().importDone(n(s().stored.inserted), n(s().stored.updated), n(s().stored.unchanged))
                  : t().importFirstLoadDone(n(s().stored.inserted), n(s().superseded ?? 0))}
              </p>
            </Show>
            <Show when={s().refused.length > 0}>
              <div class="notice notice-error" role="alert" data-testid="import-refusals">
                <p>{t().importRejected(s().refused.length)}</p>
                <For each={s().refused}>
                  {(b) => (
                    <>
                      <p>
                        <strong>{t().importBatchLines(b.from, b.to)}</strong>
                      </p>
                      <ul>
                        <For each={b.refusals}>{(r) => <li data-line={r.line}>{r.message}</li>}</For>
                      </ul>
                    </>
                  )}
                </For>
              </div>
            </Show>
            <Show when={s().stopped}>{(err) => <ErrorNotice error={err()} />}</Show>
          </div>
        )}
      </Show>
    </section>
  );
};
