import { readFileSync } from "node:fs";
import { seedReport } from "@cchc/vitest-config/seed";
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { databases, json, useTestApp } from "../support/TestApp.js";

// The seed report when CCHC_SEED_FILE gives it, else the short sample with the same kinds of defects
// that the repository ships (docs/examples): the assertions below hold for both.
const seed = seedReport()?.text ?? readFileSync(new URL("../../../../docs/examples/bao-cao-mau-co-loi.txt", import.meta.url), "utf8");
const post = (_path: string, body: string | Uint8Array, type: string) => ({ method: "POST", body, headers: { "content-type": type } });

// The check endpoints are stateless: one database is enough.
const [db] = databases();

describe.skipIf(!db)("POST /checks and /extractions (pglite)", () => {
  const testApp = useTestApp(db!, { demo: false });

  it("finds the seed's defects in plain text", async () => {
    const res = await testApp().app.request("/api/v1/checks", post("/api/v1/checks", seed, "text/plain; charset=utf-8"));
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.period.code).toBe("2022-H1");
    const rules = body.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining(["parts-exceed-total", "rate-mismatch", "date-outside-period", "numbering-gap", "term-misspelled"]),
    );
    const rate = body.findings.find((f: { rule: string }) => f.rule === "rate-mismatch");
    expect(rate.excerpt).toContain("49,5%");
    expect(rate.suggestion).toContain("49,4%");
  });

  it("reads a .docx upload the same way", async () => {
    const doc = new Document({ sections: [{ children: seed.split("\n").map((line) => new Paragraph(line)) }] });
    const bytes = await Packer.toBuffer(doc);
    const res = await testApp().app.request(
      "/api/v1/checks",
      post("/api/v1/checks", new Uint8Array(bytes), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    );
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.findings.some((f: { rule: string }) => f.rule === "date-outside-period")).toBe(true);
    // the text read from the file comes back, and every finding's span points into it
    expect(typeof body.text).toBe("string");
    expect(body.text).toContain("BÁO CÁO");
    expect(body.text).toBe(body.text.normalize("NFC"));
    const rate = body.findings.find((f: { rule: string }) => f.rule === "rate-mismatch");
    expect(body.text.slice(rate.index, rate.index + rate.length)).toContain("49,5%");
    for (const f of body.findings as ReadonlyArray<{ index: number; length: number; excerpt: string }>) {
      expect(f.index + f.length).toBeLessThanOrEqual(body.text.length);
    }
  });

  it("does not send pasted text back", async () => {
    const res = await testApp().app.request("/api/v1/checks", post("/api/v1/checks", seed, "text/plain; charset=utf-8"));
    const body = await json(res);
    expect(body.findings.length).toBeGreaterThan(0);
    expect("text" in body).toBe(false);
  });

  it("documents the optional text as an extension of CheckResult", async () => {
    const doc = await json(await testApp().app.request("/api/v1/openapi.json"));
    const op = doc.paths["/api/v1/checks"].post;
    expect(op.operationId).toBe("checkReport");
    const ref: string = op.responses["200"].content["application/json"].schema.$ref;
    const schema = doc.components.schemas[ref.split("/").at(-1) as string];
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["period", "reportDate", "findings", "text"]));
    expect(schema.required).not.toContain("text");
  });

  it("extracts the seed's figures mapped to indicator codes", async () => {
    const body = await json(await testApp().app.request("/api/v1/extractions", post("/api/v1/extractions", seed, "text/plain")));
    const find = (code: string, dis = "") =>
      body.figures.find((f: { indicator: string; disaggregation: string }) => f.indicator === code && f.disaggregation === dis);
    expect(find("tthc.hoso.tiepnhan").value).toBe(335445);
    expect(find("tthc.hoso.tiepnhanmoi", "channel=online").value).toBe(60705);
    expect(find("taichinh.kinhphi.dasudung", "autonomy=autonomous").value).toBe(4923692615);
  });

  it("refuses bad input with a clear 4xx, never a 500", async () => {
    const app = testApp().app;
    const latin1 = new Uint8Array([0x42, 0xe1, 0x6f, 0x20, 0x63, 0xe1, 0x6f]); // "Báo cáo" in Latin-1
    const enc = await app.request("/api/v1/checks", post("/api/v1/checks", latin1, "text/plain"));
    expect(enc.status).toBe(400);
    expect((await json(enc)).error.code).toBe("TEXT_ENCODING_INVALID");
    const broken = await app.request(
      "/api/v1/checks",
      post("/api/v1/checks", new Uint8Array([1, 2, 3]), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    );
    expect(broken.status).toBe(400);
    expect((await json(broken)).error.code).toBe("DOCX_UNREADABLE");
    const type = await app.request("/api/v1/checks", post("/api/v1/checks", "{}", "application/json"));
    expect(type.status).toBe(415);
    const empty = await app.request("/api/v1/checks", post("/api/v1/checks", "", "text/plain"));
    expect((await json(empty)).error.code).toBe("REPORT_EMPTY");
    const period = await app.request("/api/v1/checks?period=2022-X9", post("/api/v1/checks", seed, "text/plain"));
    expect((await json(period)).error.code).toBe("PERIOD_CODE_INVALID");
  });
});
