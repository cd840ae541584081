/**
 * Fills a template sentence: `{…}` placeholders become figure runs (indicator values, computed
 * rates) or variable text (`{period.label}`); the rest stays text. Grammar of an indicator
 * placeholder: `code[disaggregation]@scope|format`, e.g. `{tthc.hoso.tiepnhanmoi[channel=online]@province}`.
 * `{asOf:code[disaggregation]@scope}` is the day that value stands at ("09/6/2022"), the report's
 * `{figures.asOf}` when the value has no day of its own.
 */
import { formatShortNd30 } from "@cchc/domain/VnDate";
import { type AssemblyContext, figure, type Scope, unitOf, warn } from "./AssemblyContext.js";
import { type FigureFormat, lookupAsOf } from "./Figures.js";
import type { Run } from "./ReportDocument.js";

const PLACEHOLDER = /\{([^{}]+)\}/g;
const INDICATOR = /^([a-z0-9][a-z0-9.\-_]*)(?:\[([^\]]*)\])?(?:@(unit|province))?(?:\|(02|bare|none|disbursement))?$/;

/** A parsed indicator placeholder. */
export interface IndicatorPlaceholder {
  readonly indicator: string;
  readonly disaggregation: string;
  readonly scope: Scope;
  readonly format: FigureFormat;
}

/** Parses the inside of an indicator placeholder, or null when it is not one. */
export const parseIndicator = (token: string): IndicatorPlaceholder | null => {
  const m = INDICATOR.exec(token.trim());
  if (!m) return null;
  return {
    indicator: m[1] ?? "",
    disaggregation: m[2] ?? "",
    scope: (m[3] as Scope | undefined) ?? "unit",
    format: m[4] as FigureFormat,
  };
};

/** Every placeholder token of a text, in order. */
export const tokens = (text: string): ReadonlyArray<string> => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");

/** Fills only variables (titles, the summary line); indicator placeholders are not allowed there. */
export const fillVariables = (ctx: AssemblyContext, text: string, sectionId?: string): string =>
  text.replace(PLACEHOLDER, (whole, token: string) => {
    const v = ctx.variables[token.trim()];
    if (v !== undefined) return v;
    warn(ctx, {
      code: "placeholder-unknown",
      message: `Không hiểu ô dữ liệu ${whole} trong mẫu báo cáo.`,
      ...(sectionId ? { sectionId } : {}),
    });
    return whole;
  });

/** The day a value stands at: its own as-of day, else the report's. */
const asOfText = (ctx: AssemblyContext, token: string): string | null => {
  if (!token.startsWith("asOf:")) return null;
  const p = parseIndicator(token.slice(5));
  if (p === null) return null;
  const own = lookupAsOf(ctx.asOf, unitOf(ctx, p.scope), p.indicator, p.disaggregation);
  return own === undefined ? (ctx.variables["figures.asOf"] ?? "") : formatShortNd30(own);
};

/** Fills a sentence into runs; adjacent text is merged. */
export const fill = (ctx: AssemblyContext, text: string, sectionId: string): ReadonlyArray<Run> => {
  const runs: Array<Run> = [];
  const pushText = (t: string): void => {
    if (t === "") return;
    const last = runs[runs.length - 1];
    if (last?.kind === "text" && !last.bold && !last.italic) runs[runs.length - 1] = { kind: "text", text: last.text + t };
    else runs.push({ kind: "text", text: t });
  };
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const index = m.index ?? 0;
    pushText(text.slice(at, index));
    at = index + m[0].length;
    const token = (m[1] ?? "").trim();
    const variable = ctx.variables[token] ?? asOfText(ctx, token) ?? undefined;
    if (variable !== undefined) {
      pushText(variable);
      continue;
    }
    const p = parseIndicator(token);
    if (p === null) {
      warn(ctx, { code: "placeholder-unknown", message: `Không hiểu ô dữ liệu ${m[0]} trong mẫu báo cáo.`, sectionId });
      pushText(m[0]);
      continue;
    }
    runs.push(figure(ctx, p.indicator, p.disaggregation, p.scope, sectionId, p.format));
  }
  pushText(text.slice(at));
  return runs;
};
