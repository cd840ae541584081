import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configPath, readLogin, removeLogin, type SavedLogin, sameApi, tokenFor, writeLogin } from "../../src/cli/Config.js";
import { readCliEnv } from "../../src/cli/Env.js";

const login: SavedLogin = {
  api: "http://127.0.0.1:4100",
  token: "cchc_bimat",
  tokenId: "7",
  user: { username: "bientap.vp", displayName: "Biên tập" },
  scopes: ["read"],
  unit: "DT.VPUBND",
  expiresAt: null,
  createdAt: "2026-01-01T00:00:00.000Z",
};

describe("the saved login", () => {
  it("lives under XDG_CONFIG_HOME when it is an absolute path, else under ~/.config", () => {
    expect(configPath({ XDG_CONFIG_HOME: "/x/cfg", HOME: "/home/a" })).toBe("/x/cfg/cchc/config.json");
    expect(configPath({ XDG_CONFIG_HOME: "relative", HOME: "/home/a" })).toBe("/home/a/.config/cchc/config.json");
    expect(configPath({ XDG_CONFIG_HOME: "", HOME: "/home/a" })).toBe("/home/a/.config/cchc/config.json");
  });

  it("is written with mode 600 in a 700 folder, through a temporary file that does not stay", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "cchc-cfg-")), "cchc");
    mkdirSync(dir, { mode: 0o755 });
    const path = join(dir, "config.json");
    writeFileSync(path, "{}", { mode: 0o644 });
    await writeLogin(path, login);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir)).toEqual(["config.json"]);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(login);
    expect(await readLogin(path)).toEqual(login);
    await removeLogin(path);
    expect(await readLogin(path)).toBeUndefined();
  });

  it("ignores a file that is not a login", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "cchc-cfg-")), "config.json");
    writeFileSync(path, "{ not json");
    expect(await readLogin(path)).toBeUndefined();
    writeFileSync(path, JSON.stringify({ api: "x" }));
    expect(await readLogin(path)).toBeUndefined();
  });

  it("gives its token only to the same server; CCHC_TOKEN wins", () => {
    expect(sameApi("HTTP://127.0.0.1:4100/", "http://127.0.0.1:4100")).toBe(true);
    expect(sameApi("http://localhost:80", "http://localhost")).toBe(true);
    expect(sameApi("http://127.0.0.1:4100", "http://127.0.0.1:4101")).toBe(false);
    expect(tokenFor(login, "http://127.0.0.1:4100/")).toBe("cchc_bimat");
    expect(tokenFor(login, "http://localhost:4100")).toBeUndefined();
    const saved = readCliEnv({ CCHC_API: "http://127.0.0.1:4100", HOME: "/h" }, undefined, login);
    expect(saved).toMatchObject({ token: "cchc_bimat", tokenSource: "config" });
    expect(readCliEnv({ CCHC_TOKEN: "cchc_env" }, "http://127.0.0.1:4100", login)).toMatchObject({ token: "cchc_env", tokenSource: "env" });
    expect(readCliEnv({}, "http://other:1", login)).toMatchObject({ token: undefined, tokenSource: "none" });
  });
});
