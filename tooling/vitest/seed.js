// The user's example report (the seed: the 6-month CCHC report 2022 of the Đồng Tháp PPC Office) is
// not part of the repository. Tests and benches that need its text take it from CCHC_SEED_FILE only;
// without it they are skipped, and CCHC_REQUIRE_SEED=1 (set by CI) turns a missing file into a failure.
import { existsSync, readFileSync } from "node:fs";

/** Marker in the name of every test block that needs the seed; the test summary counts its skips. */
export const SEED_TAG = "[seed]";

/**
 * The seed report, or undefined when CCHC_SEED_FILE is not set.
 * @returns {{ path: string, text: string } | undefined}
 */
export function seedReport() {
  const path = process.env.CCHC_SEED_FILE;
  const required = process.env.CCHC_REQUIRE_SEED === "1";
  if (!path) {
    if (required) throw new Error("CCHC_REQUIRE_SEED=1 nhưng chưa đặt CCHC_SEED_FILE (đường dẫn tới báo cáo mẫu)");
    return undefined;
  }
  if (!existsSync(path)) throw new Error(`CCHC_SEED_FILE=${path}: không tìm thấy tệp báo cáo mẫu`);
  return { path, text: readFileSync(path, "utf8") };
}
