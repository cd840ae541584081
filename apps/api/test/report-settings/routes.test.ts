import { describe, expect, it } from "vitest";
import { databases, json, useTestApp } from "../support/TestApp.js";

const put = (body: unknown) => ({ method: "PUT", body: JSON.stringify(body), headers: { "content-type": "application/json" } });

describe.each(databases())("report settings on $name", (db) => {
  const testApp = useTestApp(db);

  it("serves the seed's header and signer, and writes with the version read", async () => {
    const { app } = testApp();
    const got = await json(await app.request("/api/v1/units/DT.VPUBND/report-settings"));
    expect(got).toMatchObject({ symbol: "BC-VPUBND", place: "Đồng Tháp", signer: { authority: "KT.", name: "Nguyễn Công Minh" } });
    expect(got.recipients.at(-1)).toMatch(/^Lưu: VT/);

    const { unit: _u, version, updatedBy: _b, updatedAt: _a, ...settings } = got;
    const changed = { ...settings, signer: { ...settings.signer, name: "Nguye\u0302\u0303n Văn A" }, version };
    const ok = await app.request("/api/v1/units/DT.VPUBND/report-settings", put(changed));
    expect(ok.status).toBe(200);
    const stored = await json(ok);
    expect(stored.version).toBe(version + 1);
    expect(stored.signer.name).toBe("Nguyễn Văn A".normalize("NFC"));

    const stale = await app.request("/api/v1/units/DT.VPUBND/report-settings", put(changed));
    expect(stale.status).toBe(409);
    expect((await json(stale)).error.code).toBe("REPORT_SETTINGS_CONFLICT");
    const after = await json(await app.request("/api/v1/units/DT.VPUBND/report-settings"));
    expect(after.version).toBe(version + 1);
  });

  it("refuses a malformed symbol naming the field, and unknown units", async () => {
    const { app } = testApp();
    const got = await json(await app.request("/api/v1/units/DT.VPUBND/report-settings"));
    const { unit: _u, updatedBy: _b, updatedAt: _a, ...rest } = got;
    const bad = await app.request("/api/v1/units/DT.VPUBND/report-settings", put({ ...rest, symbol: "VPUBND" }));
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.details[0].path).toBe("body.symbol");
    expect((await app.request("/api/v1/units/KHONGCO/report-settings")).status).toBe(404);
  });
});
