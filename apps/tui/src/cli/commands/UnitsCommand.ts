/**
 * `cchc units [--as-of DATE] [--kind K]`: the organisation tree, drawn with box characters, or
 * the flat list as JSON.
 */
import type { UnitKind } from "@cchc/domain/OrgUnit";
import type { UnitNode } from "../../api/ApiClient.js";
import { type CommandRun, flag, printJson, str } from "../Context.js";
import { dayOption } from "../Day.js";
import { UsageInvalid } from "../Failure.js";
import { displayWidth, pad } from "../Table.js";

const KINDS: ReadonlyArray<UnitKind> = ["province", "department", "district", "commune", "division", "people-committee"];
const isKind = (k: string): k is UnitKind => KINDS.some((x) => x === k);

/** Lines of the tree: "├─ DT.VPUBND  Văn phòng UBND tỉnh". */
export const treeLines = (nodes: ReadonlyArray<UnitNode>): ReadonlyArray<{ readonly prefix: string; readonly node: UnitNode }> => {
  const out: Array<{ prefix: string; node: UnitNode }> = [];
  const walk = (list: ReadonlyArray<UnitNode>, indent: string, top: boolean) => {
    list.forEach((node, i) => {
      const last = i === list.length - 1;
      out.push({ prefix: top ? "" : `${indent}${last ? "└─ " : "├─ "}`, node });
      walk(node.children, top ? "" : `${indent}${last ? "   " : "│  "}`, false);
    });
  };
  walk(nodes, "", true);
  return out;
};

/** Runs the command. */
export const run: CommandRun = async (ctx) => {
  const asOf = dayOption(ctx, "as-of", "units");
  const kind = str(ctx, "kind");
  if (kind !== undefined && !isKind(kind)) throw new UsageInvalid(`--kind chỉ nhận ${KINDS.join(", ")}; nhận được "${kind}"`, "units");
  const list = await ctx.api().units({ ...(asOf ? { asOf } : {}), ...(kind ? { kind } : {}) });
  if (flag(ctx, "json")) {
    printJson(ctx, list);
    return 0;
  }
  const lines = treeLines(list.tree);
  if (lines.length === 0) {
    ctx.output.out("Không có đơn vị nào.\n");
    return 0;
  }
  const width = Math.max(...lines.map((l) => displayWidth(l.prefix + l.node.code)));
  for (const { prefix, node } of lines) {
    const until = node.validTo ? ` (đến ${node.validTo}${node.successorCode ? ` → ${node.successorCode}` : ""})` : "";
    ctx.output.out(`${pad(prefix + node.code, width)}  ${node.name}${until}\n`);
  }
  ctx.output.out(`\n${list.items.length} đơn vị.\n`);
  return 0;
};
