/**
 * "Báo cáo": the assembled report of the unit and period previewed as the API renders it
 * (HTML, in a sandboxed frame so its styles stay its own), the assembly warnings, and the
 * downloads (.docx, .xlsx, .md) as plain links to the API. A failure to read the warnings is
 * said, never taken for "no warnings".
 */
import { createResource, For, type JSX, Show } from "solid-js";
import type { ReportFormat } from "../api/Api";
import { useApp } from "../shell/AppContext";
import { Link } from "../shell/Link";
import { periodText } from "../shell/PeriodText";
import { useUnitName } from "../shell/UnitName";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loaded } from "../ui/Loaded";

/** The report screen. */
const ReportScreen = (): JSX.Element => {
  const { api, router, t } = useApp();
  const unitName = useUnitName();
  const key = () => ({ unit: router.place().unit, period: router.place().period });
  const [html, { refetch }] = createResource(key, ({ unit, period }) => api.reportHtml(unit, period));
  const [json, { refetch: refetchJson }] = createResource(key, ({ unit, period }) => api.reportJson(unit, period));
  // reading a failed resource throws: the warnings are read only when they loaded
  const warnings = () => (json.error ? undefined : json());
  const formats: ReadonlyArray<{ readonly format: ReportFormat; readonly label: () => string }> = [
    { format: "docx", label: () => t().downloadDocx },
    { format: "xlsx", label: () => t().downloadXlsx },
    { format: "md", label: () => t().downloadMd },
  ];
  const fitHeight = (frame: HTMLIFrameElement) => {
    const doc = frame.contentDocument;
    // as tall as the report but not taller than the window: the frame scrolls, the page stays short
    if (doc?.documentElement)
      frame.style.height = `${Math.min(doc.documentElement.scrollHeight + 24, Math.round(window.innerHeight * 0.85))}px`;
  };
  return (
    <article class="screen" aria-labelledby="report-title">
      <h1 id="report-title">{t().reportTitle(unitName(), periodText(router.place().period, router.place().lang))}</h1>
      <section class="panel" aria-labelledby="downloads-title">
        <h2 id="downloads-title">{t().download}</h2>
        <div class="downloads">
          <For each={formats}>
            {(f) => (
              <a
                class="button button-primary"
                href={api.reportUrl(router.place().unit, router.place().period, f.format)}
                download=""
                data-format={f.format}
              >
                {f.label()}
              </a>
            )}
          </For>
        </div>
      </section>
      <Show when={json.error}>
        {(error) => (
          <section class="panel" aria-labelledby="warnings-title">
            <h2 id="warnings-title">{t().reportWarnings}</h2>
            <ErrorNotice title={t().reportWarningsUnavailable} error={error()} onRetry={refetchJson} />
          </section>
        )}
      </Show>
      <Show when={warnings()}>
        {(j) => (
          <section class="panel" aria-labelledby="warnings-title">
            <h2 id="warnings-title">{t().reportWarnings}</h2>
            <Show when={j().warnings.length + j().findings.length > 0} fallback={<p class="notice notice-ok">{t().reportNoWarnings}</p>}>
              <ul class="finding-list">
                <For each={j().findings}>
                  {(f) => (
                    <li class="finding">
                      <span class={`badge badge-${f.importance}`}>
                        {f.importance === "error" ? t().severityError : t().severityWarning}
                      </span>{" "}
                      {f.message}
                    </li>
                  )}
                </For>
                <For each={j().warnings}>
                  {(w) => (
                    <li class="finding">
                      <span class="badge badge-warning">{t().severityWarning}</span>{" "}
                      <Show when={w.indicator} fallback={w.message}>
                        {(code) => <Link to={{ screen: "entry", focus: code() }}>{w.message}</Link>}
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>
        )}
      </Show>
      <section aria-labelledby="preview-title">
        <h2 id="preview-title">{t().reportPreview}</h2>
        <Loaded resource={html} onRetry={refetch}>
          {(h) => (
            <iframe
              class="report-frame"
              title={t().reportPreview}
              sandbox="allow-same-origin"
              srcdoc={h()}
              onLoad={(e) => fitHeight(e.currentTarget)}
            />
          )}
        </Loaded>
      </section>
    </article>
  );
};

export default ReportScreen;
