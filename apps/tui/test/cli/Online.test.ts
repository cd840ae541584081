import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serverPerFile } from "../support/FileServer.js";
import { cchc, ROOT } from "../support/Processes.js";

const online = serverPerFile();
const env = online.env;
const has = (path: string) => online.server.openApiPaths.has(`/api/v1${path}`);

const tmp = () => mkdtempSync(join(tmpdir(), "cchc-cli-"));

/** The figure the values tests read and write: DT's received feedback in 2022-H1. */
const FIGURE = ["--unit", "DT", "--period", "2022-H1", "--indicator", "tthc.pakn.tiepnhan"];

/** `cchc values set` of that figure at a version. */
const setFigure = (value: string, version: number, ...more: ReadonlyArray<string>) =>
  cchc(["values", "set", ...FIGURE, "--value", value, "--version", String(version), ...more], { env });

/**
 * `cchc report render --json` of DT.VPUBND's 2022-H1 in `format` to `out` in a fresh folder: it
 * succeeds, and the folder then holds that file only (no temporary one), starting with `magic`.
 * Gives the folder.
 */
const rendersAlone = async (format: string, out: string, magic: string) => {
  const dir = tmp();
  const r = await cchc(["report", "render", "--unit", "DT.VPUBND", "--period", "2022-H1", "--format", format, "--out", out, "--json"], {
    env,
    cwd: dir,
  });
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).bytes).toBeGreaterThan(1000);
  expect(readdirSync(dir)).toEqual([out]);
  expect(readFileSync(join(dir, out)).subarray(0, magic.length).toString()).toBe(magic);
  return dir;
};

describe("cchc against a real server", () => {
  it("units prints the unit tree; --json the list and the tree", async () => {
    const r = await cchc(["units"], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^DT\s+/m);
    expect(r.stdout).toMatch(/[├└]─ DT\.VPUBND\s+/);
    const j = await cchc(["units", "--json", "--kind", "department"], { env });
    expect(j.code).toBe(0);
    const parsed = JSON.parse(j.stdout);
    expect(parsed.items.every((u: { kind: string }) => u.kind === "department")).toBe(true);
    const bad = await cchc(["units", "--as-of", "14/6/2022"], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--as-of cần ngày dạng YYYY-MM-DD");
  });

  it("without a token the server refuses and the message says so", async () => {
    const r = await cchc(["units", "--json"], { env: { ...env, CCHC_TOKEN: "" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Lỗi: .+/);
    expect(JSON.parse(r.stdout).error.status).toBe(401);
  });

  it("values get and set, with a version conflict", async () => {
    if (!has("/units/{unit}/periods/{period}/values/{indicator}")) return expect.fail("values routes missing");
    const get = await cchc(["values", "get", ...FIGURE, "--json"], { env });
    expect(get.code).toBe(0);
    const before = JSON.parse(get.stdout).items[0] ?? { value: 0, version: 0 };
    const set = await setFigure(String(before.value + 1), before.version, "--json");
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout).stored.value).toBe(before.value + 1);
    const stale = await setFigure("1", before.version);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toContain(`Giá trị đang lưu: ${before.value + 1}`);
    expect(stale.stderr).toContain("Giá trị của bạn: 1");
    const negative = await setFigure("-3", 0);
    expect(negative.code).toBe(2);
  });

  it("validate exits 1 when there are errors and lists them", async () => {
    if (!has("/units/{unit}/periods/{period}/validation")) return expect.fail("validation route missing");
    const r = await cchc(["validate", "--unit", "DT", "--period", "2022-H1", "--json"], { env });
    const parsed = JSON.parse(r.stdout);
    // the seed's own defect: 4 tasks given, but 35 + 9 + 0 done / in time / late
    expect(parsed.summary.errors).toBeGreaterThan(0);
    expect(JSON.stringify(parsed)).toContain("chidao.nhiemvu.cp.giao");
    expect(r.code).toBe(1);
    const text = await cchc(["validate", "--unit", "DT", "--period", "2022-H1"], { env });
    expect(text.code).toBe(r.code);
    expect(text.stdout).toContain("phát hiện");
  });

  it("submit prints the compulsory indicators an incomplete report lacks and exits 1", async () => {
    if (!has("/units/{unit}/periods/{period}/missing-reasons")) return expect.fail("missing-reasons route missing");
    const r = await cchc(["submit", "--unit", "DT.SNV", "--period", "2022-H1"], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("chỉ tiêu bắt buộc");
    expect(r.stdout).toContain("bomay.bienche.congchuc");
    expect(r.stdout).toContain("congvu.vipham");
    const j = await cchc(["submit", "--unit", "DT.SNV", "--period", "2022-H1", "--json"], { env });
    expect(j.code).toBe(1);
    expect(JSON.parse(j.stdout).missing.map((m: { indicator: string }) => m.indicator)).toEqual([
      "bomay.bienche.congchuc",
      "bomay.bienche.vienchuc",
      "congvu.daotao.luot",
      "congvu.vipham",
    ]);
  });

  it("import values: dry run, apply, and the same file again changes nothing", async () => {
    if (!has("/units/{unit}/periods/{period}/values")) return expect.fail("values routes missing");
    const dir = tmp();
    const file = join(dir, "so-lieu.csv");
    writeFileSync(file, readFileSync(join(ROOT, "docs/examples/sample-values.csv")));
    const dry = await cchc(["import", "values", file, "--json"], { env });
    expect([0, 1]).toContain(dry.code);
    const d = JSON.parse(dry.stdout);
    expect(d.applied).toBe(false);
    expect(d.counts.insert + d.counts.update).toBeGreaterThan(0);
    const h2 = await cchc(["values", "get", "--unit", "DT", "--period", "2022-H2", "--json"], { env });
    expect(JSON.parse(h2.stdout).items).toHaveLength(0);
    const human = await cchc(["import", "values", file], { env });
    expect(human.stdout).toContain("Chạy thử (chưa lưu gì)");
    expect(human.stdout).toContain("Thêm --apply để lưu");
    const apply = await cchc(["import", "values", file, "--apply", "--json"], { env });
    expect(JSON.parse(apply.stdout).applied).toBe(true);
    const after = await cchc(["values", "get", "--unit", "DT", "--period", "2022-H2", "--json"], { env });
    expect(JSON.parse(after.stdout).items).toContainEqual(expect.objectContaining({ indicator: "tthc.pakn.tiepnhan", value: 152 }));
    const again = await cchc(["import", "values", file, "--apply", "--json"], { env });
    const a = JSON.parse(again.stdout);
    expect(a.counts.insert + a.counts.update).toBe(0);
    expect(a.counts.unchanged).toBe(10);
  });

  it("bad values files exit 2 with a clear message, and nothing is stored", async () => {
    const dir = tmp();
    const wrongColumns = join(dir, "sai-cot.csv");
    writeFileSync(wrongColumns, "unit,period,indicatr,value\nDT,2022-Y,tthc.pakn.tiepnhan,5\n");
    const r1 = await cchc(["import", "values", wrongColumns, "--apply"], { env });
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain('dòng 1, cột indicatr: cột không được phép "indicatr"');
    expect(r1.stderr).toContain('cột indicator: thiếu cột bắt buộc "indicator"');
    const badValue = join(dir, "sai-gia-tri.csv");
    writeFileSync(badValue, "unit,period,indicator,value\nDT,2022-Y,tthc.pakn.tiepnhan,5\nDT,2022-Y,tthc.pakn.dagiaiquyet,năm\n");
    const r2 = await cchc(["import", "values", badValue, "--apply"], { env });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('dòng 3, cột value: giá trị không phải số "năm"');
    const broken = join(dir, "hong.xlsx");
    writeFileSync(broken, "PK\u0003\u0004 this is not a workbook");
    const r3 = await cchc(["import", "values", broken, "--apply"], { env });
    expect(r3.code).toBe(2);
    expect(r3.stderr).toContain("tệp .xlsx hỏng");
    const latin = join(dir, "latin.csv");
    writeFileSync(
      latin,
      Buffer.concat([
        Buffer.from("unit,period,indicator,value,comment\nDT,2022-Y,tthc.pakn.tiepnhan,5,"),
        Buffer.from([0x42, 0xe1, 0x6f, 0x0a]),
      ]),
    );
    const r4 = await cchc(["import", "values", latin, "--apply"], { env });
    expect(r4.code).toBe(2);
    expect(r4.stderr).toContain("dòng 2");
    expect(r4.stderr).toContain("không phải văn bản UTF-8");
    const year = await cchc(["values", "get", "--unit", "DT", "--period", "2022-Y", "--json"], { env });
    expect(JSON.parse(year.stdout).items).toHaveLength(0);
  });

  it("reads an .xlsx values file", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Số liệu");
    sheet.addRow(["unit", "period", "indicator", "disaggregation", "value", "comment"]);
    sheet.addRow(["DT.VPUBND", "2022-Q3", "congvu.daotao.luot", "", 4, "Excel"]);
    const file = join(tmp(), "so-lieu.xlsx");
    await book.xlsx.writeFile(file);
    const r = await cchc(["import", "values", file, "--json"], { env });
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).changes).toContainEqual(
      expect.objectContaining({ indicator: "congvu.daotao.luot", action: "insert", after: 4 }),
    );
  });

  it("report render writes the file via a temporary file and leaves nothing else", async () => {
    if (!has("/reports/{unit}/{period}")) return expect.fail("report route missing");
    const dir = await rendersAlone("docx", "bao-cao.docx", "PK");
    const md = await cchc(["report", "render", "--unit", "DT.VPUBND", "--period", "2022-H1", "--format", "md", "--out", "bc.md"], {
      env,
      cwd: dir,
    });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("Đã ghi báo cáo DT.VPUBND kỳ 2022-H1");
    expect(existsSync(join(dir, "bc.md"))).toBe(true);
  });

  // The server converts the Word report with LibreOffice; CI installs it and sets CCHC_REQUIRE_PDF=1.
  const office = ["soffice", "libreoffice"].some((tool) => spawnSync("which", [tool]).status === 0);
  if (!office && process.env.CCHC_REQUIRE_PDF === "1") throw new Error("CCHC_REQUIRE_PDF=1 nhưng thiếu soffice/libreoffice trên PATH");
  it.skipIf(!office)(
    "report render --format pdf writes the PDF the server converted, and nothing else",
    async () => {
      await rendersAlone("pdf", "bao-cao.pdf", "%PDF-");
    },
    120_000,
  );

  it("import dossiers sends the file in batches; a bad line is named by its line in the file", async () => {
    if (!has("/dossiers/batch")) return expect.fail("dossier batch route missing");
    const sample = join(ROOT, "docs/examples/dossiers-sample.csv");
    const r = await cchc(["import", "dossiers", sample, "--batch-size", "20", "--json"], { env });
    expect(r.code).toBe(0);
    const lines = readFileSync(sample, "utf8").trimEnd().split("\n");
    expect(JSON.parse(r.stdout)).toMatchObject({ lines: lines.length - 1, batches: 3 });
    const dir = tmp();
    const bad = join(dir, "ho-so.csv");
    const broken = (lines[25] ?? "").split(",");
    broken[3] = "quoc-gia"; // procedureLevel
    writeFileSync(bad, [...lines.slice(0, 25), broken.join(","), ...lines.slice(26)].join("\n"));
    const b = await cchc(["import", "dossiers", bad, "--batch-size", "20"], { env });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("Lô hồ sơ bắt đầu ở dòng 22 có 1 dòng không hợp lệ");
    expect(b.stderr).toContain("dòng 26 của tệp: procedureLevel");
  });

  it("import dossiers --bulk streams a new source's whole file into one transaction; a second time it is refused by line", async () => {
    if (!has("/dossiers/bulk")) return expect.fail("dossier bulk route missing");
    const file = join(tmp(), "lich-su.csv");
    writeFileSync(file, readFileSync(join(ROOT, "docs/examples/dossiers-sample.csv"), "utf8").replaceAll("\nDT-MOTCUA,", "\nDT-LICHSU,"));
    const r = await cchc(["import", "dossiers", file, "--bulk", "--json"], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ bulk: true, lines: 51, inserted: 50, superseded: 1 });
    const again = await cchc(["import", "dossiers", file, "--bulk"], { env });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("Dòng 2: source: nguồn này đã có hồ sơ");
  });

  it("documents list shows the register; documents delete keeps one a task cites (exit 2, which task) and removes one none cites", async () => {
    const listed = await cchc(["documents", "list", "--unit", "DT.VPUBND"], { env });
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^\d+\s+20\/KH-VPUBND\s+31\/12\/2021\s+việc tự kiểm tra công tác cải cách hành chính/m);
    const json = JSON.parse((await cchc(["documents", "list", "--q", "tu kiem tra", "--type", "KH", "--json"], { env })).stdout);
    const kh20 = json.items.find((d: { numberSymbol: string }) => d.numberSymbol === "20/KH-VPUBND");
    expect(kh20).toBeDefined();

    // the demo plan's self-inspection task cites 20/KH-VPUBND as evidence
    const kept = await cchc(["documents", "delete", String(kh20.id)], { env });
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain(`Văn bản mã ${kh20.id} đang là minh chứng của nhiệm vụ «Tự kiểm tra công tác cải cách hành chính`);
    // every use on a line of its own, in words
    expect(kept.stderr).toMatch(
      /^ {2}- nhiệm vụ «Tự kiểm tra công tác cải cách hành chính tại các phòng, ban, trung tâm trực thuộc» \(mã \d+\)$/m,
    );
    const keptJson = JSON.parse((await cchc(["documents", "delete", String(kh20.id), "--json"], { env })).stdout);
    expect(keptJson.error).toMatchObject({ code: "DOCUMENT_IN_USE", status: 409 });
    expect(keptJson.error.details[0]).toMatchObject({
      kind: "task",
      title: "Tự kiểm tra công tác cải cách hành chính tại các phòng, ban, trung tâm trực thuộc",
    });

    // a document nothing cites, registered through the API as another system would
    const created = await fetch(`${env.CCHC_API}/api/v1/documents`, {
      method: "POST",
      headers: { authorization: `Bearer ${env.CCHC_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({
        unit: "DT.VPUBND",
        direction: "issued",
        type: "CV",
        number: 901,
        year: null,
        symbol: "VPUBND-KSTTHC",
        date: "2022-06-01",
        issuer: "Văn phòng Ủy ban nhân dân Tỉnh",
        summary: "thử xóa khỏi sổ",
        parentId: null,
        reportedIn: null,
      }),
    });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { id: number }).id;
    const removed = await cchc(["documents", "delete", String(id)], { env });
    expect([removed.code, removed.stdout]).toEqual([0, `Đã xóa văn bản mã ${id} khỏi sổ.\n`]);
    const after = await cchc(["documents", "list", "--unit", "DT.VPUBND", "--json"], { env });
    const numbers = JSON.parse(after.stdout).items.map((d: { numberSymbol: string }) => d.numberSymbol);
    expect(numbers).toContain("20/KH-VPUBND");
    expect(numbers).not.toContain("901/VPUBND-KSTTHC");

    const bad = await cchc(["documents", "delete", "số-20"], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("MÃ-VĂN-BẢN phải là số nguyên dương");
    expect((await cchc(["documents", "list", "--type", "XYZ"], { env })).stderr).toContain("--type nhận mã loại văn bản");
  });

  it("demo load is idempotent", async () => {
    if (!has("/admin/demo")) return expect.fail("demo route missing");
    const r = await cchc(["demo", "load", "--json"], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).added).toBe(0);
  });

  it("reminders run (dry run, then for real) and notifications list and mark read the caller's reminders", async () => {
    const dry = await cchc(["reminders", "run", "--as-of", "2022-06-16", "--dry-run", "--json"], { env });
    expect(dry.code).toBe(0);
    const planned = JSON.parse(dry.stdout);
    expect(planned.dryRun).toBe(true);
    expect(planned.reminders).toContainEqual(
      expect.objectContaining({ username: "bientap.vp", deadlineId: "submission:DT.VPUBND:2022-H1", ruleKey: "on-day" }),
    );
    const real = await cchc(["reminders", "run", "--as-of", "2022-06-16"], { env });
    expect(real.code).toBe(0);
    expect(real.stdout).toContain(`Nhắc việc tính đến 2022-06-16: ${planned.reminders.length} thông báo mới`);
    // bientap.vp reads its reminders with its own token.
    const signIn = await fetch(`${online.server.url}/api/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "bientap.vp", password: "cchc-demo-2022" }),
    });
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] as string;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const created = await fetch(`${online.server.url}/api/v1/tokens`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
      body: JSON.stringify({ name: "cli test", scopes: ["read"], unit: "DT.VPUBND" }),
    });
    const vp = { ...env, CCHC_TOKEN: ((await created.json()) as { token: string }).token };
    const list = await cchc(["notifications"], { env: vp });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/● Sắp đến hạn\s+hạn 16\/6\/2022 {2}DT\.VPUBND {2}Gửi báo cáo cải cách hành chính 6 tháng đầu năm 2022/);
    const marked = await cchc(["notifications", "--mark-read", "--json"], { env: vp });
    expect(JSON.parse(marked.stdout).unreadAfter).toBe(0);
    const denied = await cchc(["reminders", "run", "--as-of", "2022-06-16"], { env: vp });
    expect(denied.code).toBe(2);
  });

  it("deadlines lists a unit's deadlines in a range with their state, and refuses a day in another form", async () => {
    const r = await cchc(["deadlines", "--unit", "DT.VPUBND", "--from", "2022-06-01", "--to", "2022-06-30", "--as-of", "2022-06-15"], {
      env,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/16\/6\/2022 +Sắp đến hạn +Gửi báo cáo +Gửi báo cáo cải cách hành chính 6 tháng đầu năm 2022/);
    expect(r.stdout).toContain("hạn của DT.VPUBND, tình trạng tính đến 15/6/2022.");
    const j = await cchc(
      ["deadlines", "--unit", "DT.VPUBND", "--from", "2022-06-01", "--to", "2022-06-30", "--as-of", "2022-06-15", "--json"],
      {
        env,
      },
    );
    const body = JSON.parse(j.stdout);
    expect(body.items.find((d: { id: string }) => d.id === "submission:DT.VPUBND:2022-H1")).toMatchObject({
      state: "due-soon",
      dueOn: "2022-06-16",
    });
    expect(body.items.every((d: { dueOn: string }) => d.dueOn >= "2022-06-01" && d.dueOn <= "2022-06-30")).toBe(true);
    // the PAR Index self-assessment of 2022 is listed in January 2023
    const par = await cchc(
      ["deadlines", "--unit", "DT.VPUBND", "--from", "2023-01-01", "--to", "2023-01-31", "--as-of", "2023-01-10", "--json"],
      { env },
    );
    expect(JSON.parse(par.stdout).items).toContainEqual(
      expect.objectContaining({ id: "par-index:DT-SO-2022:DT.VPUBND:submit", state: "due-soon" }),
    );
    const bad = await cchc(["deadlines", "--unit", "DT.VPUBND", "--from", "1/6/2022"], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--from cần ngày dạng YYYY-MM-DD");
  });
});
