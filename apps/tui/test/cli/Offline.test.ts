import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@cchc/vitest-config/ports";
import { seedReport } from "@cchc/vitest-config/seed";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/cli/Table.js";
import { cchc } from "../support/Processes.js";

// The seed report when CCHC_SEED_FILE gives it, else the repository's short sample with the same kinds of
// defects (docs/examples): the assertions below hold for both.
const SEED = seedReport()?.path ?? fileURLToPath(new URL("../../../../docs/examples/bao-cao-mau-co-loi.txt", import.meta.url));

describe("cchc without a server", () => {
  it("period --json prints the window of the domain", async () => {
    const r = await cchc(["period", "2022-H1", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      code: "2022-H1",
      regime: "nd09",
      start: "2021-12-15",
      end: "2022-06-14",
      label: "6 tháng đầu năm 2022",
    });
  });

  it("refuses the interactive console without a terminal on stdin (exit 2, in Vietnamese); commands still run", async () => {
    for (const input of [undefined, ""]) {
      const r = await cchc(input === undefined ? [] : ["--api", "http://127.0.0.1:9"], input === undefined ? {} : { input });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("bảng điều khiển cần một terminal");
      expect(r.stderr).toContain("cchc --help");
      expect(r.stdout).toBe("");
    }
    const piped = await cchc(["period", "2022-H1", "--json"], { input: "" });
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).end).toBe("2022-06-14");
  });

  it("period with a regime, in Vietnamese", async () => {
    const r = await cchc(["period", "2022-Q3", "--regime", "bnv"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Quý III năm 2022");
    expect(r.stdout).toContain("15/06/2022 đến 14/09/2022");
  });

  it("usage errors exit 2 and name what is wrong", async () => {
    const bad = await cchc(["period", "2022-H3"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Mã kỳ báo cáo "2022-H3" không hợp lệ');
    const unknown = await cchc(["period", "2022-H1", "--regim", "bnv"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("không có tùy chọn --regim");
    const choice = await cchc(["period", "2022-H1", "--regime", "xyz"]);
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain("--regime chỉ nhận nd09, calendar, bnv");
    const missing = await cchc(["values", "get", "--period", "2022-H1"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Thiếu --unit");
    const none = await cchc(["frobnicate"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Không có lệnh "frobnicate"');
  });

  it("--json failures are JSON too", async () => {
    const r = await cchc(["period", "nope", "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe("USAGE_INVALID");
  });

  it("help lists every command, and each command's options with an example", async () => {
    const main = await cchc(["--help"]);
    expect(main.code).toBe(0);
    for (const c of [
      "period",
      "units",
      "values get",
      "values set",
      "validate",
      "submit",
      "report render",
      "check",
      "extract",
      "import values",
      "import dossiers",
      "demo load",
      "notifications",
      "deadlines",
      "reminders run",
    ])
      expect(main.stdout).toContain(`  ${c}`);
    const one = await cchc(["import", "values", "--help"]);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain("--apply");
    expect(one.stdout).toContain("unit,period,indicator,disaggregation,value,comment");
    expect(one.stdout).toContain("Ví dụ:\n  cchc import values");
  });

  it("check prints the seed's findings as a table and exits 1; --json gives the same findings", async () => {
    const r = await cchc(["check", SEED]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Dòng\s+Mức\s+Quy tắc\s+Nội dung/);
    expect(r.stdout).toContain("rate-mismatch");
    expect(r.stdout).toContain("49,4%");
    expect(r.stdout).toContain("numbering-gap");
    const j = await cchc(["check", SEED, "--json"]);
    expect(j.code).toBe(1);
    const parsed = JSON.parse(j.stdout);
    expect(parsed.period.code).toBe("2022-H1");
    const tableRows = r.stdout.split("\n").filter((l) => /^\s*\d+:\d+\s/.test(l));
    expect(parsed.findings).toHaveLength(tableRows.length);
    expect(parsed.summary.errors).toBeGreaterThan(0);
  });

  it("check fits 80 columns (COLUMNS=80) and 100 when not a terminal: text wraps, numbers stay whole", async () => {
    const findings = JSON.parse((await cchc(["check", SEED, "--json"])).stdout).findings.length;
    for (const [width, columns] of [
      [80, "80"],
      [100, undefined],
    ] as const) {
      const r = await cchc(["check", SEED], { env: { COLUMNS: columns } });
      expect(r.code).toBe(1);
      const lines = r.stdout.split("\n");
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(lines.filter((l) => /^\s*\d+:\d+\s/.test(l))).toHaveLength(findings);
      expect(r.stdout).toContain("4.923.692.615");
      expect(r.stdout).toContain("49,4%");
    }
  });

  it("check refuses a text that is not UTF-8, naming the line, with exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cchc-check-"));
    const file = join(dir, "bao-cao.txt");
    writeFileSync(file, Buffer.concat([Buffer.from("BÁO CÁO\nDòng hai\n"), Buffer.from([0x42, 0xe1, 0x6f, 0x20, 0x63, 0xe1, 0x6f, 0x0a])]));
    const r = await cchc(["check", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("dòng 3");
    expect(r.stderr).toContain("không phải văn bản UTF-8");
  });

  it("extract reads the seed's figures offline", async () => {
    const r = await cchc(["extract", SEED, "--json"]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.figures).toContainEqual(expect.objectContaining({ indicator: "tthc.hoso.tiepnhan", disaggregation: "", value: 335445 }));
  });

  it("an unreachable server exits 3", async () => {
    const port = await freePort();
    const r = await cchc(["units", "--api", `http://127.0.0.1:${port}`]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("Không kết nối được máy chủ CCHC");
    expect(r.stderr).toContain("ECONNREFUSED");
  });
});
