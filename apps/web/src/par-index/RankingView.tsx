/**
 * The ranking of the units under a parent: rank (ties share it), unit, points per area, total,
 * change against the previous year and state; links to the official table (.xlsx) and the
 * announcement's appendix (.docx).
 */
import { For, type JSX } from "solid-js";
import { useApp } from "../shell/AppContext";
import { DataTable } from "../ui/DataTable";
import type { RankingBody } from "./ParIndexApi";
import { points, signed } from "./ParIndexModel";

/** Props of `RankingView`. */
export interface RankingViewProps {
  readonly ranking: RankingBody;
  readonly xlsxUrl: string;
  readonly docxUrl: string;
}

/** The ranking table. */
export const RankingView = (props: RankingViewProps): JSX.Element => {
  const { t } = useApp();
  return (
    <section class="panel" aria-labelledby="par-ranking-title">
      <h2 id="par-ranking-title">{t().parRanking}</h2>
      <p>
        <a class="button" href={props.xlsxUrl} download="">
          {t().downloadXlsx}
        </a>{" "}
        <a class="button" href={props.docxUrl} download="">
          {t().downloadDocx}
        </a>
      </p>
      <div class="table-scroll">
        <DataTable
          class="doc-table"
          testId="par-ranking"
          head={
            <thead>
              <tr>
                <th>{t().parRank}</th>
                <th>{t().unit}</th>
                <For each={props.ranking.areas}>{(a) => <th title={a.name}>{a.code}</th>}</For>
                <th>{t().parTotal}</th>
                <th>{t().parChange}</th>
                <th>{t().status}</th>
              </tr>
            </thead>
          }
          rows={props.ranking.items}
        >
          {(r) => (
            <tr>
              <td class="num">{r.rank}</td>
              <td>{r.name}</td>
              <For each={props.ranking.areas}>{(a) => <td class="num">{points(r.byArea[a.code] ?? 0)}</td>}</For>
              <td class="num">
                <strong>{points(r.total)}</strong>
              </td>
              <td class="num">{signed(r.change)}</td>
              <td>{t().parState(r.status)}</td>
            </tr>
          )}
        </DataTable>
      </div>
    </section>
  );
};
