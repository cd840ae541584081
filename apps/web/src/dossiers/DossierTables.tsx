/**
 * The tables of the dossier screen: a block table (rows by level or channel, columns received …
 * pending) and the QĐ 766 rates with their formulas. Numbers the Vietnamese way ("335.445",
 * "98,0%").
 */
import type { ServiceIndicator } from "@cchc/domain/dossiers/DossierIndicators";
import * as VnNumber from "@cchc/domain/VnNumber";
import * as VnRate from "@cchc/domain/VnRate";
import { For, type JSX, Show } from "solid-js";
import type { Dictionary } from "../i18n/Dictionary";
import { useApp } from "../shell/AppContext";
import { TableHead } from "../ui/TableHead";
import { type BlockColumn, blockColumns } from "./DossierModel";

const heading = (t: Dictionary, c: BlockColumn): string =>
  ({
    received: t.colReceived,
    carriedOver: t.colCarried,
    newReceived: t.colNew,
    online: t.colOnline,
    offline: t.colOffline,
    resolved: t.colResolved,
    early: t.colEarly,
    onTime: t.colOnTime,
    late: t.colLate,
    pending: t.colPending,
  })[c];

/** Props of `BlockTable`. */
export interface BlockTableProps {
  readonly id: string;
  readonly caption: string;
  readonly rows: ReadonlyArray<{ readonly label: string; readonly cells: Partial<Record<BlockColumn, number>> }>;
}

/** A table of dossier blocks. */
export const BlockTable = (props: BlockTableProps): JSX.Element => {
  const { t } = useApp();
  return (
    <div class="table-wrap">
      <table class="data-table" data-testid={props.id}>
        <Show when={props.caption}>
          <caption>{props.caption}</caption>
        </Show>
        <thead>
          <tr>
            <th scope="col" />
            <For each={blockColumns}>{(c) => <th scope="col">{heading(t(), c)}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(r) => (
              <tr>
                <th scope="row">{r.label}</th>
                <For each={blockColumns}>
                  {(c) => (
                    <td class="num" data-column={c}>
                      {r.cells[c] === undefined ? "—" : VnNumber.formatInteger(r.cells[c] as number)}
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
};

/** The service indicators with numerator, denominator and value. */
export const IndicatorTable = (props: { readonly id: string; readonly items: ReadonlyArray<ServiceIndicator> }): JSX.Element => {
  const { t } = useApp();
  return (
    <div class="table-wrap">
      <table class="data-table" data-testid={props.id}>
        <TableHead columns={[t().colIndicator, t().colFormula, t().colValue]} />
        <tbody>
          <For each={props.items}>
            {(i) => (
              <tr data-code={i.code}>
                <th scope="row">
                  {i.nameVi}
                  <br />
                  <span class="muted">{i.componentVi}</span>
                </th>
                <td>
                  {i.numeratorVi} ({VnNumber.formatInteger(i.numerator)}) / {i.denominatorVi} ({VnNumber.formatInteger(i.denominator)})
                </td>
                <td class="num">{i.value === null ? "—" : VnRate.formatPercent(i.value, 1)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
};
