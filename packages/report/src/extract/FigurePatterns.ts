/**
 * The table that maps report phrases to indicator codes. Each row is a regular expression over a
 * paragraph (case-insensitive, NFC) with a placeholder for the value — `{n}` a count ("1.788"),
 * `{money}` an amount in đồng ("9.961.000.000 đồng", "1,5 tỷ đồng"), `{rate}` a percentage ("49,5%")
 * — and the indicator, disaggregation and unit it yields. Rows are data: adding a phrasing seen in
 * another unit's report is adding a row, not code. Scopes carry context across paragraphs (which
 * budget — autonomous or not — a "Số kinh phí thực hiện" line belongs to) and fill `{scope}`
 * placeholders of disaggregations.
 */

/** One row of the pattern table. */
export interface FigurePattern {
  readonly indicator: string;
  /** "" for the total, or "dimension=option"; may name a scope: "autonomy={autonomy}". */
  readonly disaggregation: string;
  readonly unit: string;
  /** "figure" (default) a stated value, "claim" a stated rate, "sum" the sum of the `each` terms after the match. */
  readonly kind?: "figure" | "claim" | "sum";
  /** The phrase with one placeholder, unless `value` or `each` is given. */
  readonly match: string;
  /** The paragraph must also contain this phrase (to tell apart "quá hạn: …" of resolved and pending dossiers). */
  readonly paragraph?: string;
  /** A value the phrase states in words ("không có nhiệm vụ trễ hạn" → 0). */
  readonly value?: number;
  /** The named group `y` must be the period's year ("period") or the one before ("previous"). */
  readonly year?: "period" | "previous";
  /** For "sum": each term, with `{n}`, summed over the rest of the paragraph. */
  readonly each?: string;
  /** Default "certain"; "likely" when the phrase reads a value from words or a sum. */
  readonly confidence?: "certain" | "likely";
}

/** Context that a paragraph opens and later paragraphs use. */
export interface FigureScope {
  readonly name: string;
  readonly opens: ReadonlyArray<{ readonly match: string; readonly value: string }>;
  readonly closes: ReadonlyArray<string>;
}

/** The scopes. */
export const scopes: ReadonlyArray<FigureScope> = [
  {
    name: "autonomy",
    opens: [
      { match: "kinh phí (?:thực hiện )?tự chủ\\s*:", value: "autonomous" },
      { match: "kinh phí (?:thực hiện )?không (?:thực hiện )?tự chủ\\s*:", value: "non-autonomous" },
    ],
    closes: ["vốn đầu tư", "tài sản công"],
  },
];

const PCGIAO = "(?:Chính phủ, Thủ tướng Chính phủ|Chính phủ|Thủ tướng Chính phủ)";
const UBNDGIAO = "(?:Ủy ban nhân dân Tỉnh, Chủ tịch Ủy ban nhân dân Tỉnh|Ủy ban nhân dân Tỉnh|UBND Tỉnh)";
const CP_TASKS = `nhiệm vụ (?:được|do) ${PCGIAO} giao`;
const CAPITAL_PLAN = "Kế hoạch vốn (?:đã cấp |được giao |giao )?năm (?<y>\\d{4})(?: là)?:\\s*{money}";
const CUT_OFF = "(?:\\s*(?:đến|tính đến) ngày \\d{1,2}/\\d{1,2}/\\d{4})?";

/** A row's own part: its disaggregation ("" when not given), its phrasing and options. */
type Phrasing = Omit<FigurePattern, "indicator" | "unit" | "disaggregation"> & { readonly disaggregation?: string };

/** The rows of one indicator, in table order (within a paragraph, the first row that reads a figure wins). */
const rows = (indicator: string, unit: string, phrasings: ReadonlyArray<Phrasing>): ReadonlyArray<FigurePattern> =>
  phrasings.map((p) => ({ indicator, disaggregation: "", unit, ...p }));

/** The pattern table. */
export const patterns: ReadonlyArray<FigurePattern> = [
  // Direction: tasks assigned by the Government to the province, and by the province to the office
  ...rows("chidao.nhiemvu.cp.giao", "nhiệm vụ", [
    { match: `có {n} nhiệm vụ (?:được|do) ${PCGIAO} giao` },
    { disaggregation: "status=done", paragraph: CP_TASKS, match: "{n} nhiệm vụ (?:đã )?(?:giải quyết|hoàn thành) (?:đúng hạn|trước hạn)" },
    { disaggregation: "status=not-due", paragraph: CP_TASKS, match: "{n} nhiệm vụ chưa (?:tới|đến) hạn" },
    { disaggregation: "status=late", paragraph: CP_TASKS, match: "{n} nhiệm vụ (?:trễ|quá|chậm) hạn" },
    { disaggregation: "status=late", paragraph: CP_TASKS, match: "không có nhiệm vụ (?:trễ|quá|chậm) hạn", value: 0 },
  ]),
  ...rows("chidao.nhiemvu.ubnd.giao", "nhiệm vụ", [
    { match: `có {n} nhiệm vụ (?:được|do) ${UBNDGIAO} giao` },
    { match: `không có nhiệm vụ (?:được|do) ${UBNDGIAO} giao`, value: 0, confidence: "likely" },
  ]),

  // Administrative procedures
  ...rows("tthc.quyetdinh.congbo", "quyết định", [{ match: "Tổng số Quyết định công bố[^:;]{0,200}?:\\s*{n}\\s*quyết định" }]),
  ...rows("tthc.thutuc.congbo", "thủ tục", [{ match: "Tổng số (?:TTHC|thủ tục hành chính) được công bố:?\\s*{n}" }]),
  ...rows("tthc.thutuc.tong", "thủ tục", [
    { match: "Tổng số (?:TTHC|thủ tục hành chính) thuộc thẩm quyền[^:;]{0,120}?:\\s*{n}" },
    { disaggregation: "level=province", paragraph: "thuộc thẩm quyền", match: "cấp tỉnh:\\s*{n}" },
    { disaggregation: "level=district", paragraph: "thuộc thẩm quyền", match: "cấp huyện:\\s*{n}" },
    { disaggregation: "level=commune", paragraph: "thuộc thẩm quyền", match: "cấp xã:\\s*{n}" },
  ]),

  // Dossiers
  ...rows("tthc.hoso.tiepnhan", "hồ sơ", [
    { match: "Tổng số hồ sơ (?:TTHC )?(?:đã )?tiếp nhận[^:;]{0,80}?:\\s*{n}" },
    // Other reports' wording of the total received in the period: "tiếp nhận tổng cộng 19.361 hồ sơ",
    // "lũy kế đã và đang giải quyết trong kỳ là 6.302 hồ sơ", "tổng số hồ sơ … là 59.010 bộ".
    {
      match:
        "(?:tiếp nhận tổng cộng|tổng cộng tiếp nhận|lũy kế(?: đã và đang giải quyết)?(?: trong kỳ)?(?: là)?|tổng số hồ sơ[^.;:]{0,80}? là)\\s*{n}",
    },
  ]),
  ...rows("tthc.hoso.tiepnhanmoi", "hồ sơ", [
    { match: "Số (?:hồ sơ )?mới tiếp nhận(?: trong kỳ)?:\\s*{n}" },
    { match: "(?:tiếp nhận mới|số hồ sơ mới tiếp nhận là)\\s*{n}" },
    { match: "{n} hồ sơ tiếp nhận mới" },
    { disaggregation: "channel=online", paragraph: "mới tiếp nhận", match: "trực tuyến:\\s*{n}" },
    {
      disaggregation: "channel=offline",
      paragraph: "mới tiếp nhận",
      match: "trực tiếp(?: và qua (?:dịch vụ )?bưu chính(?: công ích)?)?:\\s*{n}",
    },
  ]),
  ...rows("tthc.hoso.tonkytruoc", "hồ sơ", [
    { match: "(?:Số )?(?:hồ sơ )?(?:từ )?kỳ trước chuyển (?:qua|sang):\\s*{n}" },
    // "hồ sơ tồn kỳ trước chuyển sang là 2.171", "số hồ sơ từ kỳ trước chuyển qua là 1.982 bộ", "4.910 hồ sơ từ kỳ trước chuyển sang".
    { match: "(?:hồ sơ )?(?:tồn )?(?:từ )?kỳ trước chuyển (?:qua|sang) là\\s*{n}" },
    { match: "{n} (?:hồ sơ|HS) (?:tồn )?(?:từ )?kỳ trước chuyển (?:qua|sang)" },
  ]),
  ...rows("tthc.hoso.dagiaiquyet", "hồ sơ", [
    { match: "Số (?:lượng )?hồ sơ đã giải quyết:\\s*{n}" },
    { disaggregation: "timeliness=early", paragraph: "hồ sơ đã giải quyết", match: "trước hạn:\\s*{n}" },
    { disaggregation: "timeliness=on-time", paragraph: "hồ sơ đã giải quyết", match: "đúng hạn:\\s*{n}" },
    { disaggregation: "timeliness=late", paragraph: "hồ sơ đã giải quyết", match: "(?:quá|trễ) hạn:\\s*{n}" },
    { match: "đã giải quyết(?: được)? {n} (?:bộ )?(?:hồ sơ|HS)" },
    // "đúng và trước hạn", "trả trước và đúng hạn": neither early nor on time alone — the aggregate option.
    {
      disaggregation: "timeliness=early-or-on-time",
      match: "(?:đúng và trước hạn|trước và đúng hạn|đúng hạn và trước hạn)(?: là| có)?\\s*{n}",
    },
    {
      disaggregation: "timeliness=early-or-on-time",
      match: "{n} (?:hồ sơ|HS) (?:giải quyết |trả )?(?:đúng và trước hạn|trước và đúng hạn|đúng hạn và trước hạn)",
    },
  ]),
  ...rows("tthc.hoso.danggiaiquyet", "hồ sơ", [
    { match: "Số (?:lượng )?hồ sơ đang giải quyết:\\s*{n}" },
    { match: "{n} (?:hồ sơ|HS) đang giải quyết" },
    { match: "đang giải quyết gồm {n}" },
  ]),
  // Other reports' wording of received, resolved and pending dossiers, in sentences rather than "label: N".
  ...rows("tthc.hoso.tiepnhan", "hồ sơ", [{ match: "(?:đã )?tiếp nhận {n} (?:hồ sơ|bộ|HS)", confidence: "likely" }]),
  ...rows("tthc.hoso.tiepnhanmoi", "hồ sơ", [
    { disaggregation: "channel=online", match: "{n} hồ sơ trực tuyến", confidence: "likely" },
    { disaggregation: "channel=offline", match: "{n} hồ sơ trực tiếp và (?:qua )?(?:dịch vụ )?bưu chính", confidence: "likely" },
  ]),
  ...rows("tthc.hoso.dagiaiquyet", "hồ sơ", [
    { disaggregation: "timeliness=early", match: "giải quyết trước hạn (?:có|là) {n}" },
    { disaggregation: "timeliness=on-time", match: "(?:(?:số )?hồ sơ )?giải quyết đúng hạn (?:có|là) {n}" },
    { disaggregation: "timeliness=on-time", match: "{n} hồ sơ giải quyết đúng hạn" },
    { disaggregation: "timeliness=late", match: "(?:số )?hồ sơ (?:giải quyết )?(?:quá|trễ) hạn (?:có|là|còn) {n}" },
    { disaggregation: "timeliness=late", match: "{n} hồ sơ giải quyết (?:quá|trễ) hạn" },
  ]),
  ...rows("tthc.hoso.danggiaiquyet", "hồ sơ", [
    {
      disaggregation: "pending=within",
      paragraph: "đang giải quyết|đang trong thời hạn",
      match: "{n} hồ sơ (?:chưa đến hạn|đang trong thời hạn giải quyết)",
    },
    { disaggregation: "pending=within", match: "đang giải quyết còn trong hạn là {n}" },
    { disaggregation: "pending=overdue", paragraph: "đang giải quyết", match: "{n} hồ sơ (?:số hồ sơ )?(?:đã )?quá hạn" },
    { disaggregation: "pending=within", paragraph: "hồ sơ đang giải quyết", match: "trong hạn:\\s*{n}" },
    { disaggregation: "pending=overdue", paragraph: "hồ sơ đang giải quyết", match: "(?:quá|trễ) hạn:\\s*{n}" },
  ]),

  // Citizen feedback on regulations
  ...rows("tthc.pakn.tiepnhan", "phản ánh, kiến nghị", [
    { match: "Tổng số (?:PAKN|phản ánh, kiến nghị) đã tiếp nhận(?:\\s*\\([^)]*\\))?:?\\s*{n}" },
  ]),
  ...rows("tthc.pakn.dagiaiquyet", "phản ánh, kiến nghị", [{ match: "số (?:PAKN|phản ánh, kiến nghị) đã giải quyết(?: xong)?:?\\s*{n}" }]),
  ...rows("tthc.pakn.tyle", "%", [{ kind: "claim", match: "Tỷ lệ giải quyết (?:phản ánh, kiến nghị|PAKN)[^%.;]{0,80}?{rate}" }]),

  // Apparatus and civil service
  ...rows("bomay.bienche.congchuc", "biên chế", [{ match: "công chức\\s*\\(\\s*{n} biên chế\\s*\\)" }]),
  ...rows("bomay.bienche.vienchuc", "biên chế", [{ match: "viên chức\\s*\\(\\s*{n} biên chế\\s*\\)" }]),
  ...rows("congvu.nangngach.dexuat", "người", [{ match: "cử {n} (?:công chức|người) thi nâng ngạch" }]),
  ...rows("congvu.bonhiem", "người", [{ match: "bổ nhiệm, đề bạt[^:]{0,60}:\\s*Không có", value: 0, confidence: "likely" }]),
  ...rows("congvu.vipham", "trường hợp", [{ match: "(?:chưa|không) phát hiện trường hợp vi phạm", value: 0, confidence: "likely" }]),
  ...rows("congvu.daotao.luot", "lượt người", [
    { kind: "sum", match: "đào tạo, bồi dưỡng[^:]{0,80}:", each: "{n} (?:công chức|viên chức|cán bộ|người)", confidence: "likely" },
  ]),

  // Public finance: administrative budget (the autonomy scope tells which budget a line belongs to)
  ...rows("taichinh.kinhphi.giao", "đồng", [
    { match: "Kinh phí quản lý hành chính được giao:\\s*{money}" },
    { disaggregation: "autonomy=autonomous", match: "Kinh phí (?:thực hiện )?tự chủ:\\s*{money}" },
    { disaggregation: "autonomy=non-autonomous", match: "Kinh phí (?:thực hiện )?không (?:thực hiện )?tự chủ:\\s*{money}" },
  ]),
  ...rows("taichinh.kinhphi.cclgiulai", "đồng", [{ match: "kinh phí Cải cách tiền lương được giữ lại:\\s*{money}" }]),
  ...rows("taichinh.kinhphi.dasudung", "đồng", [
    { disaggregation: "autonomy={autonomy}", match: `Số kinh phí (?:đã )?thực hiện${CUT_OFF}:\\s*{money}` },
  ]),
  ...rows("taichinh.kinhphi.tyle", "%", [
    { disaggregation: "autonomy={autonomy}", kind: "claim", match: "Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ:?\\s*{rate}" },
  ]),

  // Public finance: public investment
  ...rows("taichinh.dautu.tongmuc", "đồng", [{ match: "Tổng mức đầu tư(?: (?:của )?dự án)?:\\s*{money}" }]),
  ...rows("taichinh.dautu.botri", "đồng", [{ match: "Tổng số vốn (?:đã )?được bố trí:\\s*{money}" }]),
  ...rows("taichinh.dautu.kehoachnamtruoc", "đồng", [{ year: "previous", match: CAPITAL_PLAN }]),
  ...rows("taichinh.dautu.kehoachnam", "đồng", [{ year: "period", match: CAPITAL_PLAN }]),
  ...rows("taichinh.dautu.giaingan", "đồng", [{ match: `(?:Nguồn )?vốn đã giải ngân${CUT_OFF}:\\s*{money}` }]),
  ...rows("taichinh.dautu.giaingan.tyle", "%", [{ kind: "claim", match: "vốn đã giải ngân[^%;]{0,80}?đạt tỷ lệ:?\\s*{rate}" }]),
  ...rows("taichinh.dautu.conlai", "đồng", [{ match: "(?:Nguồn )?vốn còn lại:\\s*{money}" }]),

  // E-government
  ...rows("cqs.hoinghitruyenhinh.xa", "xã", [{ paragraph: "Hội nghị truyền hình", match: "{n} xã, phường, thị trấn" }]),
];
