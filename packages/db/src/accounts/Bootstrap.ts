/**
 * The first administrator. On a database where nobody administers every unit, `npm start`
 * creates `admin` with the administrator role on every unit, with the password given in
 * `CCHC_ADMIN_PASSWORD` or a generated one-time password that must be changed after signing in.
 */
import { Effect } from "effect";
import { AccountRepo } from "./AccountRepo.js";
import * as Password from "./Password.js";

/** What start-up did about the administrator. */
export type AdminBootstrap =
  | { readonly created: false }
  | { readonly created: true; readonly username: string; readonly generatedPassword: string | null };

/** The username of the first administrator. */
export const ADMIN_USERNAME = "admin";

/** Creates the first administrator when there is none; the generated password is returned to be shown once. */
export const ensureAdmin = (password: string | undefined) =>
  Effect.gen(function* () {
    const repo = yield* AccountRepo;
    if ((yield* repo.countGlobalAdmins()) > 0) return { created: false } as AdminBootstrap;
    const generated = password === undefined || password === "" ? Password.generate() : null;
    const existing = yield* Effect.either(repo.find(ADMIN_USERNAME));
    if (existing._tag === "Right") {
      // An `admin` without the role (demoted by hand): give the role back rather than fail to start.
      yield* repo.setPassword(existing.right.id, generated ?? (password as string), generated !== null);
      yield* repo.grant(existing.right.id, { role: "admin", unit: "*" });
    } else {
      yield* Effect.orDie(
        repo.create({
          username: ADMIN_USERNAME,
          displayName: "Quản trị hệ thống",
          password: generated ?? (password as string),
          mustChangePassword: generated !== null,
          grants: [{ role: "admin", unit: "*" }],
        }),
      );
    }
    return { created: true, username: ADMIN_USERNAME, generatedPassword: generated } as AdminBootstrap;
  });
