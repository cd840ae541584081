/**
 * Benchmark of report production: assemble the full seed report and render it to Markdown, HTML,
 * Word and Excel, N times each (default 50, `BENCH_N` to change), after a warm-up. Prints mean
 * and p95 in ms per step and the ratio of each to a baseline measured in the same process: a
 * trivial one-paragraph .docx packed by the same `docx` library (its fixed cost of zipping a
 * package). It also times checking a report's text: the seed report when CCHC_SEED_FILE gives it,
 * else the demo report the product generates (as Markdown). The last line is one JSON object. Run:
 * `npm run bench:report`.
 */
import { Document, Packer, Paragraph, TextRun } from "docx";
import { assemble } from "../src/assembly/Assemble.js";
import type { ReportDocument } from "../src/assembly/ReportDocument.js";
import { checkReport } from "../src/check/CheckReport.js";
import { renderDocx } from "../src/render/Docx.js";
import { renderHtml } from "../src/render/Html.js";
import { renderMarkdown } from "../src/render/Markdown.js";
import { renderXlsx } from "../src/render/Xlsx.js";
import { seedInput } from "../test/fixtures/seedInput.js";
import { hasSeed, seedText } from "../test/seedText.js";

const N = Number(process.env.BENCH_N ?? 50);
const WARMUP = 5;

interface Stat {
  readonly mean: number;
  readonly p95: number;
}

const measure = async (f: () => unknown): Promise<Stat> => {
  for (let i = 0; i < WARMUP; i++) await f();
  const times: Array<number> = [];
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] ?? mean;
  return { mean, p95 };
};

const trivialDocx = (): Promise<Buffer> =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun("Báo cáo")] })] }] }));

const doc: ReportDocument = assemble(seedInput).document;
const checkedText = hasSeed ? seedText : renderMarkdown(doc);
const checkedName = hasSeed ? "seed report (CCHC_SEED_FILE)" : "generated demo report (Markdown)";
const steps: Record<string, () => unknown> = {
  baseline: trivialDocx,
  assemble: () => assemble(seedInput),
  md: () => renderMarkdown(doc),
  html: () => renderHtml(doc),
  docx: () => renderDocx(doc),
  xlsx: () => renderXlsx(doc),
  full: async () => {
    const d = assemble(seedInput).document;
    renderMarkdown(d);
    renderHtml(d);
    await renderDocx(d);
    await renderXlsx(d);
  },
  // checking a report's text: the hand-written seed with its defects, or the generated demo report
  check: () => checkReport(checkedText),
};

const results: Record<string, Stat & { ratio: number }> = {};
let base = 1;
for (const [name, f] of Object.entries(steps)) {
  const s = await measure(f);
  if (name === "baseline") base = s.mean;
  results[name] = { ...s, ratio: s.mean / base };
  console.log(
    `${name.padEnd(9)} mean ${s.mean.toFixed(2).padStart(8)} ms   p95 ${s.p95.toFixed(2).padStart(8)} ms   ×${(s.mean / base).toFixed(2)} baseline`,
  );
}
const round = (x: number): number => Math.round(x * 100) / 100;
console.log(
  JSON.stringify({
    bench: "report-render",
    n: N,
    node: process.version,
    baseline: "trivial one-paragraph docx (docx Packer.toBuffer)",
    checked: checkedName,
    results: Object.fromEntries(
      Object.entries(results).map(([k, v]) => [k, { meanMs: round(v.mean), p95Ms: round(v.p95), ratio: round(v.ratio) }]),
    ),
  }),
);

// The checker on the corpus of published reports of other provinces (test/fixtures/corpus).
const { scoreChecker, scoreExtractor } = await import("../src/check/CorpusScore.js");
const { corpus } = await import("../test/fixtures/corpus/Corpus.js");
const score = scoreChecker(corpus);
console.log(
  `checker corpus: ${score.texts} extracts, ${score.annotated} annotated inconsistencies, found ${score.found} ` +
    `(recall ${(score.recall * 100).toFixed(1)} %), ${score.findings} errors raised, ${score.falseAlarms.length} false alarms ` +
    `(precision ${(score.precision * 100).toFixed(1)} %)`,
);
console.log(JSON.stringify({ bench: "checker-corpus", ...score }));
const ex = scoreExtractor(corpus);
console.log(
  `extractor corpus: ${ex.texts} annotated extracts, ${ex.annotated} figures, found ${ex.found} (recall ${(ex.recall * 100).toFixed(1)} %), ` +
    `${ex.extracted} extracted, ${ex.wrong.length} wrong (precision ${(ex.precision * 100).toFixed(1)} %)`,
);
console.log(JSON.stringify({ bench: "extractor-corpus", ...ex }));
