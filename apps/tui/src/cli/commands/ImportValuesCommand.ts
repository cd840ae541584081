/**
 * `cchc import values FILE.csv|.xlsx [--apply]`: reads and checks the file (columns
 * unit,period,indicator,disaggregation,value,comment), then sends the whole file — every unit and
 * period in it — in one request to `POST /values/batch`: a dry run answers what would change and
 * what validation finds; `--apply` stores all rows or none, in one transaction.
 */
import { resolve } from "node:path";
import type { BulkChange, BulkResult } from "../../api/ApiClient.js";
import { readValuesFile } from "../../files/ValuesFile.js";
import { type CommandRun, flag, printJson } from "../Context.js";
import { renderTable } from "../Table.js";
import { importanceLabel } from "./ValidateCommand.js";
import { formatValue } from "./ValuesGetCommand.js";

const ACTION: Record<BulkChange["action"], string> = { insert: "+ thêm", update: "~ sửa", unchanged: "= giữ nguyên" };

/** Counts of a result's changes by action. */
export const countChanges = (r: BulkResult): Record<BulkChange["action"], number> => ({
  insert: r.changes.filter((c) => c.action === "insert").length,
  update: r.changes.filter((c) => c.action === "update").length,
  unchanged: r.changes.filter((c) => c.action === "unchanged").length,
});

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const file = ctx.args.positionals[0] ?? "";
  const apply = flag(ctx, "apply");
  const rows = await readValuesFile(resolve(ctx.cwd, file));
  const result = await ctx.api().bulkValues(rows, !apply, { signal: ctx.signal });
  const counts = countChanges(result);
  const errors = result.findings.filter((f) => f.importance === "error").length;
  if (flag(ctx, "json")) {
    printJson(ctx, { file, applied: apply, rows: rows.length, counts, changes: result.changes, findings: result.findings });
    return errors > 0 ? 1 : 0;
  }
  const changed = result.changes.filter((c) => c.action !== "unchanged");
  ctx.output.out(`${apply ? "Đã nhập" : "Chạy thử (chưa lưu gì)"}: ${file} — ${rows.length} dòng.\n`);
  if (changed.length) {
    ctx.output.out(
      `\n${renderTable<BulkChange>(
        [
          { header: "", cell: (c) => ACTION[c.action] },
          { header: "Đơn vị", cell: (c) => c.unit, shrink: "wrap", min: 6 },
          { header: "Kỳ", cell: (c) => c.period },
          { header: "Chỉ tiêu", cell: (c) => c.indicator, shrink: "wrap", min: 10 },
          { header: "Phân tổ", cell: (c) => c.disaggregation || "(tổng)", shrink: "wrap", min: 8 },
          { header: "Trước", cell: (c) => (c.before === null ? "—" : formatValue(c.before)), align: "right" },
          { header: "Sau", cell: (c) => formatValue(c.after), align: "right" },
        ],
        changed,
        ctx.columns,
      )}\n`,
    );
  }
  ctx.output.out(`\n${apply ? "Đã" : "Sẽ"} thêm ${counts.insert}, sửa ${counts.update}, giữ nguyên ${counts.unchanged} số liệu.\n`);
  if (result.findings.length) {
    ctx.output.out(
      `\nKiểm tra số liệu ${apply ? "sau khi nhập" : "nếu nhập"}:\n${result.findings
        .map((f) => `  ${importanceLabel(f.importance)}  ${f.unit ? `${f.unit} ${f.period ?? ""}  ` : ""}${f.message}`)
        .join("\n")}\n`,
    );
  }
  if (!apply) ctx.output.out("\nThêm --apply để lưu (tất cả hoặc không gì cả).\n");
  return errors > 0 ? 1 : 0;
};
