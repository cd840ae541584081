/**
 * Help texts generated from the command specs, so every option is listed with what it means and
 * every command has an example.
 */
import { type CommandSpec, globalOptions, type OptionSpec } from "./Spec.js";
import { displayWidth, pad } from "./Table.js";

const optionLabel = (o: OptionSpec): string => `--${o.name}${o.kind === "boolean" ? "" : ` ${o.valueName ?? "GIÁ-TRỊ"}`}`;

const optionLine = (o: OptionSpec, width: number): string => {
  const notes = [
    o.required ? "bắt buộc" : null,
    o.choices ? `một trong: ${o.choices.join(", ")}` : null,
    o.defaultText ? `mặc định: ${o.defaultText}` : null,
  ].filter(Boolean);
  return `  ${pad(optionLabel(o), width)}  ${o.description}${notes.length ? ` (${notes.join("; ")})` : ""}`;
};

/** Help of one command: usage, description, arguments, options and examples. */
export const commandHelp = (c: CommandSpec): string => {
  const usage = [
    "cchc",
    ...c.words,
    ...c.positionals.map((p) => (p.required ? p.name : `[${p.name}]`)),
    ...c.options.map((o) => (o.required ? optionLabel(o) : `[${optionLabel(o)}]`)),
    "[--json]",
  ].join(" ");
  const options = [...c.options, ...globalOptions];
  const width = Math.max(...options.map((o) => displayWidth(optionLabel(o))), ...c.positionals.map((p) => displayWidth(p.name)));
  return [
    `Cách dùng: ${usage}`,
    "",
    c.summary + ".",
    ...(c.description ? ["", c.description] : []),
    ...(c.positionals.length ? ["", "Đối số:", ...c.positionals.map((p) => `  ${pad(p.name, width)}  ${p.description}`)] : []),
    "",
    "Tùy chọn:",
    ...options.map((o) => optionLine(o, width)),
    "",
    "Ví dụ:",
    ...c.examples.map((e) => `  ${e}`),
    "",
  ].join("\n");
};

/** Help of `cchc` itself: the console, every command, exit codes and settings. */
export const mainHelp = (specs: ReadonlyArray<CommandSpec>): string => {
  const names = specs.map((c) => c.words.join(" "));
  const width = Math.max(...names.map(displayWidth));
  return [
    "CCHC — bảng điều khiển và lệnh dòng lệnh cho báo cáo cải cách hành chính",
    "",
    "Cách dùng:",
    "  cchc [--api URL]                 mở bảng điều khiển (giao diện bàn phím)",
    "  cchc LỆNH [tùy chọn] [--json]    chạy một lệnh rồi thoát",
    "",
    "Lệnh:",
    ...specs.map((c, i) => `  ${pad(names[i] ?? "", width)}  ${c.summary}`),
    "",
    "Tùy chọn chung:",
    ...globalOptions.map((o) => optionLine(o, 12)),
    "",
    "Mã thoát: 0 thành công; 1 lệnh chạy xong và phát hiện lỗi mức «lỗi»; 2 sai cách dùng, tệp đầu vào hỏng",
    "          hoặc máy chủ từ chối (400, 401, 403, 404, 409, 422, 429); 3 không kết nối được máy chủ hoặc máy chủ",
    "          gặp sự cố (5xx); 130 đã hủy (Ctrl+C).",
    "Đăng nhập: cchc login lưu mã truy cập vào ~/.config/cchc/config.json (hoặc $XDG_CONFIG_HOME/cchc); CCHC_TOKEN được ưu tiên.",
    "Biến môi trường: CCHC_API (địa chỉ máy chủ), CCHC_TOKEN (mã truy cập, gửi dạng Bearer), NO_COLOR (tắt màu),",
    "          COLUMNS (độ rộng bảng khi không in ra terminal; mặc định 100).",
    "",
    "Ví dụ:",
    "  cchc login --user bientap.vp",
    "  cchc period 2022-H1 --json",
    "  cchc units",
    "  cchc check bao-cao.txt",
    "  cchc import values docs/examples/sample-values.csv --apply",
    "",
    "Xem hướng dẫn từng lệnh: cchc LỆNH --help",
    "",
  ].join("\n");
};
