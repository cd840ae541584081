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
  /** Why, in Vietnamese. */
  readonly note: string;
  readonly confidence: "certain" | "likely";
  /** Match the letters' case exactly (default: case-insensitive). */
  readonly caseSensitive?: boolean;
  /** A regex source; the match is ignored when the text right after it matches (e.g. "cũng cố" + " gắng"). */
  readonly notFollowedBy?: string;
}

/** The term list, grouped by theme. */
export const terms: ReadonlyArray<TermEntry> = [
  // Names of the reform areas and official systems
  { wrong: "thủ ché", right: "thể chế", note: "Lĩnh vực cải cách thể chế", confidence: "certain" },
  { wrong: "thủ chế", right: "thể chế", note: "Lĩnh vực cải cách thể chế", confidence: "certain" },
  { wrong: "thể ché", right: "thể chế", note: "Thiếu dấu mũ: «chế»", confidence: "certain" },
  { wrong: "cơ ché", right: "cơ chế", note: "Thiếu dấu mũ: «chế»", confidence: "certain" },
  { wrong: "biên ché", right: "biên chế", note: "Thiếu dấu mũ: «chế»", confidence: "certain" },
  { wrong: "hành chánh", right: "hành chính", note: "Thuật ngữ chính thức là «hành chính»", confidence: "certain" },
  { wrong: "Công dịch vụ công", right: "Cổng Dịch vụ công", note: "Tên hệ thống: Cổng Dịch vụ công", confidence: "certain" },
  { wrong: "Công Thông tin điện tử", right: "Cổng Thông tin điện tử", note: "Tên hệ thống: Cổng Thông tin điện tử", confidence: "certain" },
  { wrong: "trực dữ liệu liên thông", right: "trục dữ liệu liên thông", note: "Trục liên thông văn bản quốc gia: «trục», không phải «trực»", confidence: "certain" },
  { wrong: "trực liên thông", right: "trục liên thông", note: "Trục liên thông văn bản quốc gia: «trục», không phải «trực»", confidence: "certain" },
  { wrong: "trực tích hợp", right: "trục tích hợp", note: "Trục tích hợp, chia sẻ dữ liệu (LGSP): «trục»", confidence: "certain" },
  { wrong: "gắp với", right: "gắn với", note: "«gắn với» (mô hình Công dân không viết gắn với dịch vụ công trực tuyến)", confidence: "certain" },
  { wrong: "một của liên thông", right: "một cửa liên thông", note: "Cơ chế một cửa, một cửa liên thông", confidence: "certain" },
  { wrong: "tinh giảm biên chế", right: "tinh giản biên chế", note: "Thuật ngữ chính thức: «tinh giản biên chế»", confidence: "certain" },
  // Document parts
  { wrong: "Noi nhận", right: "Nơi nhận", note: "Thiếu dấu: «Nơi nhận»", confidence: "certain" },
  { wrong: "Nới nhận", right: "Nơi nhận", note: "Sai dấu: «Nơi nhận»", confidence: "certain" },
  { wrong: "ĐÈ XUẤT", right: "ĐỀ XUẤT", note: "Sai dấu: «ĐỀ XUẤT»", confidence: "certain" },
  { wrong: "đè xuất", right: "đề xuất", note: "Sai dấu: «đề xuất»", confidence: "certain" },
  { wrong: "Đè nghị", right: "Đề nghị", note: "Sai dấu: «Đề nghị»", confidence: "certain" },
  { wrong: "gửi báo theo quy định", right: "gửi báo cáo theo quy định", note: "Thiếu chữ: «gửi báo cáo»", confidence: "likely" },
  // Frequent diacritic and spelling slips
  { wrong: "cung cố", right: "củng cố", note: "Sai dấu: «củng cố»", confidence: "certain" },
  { wrong: "cũng cố", right: "củng cố", note: "Sai dấu: «củng cố»", confidence: "likely", notFollowedBy: "\\s+gắng" },
  { wrong: "kiện toàng", right: "kiện toàn", note: "Sai chính tả: «kiện toàn»", confidence: "certain" },
  { wrong: "trể", right: "trễ", note: "Sai dấu: «trễ» (trễ hạn)", confidence: "certain" },
  { wrong: "sát nhập", right: "sáp nhập", note: "Sáp nhập (hợp nhất đơn vị), không phải «sát nhập»", confidence: "certain" },
  { wrong: "bổ xung", right: "bổ sung", note: "Sai chính tả: «bổ sung»", confidence: "certain" },
  { wrong: "chuẩn đoán", right: "chẩn đoán", note: "Sai chính tả: «chẩn đoán»", confidence: "certain" },
  { wrong: "xác xuất", right: "xác suất", note: "Sai chính tả: «xác suất»", confidence: "certain" },
  { wrong: "sơ xuất", right: "sơ suất", note: "Sai chính tả: «sơ suất»", confidence: "certain" },
  { wrong: "chỉnh chu", right: "chỉn chu", note: "Sai chính tả: «chỉn chu»", confidence: "certain" },
  { wrong: "sữa đổi", right: "sửa đổi", note: "Sai dấu: «sửa đổi»", confidence: "certain" },
  { wrong: "hổ trợ", right: "hỗ trợ", note: "Sai dấu: «hỗ trợ»", confidence: "certain" },
  { wrong: "dử liệu", right: "dữ liệu", note: "Sai dấu: «dữ liệu»", confidence: "certain" },
  { wrong: "giãi quyết", right: "giải quyết", note: "Sai dấu: «giải quyết»", confidence: "certain" },
  { wrong: "giãi ngân", right: "giải ngân", note: "Sai dấu: «giải ngân»", confidence: "certain" },
  { wrong: "triễn khai", right: "triển khai", note: "Sai dấu: «triển khai»", confidence: "certain" },
  { wrong: "kiễm tra", right: "kiểm tra", note: "Sai dấu: «kiểm tra»", confidence: "certain" },
  { wrong: "kiễm soát", right: "kiểm soát", note: "Sai dấu: «kiểm soát»", confidence: "certain" },
  { wrong: "hướng dẩn", right: "hướng dẫn", note: "Sai dấu: «hướng dẫn»", confidence: "certain" },
  { wrong: "thẫm quyền", right: "thẩm quyền", note: "Sai dấu: «thẩm quyền»", confidence: "certain" },
  { wrong: "thẫm định", right: "thẩm định", note: "Sai dấu: «thẩm định»", confidence: "certain" },
  { wrong: "đăng tãi", right: "đăng tải", note: "Sai dấu: «đăng tải»", confidence: "certain" },
  { wrong: "tiếp nhận và trã kết quả", right: "tiếp nhận và trả kết quả", note: "Sai dấu: «trả kết quả»", confidence: "certain" },
  { wrong: "chử ký", right: "chữ ký", note: "Sai dấu: «chữ ký»", confidence: "certain" },
  { wrong: "giải quyết đúng hẹn", right: "giải quyết đúng hạn", note: "Thuật ngữ thống kê TTHC: «đúng hạn»", confidence: "likely" },
  { wrong: "phản ảnh, kiến nghị", right: "phản ánh, kiến nghị", note: "Thuật ngữ: «phản ánh, kiến nghị»", confidence: "certain" },
];
