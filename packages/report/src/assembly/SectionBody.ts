/**
 * The body of one section: its blocks in template order, with one rule against saying a thing
 * twice. When a generated block (plan progress, assigned tasks, a sentence of figures) and a
 * paragraph of the author's narrative start with the same label ("Tiến độ thực hiện Kế hoạch cải
 * cách hành chính: …"), they become one paragraph: the label, the author's words, then the
 * generated figures — left out when the author's words already state every one of them.
 */
import type { AssemblyContext } from "./AssemblyContext.js";
import { bodyBlock, labelKey, labelOf, markerOf } from "./Blocks.js";
import { type Block, type Paragraph, type Run, runsText } from "./ReportDocument.js";
import type { ReportInput } from "./ReportInput.js";
import type { TemplateBlock } from "./Template.js";

/** The text a generated block starts its first paragraph with, when it can carry a label. */
const leadOf = (b: TemplateBlock): string | null =>
  b.kind === "plan-progress" || b.kind === "assigned-tasks" ? b.lead : b.kind === "text" ? b.text : null;

/** Runs without their first `n` characters (the label lies in text runs). */
const dropChars = (runs: ReadonlyArray<Run>, n: number): ReadonlyArray<Run> => {
  let rest = n;
  const out: Array<Run> = [];
  for (const r of runs) {
    if (rest <= 0) out.push(r);
    else if (r.text.length <= rest) rest -= r.text.length;
    else {
      out.push({ ...r, text: r.text.slice(rest) });
      rest = 0;
    }
  }
  return out;
};

/** What follows the label: its first ":" and the spaces after it. */
const afterLabel = (text: string): number => {
  const m = /^[^:]*:\s*/u.exec(text);
  return m ? m[0].length : 0;
};

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether `words` already state what `runs` say: each figure, or the whole sentence when it has none. */
const alreadySaid = (words: string, runs: ReadonlyArray<Run>): boolean => {
  const figures = runs.filter((r) => r.kind === "figure").map((r) => r.text);
  if (figures.length > 0) {
    return figures.every((f) => new RegExp(`(?<![\\d.,])${escapeRegExp(f)}(?![\\d]|[.,]\\d)`, "u").test(words));
  }
  const sentence = labelKey(runsText(runs).replace(/[\s.;,:]+$/u, ""));
  return sentence !== "" && labelKey(words).includes(sentence);
};

const merge = (out: ReadonlyArray<Block>, lead: string, claimed: string): ReadonlyArray<Block> => {
  const [first, ...others] = out;
  if (first?.kind !== "paragraph") return out;
  const label = labelOf(lead) ?? "";
  const generated = dropChars(first.runs, afterLabel(runsText(first.runs)));
  const words = claimed.slice(afterLabel(claimed)).trim();
  const joined: ReadonlyArray<Run> = alreadySaid(words, generated)
    ? []
    : [{ kind: "text", text: /[.!?;:]$/u.test(words) ? " " : ". " }, ...generated];
  const merged: Paragraph = { kind: "paragraph", runs: [{ kind: "text", text: `${markerOf(lead)}${label}: ${words}` }, ...joined] };
  return [merged, ...others];
};

/** The blocks of a section of the body. */
export const sectionBody = (
  ctx: AssemblyContext,
  input: ReportInput,
  blocks: ReadonlyArray<TemplateBlock>,
  sectionId: string,
): ReadonlyArray<Block> => {
  const outputs = blocks.map((b) => (b.kind === "narrative" ? null : bodyBlock(ctx, input, b, sectionId)));
  // Labels of generated blocks that say something after their label (a list's lead line does not).
  const labelled = new Map<string, number>();
  blocks.forEach((b, i) => {
    const lead = leadOf(b);
    const label = lead === null ? null : labelOf(lead);
    const first = outputs[i]?.[0];
    if (label === null || first?.kind !== "paragraph") return;
    const text = runsText(first.runs);
    const own = labelOf(text);
    if (own === null || labelKey(own) !== labelKey(label) || text.slice(afterLabel(text)).trim() === "") return;
    if (!labelled.has(labelKey(label))) labelled.set(labelKey(label), i);
  });
  const claims = new Map<number, string>();
  for (const b of blocks) {
    if (b.kind !== "narrative") continue;
    for (const p of (input.narratives[b.section] ?? []).map((x) => x.trim())) {
      const label = labelOf(p);
      const i = label === null ? undefined : labelled.get(labelKey(label));
      if (i !== undefined && !claims.has(i)) claims.set(i, p);
    }
  }
  const skip = new Set(claims.values());
  return blocks.flatMap((b, i) => {
    if (b.kind === "narrative") return bodyBlock(ctx, input, b, sectionId, skip);
    const out = outputs[i] ?? [];
    const claimed = claims.get(i);
    const lead = leadOf(b);
    return claimed === undefined || lead === null ? out : merge(out, lead, claimed);
  });
};
