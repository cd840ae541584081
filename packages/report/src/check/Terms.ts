/**
 * The maintained list of misspelled official terms and diacritic slips seen in CCHC reports:
 * wrong form → right form, with a note. Each wrong form is matched on word boundaries, NFC,
 * case-insensitively unless marked, and the match's case is carried over to the suggestion.
 * Entries are phrases, not single syllables, whenever a syllable alone is a real word (so "Công
 * văn", "Công Thương", "công chức" and "Cổng Thông tin" are never touched). "certain" entries are
 * forms that are not Vietnamese at all; "likely" ones are real words in an unusual place.
 * Spellings that are both accepted ("Uỷ ban"/"Ủy ban", "xử lý"/"xử lí", "quản lý"/"quản lí") are
 * deliberately absent.
 */

/** One entry of the term list. */
export interface TermEntry {
  /** The wrong form as it is written (NFC). */
  readonly wrong: string;
  /** The right form. */
  readonly right: string;
  /** Why, in Vietnamese, short (it follows the correction in the message). */
  readonly note: string;
  readonly confidence: "certain" | "likely";
  /** Match the letters' case exactly (default: case-insensitive). */
  readonly caseSensitive?: boolean;
  /** A regex source; the match is ignored when the text right after it matches (e.g. "cũng cố" + " gắng"). */
  readonly notFollowedBy?: string;
}

const NOT_CO_WORD = "\\s+(?:gắng|định|ý|tình|thủ|vấn|hữu|đô|kết)(?![\\p{L}])";

/** The term list, grouped by theme. */
export const terms: ReadonlyArray<TermEntry> = [
  // Names of the reform areas and official systems
  { wrong: "thủ ché", right: "thể chế", note: "tên lĩnh vực «cải cách thể chế»", confidence: "certain" },
  { wrong: "thủ chế", right: "thể chế", note: "tên lĩnh vực «cải cách thể chế»", confidence: "certain" },
  { wrong: "thể ché", right: "thể chế", note: "thiếu dấu mũ", confidence: "certain" },
  { wrong: "cơ ché", right: "cơ chế", note: "thiếu dấu mũ", confidence: "certain" },
  { wrong: "biên ché", right: "biên chế", note: "thiếu dấu mũ", confidence: "certain" },
  { wrong: "hành chánh", right: "hành chính", note: "thuật ngữ chính thức", confidence: "certain" },
  { wrong: "Công dịch vụ công", right: "Cổng Dịch vụ công", note: "tên chính thức của hệ thống", confidence: "certain" },
  { wrong: "Công Thông tin điện tử", right: "Cổng Thông tin điện tử", note: "tên chính thức của hệ thống", confidence: "certain" },
  { wrong: "trực dữ liệu liên thông", right: "trục dữ liệu liên thông", note: "«Trục liên thông văn bản quốc gia»", confidence: "certain" },
  { wrong: "trực liên thông", right: "trục liên thông", note: "«Trục liên thông văn bản quốc gia»", confidence: "certain" },
  { wrong: "trực tích hợp", right: "trục tích hợp", note: "«Trục tích hợp, chia sẻ dữ liệu» (LGSP)", confidence: "certain" },
  { wrong: "gắp với", right: "gắn với", note: "mô hình «Công dân không viết gắn với dịch vụ công trực tuyến»", confidence: "certain" },
  { wrong: "một của liên thông", right: "một cửa liên thông", note: "cơ chế một cửa, một cửa liên thông", confidence: "certain" },
  { wrong: "cơ chế một của", right: "cơ chế một cửa", note: "cơ chế một cửa, một cửa liên thông", confidence: "certain" },
  { wrong: "Bộ phận Một của", right: "Bộ phận Một cửa", note: "tên bộ phận tiếp nhận và trả kết quả", confidence: "certain" },
  { wrong: "tinh giảm biên chế", right: "tinh giản biên chế", note: "thuật ngữ chính thức", confidence: "certain" },
  // Document parts
  { wrong: "Noi nhận", right: "Nơi nhận", note: "thiếu dấu", confidence: "certain" },
  { wrong: "Nới nhận", right: "Nơi nhận", note: "sai dấu", confidence: "certain" },
  { wrong: "đè xuất", right: "đề xuất", note: "sai dấu", confidence: "certain" },
  { wrong: "đè nghị", right: "đề nghị", note: "sai dấu", confidence: "certain" },
  { wrong: "gửi báo theo quy định", right: "gửi báo cáo theo quy định", note: "thiếu chữ «cáo»", confidence: "likely" },
  // Frequent diacritic and spelling slips
  // "cố" also starts other words ("cũng cố gắng", "nguồn cung cố định"): those are not the slip.
  { wrong: "cung cố", right: "củng cố", note: "sai dấu", confidence: "certain", notFollowedBy: NOT_CO_WORD },
  { wrong: "cũng cố", right: "củng cố", note: "sai dấu", confidence: "likely", notFollowedBy: NOT_CO_WORD },
  { wrong: "kiện toàng", right: "kiện toàn", note: "sai chính tả", confidence: "certain" },
  { wrong: "trể", right: "trễ", note: "sai dấu", confidence: "certain" },
  { wrong: "sát nhập", right: "sáp nhập", note: "«sáp nhập» là hợp nhất đơn vị", confidence: "certain" },
  { wrong: "bổ xung", right: "bổ sung", note: "sai chính tả", confidence: "certain" },
  { wrong: "chuẩn đoán", right: "chẩn đoán", note: "sai chính tả", confidence: "certain" },
  { wrong: "xác xuất", right: "xác suất", note: "sai chính tả", confidence: "certain" },
  { wrong: "sơ xuất", right: "sơ suất", note: "sai chính tả", confidence: "certain" },
  { wrong: "chỉnh chu", right: "chỉn chu", note: "sai chính tả", confidence: "certain" },
  { wrong: "sữa đổi", right: "sửa đổi", note: "sai dấu", confidence: "certain" },
  { wrong: "hổ trợ", right: "hỗ trợ", note: "sai dấu", confidence: "certain" },
  { wrong: "dử liệu", right: "dữ liệu", note: "sai dấu", confidence: "certain" },
  { wrong: "giãi quyết", right: "giải quyết", note: "sai dấu", confidence: "certain" },
  { wrong: "giãi ngân", right: "giải ngân", note: "sai dấu", confidence: "certain" },
  { wrong: "triễn khai", right: "triển khai", note: "sai dấu", confidence: "certain" },
  { wrong: "kiễm tra", right: "kiểm tra", note: "sai dấu", confidence: "certain" },
  { wrong: "kiễm soát", right: "kiểm soát", note: "sai dấu", confidence: "certain" },
  { wrong: "hướng dẩn", right: "hướng dẫn", note: "sai dấu", confidence: "certain" },
  { wrong: "thẫm quyền", right: "thẩm quyền", note: "sai dấu", confidence: "certain" },
  { wrong: "thẫm định", right: "thẩm định", note: "sai dấu", confidence: "certain" },
  { wrong: "đăng tãi", right: "đăng tải", note: "sai dấu", confidence: "certain" },
  { wrong: "tiếp nhận và trã kết quả", right: "tiếp nhận và trả kết quả", note: "sai dấu", confidence: "certain" },
  { wrong: "qủa", right: "quả", note: "đặt sai vị trí dấu thanh", confidence: "certain" },
  { wrong: "chử ký", right: "chữ ký", note: "sai dấu", confidence: "certain" },
  { wrong: "phản ảnh, kiến nghị", right: "phản ánh, kiến nghị", note: "thuật ngữ chính thức", confidence: "certain" },
];
