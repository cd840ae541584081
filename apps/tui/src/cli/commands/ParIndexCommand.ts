/**
 * `cchc par-index show --framework F --unit U` (a unit's PAR Index: state, totals, each criterion
 * with its self, computed, appraised and final score, and the reasons of adjustments) and
 * `cchc par-index ranking --framework F --parent U` (the ranking of the units under a parent,
 * ties sharing a rank, with the change against the previous year). `--json` prints the API's answer.
 */
import type { AnswerOf } from "@cchc/contract";
import { Api } from "@cchc/contract/Api";
import { Ranking } from "@cchc/contract/schemas/ParIndex";
import { callerOf, decodeAnswer } from "../../api/Call.js";
import { type CommandContext, type CommandRun, flag, printJson, req } from "../Context.js";
import { renderTable } from "../Table.js";

/** Points as Vietnamese write them, two decimals: 85.25 → "85,25"; null → "—". */
export const points = (n: number | null | undefined): string => (n === null || n === undefined ? "—" : n.toFixed(2).replace(".", ","));

const stateVi: Record<string, string> = {
  draft: "đang tự chấm",
  submitted: "đã gửi thẩm định",
  appraised: "đã thẩm định",
  published: "đã công bố",
};

const callOf = (ctx: CommandContext) => callerOf(Api, { baseUrl: ctx.env.apiUrl, token: ctx.env.token });

type CriterionRow = AnswerOf<Api["getParAssessment"]>["criteria"][number];

/** Runs `par-index show`. */
export const runShow: CommandRun = async (ctx) => {
  const framework = req(ctx, "framework");
  const unit = req(ctx, "unit");
  const a = await callOf(ctx)("getParAssessment", { params: { framework, unit }, signal: ctx.signal });
  if (flag(ctx, "json")) {
    printJson(ctx, a);
    return 0;
  }
  const rows = a.criteria;
  ctx.output.out(
    `Chỉ số CCHC ${framework} — ${a.unitName} (${unit}): ${stateVi[a.status] ?? a.status}\n` +
      `Tự chấm ${points(a.total.self)}, thẩm định ${points(a.total.appraised)}, điểm cuối cùng ${points(a.total.final)}\n\n`,
  );
  ctx.output.out(
    renderTable<CriterionRow>(
      [
        { header: "Mã", cell: (c) => c.code },
        { header: "Tiêu chí", cell: (c) => `${c.name}${c.illustrative ? " (minh họa)" : ""}`, shrink: "wrap", min: 16 },
        { header: "Cách chấm", cell: (c) => (c.method === "formula" ? "số liệu" : c.method === "survey" ? "điều tra" : "tự chấm") },
        { header: "Tối đa", cell: (c) => points(c.maxScore), align: "right" },
        { header: "Tự chấm/tính", cell: (c) => points(c.method === "formula" ? c.computedScore : c.selfScore), align: "right" },
        { header: "Thẩm định", cell: (c) => points(c.appraisedScore), align: "right" },
        { header: "Điểm", cell: (c) => points(c.finalScore), align: "right" },
        { header: "Lý do điều chỉnh", cell: (c) => c.reason ?? "", shrink: "wrap", min: 8, max: 30 },
      ],
      rows,
      ctx.columns,
    ),
  );
  return 0;
};

type RankRow = (typeof Ranking.Type)["items"][number];

/** Runs `par-index ranking`. */
export const runRanking: CommandRun = async (ctx) => {
  const framework = req(ctx, "framework");
  const parent = req(ctx, "parent");
  // The ranking is also a spreadsheet or a document: the client gives the answer as it came, read here as JSON.
  const answer = await callOf(ctx)("getParRanking", { params: { framework }, query: { parent, format: "json" }, signal: ctx.signal });
  const r = await decodeAnswer(Ranking, Api.getParRanking, ctx.env.apiUrl, answer);
  if (flag(ctx, "json")) {
    printJson(ctx, r);
    return 0;
  }
  const items = r.items;
  if (items.length === 0) {
    ctx.output.out(`Chưa có đơn vị nào dưới ${parent} được chấm theo ${framework}.\n`);
    return 0;
  }
  ctx.output.out(`Xếp hạng Chỉ số CCHC ${framework} các đơn vị dưới ${parent}:\n\n`);
  ctx.output.out(
    renderTable<RankRow>(
      [
        { header: "Hạng", cell: (x) => String(x.rank), align: "right" },
        { header: "Mã", cell: (x) => x.unit },
        { header: "Đơn vị", cell: (x) => x.name, shrink: "wrap", min: 16 },
        { header: "Tổng điểm", cell: (x) => points(x.total), align: "right" },
        {
          header: "So với năm trước",
          cell: (x) => (x.change === null ? "—" : `${x.change > 0 ? "+" : ""}${points(x.change)}`),
          align: "right",
        },
        { header: "Trạng thái", cell: (x) => stateVi[x.status] ?? x.status },
      ],
      items,
      ctx.columns,
    ),
  );
  return 0;
};
