/**
 * "Kiểm tra báo cáo": paste a report's text or choose a .docx, send it to `POST /checks`, and
 * see the findings highlighted in the text. A failed request keeps what was pasted.
 */
import type { LocalDate } from "@cchc/domain/LocalDate";
import * as Period from "@cchc/domain/Period";
import * as VnDate from "@cchc/domain/VnDate";
import { Either } from "effect";
import { createSignal, type JSX, Show } from "solid-js";
import type { CheckResult } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "../ui/ErrorNotice";
import { FileField } from "../ui/FileField";
import { SubmitRow } from "../ui/SubmitRow";
import { TextAreaField } from "../ui/TextAreaField";
import { useAction } from "../ui/UseAction";
import { CheckView } from "./CheckView";

/** The report-checking screen. */
const CheckScreen = (): JSX.Element => {
  const { api, t } = useApp();
  const [text, setText] = createSignal("");
  const [file, setFile] = createSignal<File | null>(null);
  const { busy, error, run: request } = useAction();
  const [empty, setEmpty] = createSignal(false);
  const [result, setResult] = createSignal<{ readonly checked: string; readonly body: CheckResult } | null>(null);
  let fileInput: HTMLInputElement | undefined;

  const run = async (e?: Event) => {
    e?.preventDefault();
    const chosen = file();
    const pasted = text();
    setEmpty(false);
    if (!chosen && pasted.trim() === "") {
      setEmpty(true);
      return;
    }
    await request(async () => {
      const body = chosen ? await api.checkDocx(chosen) : await api.checkText(pasted);
      setResult({ checked: body.text ?? (chosen ? "" : pasted.normalize("NFC")), body });
    });
  };

  return (
    <article class="screen" aria-labelledby="check-title">
      <h1 id="check-title">{t().checkTitle}</h1>
      <p class="lead">{t().checkIntro}</p>
      <form class="check-form" onSubmit={run}>
        <TextAreaField label={t().checkText} rows={10} value={text()} onInput={setText} invalid={empty()} describedBy="check-empty" />
        <FileField
          ref={fileInput}
          labelId="check-file-label"
          label={t().checkFile}
          button={t().checkChooseFile}
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChoose={setFile}
        />
        <Show when={file()}>
          {(f) => (
            <p class="muted">
              {f().name}{" "}
              <button
                type="button"
                class="button button-quiet"
                onClick={() => {
                  setFile(null);
                  if (fileInput) fileInput.value = "";
                }}
              >
                {t().cancel}
              </button>
            </p>
          )}
        </Show>
        <p id="check-empty" class="field-error" role={empty() ? "alert" : undefined}>
          {empty() ? t().checkEmpty : ""}
        </p>
        <SubmitRow disabled={busy()}>{busy() ? t().checkRunning : t().checkRun}</SubmitRow>
      </form>
      <Show when={error()}>{(err) => <ErrorNotice error={err()} onRetry={() => void run()} />}</Show>
      <Show when={result()}>
        {(r) => (
          <section class="check-result" aria-live="polite">
            <Show when={r().body.period}>
              {(p) => (
                <p class="muted">
                  {t().checkPeriod(
                    `${Either.getOrElse(Period.label(p().code), () => p().code)} (${VnDate.formatWindow(p().start as LocalDate, p().end as LocalDate)})`,
                  )}
                </p>
              )}
            </Show>
            <CheckView text={r().checked} findings={r().body.findings} />
          </section>
        )}
      </Show>
    </article>
  );
};

export default CheckScreen;
