/**
 * Per role × unit: the actions the web app shows are exactly those the API accepts (the
 * province's consolidation too, at the end). Four demo
 * users of Văn phòng UBND tỉnh (admin, editor, approver, viewer) look at their own unit and at
 * another branch (Sở Nội vụ), with the office's report approved (as the cycle test left it) and
 * then submitted again. Whether the API accepts an action is asked without changing anything:
 * each command is sent with an invalid body, so the answer is 403 (not allowed) or 400 (allowed —
 * the body is checked next) and the report's state then decides, with the domain's workflow table;
 * a value write is sent with a stale version (403, 409 PERIOD_LOCKED, or 409 VALUE_CONFLICT when
 * allowed).
 */
import { allowedFrom } from "@cchc/domain/workflow/ReportWorkflow";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPerFile, signedInAs } from "../support/Session.js";

const OWN = "DT.VPUBND";
const OTHER = "DT.SNV";
const users = { admin: "quantri.vp", editor: "bientap.vp", approver: "pheduyet.vp", viewer: "xem.vp" } as const;
const PERIOD = "2022-H1";
const browser = chromiumPerFile();

type Action = "writeFinance" | "writeProcedure" | "submit" | "approve" | "return" | "reopen";
/** One figure of the section the approver reopens (public finance) and one of another section. */
const FIGURES = { writeFinance: "taichinh.kinhphi.dasudung", writeProcedure: "tthc.pakn.tiepnhan" } as const;
const buttons: Record<Exclude<Action, keyof typeof FIGURES>, string> = {
  submit: "Gửi báo cáo để phê duyệt",
  approve: "Phê duyệt báo cáo",
  return: "Trả lại báo cáo",
  reopen: "Mở lại các phần đã chọn",
};

/** What the API accepts for the signed-in user of `page` on `unit`, asked without changing anything. */
const accepted = async (page: Page, unit: string): Promise<Record<Action, boolean>> => {
  const api = (path: string) => `${new URL(page.url()).origin}/api/v1${path}`;
  const csrf = ((await (await page.request.get(api("/auth/me"))).json()) as { csrfToken: string }).csrfToken;
  const headers = { "x-csrf-token": csrf, "content-type": "application/json" };
  const base = `/units/${unit}/periods/${PERIOD}`;
  const probe = async (method: "put" | "post", path: string) =>
    (await page.request.fetch(api(`${base}${path}`), { method, headers, data: { comment: 5, stated: "x" } })).status();
  // a value write with a stale version: refused for access (403), for the approval's lock (409
  // PERIOD_LOCKED), or accepted up to the version check (409 VALUE_CONFLICT) — nothing is stored
  const writes = async (indicator: string) => {
    const res = await page.request.fetch(api(`${base}/values/${indicator}`), {
      method: "put",
      headers,
      data: { value: 1, version: 999_999 },
    });
    return res.status() === 409 && ((await res.json()) as { error: { code: string } }).error.code === "VALUE_CONFLICT";
  };
  const status = await page.request.get(api(`${base}/workflow`));
  const state = status.ok() ? ((await status.json()) as { state: string }).state : "";
  const ok = async (command: keyof typeof buttons) =>
    (await probe("post", `/${command}`)) === 400 && allowedFrom(command).includes(state as never);
  return {
    writeFinance: await writes(FIGURES.writeFinance),
    writeProcedure: await writes(FIGURES.writeProcedure),
    submit: await ok("submit"),
    approve: await ok("approve"),
    return: await ok("return"),
    reopen: await ok("reopen"),
  };
};

/** What the web app shows the user on `unit` (reached through the unit tree, as a person would). */
const shown = async (page: Page, unit: string, name: RegExp): Promise<Record<Action, boolean>> => {
  await page.getByRole("link", { name: "Quy trình" }).first().click();
  if (new URL(page.url()).searchParams.get("unit") !== unit) {
    await page.getByRole("navigation", { name: "Cây đơn vị" }).getByRole("button", { name }).first().click();
  }
  await page.waitForLoadState("networkidle");
  await page.locator("main h1").waitFor();
  const visible = async (label: string) => (await page.getByRole("button", { name: label }).count()) > 0;
  const result = {
    submit: await visible(buttons.submit),
    approve: await visible(buttons.approve),
    return: await visible(buttons.return),
    reopen: await visible(buttons.reopen),
  };
  await page.getByRole("link", { name: "Nhập số liệu" }).first().click();
  await page.waitForLoadState("networkidle");
  await page.locator("main h1").waitFor();
  const inputs = async (indicator: string) => (await page.locator(`main .entry-form [id="${indicator}"] input`).count()) > 0;
  if (unit === OWN) await page.locator("main .entry-form").waitFor();
  return { ...result, writeFinance: await inputs(FIGURES.writeFinance), writeProcedure: await inputs(FIGURES.writeProcedure) };
};

describe("actions shown per role and unit match what the API accepts", () => {
  for (const stage of ["approved", "submitted again"] as const)
    it(`with the office's report ${stage}`, async () => {
      if (stage === "submitted again") {
        // the office's approver reopens one part, and its editor submits again
        const approver = await signedInAs(browser(), users.approver, `/quy-trinh?unit=${OWN}&period=${PERIOD}`);
        await approver.page.getByLabel("Lý do").fill("Cập nhật số liệu tài chính công.");
        await approver.page.getByRole("checkbox", { name: /tài chính công/i }).check();
        await approver.page.getByRole("button", { name: buttons.reopen }).click();
        await approver.page.getByText("Đã mở lại các phần đã chọn.").waitFor();
        await approver.context.close();
        const editor = await signedInAs(browser(), users.editor, `/quy-trinh?unit=${OWN}&period=${PERIOD}`);
        await editor.page.getByLabel(/Ghi chú giải trình/).fill("Gửi lại sau khi mở lại.");
        await editor.page.getByRole("button", { name: buttons.submit }).click();
        await editor.page.getByText(/Đã gửi báo cáo/).waitFor();
        await editor.context.close();
      }
      const rows: string[] = [];
      for (const [role, username] of Object.entries(users)) {
        for (const [unit, name] of [
          [OWN, /^Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp/],
          [OTHER, /^Sở Nội vụ/],
        ] as const) {
          const { context, page } = await signedInAs(browser(), username, `/quy-trinh?unit=${unit}&period=${PERIOD}`);
          // never landed on a unit the person cannot read
          const landed = new URL(page.url()).searchParams.get("unit");
          if (unit === OTHER) expect(landed, `${role} opening ${unit}`).toBe(OWN);
          const api = await accepted(page, unit);
          const ui = await shown(page, unit, name);
          rows.push(`${role} × ${unit}: ${JSON.stringify(ui)}`);
          expect(ui, `${role} on ${unit} (${stage})`).toEqual(api);
          await context.close();
        }
      }
      // the table is not trivially empty: someone may do something, and someone may not
      expect(rows.some((r) => r.includes("true"))).toBe(true);
      expect(rows.some((r) => r.includes("false"))).toBe(true);
    });
});

/**
 * The consolidation of the province (the level above the office): shown to exactly those whose
 * call the API accepts. Asked on a period none of the units below has had approved (2022-Q3), so
 * an accepted call stores nothing.
 */
describe("the consolidation shown per role on the province matches what the API accepts", () => {
  it("for the province's four demo users", async () => {
    const province = { admin: "quantri.dt", editor: "bientap.dt", approver: "pheduyet.dt", viewer: "xem.dt" } as const;
    const rows: Array<[string, boolean]> = [];
    for (const [role, username] of Object.entries(province)) {
      const { context, page } = await signedInAs(browser(), username, "/quy-trinh?unit=DT&period=2022-Q3");
      await page.getByRole("heading", { name: "Tình hình gửi báo cáo của đơn vị trực thuộc" }).waitFor();
      const shown = (await page.getByRole("button", { name: "Tổng hợp từ đơn vị trực thuộc" }).count()) > 0;
      const api = (path: string) => `${new URL(page.url()).origin}/api/v1${path}`;
      const csrf = ((await (await page.request.get(api("/auth/me"))).json()) as { csrfToken: string }).csrfToken;
      const res = await page.request.post(api("/units/DT/periods/2022-Q3/consolidate"), { headers: { "x-csrf-token": csrf } });
      expect([200, 403], `${role}: ${res.status()}`).toContain(res.status());
      if (res.ok()) expect(((await res.json()) as { stored: number }).stored, role).toBe(0);
      expect(shown, `${role} on DT`).toBe(res.ok());
      rows.push([role, shown]);
      await context.close();
    }
    // someone may consolidate, and someone may not
    expect(rows.some(([, may]) => may)).toBe(true);
    expect(rows.some(([, may]) => !may)).toBe(true);
  });
});
