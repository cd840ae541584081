/**
 * `cchc import values` and `cchc extract --import` against a real server: a file of several units
 * and periods is one transaction (a refused second group stores nothing of the first), and figures
 * extracted from a report are stored with source "imported" — unless validation finds errors on
 * them, when the command refuses (exit 1) unless `--force`.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cchc, startServer, type TestServer } from "../support/Processes.js";

let server: TestServer;
let env: Record<string, string>;
let dir: string;

beforeAll(async () => {
  server = await startServer();
  env = { CCHC_API: server.url, CCHC_TOKEN: server.token, XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), "cchc-xdg-")) };
  dir = mkdtempSync(join(tmpdir(), "cchc-import-"));
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

const api = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${server.token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as any };
};

const storedValues = async (unit: string, period: string) => {
  const r = await cchc(["values", "get", "--unit", unit, "--period", period, "--json"], { env });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).items as Array<{ indicator: string; value: number; source: string }>;
};

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const report = (received: number, resolved: number) =>
  [
    "BÁO CÁO",
    "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023",
    "",
    "1. Cải cách thủ tục hành chính",
    `+ Kết quả tiếp nhận, xử lý phản ánh, kiến nghị: Tổng số PAKN đã tiếp nhận ${received}, số PAKN đã giải quyết xong ${resolved}.`,
    "",
  ].join("\n");

describe("import values: the whole file is one transaction", () => {
  it("a file whose second group is refused stores nothing of the first", async () => {
    // The second group's report is approved: its figures are locked. A department's report is
    // complete only with its compulsory figures or a reason for each missing one (ADR 0021).
    const missing = (await api("GET", "/units/DT.STTTT/periods/2023-Q1/missing-reasons")).body.missing as Array<{ indicator: string }>;
    for (const m of missing)
      expect(
        (await api("PUT", `/units/DT.STTTT/periods/2023-Q1/missing-reasons/${m.indicator}`, { reason: "Quý I chưa tổng hợp", version: 0 }))
          .status,
      ).toBe(200);
    expect((await api("POST", "/units/DT.STTTT/periods/2023-Q1/submit", { comment: "Gửi để thử khóa" })).status).toBe(200);
    expect((await api("POST", "/units/DT.STTTT/periods/2023-Q1/approve", {})).status).toBe(200);
    const csv = file(
      "hai-nhom.csv",
      [
        "unit,period,indicator,disaggregation,value,comment",
        "DT.VPUBND,2023-Q1,congvu.bonhiem,,3,nhóm một",
        "DT.VPUBND,2023-Q1,congvu.vipham,,1,nhóm một",
        "DT.STTTT,2023-Q1,congvu.bonhiem,,2,nhóm hai",
        "",
      ].join("\n"),
    );
    const dry = await cchc(["import", "values", csv], { env });
    expect(dry.code).toBe(2);
    expect(dry.stderr).toContain("Lỗi:");
    const applied = await cchc(["import", "values", csv, "--apply", "--json"], { env });
    expect(applied.code).toBe(2);
    expect(JSON.parse(applied.stdout).error).toMatchObject({ code: "PERIOD_LOCKED", status: 409, details: { unit: "DT.STTTT" } });
    expect(await storedValues("DT.VPUBND", "2023-Q1")).toEqual([]);

    // A value the server refuses in the second group: the path names the group and the value; nothing stored.
    const unknown = file(
      "chi-tieu-sai.csv",
      ["unit,period,indicator,value", "DT.VPUBND,2023-Q1,congvu.bonhiem,3", "DT.SNV,2023-Q1,khong.co.chi.tieu,2", ""].join("\n"),
    );
    const refused = await cchc(["import", "values", unknown, "--apply"], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("body.groups[1].values[0].indicator");
    expect(await storedValues("DT.VPUBND", "2023-Q1")).toEqual([]);

    // Without the locked group the same rows are stored together.
    const fine = file(
      "mot-nhom.csv",
      ["unit,period,indicator,value", "DT.VPUBND,2023-Q1,congvu.bonhiem,3", "DT.SNV,2023-Q1,congvu.bonhiem,2", ""].join("\n"),
    );
    const ok = await cchc(["import", "values", fine, "--apply", "--json"], { env });
    expect([0, 1]).toContain(ok.code);
    expect(JSON.parse(ok.stdout).counts.insert).toBe(2);
    expect((await storedValues("DT.VPUBND", "2023-Q1")).map((v) => [v.indicator, v.value])).toEqual([["congvu.bonhiem", 3]]);
    expect((await storedValues("DT.SNV", "2023-Q1")).map((v) => [v.indicator, v.value])).toEqual([["congvu.bonhiem", 2]]);
  });
});

describe("extract --import stores the figures of a report as imported values", () => {
  it("dry run: shows what would be stored and the findings, stores nothing", async () => {
    const r = await cchc(["extract", file("bc-dung.txt", report(40, 38)), "--import", "--unit", "DT.VPUBND", "--json"], { env });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.import).toMatchObject({ unit: "DT.VPUBND", period: "2023-H1", source: "imported", applied: false, refused: false });
    expect(out.import.counts.insert).toBe(2);
    expect(await storedValues("DT.VPUBND", "2023-H1")).toEqual([]);
    const human = await cchc(["extract", join(dir, "bc-dung.txt"), "--import", "--unit", "DT.VPUBND"], { env });
    expect(human.code).toBe(0);
    expect(human.stdout).toContain("Chạy thử: sẽ thêm 2");
    expect(human.stdout).toContain("Thêm --apply để lưu");
  });

  it("refuses to apply figures that validation finds errors in (exit 1, findings printed, nothing stored); --force stores them", async () => {
    const wrong = file("bc-sai.txt", report(40, 45));
    const r = await cchc(["extract", wrong, "--import", "--unit", "DT.SNV", "--period", "2023-H1", "--apply"], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✗ lỗi");
    expect(r.stdout).toContain("Từ chối lưu");
    expect(r.stdout).toContain("--force");
    expect(await storedValues("DT.SNV", "2023-H1")).toEqual([]);
    const j = await cchc(["extract", wrong, "--import", "--unit", "DT.SNV", "--period", "2023-H1", "--apply", "--json"], { env });
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout).import).toMatchObject({ applied: false, refused: true });
    expect(JSON.parse(j.stdout).import.errorsOnFigures).toBeGreaterThan(0);
    expect(await storedValues("DT.SNV", "2023-H1")).toEqual([]);

    const forced = await cchc(["extract", wrong, "--import", "--unit", "DT.SNV", "--period", "2023-H1", "--apply", "--force", "--json"], {
      env,
    });
    expect(forced.code).toBe(1);
    expect(JSON.parse(forced.stdout).import).toMatchObject({ applied: true, refused: false });
    expect((await storedValues("DT.SNV", "2023-H1")).map((v) => [v.indicator, v.value, v.source])).toEqual([
      ["tthc.pakn.dagiaiquyet", 45, "imported"],
      ["tthc.pakn.tiepnhan", 40, "imported"],
    ]);
    const misuse = await cchc(["extract", wrong, "--force"], { env });
    expect(misuse.code).toBe(2);
  });

  it("--apply stores the figures with source imported, read back through the values and their history", async () => {
    const r = await cchc(["extract", join(dir, "bc-dung.txt"), "--import", "--unit", "DT.VPUBND", "--apply"], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Đã thêm 2");
    const stored = await api("GET", "/units/DT.VPUBND/periods/2023-H1/values");
    expect(stored.body.items.map((v: any) => [v.indicator, v.value, v.source])).toEqual([
      ["tthc.pakn.dagiaiquyet", 38, "imported"],
      ["tthc.pakn.tiepnhan", 40, "imported"],
    ]);
    const history = await api("GET", "/units/DT.VPUBND/periods/2023-H1/values/tthc.pakn.tiepnhan/history");
    expect(history.body.items.map((h: any) => [h.oldValue, h.newValue, h.source])).toEqual([[null, 40, "imported"]]);
    expect(history.body.items[0].comment).toContain("dòng 5");
  });
});
