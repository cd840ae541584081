import { describe, expect, it } from "vitest";
import { assemble } from "../../src/assembly/Assemble.js";
import { runsText, type Section } from "../../src/assembly/ReportDocument.js";
import type { ReportInput } from "../../src/assembly/ReportInput.js";
import { checkReport } from "../../src/check/CheckReport.js";
import { renderMarkdown } from "../../src/render/Markdown.js";
import { CONSISTENCY_RULES } from "../fixtures/seedExpectations.js";
import { seedInput } from "../fixtures/seedInput.js";

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

const RECORDS: ReportInput["assignedTasks"] = [{ source: "government", unit: "DT", total: 4, done: 2, notDue: 2, late: 0 }];

describe("assigned tasks", () => {
  it("states the seed's 35 and 9 and leaves out the total 4 they contradict, with a warning", () => {
    const r = assemble(seedInput);
    const text = sectionText(r.document.sections, "direction.province");
    expect(text).toContain(
      "6 tháng đầu năm 2022, trong số các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao, Tỉnh có 35 nhiệm vụ giải quyết đúng hạn và trước hạn, 9 nhiệm vụ chưa tới hạn giải quyết, không có nhiệm vụ trễ hạn.",
    );
    expect(text).not.toContain("có 4 nhiệm vụ");
    expect(taskRows(seedInput)).toEqual(["status=done=35", "status=not-due=9", "status=late=0"]);
    const w = r.warnings.find((x) => x.code === "assigned-tasks-mismatch");
    expect(w?.message).toContain("(4) khác tổng các phần (44)");
    const findings = checkReport(renderMarkdown(r.document)).findings.filter((f) => CONSISTENCY_RULES.includes(f.rule));
    expect(findings).toEqual([]);
  });

  it("states the stored counts, never the task records, and warns when the two differ", () => {
    const input: ReportInput = { ...seedInput, assignedTasks: RECORDS };
    const r = assemble(input);
    const text = sectionText(r.document.sections, "direction.province");
    expect(text).toContain("Tỉnh có 35 nhiệm vụ giải quyết đúng hạn và trước hạn, 9 nhiệm vụ chưa tới hạn giải quyết");
    expect(text).not.toContain("2 nhiệm vụ");
    expect(taskRows(input)).toEqual(["status=done=35", "status=not-due=9", "status=late=0"]);
    const w = r.warnings.find((x) => x.code === "assigned-tasks-values-differ");
    expect(w?.message).toContain("đúng hạn và trước hạn 35, chưa tới hạn 9");
    expect(w?.message).toContain("đúng hạn và trước hạn 2, chưa tới hạn 2");
  });

  it("counts the task records only when nothing is stored", () => {
    const values = seedInput.values.filter((v) => v.indicator !== "chidao.nhiemvu.cp.giao");
    const input: ReportInput = { ...seedInput, values, assignedTasks: RECORDS };
    const r = assemble(input);
    expect(sectionText(r.document.sections, "direction.province")).toContain(
      "Tỉnh có 4 nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao, trong đó có 2 nhiệm vụ giải quyết đúng hạn và trước hạn, 2 nhiệm vụ chưa tới hạn giải quyết, không có nhiệm vụ trễ hạn.",
    );
    expect(r.warnings.filter((w) => w.code.startsWith("assigned-tasks"))).toEqual([]);
  });

  it("states consistent stored parts with their total, without a warning", () => {
    const values = seedInput.values.map((v) =>
      v.indicator === "chidao.nhiemvu.cp.giao" && v.disaggregation === "status=done"
        ? { ...v, value: 3 }
        : v.indicator === "chidao.nhiemvu.cp.giao" && v.disaggregation === "status=not-due"
          ? { ...v, value: 1 }
          : v,
    );
    const r = assemble({ ...seedInput, values });
    expect(sectionText(r.document.sections, "direction.province")).toContain(
      "Tỉnh có 4 nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao, trong đó có 3 nhiệm vụ giải quyết đúng hạn và trước hạn, 1 nhiệm vụ chưa tới hạn giải quyết, không có nhiệm vụ trễ hạn.",
    );
    expect(r.warnings.filter((w) => w.code.startsWith("assigned-tasks"))).toEqual([]);
  });
});
