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
const CUT_OFF = "(?:\\s*(?:đến|tính đến) ngày \\d{1,2}/\\d{1,2}/\\d{4})?";

/** The pattern table. */
export const patterns: ReadonlyArray<FigurePattern> = [
  // Direction: tasks assigned by the Government to the province, and by the province to the office
  { indicator: "chidao.nhiemvu.cp.giao", disaggregation: "", unit: "nhiệm vụ", match: `có {n} nhiệm vụ (?:được|do) ${PCGIAO} giao` },
  {
    indicator: "chidao.nhiemvu.cp.giao",
    disaggregation: "status=done",
    unit: "nhiệm vụ",
    paragraph: `nhiệm vụ (?:được|do) ${PCGIAO} giao`,
    match: "{n} nhiệm vụ (?:đã )?(?:giải quyết|hoàn thành) (?:đúng hạn|trước hạn)",
  },
  {
    indicator: "chidao.nhiemvu.cp.giao",
    disaggregation: "status=not-due",
    unit: "nhiệm vụ",
    paragraph: `nhiệm vụ (?:được|do) ${PCGIAO} giao`,
    match: "{n} nhiệm vụ chưa (?:tới|đến) hạn",
  },
  {
    indicator: "chidao.nhiemvu.cp.giao",
    disaggregation: "status=late",
    unit: "nhiệm vụ",
    paragraph: `nhiệm vụ (?:được|do) ${PCGIAO} giao`,
    match: "{n} nhiệm vụ (?:trễ|quá|chậm) hạn",
  },
  {
    indicator: "chidao.nhiemvu.cp.giao",
    disaggregation: "status=late",
    unit: "nhiệm vụ",
    paragraph: `nhiệm vụ (?:được|do) ${PCGIAO} giao`,
    match: "không có nhiệm vụ (?:trễ|quá|chậm) hạn",
    value: 0,
  },
  { indicator: "chidao.nhiemvu.ubnd.giao", disaggregation: "", unit: "nhiệm vụ", match: `có {n} nhiệm vụ (?:được|do) ${UBNDGIAO} giao` },
  {
    indicator: "chidao.nhiemvu.ubnd.giao",
    disaggregation: "",
    unit: "nhiệm vụ",
    match: `không có nhiệm vụ (?:được|do) ${UBNDGIAO} giao`,
    value: 0,
    confidence: "likely",
  },

  // Administrative procedures
  {
    indicator: "tthc.quyetdinh.congbo",
    disaggregation: "",
    unit: "quyết định",
    match: "Tổng số Quyết định công bố[^:;]{0,200}?:\\s*{n}\\s*quyết định",
  },
  {
    indicator: "tthc.thutuc.congbo",
    disaggregation: "",
    unit: "thủ tục",
    match: "Tổng số (?:TTHC|thủ tục hành chính) được công bố:?\\s*{n}",
  },
  {
    indicator: "tthc.thutuc.tong",
    disaggregation: "",
    unit: "thủ tục",
    match: "Tổng số (?:TTHC|thủ tục hành chính) thuộc thẩm quyền[^:;]{0,120}?:\\s*{n}",
  },
  {
    indicator: "tthc.thutuc.tong",
    disaggregation: "level=province",
    unit: "thủ tục",
    paragraph: "thuộc thẩm quyền",
    match: "cấp tỉnh:\\s*{n}",
  },
  {
    indicator: "tthc.thutuc.tong",
    disaggregation: "level=district",
    unit: "thủ tục",
    paragraph: "thuộc thẩm quyền",
    match: "cấp huyện:\\s*{n}",
  },
  {
    indicator: "tthc.thutuc.tong",
    disaggregation: "level=commune",
    unit: "thủ tục",
    paragraph: "thuộc thẩm quyền",
    match: "cấp xã:\\s*{n}",
  },

  // Dossiers
  {
    indicator: "tthc.hoso.tiepnhan",
    disaggregation: "",
    unit: "hồ sơ",
    match: "Tổng số hồ sơ (?:TTHC )?(?:đã )?tiếp nhận[^:;]{0,80}?:\\s*{n}",
  },
  // Other reports' wording of the total received in the period: "tiếp nhận tổng cộng 19.361 hồ sơ",
  // "lũy kế đã và đang giải quyết trong kỳ là 6.302 hồ sơ", "tổng số hồ sơ … là 59.010 bộ".
  {
    indicator: "tthc.hoso.tiepnhan",
    disaggregation: "",
    unit: "hồ sơ",
    match:
      "(?:tiếp nhận tổng cộng|tổng cộng tiếp nhận|lũy kế(?: đã và đang giải quyết)?(?: trong kỳ)?(?: là)?|tổng số hồ sơ[^.;:]{0,80}? là)\\s*{n}",
  },
  { indicator: "tthc.hoso.tiepnhanmoi", disaggregation: "", unit: "hồ sơ", match: "Số (?:hồ sơ )?mới tiếp nhận(?: trong kỳ)?:\\s*{n}" },
  {
    indicator: "tthc.hoso.tiepnhanmoi",
    disaggregation: "",
    unit: "hồ sơ",
    match: "(?:tiếp nhận mới|số hồ sơ mới tiếp nhận là)\\s*{n}",
  },
  { indicator: "tthc.hoso.tiepnhanmoi", disaggregation: "", unit: "hồ sơ", match: "{n} hồ sơ tiếp nhận mới" },
  {
    indicator: "tthc.hoso.tiepnhanmoi",
    disaggregation: "channel=online",
    unit: "hồ sơ",
    paragraph: "mới tiếp nhận",
    match: "trực tuyến:\\s*{n}",
  },
  {
    indicator: "tthc.hoso.tiepnhanmoi",
    disaggregation: "channel=offline",
    unit: "hồ sơ",
    paragraph: "mới tiếp nhận",
    match: "trực tiếp(?: và qua (?:dịch vụ )?bưu chính(?: công ích)?)?:\\s*{n}",
  },
  {
    indicator: "tthc.hoso.tonkytruoc",
    disaggregation: "",
    unit: "hồ sơ",
    match: "(?:Số )?(?:hồ sơ )?(?:từ )?kỳ trước chuyển (?:qua|sang):\\s*{n}",
  },
  // "hồ sơ tồn kỳ trước chuyển sang là 2.171", "số hồ sơ từ kỳ trước chuyển qua là 1.982 bộ", "4.910 hồ sơ từ kỳ trước chuyển sang".
  {
    indicator: "tthc.hoso.tonkytruoc",
    disaggregation: "",
    unit: "hồ sơ",
    match: "(?:hồ sơ )?(?:tồn )?(?:từ )?kỳ trước chuyển (?:qua|sang) là\\s*{n}",
  },
  {
    indicator: "tthc.hoso.tonkytruoc",
    disaggregation: "",
    unit: "hồ sơ",
    match: "{n} (?:hồ sơ|HS) (?:tồn )?(?:từ )?kỳ trước chuyển (?:qua|sang)",
  },
  { indicator: "tthc.hoso.dagiaiquyet", disaggregation: "", unit: "hồ sơ", match: "Số (?:lượng )?hồ sơ đã giải quyết:\\s*{n}" },
  {
    indicator: "tthc.hoso.dagiaiquyet",
    disaggregation: "timeliness=early",
    unit: "hồ sơ",
    paragraph: "hồ sơ đã giải quyết",
    match: "trước hạn:\\s*{n}",
  },
  {
    indicator: "tthc.hoso.dagiaiquyet",
    disaggregation: "timeliness=on-time",
    unit: "hồ sơ",
    paragraph: "hồ sơ đã giải quyết",
    match: "đúng hạn:\\s*{n}",
  },
  {
    indicator: "tthc.hoso.dagiaiquyet",
    disaggregation: "timeliness=late",
    unit: "hồ sơ",
    paragraph: "hồ sơ đã giải quyết",
    match: "(?:quá|trễ) hạn:\\s*{n}",
  },
  { indicator: "tthc.hoso.dagiaiquyet", disaggregation: "", unit: "hồ sơ", match: "đã giải quyết(?: được)? {n} (?:bộ )?(?:hồ sơ|HS)" },
  // "đúng và trước hạn", "trả trước và đúng hạn": neither early nor on time alone — the aggregate option.
  {
    indicator: "tthc.hoso.dagiaiquyet",
    disaggregation: "timeliness=early-or-on-time",
    unit: "hồ sơ",
    match: "(?:đúng và trước hạn|trước và đúng hạn|đúng hạn và trước hạn)(?: là| có)?\\s*{n}",
  },
  {
    indicator: "tthc.hoso.dagiaiquyet",
    disaggregation: "timeliness=early-or-on-time",
    unit: "hồ sơ",
    match: "{n} (?:hồ sơ|HS) (?:giải quyết |trả )?(?:đúng và trước hạn|trước và đúng hạn|đúng hạn và trước hạn)",
  },
  { indicator: "tthc.hoso.danggiaiquyet", disaggregation: "", unit: "hồ sơ", match: "Số (?:lượng )?hồ sơ đang giải quyết:\\s*{n}" },
  { indicator: "tthc.hoso.danggiaiquyet", disaggregation: "", unit: "hồ sơ", match: "{n} (?:hồ sơ|HS) đang giải quyết" },
  { indicator: "tthc.hoso.danggiaiquyet", disaggregation: "", unit: "hồ sơ", match: "đang giải quyết gồm {n}" },
  // Other reports' wording of received, resolved and pending dossiers, in sentences rather than "label: N".
  {
    indicator: "tthc.hoso.tiepnhan",
    disaggregation: "",
    unit: "hồ sơ",
    match: "(?:đã )?tiếp nhận {n} (?:hồ sơ|bộ|HS)",
    confidence: "likely",
  },
  {
    indicator: "tthc.hoso.tiepnhanmoi",
    disaggregation: "channel=online",
    unit: "hồ sơ",
    match: "{n} hồ sơ trực tuyến",
    confidence: "likely",
  },
  {
    indicator: "tthc.hoso.tiepnhanmoi",
    disaggregation: "channel=offline",
    unit: "hồ sơ",
    match: "{n} hồ sơ trực tiếp và (?:qua )?(?:dịch vụ )?bưu chính",
    confidence: "likely",
  },
  {
    indicator: "tthc.hoso.dagiaiquyet",
    disaggregation: "timeliness=early",
    unit: "hồ sơ",
    match: "giải quyết trước hạn (?:có|là) {n}",
  },
  {
    indicator: "tthc.hoso.dagiaiquyet",
    disaggregation: "timeliness=on-time",
    unit: "hồ sơ",
    match: "(?:(?:số )?hồ sơ )?giải quyết đúng hạn (?:có|là) {n}",
  },
  { indicator: "tthc.hoso.dagiaiquyet", disaggregation: "timeliness=on-time", unit: "hồ sơ", match: "{n} hồ sơ giải quyết đúng hạn" },
  {
    indicator: "tthc.hoso.dagiaiquyet",
    disaggregation: "timeliness=late",
    unit: "hồ sơ",
    match: "(?:số )?hồ sơ (?:giải quyết )?(?:quá|trễ) hạn (?:có|là|còn) {n}",
  },
  { indicator: "tthc.hoso.dagiaiquyet", disaggregation: "timeliness=late", unit: "hồ sơ", match: "{n} hồ sơ giải quyết (?:quá|trễ) hạn" },
  {
    indicator: "tthc.hoso.danggiaiquyet",
    disaggregation: "pending=within",
    unit: "hồ sơ",
    paragraph: "đang giải quyết|đang trong thời hạn",
    match: "{n} hồ sơ (?:chưa đến hạn|đang trong thời hạn giải quyết)",
  },
  {
    indicator: "tthc.hoso.danggiaiquyet",
    disaggregation: "pending=within",
    unit: "hồ sơ",
    match: "đang giải quyết còn trong hạn là {n}",
  },
  {
    indicator: "tthc.hoso.danggiaiquyet",
    disaggregation: "pending=overdue",
    unit: "hồ sơ",
    paragraph: "đang giải quyết",
    match: "{n} hồ sơ (?:số hồ sơ )?(?:đã )?quá hạn",
  },
  {
    indicator: "tthc.hoso.danggiaiquyet",
    disaggregation: "pending=within",
    unit: "hồ sơ",
    paragraph: "hồ sơ đang giải quyết",
    match: "trong hạn:\\s*{n}",
  },
  {
    indicator: "tthc.hoso.danggiaiquyet",
    disaggregation: "pending=overdue",
    unit: "hồ sơ",
    paragraph: "hồ sơ đang giải quyết",
    match: "(?:quá|trễ) hạn:\\s*{n}",
  },

  // Citizen feedback on regulations
  {
    indicator: "tthc.pakn.tiepnhan",
    disaggregation: "",
    unit: "phản ánh, kiến nghị",
    match: "Tổng số (?:PAKN|phản ánh, kiến nghị) đã tiếp nhận(?:\\s*\\([^)]*\\))?:?\\s*{n}",
  },
  {
    indicator: "tthc.pakn.dagiaiquyet",
    disaggregation: "",
    unit: "phản ánh, kiến nghị",
    match: "số (?:PAKN|phản ánh, kiến nghị) đã giải quyết(?: xong)?:?\\s*{n}",
  },
  {
    indicator: "tthc.pakn.tyle",
    disaggregation: "",
    unit: "%",
    kind: "claim",
    match: "Tỷ lệ giải quyết (?:phản ánh, kiến nghị|PAKN)[^%.;]{0,80}?{rate}",
  },

  // Apparatus and civil service
  { indicator: "bomay.bienche.congchuc", disaggregation: "", unit: "biên chế", match: "công chức\\s*\\(\\s*{n} biên chế\\s*\\)" },
  { indicator: "bomay.bienche.vienchuc", disaggregation: "", unit: "biên chế", match: "viên chức\\s*\\(\\s*{n} biên chế\\s*\\)" },
  { indicator: "congvu.nangngach.dexuat", disaggregation: "", unit: "người", match: "cử {n} (?:công chức|người) thi nâng ngạch" },
  {
    indicator: "congvu.bonhiem",
    disaggregation: "",
    unit: "người",
    match: "bổ nhiệm, đề bạt[^:]{0,60}:\\s*Không có",
    value: 0,
    confidence: "likely",
  },
  {
    indicator: "congvu.vipham",
    disaggregation: "",
    unit: "trường hợp",
    match: "(?:chưa|không) phát hiện trường hợp vi phạm",
    value: 0,
    confidence: "likely",
  },
  {
    indicator: "congvu.daotao.luot",
    disaggregation: "",
    unit: "lượt người",
    kind: "sum",
    match: "đào tạo, bồi dưỡng[^:]{0,80}:",
    each: "{n} (?:công chức|viên chức|cán bộ|người)",
    confidence: "likely",
  },

  // Public finance: administrative budget (the autonomy scope tells which budget a line belongs to)
  { indicator: "taichinh.kinhphi.giao", disaggregation: "", unit: "đồng", match: "Kinh phí quản lý hành chính được giao:\\s*{money}" },
  {
    indicator: "taichinh.kinhphi.giao",
    disaggregation: "autonomy=autonomous",
    unit: "đồng",
    match: "Kinh phí (?:thực hiện )?tự chủ:\\s*{money}",
  },
  {
    indicator: "taichinh.kinhphi.giao",
    disaggregation: "autonomy=non-autonomous",
    unit: "đồng",
    match: "Kinh phí (?:thực hiện )?không (?:thực hiện )?tự chủ:\\s*{money}",
  },
  {
    indicator: "taichinh.kinhphi.cclgiulai",
    disaggregation: "",
    unit: "đồng",
    match: "kinh phí Cải cách tiền lương được giữ lại:\\s*{money}",
  },
  {
    indicator: "taichinh.kinhphi.dasudung",
    disaggregation: "autonomy={autonomy}",
    unit: "đồng",
    match: `Số kinh phí (?:đã )?thực hiện${CUT_OFF}:\\s*{money}`,
  },
  {
    indicator: "taichinh.kinhphi.tyle",
    disaggregation: "autonomy={autonomy}",
    unit: "%",
    kind: "claim",
    match: "Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ:?\\s*{rate}",
  },

  // Public finance: public investment
  { indicator: "taichinh.dautu.tongmuc", disaggregation: "", unit: "đồng", match: "Tổng mức đầu tư(?: (?:của )?dự án)?:\\s*{money}" },
  { indicator: "taichinh.dautu.botri", disaggregation: "", unit: "đồng", match: "Tổng số vốn (?:đã )?được bố trí:\\s*{money}" },
  {
    indicator: "taichinh.dautu.kehoachnamtruoc",
    disaggregation: "",
    unit: "đồng",
    year: "previous",
    match: "Kế hoạch vốn (?:đã cấp |được giao |giao )?năm (?<y>\\d{4})(?: là)?:\\s*{money}",
  },
  {
    indicator: "taichinh.dautu.kehoachnam",
    disaggregation: "",
    unit: "đồng",
    year: "period",
    match: "Kế hoạch vốn (?:đã cấp |được giao |giao )?năm (?<y>\\d{4})(?: là)?:\\s*{money}",
  },
  { indicator: "taichinh.dautu.giaingan", disaggregation: "", unit: "đồng", match: `(?:Nguồn )?vốn đã giải ngân${CUT_OFF}:\\s*{money}` },
  {
    indicator: "taichinh.dautu.giaingan.tyle",
    disaggregation: "",
    unit: "%",
    kind: "claim",
    match: "vốn đã giải ngân[^%;]{0,80}?đạt tỷ lệ:?\\s*{rate}",
  },
  { indicator: "taichinh.dautu.conlai", disaggregation: "", unit: "đồng", match: "(?:Nguồn )?vốn còn lại:\\s*{money}" },

  // E-government
  {
    indicator: "cqs.hoinghitruyenhinh.xa",
    disaggregation: "",
    unit: "xã",
    paragraph: "Hội nghị truyền hình",
    match: "{n} xã, phường, thị trấn",
  },
];
