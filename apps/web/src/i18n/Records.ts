/**
 * The strings of the screens of the report's records: narrative sections (/thuyet-minh) and
 * dossier statistics with the CSV import (/ho-so), in Vietnamese and English; spread into the two
 * dictionaries.
 */

const sectionVi: Record<string, string> = {
  "direction.office": "I.1. Công tác chỉ đạo, điều hành của cơ quan",
  "direction.province": "I.2. Nhiệm vụ do cấp trên giao",
  institution: "II.1. Cải cách thể chế",
  procedure: "II.2. Cải cách thủ tục hành chính",
  "procedure.onestop": "II.2. Cải cách thủ tục hành chính — cơ chế một cửa, một cửa liên thông",
  "procedure.digitisation": "II.2. Cải cách thủ tục hành chính — số hóa hồ sơ, kết quả",
  apparatus: "II.3. Cải cách tổ chức bộ máy",
  "civil-service": "II.4. Cải cách chế độ công vụ",
  "public-finance": "II.5. Cải cách tài chính công",
  "public-finance.investment": "II.5. Dự án đầu tư",
  "e-government": "II.6. Xây dựng, phát triển Chính phủ điện tử, Chính phủ số",
  assessment: "III. Đánh giá chung",
  directions: "IV. Phương hướng, nhiệm vụ kỳ tới",
  recommendations: "V. Kiến nghị, đề xuất",
};
const sectionEn: Record<string, string> = {
  "direction.office": "I.1. Direction by the agency",
  "direction.province": "I.2. Tasks assigned from above",
  institution: "II.1. Institutional reform",
  procedure: "II.2. Administrative procedure reform",
  "procedure.onestop": "II.2. Administrative procedure reform — one-stop shops",
  "procedure.digitisation": "II.2. Administrative procedure reform — digitised dossiers and results",
  apparatus: "II.3. Organisational reform",
  "civil-service": "II.4. Civil service reform",
  "public-finance": "II.5. Public finance reform",
  "public-finance.investment": "II.5. Investment project",
  "e-government": "II.6. E-government, digital government",
  assessment: "III. Overall assessment",
  directions: "IV. Directions for the next period",
  recommendations: "V. Recommendations",
};
const levelVi: Record<string, string> = { province: "Cấp tỉnh", district: "Cấp huyện", commune: "Cấp xã", total: "Tổng số" };
const levelEn: Record<string, string> = { province: "Province", district: "District", commune: "Commune", total: "Total" };
const channelVi: Record<string, string> = {
  "online-full": "Trực tuyến toàn trình",
  "online-partial": "Trực tuyến một phần",
  "in-person": "Trực tiếp",
  post: "Qua bưu chính",
  total: "Tổng số",
};
const channelEn: Record<string, string> = {
  "online-full": "Fully online",
  "online-partial": "Partly online",
  "in-person": "In person",
  post: "By post",
  total: "Total",
};

/** A code's name in one language (a procedure level, a channel), or the code itself when it has none. */
const nameOr =
  (names: Readonly<Record<string, string>>) =>
  (code: string): string =>
    names[code] ?? code;

/**
 * A section's name in one language: its own name, a `procedure.*` sub-section as the procedure
 * section's name with the sub-section's id, any other id as it is.
 */
const sectionNameIn =
  (names: Readonly<Record<string, string>>) =>
  (id: string): string =>
    names[id] ?? (id.startsWith("procedure.") ? `${names.procedure} (${id.slice("procedure.".length)})` : id);

/** The Vietnamese strings. */
export const recordsVi = {
  "screen.narratives": "Thuyết minh",
  "screen.dossiers": "Hồ sơ TTHC",
  narrativesTitle: "Thuyết minh báo cáo",
  narrativesIntro: "Phần lời của báo cáo theo từng lĩnh vực. Các số liệu trong lời văn được tô sáng và kiểm tra ngay khi gõ.",
  narrativeSection: sectionNameIn(sectionVi),
  narrativeEmpty: "Chưa có nội dung.",
  narrativeEdit: "Sửa",
  narrativeWrite: "Viết",
  narrativeText: "Nội dung (các đoạn cách nhau bởi một dòng trống)",
  narrativeSave: "Lưu",
  narrativeSaving: "Đang lưu…",
  narrativeSaved: (label: string) => `Đã lưu “${label}”.`,
  narrativeClaimsFollowed: (list: string) => `Tỷ lệ báo cáo nêu đã theo lời văn mới: ${list}.`,
  narrativeClaimWithdrawn: "bỏ",
  narrativeVersion: (v: number, by: string) => (v === 0 ? "Chưa lưu" : `Phiên bản ${v}${by ? ` · ${by}` : ""}`),
  narrativeConflict:
    "Người khác vừa lưu mục này: bản của bạn chưa được lưu. Xem bản đang lưu rồi sửa lại (nội dung bạn gõ vẫn còn trong ô).",
  narrativeReload: "Lấy bản đang lưu",
  narrativeChecking: "Đang kiểm tra…",
  narrativeFigures: (n: number) => (n === 0 ? "Không có số liệu trong đoạn văn." : `${n} số liệu trong đoạn văn`),
  narrativeFindings: (n: number) => (n === 0 ? "Không phát hiện lỗi." : `${n} phát hiện của bộ kiểm tra`),
  narrativePreview: "Xem trước, số liệu được tô sáng",
  narrativeUnsaved: "Mục thuyết minh đang sửa chưa được lưu. Rời trang?",
  dossiersTitle: "Hồ sơ thủ tục hành chính",
  dossiersIntro:
    "Số liệu tiếp nhận, giải quyết hồ sơ của đơn vị và các đơn vị trực thuộc trong kỳ, tính từ hồ sơ đã nhập từ hệ thống một cửa.",
  dossiersReported: "Số liệu đã báo cáo (kho chỉ tiêu)",
  dossiersReportedIntro: "Số liệu hồ sơ TTHC đang lưu cho đơn vị trong kỳ (nhập tay, tính từ hồ sơ hoặc tổng hợp).",
  dossiersComputed: "Tính từ hồ sơ đã nhập",
  dossiersNoRecords: "Chưa có hồ sơ nào của đơn vị trong kỳ được nhập.",
  dossiersByLevel: "Theo cấp thủ tục",
  dossiersByChannel: "Theo kênh tiếp nhận",
  dossierLevel: nameOr(levelVi),
  dossierChannel: nameOr(channelVi),
  colReceived: "Tổng tiếp nhận",
  colCarried: "Tồn kỳ trước",
  colNew: "Tiếp nhận mới",
  colOnline: "Trực tuyến",
  colOffline: "Trực tiếp, bưu chính",
  colResolved: "Đã giải quyết",
  colEarly: "Trước hạn",
  colOnTime: "Đúng hạn",
  colLate: "Quá hạn",
  colPending: "Đang giải quyết",
  colIndicator: "Chỉ số",
  colFormula: "Công thức",
  colValue: "Giá trị",
  colFigure: "Số liệu",
  serviceIndicatorsTitle: "Chỉ số phục vụ (Quyết định 766/QĐ-TTg)",
  chartResolvedTitle: "Hồ sơ đã giải quyết theo tiến độ",
  importTitle: "Nhập hồ sơ từ tệp CSV",
  importIntro: (fields: string) =>
    `Dòng 1 là tiêu đề với đủ 15 cột: ${fields}. Tệp được đọc trên máy, gửi từng lô; mỗi lô được lưu cả hoặc không lưu gì.`,
  importChoose: "Chọn tệp CSV",
  importRun: "Nhập",
  importRunning: "Đang nhập…",
  importProgress: (done: number, total: number, lines: number) => `Đã gửi ${done}/${total} lô (${lines} dòng).`,
  importDone: (inserted: string, updated: string, unchanged: string) =>
    `Đã lưu: ${inserted} hồ sơ mới, ${updated} hồ sơ cập nhật, ${unchanged} dòng không thay đổi.`,
  importRejected: (n: number) => `${n} lô bị từ chối (không dòng nào của lô được lưu):`,
  importBatchLines: (from: number, to: number) => `Lô dòng ${from}–${to}`,
  importFirstLoad: "Nạp ban đầu: lần nhập đầu tiên của nguồn chưa có hồ sơ — cả tệp lưu trong một lần, một dòng sai thì không lưu gì",
  importFirstLoadDone: (inserted: string, superseded: string) =>
    `Đã nạp ban đầu ${inserted} hồ sơ (phiên bản mới nhất của mỗi hồ sơ); ${superseded} dòng là phiên bản cũ hơn trong tệp.`,
  importEmpty: "Tệp không có dòng hồ sơ nào.",
  importNoWrite: "Bạn không có quyền ghi hồ sơ của đơn vị này.",
  writeComputed: "Ghi số liệu tính từ hồ sơ vào báo cáo",
  writeComputedConfirm: (n: number) =>
    n === 0
      ? "Số liệu tính từ hồ sơ đã trùng với số liệu đang lưu."
      : `${n} giá trị chỉ tiêu tthc.hoso.* sẽ được thay bằng số tính từ hồ sơ. Tiếp tục?`,
  writeComputedDone: (n: number) => `Đã ghi ${n} giá trị chỉ tiêu từ hồ sơ.`,
};

/** The English strings. */
export const recordsEn: { readonly [K in keyof typeof recordsVi]: (typeof recordsVi)[K] } = {
  "screen.narratives": "Narrative",
  "screen.dossiers": "Dossiers",
  narrativesTitle: "Report narrative",
  narrativesIntro: "The report's text by reform area. The figures it states are highlighted and checked as you type.",
  narrativeSection: sectionNameIn(sectionEn),
  narrativeEmpty: "Nothing written yet.",
  narrativeEdit: "Edit",
  narrativeWrite: "Write",
  narrativeText: "Text (paragraphs separated by a blank line)",
  narrativeSave: "Save",
  narrativeSaving: "Saving…",
  narrativeSaved: (label: string) => `“${label}” saved.`,
  narrativeClaimsFollowed: (list: string) => `Stated rates now follow the new text: ${list}.`,
  narrativeClaimWithdrawn: "withdrawn",
  narrativeVersion: (v: number, by: string) => (v === 0 ? "Not saved" : `Version ${v}${by ? ` · ${by}` : ""}`),
  narrativeConflict:
    "Someone else has just saved this section: yours was not saved. Look at the stored text and edit again (your text is still in the box).",
  narrativeReload: "Load the stored text",
  narrativeChecking: "Checking…",
  narrativeFigures: (n: number) => (n === 0 ? "No figures in the text." : `${n} figures in the text`),
  narrativeFindings: (n: number) => (n === 0 ? "No problems found." : `${n} findings of the checker`),
  narrativePreview: "Preview, figures highlighted",
  narrativeUnsaved: "The narrative section being edited is not saved. Leave?",
  dossiersTitle: "Administrative procedure dossiers",
  dossiersIntro:
    "Dossiers received and resolved by the unit and the units below it in the period, computed from the records imported from one-stop systems.",
  dossiersReported: "Reported figures (indicator store)",
  dossiersReportedIntro: "The dossier figures stored for the unit and period (entered, computed from records or consolidated).",
  dossiersComputed: "Computed from imported records",
  dossiersNoRecords: "No dossier of the unit in this period has been imported.",
  dossiersByLevel: "By procedure level",
  dossiersByChannel: "By channel",
  dossierLevel: nameOr(levelEn),
  dossierChannel: nameOr(channelEn),
  colReceived: "Received in total",
  colCarried: "Carried over",
  colNew: "New",
  colOnline: "Online",
  colOffline: "In person, post",
  colResolved: "Resolved",
  colEarly: "Early",
  colOnTime: "On time",
  colLate: "Late",
  colPending: "Pending",
  colIndicator: "Indicator",
  colFormula: "Formula",
  colValue: "Value",
  colFigure: "Figure",
  serviceIndicatorsTitle: "Service indicators (Decision 766/QĐ-TTg)",
  chartResolvedTitle: "Resolved dossiers by timeliness",
  importTitle: "Import dossiers from a CSV file",
  importIntro: (fields: string) =>
    `Line 1 is the header with all 15 columns: ${fields}. The file is read in the browser and sent in batches; each batch is stored whole or not at all.`,
  importChoose: "Choose a CSV file",
  importRun: "Import",
  importRunning: "Importing…",
  importProgress: (done: number, total: number, lines: number) => `${done}/${total} batches sent (${lines} lines).`,
  importDone: (inserted: string, updated: string, unchanged: string) =>
    `Stored: ${inserted} new dossiers, ${updated} updated, ${unchanged} lines unchanged.`,
  importRejected: (n: number) => `${n} batches refused (none of their lines stored):`,
  importBatchLines: (from: number, to: number) => `Batch of lines ${from}–${to}`,
  importFirstLoad:
    "First load: the first import of a source that has no records yet — the whole file stored at once, nothing if a line is wrong",
  importFirstLoadDone: (inserted: string, superseded: string) =>
    `First load: ${inserted} dossiers stored (the latest version of each); ${superseded} lines were earlier versions in the file.`,
  importEmpty: "The file has no dossier lines.",
  importNoWrite: "You may not write the dossiers of this unit.",
  writeComputed: "Write the figures computed from records into the report",
  writeComputedConfirm: (n: number) =>
    n === 0
      ? "The figures computed from records already equal the stored ones."
      : `${n} tthc.hoso.* values will be replaced by the figures computed from records. Continue?`,
  writeComputedDone: (n: number) => `${n} values written from the records.`,
};
