/**
 * Every `cchc` command: its spec (for parsing and help) and a lazy loader for its code, so that
 * running one command loads only what it needs and the console (Ink, React) is never loaded here.
 */
import type { CommandRun } from "./Context.js";
import type { CommandSpec, OptionSpec } from "./Spec.js";

const unit: OptionSpec = { name: "unit", kind: "string", valueName: "MÃ", required: true, description: "Mã đơn vị, ví dụ DT.VPUBND" };
const period: OptionSpec = { name: "period", kind: "string", valueName: "KỲ", required: true, description: "Mã kỳ báo cáo, ví dụ 2022-H1" };
const regime: OptionSpec = {
  name: "regime",
  kind: "string",
  valueName: "CHẾ-ĐỘ",
  choices: ["nd09", "calendar", "bnv"],
  defaultText: "nd09",
  description: "Chế độ kỳ báo cáo: nd09 (chốt 15–14), calendar (theo lịch), bnv (Bộ Nội vụ)",
};

/** A command with the loader of its implementation. */
export interface Command extends CommandSpec {
  readonly load: () => Promise<{ readonly run: CommandRun }>;
}

/** All commands, in the order of the help. */
export const commands: ReadonlyArray<Command> = [
  {
    words: ["period"],
    summary: "Khung thời gian của một kỳ báo cáo (không cần máy chủ)",
    positionals: [{ name: "MÃ-KỲ", description: "Mã kỳ: 2022-M06, 2022-Q1, 2022-H1, 2022-9M, 2022-Y", required: true }],
    options: [regime],
    examples: ["cchc period 2022-H1", "cchc period 2022-Q3 --regime bnv --json"],
    online: false,
    load: () => import("./commands/PeriodCommand.js"),
  },
  {
    words: ["units"],
    summary: "Cây đơn vị",
    positionals: [],
    options: [
      { name: "as-of", kind: "string", valueName: "NGÀY", description: "Chỉ đơn vị còn hiệu lực vào ngày (YYYY-MM-DD)" },
      {
        name: "kind",
        kind: "string",
        valueName: "LOẠI",
        description: "Loại đơn vị: province, department, district, commune, division, people-committee",
      },
    ],
    examples: ["cchc units", "cchc units --as-of 2022-06-14 --kind department --json"],
    online: true,
    load: () => import("./commands/UnitsCommand.js"),
  },
  {
    words: ["values", "get"],
    summary: "Xem số liệu của một đơn vị trong một kỳ",
    positionals: [],
    options: [
      unit,
      period,
      { name: "indicator", kind: "string", valueName: "MÃ-CHỈ-TIÊU", description: "Chỉ một chỉ tiêu, ví dụ tthc.hoso.tiepnhan" },
    ],
    examples: [
      "cchc values get --unit DT --period 2022-H1",
      "cchc values get --unit DT --period 2022-H1 --indicator tthc.pakn.tiepnhan --json",
    ],
    online: true,
    load: () => import("./commands/ValuesGetCommand.js"),
  },
  {
    words: ["values", "set"],
    summary: "Nhập hoặc sửa một số liệu",
    positionals: [],
    options: [
      unit,
      period,
      { name: "indicator", kind: "string", valueName: "MÃ-CHỈ-TIÊU", required: true, description: "Mã chỉ tiêu" },
      {
        name: "disaggregation",
        kind: "string",
        valueName: "PHÂN-TỔ",
        defaultText: '"" (tổng)',
        description: "Phân tổ, ví dụ channel=online",
      },
      {
        name: "value",
        kind: "number",
        valueName: "SỐ",
        required: true,
        description: "Giá trị (1.788 hoặc 1788; số thập phân dùng dấu phẩy)",
      },
      { name: "version", kind: "number", valueName: "PHIÊN-BẢN", description: "Phiên bản đã đọc (để phát hiện người khác sửa cùng lúc)" },
      { name: "comment", kind: "string", valueName: "GHI-CHÚ", description: "Ghi chú kèm số liệu" },
    ],
    examples: [
      "cchc values set --unit DT --period 2022-H1 --indicator tthc.pakn.tiepnhan --value 137",
      "cchc values set --unit DT --period 2022-H1 --indicator tthc.hoso.tiepnhanmoi --disaggregation channel=online --value 60.705 --version 3",
    ],
    online: true,
    load: () => import("./commands/ValuesSetCommand.js"),
  },
  {
    words: ["validate"],
    summary: "Kiểm tra số liệu của một đơn vị trong một kỳ (thoát mã 1 nếu có lỗi)",
    positionals: [],
    options: [unit, period],
    examples: ["cchc validate --unit DT --period 2022-H1", "cchc validate --unit DT.VPUBND --period 2022-H1 --json"],
    online: true,
    load: () => import("./commands/ValidateCommand.js"),
  },
  {
    words: ["submit"],
    summary: "Gửi báo cáo của một đơn vị trong một kỳ để phê duyệt (in các chỉ tiêu bắt buộc còn thiếu, thoát mã 1)",
    positionals: [],
    options: [
      unit,
      period,
      { name: "comment", kind: "string", valueName: "GHI-CHÚ", description: "Ghi chú giải trình (bắt buộc khi số liệu có cảnh báo)" },
    ],
    examples: ['cchc submit --unit DT.VPUBND --period 2022-H1 --comment "Đã sửa ngày kiểm tra"'],
    online: true,
    load: () => import("./commands/SubmitCommand.js"),
  },
  {
    words: ["report", "render"],
    summary: "Xuất báo cáo ra tệp (ghi tệp tạm rồi đổi tên: hủy giữa chừng không để lại tệp dở)",
    positionals: [],
    options: [
      unit,
      period,
      {
        name: "format",
        kind: "string",
        valueName: "ĐỊNH-DẠNG",
        choices: ["docx", "pdf", "md", "html", "xlsx", "json"],
        defaultText: "docx",
        description: "Định dạng tệp (pdf: máy chủ chuyển từ bản Word bằng LibreOffice)",
      },
      { name: "out", kind: "string", valueName: "TỆP", description: "Tệp kết quả (mặc định bao-cao-ĐƠN-VỊ-KỲ.định-dạng)" },
    ],
    examples: [
      "cchc report render --unit DT.VPUBND --period 2022-H1 --format docx --out bao-cao.docx",
      "cchc report render --unit DT.VPUBND --period 2022-H1 --format pdf",
    ],
    online: true,
    load: () => import("./commands/ReportRenderCommand.js"),
  },
  {
    words: ["check"],
    summary: "Soát lỗi một tệp báo cáo .txt, .md hoặc .docx (không cần máy chủ; thoát mã 1 nếu có lỗi)",
    positionals: [{ name: "TỆP", description: "Tệp báo cáo", required: true }],
    options: [{ name: "period", kind: "string", valueName: "KỲ", description: "Kỳ báo cáo (mặc định đọc từ tiêu đề)" }, regime],
    examples: ["cchc check bao-cao.txt", "cchc check bao-cao.docx --period 2022-H1 --json"],
    online: false,
    load: () => import("./commands/CheckCommand.js"),
  },
  {
    words: ["extract"],
    summary: "Trích số liệu từ một tệp báo cáo (không cần máy chủ, trừ khi --import)",
    positionals: [{ name: "TỆP", description: "Tệp báo cáo .txt, .md hoặc .docx", required: true }],
    options: [
      { name: "import", kind: "boolean", description: "Gửi số liệu trích được vào máy chủ (chạy thử, thêm --apply để lưu)" },
      { name: "apply", kind: "boolean", description: "Cùng --import: lưu thật, nguồn imported (tất cả hoặc không gì cả)" },
      {
        name: "force",
        kind: "boolean",
        description: "Cùng --apply: vẫn lưu khi kiểm tra thấy lỗi trên số liệu trích được (mặc định từ chối, thoát mã 1)",
      },
      { ...unit, required: false, description: "Mã đơn vị (cần khi --import)" },
      { ...period, required: false, description: "Mã kỳ (mặc định đọc từ tiêu đề)" },
    ],
    examples: [
      "cchc extract bao-cao.txt --json",
      "cchc extract bao-cao.docx --import --unit DT --period 2022-H1",
      "cchc extract bao-cao-cu.txt --import --unit DT.VPUBND --period 2021-H1 --apply",
    ],
    online: false,
    load: () => import("./commands/ExtractCommand.js"),
  },
  {
    words: ["import", "values"],
    summary: "Nhập số liệu từ tệp .csv hoặc .xlsx (mặc định chạy thử; --apply để lưu)",
    description:
      "Cột (dòng đầu là tên cột): unit,period,indicator,disaggregation,value,comment. Tệp CSV mã UTF-8, phân cách bằng dấu phẩy; trang tính đầu tiên của tệp .xlsx. Chạy thử cho biết số liệu nào sẽ thêm, sửa hay giữ nguyên và các lỗi kiểm tra; --apply lưu tất cả hoặc không lưu gì.",
    positionals: [{ name: "TỆP", description: "Tệp .csv hoặc .xlsx", required: true }],
    options: [{ name: "apply", kind: "boolean", description: "Lưu thật (tất cả hoặc không gì cả)" }],
    examples: ["cchc import values docs/examples/sample-values.csv", "cchc import values so-lieu.xlsx --apply"],
    online: true,
    load: () => import("./commands/ImportValuesCommand.js"),
  },
  {
    words: ["import", "dossiers"],
    summary: "Nhập hồ sơ một cửa từ tệp .csv theo từng lô, có thanh tiến độ",
    positionals: [{ name: "TỆP", description: "Tệp .csv hồ sơ", required: true }],
    options: [
      { name: "batch-size", kind: "number", valueName: "SỐ", defaultText: "1000", description: "Số hồ sơ mỗi lô" },
      {
        name: "bulk",
        kind: "boolean",
        description: "Nạp ban đầu cho nguồn chưa có hồ sơ: gửi cả tệp, lưu cả tệp trong một giao dịch hoặc không lưu gì (nhanh hơn nhiều)",
      },
    ],
    examples: [
      "cchc import dossiers ho-so-2022.csv",
      "cchc import dossiers ho-so-2022.csv --batch-size 500 --json",
      "cchc import dossiers lich-su-mot-cua.csv --bulk",
    ],
    online: true,
    load: () => import("./commands/ImportDossiersCommand.js"),
  },
  {
    words: ["login"],
    summary: "Đăng nhập và lưu mã truy cập API cho các lệnh sau (không cần CCHC_TOKEN)",
    description:
      "Đăng nhập bằng mật khẩu, tạo mã truy cập API cho tài khoản rồi lưu vào $XDG_CONFIG_HOME/cchc/config.json (mặc định ~/.config/cchc/config.json, chỉ người dùng đọc được). Mặc định mã có mọi phạm vi mà vai trò của tài khoản cho phép, trên nhánh đơn vị của tài khoản, hết hạn sau 90 ngày. Khi không chạy trên terminal, gửi mật khẩu qua stdin với --password-stdin.",
    positionals: [],
    options: [
      { name: "user", kind: "string", valueName: "TÊN", description: "Tên đăng nhập (không có thì hỏi)" },
      { name: "password-stdin", kind: "boolean", description: "Đọc mật khẩu từ dòng đầu của stdin (cho chương trình khác)" },
      {
        name: "scopes",
        kind: "string",
        valueName: "PHẠM-VI",
        defaultText: "mọi phạm vi vai trò cho phép",
        description: "Phạm vi của mã, cách nhau bởi dấu phẩy: read, write-values, write-dossiers, approve, admin",
      },
      { name: "expires-days", kind: "number", valueName: "SỐ-NGÀY", defaultText: "90", description: "Mã hết hạn sau số ngày (1–365)" },
      {
        name: "unit",
        kind: "string",
        valueName: "MÃ",
        defaultText: "nhánh của tài khoản",
        description: "Nhánh đơn vị mã được dùng (cần khi tài khoản có vai trò trên nhiều nhánh)",
      },
    ],
    examples: [
      "cchc login --user bientap.vp --api http://localhost:3000",
      "printf '%s\\n' \"$MAT_KHAU\" | cchc login --user bientap.vp --password-stdin --scopes read,write-values --expires-days 30",
    ],
    online: true,
    load: () => import("./commands/LoginCommand.js"),
  },
  {
    words: ["logout"],
    summary: "Thu hồi mã truy cập đã lưu trên máy chủ và xóa khỏi tệp cấu hình",
    description: "Nếu máy chủ không cho mã tự thu hồi (mã không có quyền quản trị), lệnh hỏi mật khẩu để thu hồi bằng phiên đăng nhập.",
    positionals: [],
    options: [{ name: "password-stdin", kind: "boolean", description: "Khi cần mật khẩu, đọc từ dòng đầu của stdin" }],
    examples: ["cchc logout", "printf '%s\\n' \"$MAT_KHAU\" | cchc logout --password-stdin --json"],
    online: true,
    load: () => import("./commands/LogoutCommand.js"),
  },
  {
    words: ["demo", "load"],
    summary: "Nạp dữ liệu mẫu (Đồng Tháp, 6 tháng đầu năm 2022) vào máy chủ",
    positionals: [],
    options: [],
    examples: ["cchc demo load"],
    online: true,
    load: () => import("./commands/DemoLoadCommand.js"),
  },
  {
    words: ["par-index", "show"],
    summary: "Kết quả Chỉ số CCHC của một đơn vị theo một bộ chỉ số",
    positionals: [],
    options: [
      { name: "framework", kind: "string", valueName: "BỘ-CHỈ-SỐ", required: true, description: "Mã bộ chỉ số, ví dụ DT-SO-2022" },
      unit,
    ],
    examples: [
      "cchc par-index show --framework DT-SO-2022 --unit DT.SNV",
      "cchc par-index show --framework DT-SO-2022 --unit DT.STTTT --json",
    ],
    online: true,
    load: async () => ({ run: (await import("./commands/ParIndexCommand.js")).runShow }),
  },
  {
    words: ["par-index", "ranking"],
    summary: "Xếp hạng Chỉ số CCHC các đơn vị dưới một đơn vị cấp trên",
    positionals: [],
    options: [
      { name: "framework", kind: "string", valueName: "BỘ-CHỈ-SỐ", required: true, description: "Mã bộ chỉ số, ví dụ DT-SO-2022" },
      { name: "parent", kind: "string", valueName: "MÃ", required: true, description: "Mã đơn vị cấp trên, ví dụ DT" },
    ],
    examples: [
      "cchc par-index ranking --framework DT-SO-2022 --parent DT",
      "cchc par-index ranking --framework DT-SO-2022 --parent DT --json",
    ],
    online: true,
    load: async () => ({ run: (await import("./commands/ParIndexCommand.js")).runRanking }),
  },
  {
    words: ["notifications"],
    summary: "Thông báo nhắc việc của mình (như chuông trong ứng dụng web)",
    positionals: [],
    options: [
      { name: "unread", kind: "boolean", description: "Chỉ thông báo chưa đọc" },
      { name: "mark-read", kind: "boolean", description: "Đánh dấu đã đọc tất cả sau khi liệt kê" },
    ],
    examples: ["cchc notifications", "cchc notifications --unread --json", "cchc notifications --mark-read"],
    online: true,
    load: () => import("./commands/NotificationsCommand.js"),
  },
  {
    words: ["documents", "list"],
    summary: "Sổ văn bản: mã, số ký hiệu, ngày ban hành, trích yếu",
    positionals: [],
    options: [
      { name: "unit", kind: "string", valueName: "MÃ", description: "Chỉ văn bản của đơn vị, ví dụ DT.VPUBND" },
      { name: "q", kind: "string", valueName: "CHỮ", description: "Tìm theo số ký hiệu, cơ quan ban hành hoặc trích yếu (không cần dấu)" },
      { name: "type", kind: "string", valueName: "LOẠI", description: "Mã loại văn bản: KH, QĐ, BC, CV…" },
      { name: "from", kind: "string", valueName: "NGÀY", description: "Ban hành từ ngày (YYYY-MM-DD)" },
      { name: "to", kind: "string", valueName: "NGÀY", description: "Ban hành đến ngày (YYYY-MM-DD)" },
    ],
    examples: ["cchc documents list --unit DT.VPUBND", "cchc documents list --q 'ke hoach' --type KH --json"],
    online: true,
    load: () => import("./commands/DocumentsCommand.js").then((m) => ({ run: m.list })),
  },
  {
    words: ["documents", "delete"],
    summary: "Xóa một văn bản khỏi sổ (không xóa được khi đang là minh chứng của nhiệm vụ hoặc tiêu chí chỉ số CCHC)",
    positionals: [{ name: "MÃ-VĂN-BẢN", description: "Mã văn bản trong sổ (cột đầu của cchc documents list)", required: true }],
    options: [],
    examples: ["cchc documents delete 42"],
    online: true,
    load: () => import("./commands/DocumentsCommand.js").then((m) => ({ run: m.remove })),
  },
  {
    words: ["deadlines"],
    summary: "Các hạn của đơn vị (báo cáo, phê duyệt, nhiệm vụ, khắc phục, Chỉ số CCHC) với tình trạng",
    positionals: [],
    options: [
      unit,
      { name: "from", kind: "string", valueName: "NGÀY", description: "Hạn từ ngày (YYYY-MM-DD)" },
      { name: "to", kind: "string", valueName: "NGÀY", description: "Hạn đến ngày (YYYY-MM-DD)" },
      { name: "as-of", kind: "string", valueName: "NGÀY", defaultText: "hôm nay", description: "Tình trạng tính đến ngày (YYYY-MM-DD)" },
    ],
    examples: ["cchc deadlines --unit DT.VPUBND", "cchc deadlines --unit DT.VPUBND --from 2022-06-01 --to 2022-06-30 --json"],
    online: true,
    load: () => import("./commands/DeadlinesCommand.js"),
  },
  {
    words: ["reminders", "run"],
    summary: "Chạy nhắc việc một lần tính đến một ngày (quản trị toàn hệ thống; dùng để thử hoặc cho cron)",
    positionals: [],
    options: [
      { name: "as-of", kind: "string", valueName: "NGÀY", defaultText: "hôm nay", description: "Tính đến ngày (YYYY-MM-DD)" },
      { name: "dry-run", kind: "boolean", description: "Chỉ liệt kê những nhắc việc sẽ ghi; không ghi, không gửi" },
    ],
    examples: ["cchc reminders run --as-of 2022-06-16 --dry-run", "cchc reminders run --json"],
    online: true,
    load: () => import("./commands/RemindersRunCommand.js"),
  },
];
