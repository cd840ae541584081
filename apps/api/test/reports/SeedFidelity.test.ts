/**
 * The generated report of the demo data says what the seed says, statement by statement: every
 * line of the seed's body (SeedBody.ts, with the documented corrections) is found in one paragraph
 * of the report of DT.VPUBND for 2022-H1. A dropped or changed statement fails here. When
 * CCHC_SEED_FILE names the seed file, the list itself is held against the seed: every line of the
 * seed's body is in the list, and every listed line is in the seed.
 */

import { type SeedStatement, seedBody, seedCorrections } from "@cchc/db/demo/seed/SeedBody";
import { checkReport } from "@cchc/report/check/CheckReport";
import { SEED_TAG, seedReport } from "@cchc/vitest-config/seed";
import { beforeAll, describe, expect, it } from "vitest";
import { databases, json, useTestApp } from "../support/TestApp.js";

/** NFC, one space, no trailing punctuation: statements compare by their words and figures. */
const norm = (s: string): string =>
  s
    .normalize("NFC")
    .replace(/\s+/gu, " ")
    .trim()
    .replace(/[\s.;:,/]+$/u, "");

const corrected = (line: string): string => seedCorrections.reduce((s, c) => s.split(c.from).join(c.to), line);

/** What the report must state for a seed line. */
const expectedOf = (s: SeedStatement): ReadonlyArray<string> => (s.report ?? [corrected(s.seed)]).map(norm);

const paragraphsOf = (sections: ReadonlyArray<any>): Array<string> =>
  sections.flatMap((s: any) => [
    s.number === null ? s.title : `${s.number}. ${s.title}`,
    ...s.blocks.flatMap((b: any) =>
      b.kind === "paragraph" ? [b.runs.map((r: any) => r.text).join("")] : b.kind === "subheading" ? [b.text] : [],
    ),
    ...paragraphsOf(s.children),
  ]);

describe.each(databases())("the report of the demo data against the seed's body on $name", (db) => {
  const testApp = useTestApp(db);
  let paragraphs: Array<string> = [];
  let body: any;
  beforeAll(async () => {
    const res = await testApp().app.request("/api/v1/reports/DT.VPUBND/2022-H1?format=json&date=2022-06-10");
    expect(res.status).toBe(200);
    body = await json(res);
    paragraphs = paragraphsOf(body.document.sections).map((p) => norm(p));
  });

  it("states every statement of the seed's body (after the documented corrections)", () => {
    const missing = seedBody.flatMap((s) => expectedOf(s).filter((e) => !paragraphs.some((p) => p.includes(e))));
    expect(missing).toEqual([]);
    expect(seedBody.length).toBeGreaterThanOrEqual(90);
  });

  it("fails on a dropped or a changed statement", () => {
    const statement = "+ Số kinh phí thực hiện đến ngày 09/6/2022: 4.923.692.615 đồng";
    expect(paragraphs.some((p) => p.includes(statement))).toBe(true);
    // The same statement with the report's date instead of the figure's own day is not the seed's.
    expect(paragraphs.some((p) => p.includes(statement.replace("09/6/2022", "14/6/2022")))).toBe(false);
    const without = paragraphs.filter((p) => !p.includes("Kho lưu trữ, nhà xe, nhà Đội Cảnh vệ"));
    const dropped = seedBody.flatMap((s) => expectedOf(s).filter((e) => !without.some((p) => p.includes(e))));
    expect(dropped).toEqual([
      "- Kết quả thực hiện Kế hoạch giải ngân vốn đầu tư công (Dự án: Kho lưu trữ, nhà xe, nhà Đội Cảnh vệ Ủy ban nhân dân Tỉnh)",
    ]);
  });

  it("gives no error in the checker (`cchc check`) but the data's own defect still to correct: the inspection dated 2024", async () => {
    const md = await (await testApp().app.request("/api/v1/reports/DT.VPUBND/2022-H1?format=md&date=2022-06-10")).text();
    const errors = checkReport(md).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.rule}: ${f.excerpt}`)).toEqual(["date-outside-period: Ngày 28 tháng 4 năm 2024"]);
    const corrected = md.split("năm 2024").join("năm 2022");
    expect(checkReport(corrected).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("explains each deliberate difference in the validation or the warnings", () => {
    const codes = body.warnings.map((w: any) => w.code);
    expect(codes).toContain("assigned-tasks-mismatch");
    expect(body.findings.map((f: any) => f.rule)).toEqual(expect.arrayContaining(["chung.tyle.baocao", "chidao.nhiemvu.cp.tinhtrang"]));
    for (const s of seedBody) if (s.report !== undefined) expect(s.why, s.seed).toBeTruthy();
  });
});

const seed = seedReport();

describe.skipIf(seed === undefined)(`${SEED_TAG} the list of the seed's statements against the seed file (CCHC_SEED_FILE)`, () => {
  it("holds every line of the seed's body, as the seed writes it", () => {
    const text = (seed?.text ?? "").normalize("NFC");
    const body = text.slice(text.indexOf("I. CÔNG TÁC CHỈ ĐẠO"), text.indexOf("Noi nhận:"));
    const flat = norm(body);
    const listed = seedBody.map((s) => norm(s.seed));
    for (const l of listed) expect(flat, l).toContain(l);
    const lines = body
      .split("\n")
      .map(norm)
      .filter((l) => l !== "");
    for (const l of lines)
      expect(
        listed.some((s) => s.includes(l)),
        l,
      ).toBe(true);
  });
});
