import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cchc, startServer, type TestServer } from "../support/Processes.js";

const DEMO_PASSWORD = "cchc-demo-2022\n";
const GET = ["values", "get", "--unit", "DT.VPUBND", "--period", "2022-H1", "--json"];

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

/** A fresh home folder: the saved login goes under it, never in the real one. */
const home = (xdg: boolean) => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-home-"));
  const env = { CCHC_API: server.url, CCHC_TOKEN: undefined, HOME: dir, XDG_CONFIG_HOME: xdg ? join(dir, "xdg") : undefined };
  return { env, file: join(xdg ? join(dir, "xdg") : join(dir, ".config"), "cchc", "config.json") };
};

describe("cchc login and logout against a real server", () => {
  it("logs in a demo editor, saves the token privately, and later commands use it; logout revokes it", async () => {
    const { env, file } = home(true);
    const login = await cchc(["login", "--user", "bientap.vp", "--password-stdin", "--json"], { env, input: DEMO_PASSWORD });
    expect(login.stderr).toBe("");
    expect(login.code).toBe(0);
    const shown = JSON.parse(login.stdout);
    expect(shown).toMatchObject({ api: server.url, user: { username: "bientap.vp" }, unit: "DT.VPUBND", config: file });
    expect(shown.scopes).toEqual(["read", "write-values", "write-dossiers"]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(file, "..")).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(file, ".."))).toEqual(["config.json"]);
    const saved = JSON.parse(readFileSync(file, "utf8"));
    expect(saved.token).toMatch(/^cchc_/);
    expect(login.stdout).not.toContain(saved.token);
    const days = (Date.parse(saved.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89);
    expect(days).toBeLessThanOrEqual(90);

    const get = await cchc(GET, { env });
    expect(get.code).toBe(0);
    expect(JSON.parse(get.stdout).items.length).toBeGreaterThan(0);
    // The saved token is for the address it was made with; another address gets no token.
    const elsewhere = await cchc([...GET, "--api", server.url.replace("127.0.0.1", "localhost")], { env });
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain("Chưa đăng nhập máy chủ");

    const logout = await cchc(["logout", "--password-stdin", "--json"], { env, input: DEMO_PASSWORD });
    expect(logout.code).toBe(0);
    expect(JSON.parse(logout.stdout)).toMatchObject({ loggedOut: true, user: "bientap.vp" });
    expect(["token", "session"]).toContain(JSON.parse(logout.stdout).revoked);
    expect(existsSync(file)).toBe(false);

    const after = await cchc(GET, { env });
    expect(after.code).toBe(2);
    expect(after.stderr).toContain("Cần đăng nhập");
    expect(after.stderr).toContain("cchc login");
    const revoked = await cchc(GET, { env: { ...env, CCHC_TOKEN: saved.token } });
    expect(revoked.code).toBe(2);
    expect(revoked.stderr).toContain("Mã truy cập API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.");
    expect(JSON.parse(revoked.stdout).error.status).toBe(401);
  });

  it("uses ~/.config without XDG_CONFIG_HOME; an administrator's token revokes itself; chosen scopes and days are kept", async () => {
    const { env, file } = home(false);
    const login = await cchc(
      ["login", "--user", "quantri.dt", "--password-stdin", "--scopes", "read,admin", "--expires-days", "7", "--json"],
      { env, input: DEMO_PASSWORD },
    );
    expect(login.code).toBe(0);
    expect(JSON.parse(login.stdout)).toMatchObject({ unit: "DT", scopes: ["read", "admin"], config: file });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(readFileSync(file, "utf8"));
    expect((Date.parse(saved.expiresAt) - Date.now()) / 86_400_000).toBeLessThanOrEqual(7);
    const text = await cchc(["values", "get", "--unit", "DT", "--period", "2022-H1", "--indicator", "tthc.pakn.tiepnhan"], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("tthc.pakn.tiepnhan");
    const logout = await cchc(["logout", "--json"], { env });
    expect(logout.code).toBe(0);
    expect(JSON.parse(logout.stdout).revoked).toBe("token");
    expect(existsSync(file)).toBe(false);
    const again = await cchc(["logout"], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Chưa đăng nhập");
  });

  it("refuses a wrong password (exit 2, nothing saved) and asks for --password-stdin without a terminal", async () => {
    const { env, file } = home(true);
    const wrong = await cchc(["login", "--user", "bientap.snv", "--password-stdin"], { env, input: "sai-mat-khau\n" });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Tên đăng nhập hoặc mật khẩu không đúng.");
    expect(existsSync(file)).toBe(false);
    const noTty = await cchc(["login", "--user", "bientap.snv"], { env });
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toContain("--password-stdin");
    expect(existsSync(file)).toBe(false);
  });
});
