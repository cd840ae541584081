/**
 * The demo accounts: one user per role (admin, editor, approver, viewer) on each demo unit that
 * has users (DT, DT.VPUBND, DT.SNV), all with the documented demo password
 * (docs/accounts.md). They exist only where the demo data is loaded; a real installation starts
 * with the one administrator `npm start` creates.
 */
import type { Grant } from "@cchc/domain/access/Principal";
import { Effect } from "effect";
import { Database } from "../Database.js";
import { AccountRepo } from "./AccountRepo.js";

/** The password of every demo account (documented; demo data only). */
export const DEMO_PASSWORD = "cchc-demo-2022";

/** The demo users: username, name and their one role. */
export const demoUsers: ReadonlyArray<{ readonly username: string; readonly displayName: string; readonly grant: Grant }> = [
  { username: "quantri.dt", displayName: "Quản trị hệ thống (Đồng Tháp)", grant: { role: "admin", unit: "DT" } },
  { username: "bientap.dt", displayName: "Biên tập viên cấp tỉnh", grant: { role: "editor", unit: "DT" } },
  { username: "pheduyet.dt", displayName: "Lãnh đạo phê duyệt cấp tỉnh", grant: { role: "approver", unit: "DT" } },
  { username: "xem.dt", displayName: "Người xem cấp tỉnh", grant: { role: "viewer", unit: "DT" } },
  { username: "quantri.vp", displayName: "Quản trị Văn phòng UBND tỉnh", grant: { role: "admin", unit: "DT.VPUBND" } },
  { username: "bientap.vp", displayName: "Biên tập viên Văn phòng UBND tỉnh", grant: { role: "editor", unit: "DT.VPUBND" } },
  { username: "pheduyet.vp", displayName: "Lãnh đạo Văn phòng UBND tỉnh", grant: { role: "approver", unit: "DT.VPUBND" } },
  { username: "xem.vp", displayName: "Người xem Văn phòng UBND tỉnh", grant: { role: "viewer", unit: "DT.VPUBND" } },
  { username: "quantri.snv", displayName: "Quản trị Sở Nội vụ", grant: { role: "admin", unit: "DT.SNV" } },
  { username: "bientap.snv", displayName: "Biên tập viên Sở Nội vụ", grant: { role: "editor", unit: "DT.SNV" } },
  { username: "pheduyet.snv", displayName: "Lãnh đạo Sở Nội vụ", grant: { role: "approver", unit: "DT.SNV" } },
  { username: "xem.snv", displayName: "Người xem Sở Nội vụ", grant: { role: "viewer", unit: "DT.SNV" } },
];

/** The e-mail address of a demo account: `<username>@dongthap.example` (a reserved, undeliverable domain). */
export const demoEmail = (username: string): string => `${username}@dongthap.example`;

/** Creates the demo users that are missing and gives every demo user without one its e-mail address; returns how many were created. */
export const loadDemoAccounts = Effect.gen(function* () {
  const repo = yield* AccountRepo;
  const { kysely } = yield* Database;
  let added = 0;
  for (const u of demoUsers) {
    const exists = yield* Effect.either(repo.find(u.username));
    if (exists._tag === "Left") {
      yield* Effect.orDie(repo.create({ username: u.username, displayName: u.displayName, password: DEMO_PASSWORD, grants: [u.grant] }));
      added++;
    }
    yield* Effect.promise(() =>
      kysely
        .updateTable("app_user")
        .set({ email: demoEmail(u.username) })
        .where("username", "=", u.username)
        .where("email", "is", null)
        .execute(),
    );
  }
  return added;
}).pipe(Effect.provide(AccountRepo.layer));
