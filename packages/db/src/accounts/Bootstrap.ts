/**
 * The first administrator. On a database where nobody administers every unit, `npm start`
 * creates an account (`admin`, or the name in `CCHC_ADMIN_USERNAME`) with the administrator role
 * on every unit, with the password given in `CCHC_ADMIN_PASSWORD` or a generated one-time password
 * that must be changed after signing in. An existing account is never touched: start-up does not
 * reset a password nor grant a role to someone who may have been demoted on purpose; it reports
 * the situation so that the operator chooses another name.
 */
import { Effect } from "effect";
import { AccountRepo, normalizeUsername } from "./AccountRepo.js";
import * as Password from "./Password.js";

/** What start-up did about the administrator. */
export type AdminBootstrap =
  /** Someone enabled already holds the administrator role on every unit. */
  | { readonly created: false; readonly reason: "admin-present" }
  /** Nobody administers every unit, and an account with the wanted name exists: nothing was changed. */
  | { readonly created: false; readonly reason: "name-taken"; readonly username: string }
  | { readonly created: true; readonly username: string; readonly generatedPassword: string | null };

/** The default username of the first administrator. */
export const ADMIN_USERNAME = "admin";

/**
 * Creates the first administrator when nobody administers every unit and no account has the
 * name; the generated password is returned to be shown once.
 */
export const ensureAdmin = (password: string | undefined, username: string = ADMIN_USERNAME) =>
  Effect.gen(function* () {
    const repo = yield* AccountRepo;
    const outcome = (b: AdminBootstrap): AdminBootstrap => b;
    if ((yield* repo.countGlobalAdmins()) > 0) return outcome({ created: false, reason: "admin-present" });
    const name = normalizeUsername(username);
    const existing = yield* Effect.either(repo.find(name));
    if (existing._tag === "Right") return outcome({ created: false, reason: "name-taken", username: name });
    const secret =
      password === undefined || password === "" ? { value: Password.generate(), generated: true } : { value: password, generated: false };
    yield* Effect.orDie(
      repo.create({
        username: name,
        displayName: "Quản trị hệ thống",
        password: secret.value,
        mustChangePassword: secret.generated,
        grants: [{ role: "admin", unit: "*" }],
      }),
    );
    return outcome({ created: true, username: name, generatedPassword: secret.generated ? secret.value : null });
  });
