import { describe, expect, it, layer } from "@effect/vitest";
import { Effect, Layer, TestClock } from "effect";
import { AccountRepo } from "../../src/accounts/AccountRepo.js";
import { ensureAdmin } from "../../src/accounts/Bootstrap.js";
import { DEMO_PASSWORD, demoUsers, loadDemoAccounts } from "../../src/accounts/DemoAccounts.js";
import * as Password from "../../src/accounts/Password.js";
import * as Secret from "../../src/accounts/Secret.js";
import { lockSeconds, SessionRepo } from "../../src/accounts/SessionRepo.js";
import { TokenRepo } from "../../src/accounts/TokenRepo.js";
import { Database } from "../../src/Database.js";
import { testDatabases } from "../../src/testing/TestDatabases.js";

describe.each(testDatabases())("accounts on $name", (db) => {
  const Test = Layer.mergeAll(AccountRepo.layer, SessionRepo.layer, TokenRepo.layer).pipe(Layer.provideMerge(db.layer));

  layer(Test)("repositories", (it) => {
    it.effect("hashes passwords with scrypt and a per-user salt, never storing them in clear", () =>
      Effect.gen(function* () {
        const repo = yield* AccountRepo;
        const a = yield* repo.create({ username: "Nguoi.A", displayName: "A", password: "mat-khau-dai-1" });
        yield* repo.create({ username: "nguoi.b", displayName: "B", password: "mat-khau-dai-1" });
        expect(a.username).toBe("nguoi.a");
        const { kysely } = yield* Database;
        const rows = yield* Effect.promise(() =>
          kysely.selectFrom("app_user").select(["username", "password_hash"]).where("username", "in", ["nguoi.a", "nguoi.b"]).execute(),
        );
        expect(rows.every((r) => r.password_hash.startsWith("scrypt$") && !r.password_hash.includes("mat-khau"))).toBe(true);
        expect(rows[0]?.password_hash).not.toBe(rows[1]?.password_hash);
        expect((yield* repo.checkPassword("NGUOI.A", "mat-khau-dai-1"))?.id).toBe(a.id);
        expect(yield* repo.checkPassword("nguoi.a", "sai")).toBeUndefined();
        expect(yield* repo.checkPassword("khong.co", "mat-khau-dai-1")).toBeUndefined();
        expect((yield* Effect.flip(repo.create({ username: "nguoi.a", displayName: "A", password: "x" })))._tag).toBe("UserDuplicate");
      }),
    );

    it.effect("disables and enables an account: a disabled one fails the right password and says whether anything changed", () =>
      Effect.gen(function* () {
        const repo = yield* AccountRepo;
        const u = yield* repo.create({ username: "se.khoa", displayName: "Sẽ khóa", password: "mat-khau-dai-2" });
        expect(yield* repo.setDisabled(u.id, true)).toBe(true);
        expect(yield* repo.setDisabled(u.id, true)).toBe(false);
        expect((yield* repo.get(u.id)).disabled).toBe(true);
        expect(yield* repo.checkPassword("se.khoa", "mat-khau-dai-2")).toBeUndefined();
        expect(yield* repo.setDisabled(u.id, false)).toBe(true);
        expect(yield* repo.setDisabled(u.id, false)).toBe(false);
        expect((yield* repo.checkPassword("se.khoa", "mat-khau-dai-2"))?.disabled).toBe(false);
      }),
    );

    it.effect("creates the first administrator once, and the demo accounts idempotently", () =>
      Effect.gen(function* () {
        const first = yield* ensureAdmin(undefined);
        expect(first.created).toBe(true);
        const password = first.created ? first.generatedPassword : null;
        expect(password).toMatch(/^.{16}$/);
        expect(yield* ensureAdmin("khac")).toEqual({ created: false, reason: "admin-present" });
        const repo = yield* AccountRepo;
        const admin = yield* repo.checkPassword("admin", password as string);
        expect(admin?.grants).toEqual([{ role: "admin", unit: "*" }]);
        expect(admin?.mustChangePassword).toBe(true);
        expect(yield* loadDemoAccounts).toBe(demoUsers.length);
        expect(yield* loadDemoAccounts).toBe(0);
        // every demo unit with users has one of each role
        for (const unit of ["DT", "DT.VPUBND", "DT.SNV"])
          expect(
            demoUsers
              .filter((u) => u.grant.unit === unit)
              .map((u) => u.grant.role)
              .sort(),
          ).toEqual(["admin", "approver", "editor", "viewer"]);
        expect((yield* repo.checkPassword("xem.snv", DEMO_PASSWORD))?.grants).toEqual([{ role: "viewer", unit: "DT.SNV" }]);
        expect((yield* repo.checkPassword("bientap.dt", DEMO_PASSWORD))?.grants).toEqual([{ role: "editor", unit: "DT" }]);
        // the list carries each user's own grants, as a single read of the user does
        const listed = yield* repo.list();
        for (const u of listed) expect(u.grants).toEqual((yield* repo.get(u.id)).grants);
        expect(listed.find((u) => u.username === "admin")?.grants).toEqual([{ role: "admin", unit: "*" }]);
      }),
    );

    it.effect("opens sessions stored by hash, which expire and close", () =>
      Effect.gen(function* () {
        const accounts = yield* AccountRepo;
        const sessions = yield* SessionRepo;
        const u = yield* accounts.create({ username: "phien", displayName: "P", password: "mat-khau-dai-2" });
        const s = yield* sessions.open(u.id);
        const { kysely } = yield* Database;
        const stored = yield* Effect.promise(() =>
          kysely.selectFrom("auth_session").select("token_hash").where("id", "=", s.id).executeTakeFirstOrThrow(),
        );
        expect(stored.token_hash).toBe(Secret.digest(s.secret));
        expect((yield* sessions.resolve(s.secret))?.userId).toBe(u.id);
        yield* TestClock.adjust("13 hours");
        expect(yield* sessions.resolve(s.secret)).toBeUndefined();
        const s2 = yield* sessions.open(u.id);
        yield* sessions.close(s2.secret);
        expect(yield* sessions.resolve(s2.secret)).toBeUndefined();
      }),
    );

    it.effect("locks sign-in for exponentially longer after repeated failures", () =>
      Effect.gen(function* () {
        const sessions = yield* SessionRepo;
        expect([1, 2, 3, 4, 5, 30].map((n) => lockSeconds(n))).toEqual([0, 0, 2, 4, 8, 900]);
        expect(yield* sessions.fail("x|1")).toBe(0);
        expect(yield* sessions.fail("x|1")).toBe(0);
        expect(yield* sessions.fail("x|1")).toBe(2);
        expect(yield* sessions.retryAfter("x|1")).toBe(2);
        expect(yield* sessions.retryAfter("x|2")).toBe(0);
        yield* TestClock.adjust("3 seconds");
        expect(yield* sessions.retryAfter("x|1")).toBe(0);
        expect(yield* sessions.fail("x|1")).toBe(4);
        yield* sessions.succeed("x|1");
        expect(yield* sessions.retryAfter("x|1")).toBe(0);
      }),
    );

    it.effect("keeps API tokens by sha256 with scopes, subtree, expiry and revocation", () =>
      Effect.gen(function* () {
        const accounts = yield* AccountRepo;
        const tokens = yield* TokenRepo;
        const u = yield* accounts.create({ username: "chuong.trinh", displayName: "T", password: "mat-khau-dai-3" });
        const now = new Date(0);
        const { secret, info } = yield* tokens.create({
          userId: u.id,
          name: "tui",
          scopes: ["read", "write-values"],
          unit: "DT.VPUBND",
          expiresAt: new Date(now.getTime() + 86_400_000),
          createdBy: null,
        });
        expect(secret.startsWith("cchc_")).toBe(true);
        expect(info).toMatchObject({ scopes: ["read", "write-values"], unit: "DT.VPUBND", prefix: secret.slice(0, 10) });
        expect((yield* tokens.resolve(secret))?.id).toBe(info.id);
        expect(yield* tokens.resolve(`${secret}x`)).toBeUndefined();
        yield* TestClock.adjust("2 days");
        expect(yield* tokens.resolve(secret)).toBeUndefined();
        const live = yield* tokens.create({ userId: u.id, name: "x", scopes: ["read"], unit: "*", expiresAt: null, createdBy: null });
        expect((yield* tokens.revoke(live.info.id)).revokedAt).not.toBeNull();
        expect(yield* tokens.resolve(live.secret)).toBeUndefined();
        expect((yield* Effect.flip(tokens.revoke("00000000-0000-0000-0000-000000000000")))._tag).toBe("TokenNotFound");
      }),
    );
  });

  layer(Test)("first administrator where an `admin` account exists without the role", (it) => {
    it.effect("neither resets its password nor grants it the role; another name can be created", () =>
      Effect.gen(function* () {
        const repo = yield* AccountRepo;
        yield* repo.create({ username: "admin", displayName: "Cũ", password: "mat-khau-cu-dai", grants: [] });
        expect(yield* ensureAdmin(undefined)).toEqual({ created: false, reason: "name-taken", username: "admin" });
        const kept = yield* repo.checkPassword("admin", "mat-khau-cu-dai");
        expect(kept?.grants).toEqual([]);
        expect(kept?.mustChangePassword).toBe(false);
        expect(yield* repo.countGlobalAdmins()).toBe(0);
        const other = yield* ensureAdmin("mat-khau-moi-dai", "quantri.moi");
        expect(other).toEqual({ created: true, username: "quantri.moi", generatedPassword: null });
        expect(yield* repo.countGlobalAdmins()).toBe(1);
      }),
    );
  });

  it("verifies scrypt hashes and rejects tampered ones", async () => {
    const h = await Effect.runPromise(Password.hash("mật khẩu"));
    expect(await Effect.runPromise(Password.verify("mật khẩu", h))).toBe(true);
    expect(
      await Effect.runPromise(
        Password.verify(
          "mật khẩu",
          // Flip the first character of the key: the last base64 character may carry only padding bits.
          h.replace(/\$([^$])([^$]*)$/, (_m, c: string, rest: string) => `$${c === "A" ? "B" : "A"}${rest}`),
        ),
      ),
    ).toBe(false);
    expect(await Effect.runPromise(Password.verify("x", "plain"))).toBe(false);
  });
});
