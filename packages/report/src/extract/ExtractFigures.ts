/**
 * The figure extractor: runs the pattern table over a report's paragraphs and returns the figures
 * and stated rates it finds, each with its indicator code, disaggregation, sentence and line. The
 * first statement of an (indicator, disaggregation) wins; later repetitions are the same fact.
 */
import * as LocalDate from "@cchc/domain/LocalDate";
import * as VnMoney from "@cchc/domain/VnMoney";
import * as VnNumber from "@cchc/domain/VnNumber";
import * as VnRate from "@cchc/domain/VnRate";
import { Either } from "effect";
import * as Prose from "../check/Prose.js";
import * as ReportPeriod from "../check/ReportPeriod.js";
import type { ExtractedFigure, ExtractionResult, StatedClaim } from "./Extraction.js";
import { type FigurePattern, type FigureScope, patterns, scopes } from "./FigurePatterns.js";

const PLACEHOLDERS: Record<string, string> = {
  "{n}": String.raw`(?<v>\d{1,3}(?:\.\d{3})+|\d+)(?![\d/])`,
  "{money}": String.raw`(?<v>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?<mult>triệu|tỷ|tỉ|nghìn|ngàn)?\s*(?:đồng|VNĐ|VND|đ)(?![\p{L}])`,
  "{rate}": String.raw`(?<v>\d+(?:,\d+)?)\s?%`,
};

const source = (s: string): string => s.replace(/\{n\}|\{money\}|\{rate\}/g, (p) => PLACEHOLDERS[p] ?? p);
const compile = (s: string, flags = "iu"): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${source(s)}`, flags);

interface CompiledPattern {
  readonly row: FigurePattern;
  readonly match: RegExp;
  readonly paragraph: RegExp | null;
  readonly each: RegExp | null;
}

const compiledPatterns: ReadonlyArray<CompiledPattern> = patterns.map((row) => ({
  row,
  match: compile(row.match),
  paragraph: row.paragraph === undefined ? null : new RegExp(row.paragraph, "iu"),
  each: row.each === undefined ? null : compile(row.each, "giu"),
}));

const compiledScopes = scopes.map((s: FigureScope) => ({
  name: s.name,
  opens: s.opens.map((o) => ({ match: new RegExp(o.match, "iu"), value: o.value })),
  closes: s.closes.map((c) => new RegExp(c, "iu")),
}));

const SENTENCE_END = /[.!?;](?=\s|$)/gu;

/**
 * A paragraph about one level of a report on the whole ("Với cấp huyện, …", "Ở cấp huyện, …",
 * "Nếu tính riêng từng cấp, với cấp tỉnh, …"): its figures belong to that level, not to the report's unit.
 */
const LEVEL_SECTION = /^(?:[-+*]\s*)?(?:nếu tính riêng từng cấp,\s*)?(?:với|ở|đối với|riêng)\s+cấp\s+(tỉnh|huyện|xã)/iu;
const COUNT = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d])|(?<![\d.,/])\d{2,}(?![\d.,/%])/gu;

const sentenceAround = (text: string, from: number, to: number): string => {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index < from) start = m.index + 1;
    else if (m.index >= to) {
      end = m.index + 1;
      break;
    }
  }
  return text.slice(start, end).trim();
};

const integerOf = (text: string): number | null => Either.getOrNull(VnNumber.parseInteger(text));

// VnMoney scales exactly (no float product); its scale words are lower case, the pattern is not.
const moneyOf = (text: string, mult: string | undefined): number | null =>
  Either.getOrNull(VnMoney.parseMoney(`${text} ${(mult ?? "").toLowerCase()}`));

const fillScopes = (disaggregation: string, state: ReadonlyMap<string, string>): string | null => {
  let missing = false;
  const out = disaggregation.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = state.get(name);
    if (v === undefined) missing = true;
    return v ?? "";
  });
  return missing ? null : out;
};

/** Extracts the figures and stated rates of a report text. */
export const extractFigures = (text: string): ExtractionResult => {
  const prose = Prose.make(text);
  const time = ReportPeriod.read(prose);
  const anchor = time.period?.end ?? time.reportDate;
  const periodYear = anchor ? LocalDate.parts(anchor).year : null;

  const figures: Array<ExtractedFigure> = [];
  const claims: Array<StatedClaim> = [];
  const seen = new Set<string>();
  const state = new Map<string, string>();
  const unplaced: Array<{ value: number; sentence: string; line: number; reason: string }> = [];

  for (const p of prose.paragraphs) {
    const level = LEVEL_SECTION.exec(p.text);
    if (level) {
      // Figures of one level are kept apart: listed with their sentence, never labelled as the unit's.
      for (const m of p.text.matchAll(COUNT)) {
        const value = integerOf(m[0]);
        if (value === null) continue;
        unplaced.push({
          value,
          sentence: sentenceAround(p.text, m.index, m.index + m[0].length),
          line: Prose.span(prose, p, m.index, 1).line,
          reason: `số liệu riêng của cấp ${level[1]?.toLocaleLowerCase("vi")}`,
        });
      }
      continue;
    }
    for (const s of compiledScopes) {
      if (s.closes.some((c) => c.test(p.text))) state.delete(s.name);
      const opened = s.opens.find((o) => o.match.test(p.text));
      if (opened) state.set(s.name, opened.value);
    }
    if (!/\d|không|chưa/iu.test(p.text)) continue;

    for (const { row, match, paragraph, each } of compiledPatterns) {
      if (paragraph !== null && !paragraph.test(p.text)) continue;
      const m = match.exec(p.text);
      if (!m) continue;
      const disaggregation = fillScopes(row.disaggregation, state);
      if (disaggregation === null) continue;
      const key = `${row.indicator}|${disaggregation}`;
      if (seen.has(key)) continue;
      const y = m.groups?.y;
      if (row.year !== undefined) {
        if (y === undefined || periodYear === null) continue;
        if (Number(y) !== (row.year === "period" ? periodYear : periodYear - 1)) continue;
      }

      const v = m.groups?.v;
      const valueAt = v === undefined ? m.index : m.index + m[0].lastIndexOf(v);
      const line = Prose.span(prose, p, valueAt, 1).line;
      const sentence = sentenceAround(p.text, m.index, m.index + m[0].length);

      if (row.kind === "claim") {
        const rate = v === undefined ? null : Either.getOrNull(VnRate.parseRate(`${v}%`));
        if (rate === null) continue;
        seen.add(key);
        claims.push({ indicator: row.indicator, disaggregation, statedValue: rate.value, decimals: rate.decimals, sentence, line });
        continue;
      }

      let value: number | null;
      let sumSentence = sentence;
      if (row.kind === "sum" && each !== null) {
        const rest = p.text.slice(m.index + m[0].length);
        const terms = [...rest.matchAll(each)].map((t) => integerOf(t.groups?.v ?? ""));
        value = terms.length === 0 || terms.some((t) => t === null) ? null : terms.reduce<number>((a, t) => a + (t ?? 0), 0);
        sumSentence = p.text.trim();
      } else if (row.value !== undefined) {
        value = row.value;
      } else if (row.unit === "đồng") {
        value = v === undefined ? null : moneyOf(v, m.groups?.mult);
      } else {
        value = v === undefined ? null : integerOf(v);
      }
      if (value === null) continue;
      seen.add(key);
      figures.push({
        indicator: row.indicator,
        disaggregation,
        value,
        unit: row.unit,
        sentence: sumSentence,
        line,
        confidence: row.confidence ?? "certain",
      });
    }
  }
  return { period: time.period, figures, claims, unplaced };
};
