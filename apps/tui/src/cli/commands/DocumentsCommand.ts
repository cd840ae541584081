/**
 * `cchc documents list [--unit U] [--q TEXT] [--type T] [--from D] [--to D]`: the document
 * register as the web app's "Sổ văn bản" lists it (id, number/symbol, date, summary), and
 * `cchc documents delete ID`: removes one, refused with the API's message while a task or a PAR
 * Index criterion cites it as evidence (exit 2, ADR 0035).
 */
import * as DocumentReference from "@cchc/domain/DocumentReference";
import { DocumentUse, documentUseText } from "@cchc/domain/documents/RegisterEntry";
import type { LocalDate } from "@cchc/domain/LocalDate";
import * as VnDate from "@cchc/domain/VnDate";
import { Schema } from "effect";
import { listDocuments, removeDocument } from "../../api/Documents.js";
import { type CommandRun, flag, printJson, str } from "../Context.js";
import { dayOption } from "../Day.js";
import { ServerRefused, UsageInvalid } from "../Failure.js";
import { displayWidth, pad } from "../Table.js";

/** Documents listed at most (the API's largest page). */
const LIMIT = 1000;

/** Runs `cchc documents list`. */
export const list: CommandRun = async (ctx) => {
  const from = dayOption(ctx, "from", "documents list");
  const to = dayOption(ctx, "to", "documents list");
  const q = str(ctx, "q");
  const unit = str(ctx, "unit");
  const typeText = str(ctx, "type");
  const type = DocumentReference.types.find((t) => t.code === typeText)?.code;
  if (typeText !== undefined && type === undefined)
    throw new UsageInvalid(
      `--type nhận mã loại văn bản (${DocumentReference.types.map((t) => t.code).join(", ")}); nhận được "${typeText}"`,
      "documents list",
    );
  const query = {
    limit: LIMIT,
    ...(unit ? { unit } : {}),
    ...(q ? { q } : {}),
    ...(type ? { type } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const page = await listDocuments({ baseUrl: ctx.env.apiUrl, token: ctx.env.token }, query);
  if (flag(ctx, "json")) {
    printJson(ctx, page);
    return 0;
  }
  if (page.items.length === 0) {
    ctx.output.out("Không có văn bản nào.\n");
    return 0;
  }
  const ids = page.items.map((d) => String(d.id));
  const numbers = page.items.map((d) => d.numberSymbol);
  const days = page.items.map((d) => VnDate.formatShort(d.date as LocalDate));
  const wi = Math.max(...ids.map(displayWidth));
  const wn = Math.max(...numbers.map(displayWidth));
  const wd = Math.max(...days.map(displayWidth));
  page.items.forEach((d, i) => {
    ctx.output.out(`${pad(ids[i] ?? "", wi)}  ${pad(numbers[i] ?? "", wn)}  ${pad(days[i] ?? "", wd)}  ${d.summary}\n`);
  });
  ctx.output.out(`\n${page.total} văn bản${page.total > page.items.length ? ` (hiện ${page.items.length})` : ""}.\n`);
  return 0;
};

const isUse = Schema.is(DocumentUse);

/** A use of a document as the API lists it (`details` of DOCUMENT_IN_USE), in words; anything else as JSON. */
const useText = (u: unknown): string => (isUse(u) ? documentUseText(u) : JSON.stringify(u));

/** Runs `cchc documents delete ID`. */
export const remove: CommandRun = async (ctx) => {
  const text = ctx.args.positionals[0] ?? "";
  const id = /^[1-9]\d{0,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(id) || id > 2_147_483_647)
    throw new UsageInvalid(
      `MÃ-VĂN-BẢN phải là số nguyên dương (mã trong sổ, xem "cchc documents list"); nhận được "${text}"`,
      "documents delete",
    );
  const answer = await removeDocument({ baseUrl: ctx.env.apiUrl, token: ctx.env.token }, id).catch((e: unknown) => {
    // for a person, each use on a line of its own in words; `--json` keeps the API's details
    if (e instanceof ServerRefused && e.code === "DOCUMENT_IN_USE" && Array.isArray(e.details) && !flag(ctx, "json"))
      throw new ServerRefused(
        e.status,
        e.code,
        e.message,
        e.details.map((u: unknown) => ({ message: useText(u) })),
      );
    throw e;
  });
  if (flag(ctx, "json")) printJson(ctx, answer);
  else ctx.output.out(`Đã xóa văn bản mã ${answer.id} khỏi sổ.\n`);
  return 0;
};
