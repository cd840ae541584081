import { describe, expect, it } from "vitest";
import { assemble } from "../../src/assembly/Assemble.js";
import { runsText, type Section } from "../../src/assembly/ReportDocument.js";
import type { ReportInput } from "../../src/assembly/ReportInput.js";
import { checkReport } from "../../src/check/CheckReport.js";
import { renderMarkdown } from "../../src/render/Markdown.js";
import { seedInput } from "../fixtures/seedInput.js";

const CONSISTENCY_RULES = [
  "total-parts-mismatch",
  "parts-exceed-total",
  "rate-mismatch",
  "numbering-gap",
  "numbering-repeat",
  "term-misspelled",
];

const sectionText = (sections: ReadonlyArray<Section>, id: string): string => {
  for (const s of sections) {
    if (s.id === id) return s.blocks.map((b) => (b.kind === "paragraph" ? runsText(b.runs) : "")).join("\n");
    const inner = sectionText(s.children, id);
    if (inner !== "") return inner;
  }
  return "";
};

const taskRows = (input: ReportInput): ReadonlyArray<string> =>
  assemble(input)
    .document.figures.flatMap((t) => t.rows)
    .filter((r) => r.indicator === "chidao.nhiemvu.cp.giao")
    .map((r) => `${r.disaggregation}=${r.text}`);

describe("assigned tasks", () => {
  it("never prints a total contradicted by its parts: the seed's 4 of which 35 and 9 is stated as 4, with a warning", () => {
    const r = assemble(seedInput);
    const text = sectionText(r.document.sections, "direction.province");
    expect(text).toContain("Tỉnh có 4 nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao.");
    expect(text).not.toContain("35");
    expect(taskRows(seedInput)).toEqual(["=4"]);
    const w = r.warnings.find((x) => x.code === "assigned-tasks-mismatch");
    expect(w?.message).toContain("(4) khác tổng các phần (44)");
    const findings = checkReport(renderMarkdown(r.document)).findings.filter((f) => CONSISTENCY_RULES.includes(f.rule));
    expect(findings).toEqual([]);
  });

  it("states the counts of the task records and warns when the stored figures differ", () => {
    const input: ReportInput = {
      ...seedInput,
      assignedTasks: [{ source: "government", unit: "DT", total: 4, done: 2, notDue: 2, late: 0 }],
    };
    const r = assemble(input);
    expect(sectionText(r.document.sections, "direction.province")).toContain(
      "Tỉnh có 4 nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao, trong đó: 2 nhiệm vụ giải quyết đúng hạn và trước hạn, 2 nhiệm vụ chưa tới hạn giải quyết, không có nhiệm vụ trễ hạn.",
    );
    expect(taskRows(input)).toEqual(["=4", "status=done=2", "status=not-due=2", "status=late=0"]);
    const w = r.warnings.find((x) => x.code === "assigned-tasks-values-differ");
    expect(w?.message).toContain("đúng hạn và trước hạn 35, chưa tới hạn 9");
    expect(r.warnings.some((x) => x.code === "assigned-tasks-mismatch")).toBe(false);
  });

  it("states consistent stored parts as they are, without a warning", () => {
    const values = seedInput.values.map((v) =>
      v.indicator === "chidao.nhiemvu.cp.giao" && v.disaggregation === "status=done"
        ? { ...v, value: 3 }
        : v.indicator === "chidao.nhiemvu.cp.giao" && v.disaggregation === "status=not-due"
          ? { ...v, value: 1 }
          : v,
    );
    const r = assemble({ ...seedInput, values });
    expect(sectionText(r.document.sections, "direction.province")).toContain(
      "trong đó: 3 nhiệm vụ giải quyết đúng hạn và trước hạn, 1 nhiệm vụ chưa tới hạn giải quyết, không có nhiệm vụ trễ hạn.",
    );
    expect(r.warnings.filter((w) => w.code.startsWith("assigned-tasks"))).toEqual([]);
  });
});
