/** An inspection as the seed report describes one (the Office's check of its one-stop shop). */
export const inspection = {
  unit: "DT.VPUBND",
  period: "2022-H1",
  area: "procedure" as const,
  team: "Tổ kiểm tra công tác kiểm soát thủ tục hành chính",
  leadName: "Nguyễn Văn An",
  leadTitle: "Trưởng phòng Kiểm soát thủ tục hành chính",
  heldOn: "2022-05-12",
  unitsInspected: ["Trung tâm Phục vụ hành chính công"],
  findings: "Một số hồ sơ trả kết quả chưa đúng hẹn.",
  remediation: "Chấn chỉnh việc theo dõi thời hạn giải quyết hồ sơ.",
};
