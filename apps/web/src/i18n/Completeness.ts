/**
 * The strings of a report's completeness (compulsory indicators and the reasons a value is
 * missing), in Vietnamese and English; spread into the two dictionaries.
 */

/** The Vietnamese strings. */
export const completenessVi = {
  compulsory: "bắt buộc",
  compulsoryHint: "Chỉ tiêu bắt buộc: nhập số liệu hoặc nêu lý do không có số liệu thì mới gửi được báo cáo.",
  missingReason: "Lý do không có số liệu",
  missingReasonSave: "Lưu lý do",
  missingReasonWithdraw: "Bỏ lý do",
  missingReasonEmpty: "Cần nêu lý do.",
  missingReasonStated: (by: string) => `Lý do đã nêu (bởi ${by})`,
  missingTitle: (n: number) => `Còn ${n} chỉ tiêu bắt buộc chưa có số liệu và chưa có lý do`,
};

/** The English strings. */
export const completenessEn: typeof completenessVi = {
  compulsory: "compulsory",
  compulsoryHint: "Compulsory indicator: enter a value or state why there is none before the report can be submitted.",
  missingReason: "Why there is no value",
  missingReasonSave: "Save reason",
  missingReasonWithdraw: "Withdraw reason",
  missingReasonEmpty: "State a reason.",
  missingReasonStated: (by: string) => `Reason stated (by ${by})`,
  missingTitle: (n: number) => `${n} compulsory indicator(s) still have neither a value nor a reason`,
};
