/**
 * "Hồ sơ TTHC": the dossier figures of the chosen unit (and the units below it) in the period —
 * those stored in the indicator store (the report's figures) and those computed from the imported
 * records, by procedure level and by channel, with the QĐ 766 rates and their formulas, a chart
 * of the resolved dossiers by timeliness — and the CSV import of records for those who may write
 * the unit's dossiers.
 */
import * as VnNumber from "@cchc/domain/VnNumber";
import { createSignal, type JSX, Show } from "solid-js";
import type { DossierStatsBody } from "../api/Answers";
import { palette } from "../dashboard/ChartSpec";
import { ChartView } from "../dashboard/ChartView";
import { usePeriodData } from "../entry/UsePeriodData";
import { useApp } from "../shell/AppContext";
import { useAccess } from "../shell/Session";
import { UnitScreenHead } from "../shell/UnitScreenHead";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loaded } from "../ui/Loaded";
import { SavedNotice } from "../ui/SavedNotice";
import { DossierImport } from "./DossierImport";
import { blockRow, reportedIndicators, reportedRow } from "./DossierModel";
import { BlockTable, IndicatorTable } from "./DossierTables";

const levels = ["province", "district", "commune"] as const;
const channels = ["online-full", "online-partial", "in-person", "post"] as const;

/** The dossier statistics screen. */
const DossiersScreen = (): JSX.Element => {
  const { api, router, t } = useApp();
  const access = useAccess();
  const { key, data, refetch, lock } = usePeriodData(async (unit, period) => {
    const [stats, values] = await Promise.all([api.dossierStats(unit, period), api.values(unit, period)]);
    return { stats, reported: reportedRow(values.items) };
  });
  const [written, setWritten] = createSignal("");
  const [writeError, setWriteError] = createSignal<unknown>(null);
  // the computed figures replace the stored tthc.hoso.* values, after saying how many change
  const writeComputed = async () => {
    const { unit, period } = key();
    setWriteError(null);
    setWritten("");
    try {
      const dry = await api.writeDossierValues(unit, period, true);
      if (dry.changed === 0 || !globalThis.confirm?.(t().writeComputedConfirm(dry.changed))) {
        if (dry.changed === 0) setWritten(t().writeComputedConfirm(0));
        return;
      }
      const done = await api.writeDossierValues(unit, period, false);
      setWritten(t().writeComputedDone(done.changed));
      await refetch();
    } catch (e) {
      setWriteError(e);
    }
  };
  const computedRows = (s: DossierStatsBody, by: "level" | "channel") =>
    [
      ...(by === "level"
        ? levels.map((l) => ({ label: t().dossierLevel(l), cells: blockRow(s.byLevel[l]) }))
        : channels.map((c) => ({ label: t().dossierChannel(c), cells: blockRow(s.byChannel[c]) }))),
      { label: t().dossierLevel("total"), cells: blockRow(s.total) },
    ] as const;
  return (
    <article class="screen" aria-labelledby="dossiers-title">
      <UnitScreenHead titleId="dossiers-title" title={t().dossiersTitle} intro={t().dossiersIntro} />
      <Loaded resource={data} onRetry={refetch}>
        {(d) => (
          <>
            <Show when={Object.keys(d().reported).length > 0}>
              <section class="panel" aria-labelledby="reported-title">
                <h2 id="reported-title">{t().dossiersReported}</h2>
                <p class="muted">{t().dossiersReportedIntro}</p>
                <BlockTable
                  id="dossiers-reported"
                  caption={t().dossiersReported}
                  rows={[{ label: t().dossierLevel("total"), cells: d().reported }]}
                />
                <IndicatorTable id="reported-indicators" items={reportedIndicators(d().reported)} />
                <Show when={d().reported.resolved !== undefined}>
                  <ChartView
                    spec={{
                      id: "dossiers-reported-chart",
                      title: t().chartResolvedTitle,
                      kind: "doughnut",
                      labels: [t().colEarly, t().colOnTime, t().colLate],
                      series: [
                        {
                          label: t().colResolved,
                          data: [d().reported.early ?? 0, d().reported.onTime ?? 0, d().reported.late ?? 0],
                          colors: [palette.early, palette.onTime, palette.late],
                        },
                      ],
                      format: VnNumber.formatInteger,
                    }}
                  />
                </Show>
              </section>
            </Show>
            <section class="panel" aria-labelledby="computed-title">
              <h2 id="computed-title">{t().dossiersComputed}</h2>
              <Show when={d().stats.total.received > 0} fallback={<p class="muted">{t().dossiersNoRecords}</p>}>
                <BlockTable id="dossiers-by-level" caption={t().dossiersByLevel} rows={computedRows(d().stats, "level")} />
                <BlockTable id="dossiers-by-channel" caption={t().dossiersByChannel} rows={computedRows(d().stats, "channel")} />
                <h3>{t().serviceIndicatorsTitle}</h3>
                <IndicatorTable id="service-indicators" items={d().stats.serviceIndicators} />
                <Show when={!lock().readOnly}>
                  <div class="button-row">
                    <button type="button" class="button" onClick={() => void writeComputed()}>
                      {t().writeComputed}
                    </button>
                  </div>
                </Show>
                <SavedNotice message={written()} />
                <Show when={writeError()}>{(e) => <ErrorNotice error={e()} />}</Show>
                <ChartView
                  spec={{
                    id: "dossiers-computed-chart",
                    title: t().chartResolvedTitle,
                    kind: "bar",
                    labels: levels.map((l) => t().dossierLevel(l)),
                    series: [
                      {
                        label: t().colEarly,
                        data: levels.map((l) => d().stats.byLevel[l].resolvedByTimeliness.early),
                        colors: [palette.early],
                      },
                      {
                        label: t().colOnTime,
                        data: levels.map((l) => d().stats.byLevel[l].resolvedByTimeliness["on-time"]),
                        colors: [palette.onTime],
                      },
                      {
                        label: t().colLate,
                        data: levels.map((l) => d().stats.byLevel[l].resolvedByTimeliness.late),
                        colors: [palette.late],
                      },
                    ],
                    format: VnNumber.formatInteger,
                    stacked: true,
                  }}
                />
              </Show>
            </section>
          </>
        )}
      </Loaded>
      <Show when={access.can("write-dossiers")}>
        <DossierImport unit={router.place().unit} onImported={() => void refetch()} />
      </Show>
    </article>
  );
};

export default DossiersScreen;
