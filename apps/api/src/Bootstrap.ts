/**
 * What every start of the server does before it serves, on any database: load the shipped
 * indicator catalogues and their validation rules (idempotent: a catalogue already stored at the
 * same or a newer version is kept), load the demo where it belongs when the demo is on (each part
 * only if missing), and make sure someone administers every unit. `startupMessages` turns the
 * outcome into the Vietnamese lines the server prints.
 */
import { type AdminBootstrap, ensureAdmin } from "@cchc/db/accounts/Bootstrap";
import { loadShippedCatalogues } from "@cchc/db/catalogue/CatalogueRepo";
import { type DemoStart, loadDemoWhereItBelongs } from "@cchc/db/demo/Demo";
import { Effect } from "effect";

/** The settings start-up reads (from `env.ts`). */
export interface BootstrapOptions {
  readonly loadDemo: boolean;
  readonly adminPassword: string | undefined;
  readonly adminUsername: string;
}

/** What start-up did. */
export interface BootstrapOutcome {
  /** Catalogue rows written (0 when the shipped catalogues were already stored). */
  readonly catalogueRows: number;
  readonly demo: DemoStart;
  readonly admin: AdminBootstrap;
}

/** Runs the start-up steps in order: catalogue, demo, administrator. */
export const bootstrap = (options: BootstrapOptions) =>
  Effect.gen(function* () {
    const catalogueRows = yield* loadShippedCatalogues;
    const demo: DemoStart = options.loadDemo ? yield* loadDemoWhereItBelongs : { loaded: false };
    const admin = yield* ensureAdmin(options.adminPassword, options.adminUsername);
    return { catalogueRows, demo, admin } satisfies BootstrapOutcome;
  });

/** The lines to print about what start-up did; a one-time password appears here and nowhere else. */
export const startupMessages = (outcome: BootstrapOutcome): ReadonlyArray<string> => {
  const lines: string[] = [];
  if (outcome.catalogueRows > 0) lines.push("CCHC: đã nạp danh mục chỉ tiêu và quy tắc kiểm tra kèm theo phần mềm.");
  if (outcome.demo.loaded) {
    const added = outcome.demo.steps.filter((s) => s.added > 0);
    if (added.length > 0)
      lines.push(`CCHC: đã nạp dữ liệu mẫu (Đồng Tháp, 6 tháng đầu năm 2022): ${added.map((s) => `${s.step} +${s.added}`).join(", ")}.`);
  }
  const admin = outcome.admin;
  if (admin.created && admin.generatedPassword !== null)
    lines.push(
      `CCHC: đã tạo tài khoản quản trị "${admin.username}" với mật khẩu dùng một lần: ${admin.generatedPassword}\n      (chỉ hiện lần này; đổi mật khẩu sau khi đăng nhập, hoặc đặt CCHC_ADMIN_PASSWORD trước khi khởi động lần đầu)`,
    );
  else if (admin.created) lines.push(`CCHC: đã tạo tài khoản quản trị "${admin.username}" với mật khẩu trong CCHC_ADMIN_PASSWORD.`);
  else if (admin.reason === "name-taken")
    lines.push(
      [
        `CCHC: CẢNH BÁO — chưa có ai quản trị mọi đơn vị, nhưng đã có tài khoản "${admin.username}" nên không tạo và không đổi mật khẩu của tài khoản này.`,
        "      Để tạo tài khoản quản trị mới, khởi động lại với tên chưa dùng, ví dụ:",
        "        CCHC_ADMIN_USERNAME=quantri.moi CCHC_ADMIN_PASSWORD='<mật khẩu ≥ 10 ký tự>' npm start",
        "      (bỏ CCHC_ADMIN_PASSWORD thì mật khẩu dùng một lần được in ra ở đây). Xem docs/accounts.md.",
      ].join("\n"),
    );
  return lines;
};
