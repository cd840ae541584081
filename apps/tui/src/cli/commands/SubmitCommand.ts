/**
 * `cchc submit --unit U --period P [--comment …]`: submits a unit's report for approval. When the
 * report is incomplete (compulsory indicators with neither a value nor a stated reason, 422
 * SUBMISSION_INCOMPLETE) it prints the missing indicators, code and Vietnamese name, and exits 1;
 * other refusals end as usual (their message, exit 2).
 */
import type { MissingIndicatorView } from "../../api/ApiClient.js";
import { type CommandRun, flag, printJson, req, str } from "../Context.js";
import { recordOf, stringField } from "../Details.js";
import { ServerRefused } from "../Failure.js";
import { renderTable } from "../Table.js";

/** The missing indicators of an incomplete-submission refusal; undefined for any other failure. */
export const missingOf = (e: unknown): ReadonlyArray<MissingIndicatorView> | undefined => {
  if (!(e instanceof ServerRefused) || e.code !== "SUBMISSION_INCOMPLETE") return undefined;
  const missing = recordOf(e.details).missing;
  return Array.isArray(missing)
    ? missing.map((m: unknown) => ({ indicator: stringField(m, "indicator") ?? "", nameVi: stringField(m, "nameVi") ?? "" }))
    : [];
};

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const unit = req(ctx, "unit");
  const period = req(ctx, "period").toUpperCase();
  const comment = str(ctx, "comment");
  try {
    const r = await ctx.api().submit(unit, period, comment);
    if (flag(ctx, "json")) printJson(ctx, { unit, period, ...r });
    else
      ctx.output.out(
        `Đã gửi báo cáo của ${unit} kỳ ${period} (${r.timeliness === "late" ? "muộn" : "đúng hạn"}, hạn ${r.deadline.split("-").reverse().join("/")}).\n`,
      );
    return 0;
  } catch (e) {
    const missing = missingOf(e);
    if (missing === undefined) throw e;
    if (flag(ctx, "json")) {
      printJson(ctx, { unit, period, submitted: false, code: "SUBMISSION_INCOMPLETE", missing });
      return 1;
    }
    ctx.output.out(
      `Chưa gửi được báo cáo của ${unit} kỳ ${period}: ${missing.length} chỉ tiêu bắt buộc chưa có số liệu và chưa có lý do không có số liệu.\n\n${renderTable<MissingIndicatorView>(
        [
          { header: "Mã chỉ tiêu", cell: (m) => m.indicator },
          { header: "Tên chỉ tiêu", cell: (m) => m.nameVi, max: 90, shrink: "wrap", min: 24 },
        ],
        missing,
        ctx.columns,
      )}\n\nNhập số liệu (cchc values set …) hoặc nêu lý do không có số liệu trên màn hình Nhập số liệu, rồi gửi lại.\n`,
    );
    return 1;
  }
};
