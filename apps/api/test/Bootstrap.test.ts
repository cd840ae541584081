/**
 * Start-up on every kind of database: with the demo off the shipped catalogue is still loaded (so
 * figures can be entered), the first administrator is created once with a one-time password that
 * is printed, and an existing account is never reset — start-up warns instead.
 */
import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import { CatalogueRepo } from "@cchc/db/catalogue/CatalogueRepo";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import type { TestDatabase } from "@cchc/db/testing/TestDatabases";
import type { OrgUnit } from "@cchc/domain/OrgUnit";
import { Effect, Layer } from "effect";
import { describe, expect, it } from "vitest";
import { serviceLayer } from "../src/AppLayer.js";
import { Authenticator } from "../src/auth/Authenticator.js";
import { bootstrap, startupMessages } from "../src/Bootstrap.js";
import { bearer, jsonInit, tokenFor } from "./support/Credentials.js";
import { databases, json, type TestApp, useAppOver } from "./support/TestApp.js";

const demoOff = { loadDemo: false, adminPassword: undefined, adminUsername: "admin" };

const unit = (code: string): OrgUnit =>
  ({
    code,
    name: `Đơn vị ${code}`,
    shortName: null,
    kind: "province",
    parentCode: null,
    validFrom: "2008-01-01",
    validTo: null,
    successorCode: null,
  }) as OrgUnit;

/** A bare app over a fresh database: nothing loaded, no administrator (start-up is what is tested). */
const useBareApp = (db: TestDatabase): (() => TestApp) =>
  useAppOver(
    () => serviceLayer(Authenticator.layer).pipe(Layer.provideMerge(db.layer)),
    (runtime) => runtime.runPromise(Effect.void),
  );

describe.each(databases())("start-up on $name", (db) => {
  describe("a fresh database with the demo off", () => {
    const testApp = useBareApp(db);

    it("loads the catalogue, prints the administrator's one-time password once, and accepts a figure", async () => {
      const t = testApp();
      const outcome = await t.run(bootstrap(demoOff));
      expect(outcome.catalogueRows).toBeGreaterThan(0);
      expect(outcome.demo.loaded).toBe(false);
      expect(await t.run(Effect.flatMap(CatalogueRepo, (c) => c.years()))).not.toEqual([]);
      expect(await t.run(Effect.flatMap(OrgUnitRepo, (r) => r.list()))).toEqual([]);

      const password = outcome.admin.created ? outcome.admin.generatedPassword : null;
      expect(password).toMatch(/^.{16}$/);
      const printed = startupMessages(outcome).join("\n");
      expect(printed).toContain(`"admin" với mật khẩu dùng một lần: ${password}`);
      const signIn = await t.app.request("/api/v1/auth/sign-in", jsonInit("POST", { username: "admin", password }));
      expect(signIn.status).toBe(200);
      const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] as string;
      const csrf = (await json(signIn)).csrfToken as string;

      // a unit of the installation's own, and a figure for it: the catalogue is there without the demo
      await t.run(Effect.flatMap(OrgUnitRepo, (r) => r.insert(unit("TN"))));
      // the one-time password must be changed before anything is written
      const early = bearer(await tokenFor(t, "admin"));
      const refused = await t.app.request("/api/v1/units/TN/periods/2022-H1/values", jsonInit("POST", { values: [] }, early));
      expect(refused.status).toBe(403);
      expect((await json(refused)).error.code).toBe("PASSWORD_CHANGE_REQUIRED");
      const changed = await t.app.request(
        "/api/v1/auth/password",
        jsonInit("POST", { currentPassword: password, newPassword: "mat-khau-quan-tri-moi" }, { cookie, "x-csrf-token": csrf }),
      );
      expect(changed.status).toBe(200);
      const admin = bearer(await tokenFor(t, "admin"));
      const wrote = await t.app.request(
        "/api/v1/units/TN/periods/2022-H1/values",
        jsonInit("POST", { values: [{ indicator: "chidao.nhiemvu.cp.giao", value: 7 }] }, admin),
      );
      expect(wrote.status, await wrote.clone().text()).toBe(200);
      const listed = await json(await t.app.request("/api/v1/units/TN/periods/2022-H1/values", { headers: admin }));
      expect(JSON.stringify(listed)).toContain("chidao.nhiemvu.cp.giao");

      // the next start changes nothing and prints nothing
      const again = await t.run(bootstrap(demoOff));
      expect(again).toEqual({ catalogueRows: 0, demo: { loaded: false }, admin: { created: false, reason: "admin-present" } });
      expect(startupMessages(again)).toEqual([]);
    });
  });

  describe("a database whose admin account lost the role", () => {
    const testApp = useBareApp(db);

    it("leaves the account alone, warns how to create an administrator, and creates one under another name", async () => {
      const t = testApp();
      await t.run(
        Effect.flatMap(AccountRepo, (a) =>
          a.create({ username: "admin", displayName: "Cũ", password: "mat-khau-cu-dai", grants: [{ role: "viewer", unit: "*" }] }),
        ),
      );
      const outcome = await t.run(bootstrap({ ...demoOff, adminPassword: "khong-duoc-dung" }));
      expect(outcome.admin).toEqual({ created: false, reason: "name-taken", username: "admin" });
      const warning = startupMessages(outcome).join("\n");
      expect(warning).toContain("CẢNH BÁO");
      expect(warning).toContain("CCHC_ADMIN_USERNAME");
      expect(warning).not.toContain("khong-duoc-dung");
      const kept = await t.run(Effect.flatMap(AccountRepo, (a) => a.checkPassword("admin", "mat-khau-cu-dai")));
      expect(kept?.grants).toEqual([{ role: "viewer", unit: "*" }]);
      expect(kept?.mustChangePassword).toBe(false);

      const named = await t.run(bootstrap({ ...demoOff, adminUsername: "QuanTri.Moi", adminPassword: "mat-khau-moi-dai" }));
      expect(named.admin).toEqual({ created: true, username: "quantri.moi", generatedPassword: null });
      expect(startupMessages(named).join("\n")).not.toContain("mat-khau-moi-dai");
      const created = await t.run(Effect.flatMap(AccountRepo, (a) => a.checkPassword("quantri.moi", "mat-khau-moi-dai")));
      expect(created?.grants).toEqual([{ role: "admin", unit: "*" }]);
    });
  });

  describe("a database with units of its own and the demo on", () => {
    const testApp = useBareApp(db);

    it("does not load the demo into it", async () => {
      const t = testApp();
      await t.run(Effect.flatMap(OrgUnitRepo, (r) => r.insert(unit("TN"))));
      const outcome = await t.run(bootstrap({ ...demoOff, loadDemo: true }));
      expect(outcome.demo).toEqual({ loaded: false });
      expect((await t.run(Effect.flatMap(OrgUnitRepo, (r) => r.list()))).map((u) => u.code)).toEqual(["TN"]);
      expect((await t.run(Effect.either(Effect.flatMap(AccountRepo, (a) => a.find("bientap.dt")))))._tag).toBe("Left");
    });
  });
});
