/**
 * The default template of the periodic reform report of a provincial department, following the
 * outline of the 6-month report 2022 of the Đồng Tháp PPC Office (I–V, areas 1–6). It is data,
 * decoded by the Template schema when the module loads, so a broken template fails at start-up.
 */
import { Schema } from "effect";
import { Template, type TextBlock } from "./Template.js";

/** A sentence of the template (most blocks are one). */
const text = (text: string): typeof TextBlock.Encoded => ({ kind: "text", text });

/** From this day there is no district level: periods that start earlier also count district procedures. */
const DISTRICTS_ABOLISHED = "2025-07-01";

/** The levels of government as the sentence names them. */
const LEVEL_NAMES = { province: "cấp tỉnh", district: "cấp huyện", commune: "cấp xã" } as const;

/** The sentence on the province's procedures, counted at the levels of government the period has. */
const procedureCounts = (levels: ReadonlyArray<keyof typeof LEVEL_NAMES>): string =>
  "- Số lượng TTHC thuộc thẩm quyền giải quyết của Tỉnh: Tổng số Quyết định công bố danh mục TTHC và Quy trình nội bộ giải quyết TTHC đã được ban hành trong {period.labelInline}: {tthc.quyetdinh.congbo@province|02} quyết định; Tổng số TTHC được công bố {tthc.thutuc.congbo@province} thủ tục; Tổng số TTHC thuộc thẩm quyền quản lý, theo dõi của Tỉnh tính đến thời điểm báo cáo: {tthc.thutuc.tong@province}, trong đó: " +
  levels.map((l) => `${LEVEL_NAMES[l]}: {tthc.thutuc.tong[level=${l}]@province} thủ tục`).join(", ") +
  ".";

/** How much of a budget line was spent by its day, and the share of the allocation: the same two lines for both kinds of funds. */
const budgetUse = (autonomy: "autonomous" | "non-autonomous"): Array<typeof TextBlock.Encoded> => [
  text(
    `+ Số kinh phí thực hiện đến ngày {asOf:taichinh.kinhphi.dasudung[autonomy=${autonomy}]}: {taichinh.kinhphi.dasudung[autonomy=${autonomy}]}.`,
  ),
  text(`+ Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: {taichinh.kinhphi.tyle[autonomy=${autonomy}]}.`),
];

const data: typeof Template.Encoded = {
  id: "cchc-dinh-ky",
  name: "Báo cáo định kỳ công tác cải cách hành chính",
  summary: "Công tác cải cách hành chính {period.labelInline} (số liệu tính từ {period.start} đến {period.end})",
  sections: [
    {
      id: "direction",
      title: "Công tác chỉ đạo, điều hành cải cách hành chính",
      blocks: [],
      children: [
        {
          id: "direction.office",
          title: "Kết quả thực hiện của cơ quan",
          blocks: [
            { kind: "plan-progress", lead: "- Tiến độ thực hiện Kế hoạch cải cách hành chính: " },
            { kind: "narrative", section: "direction.office" },
            {
              kind: "documents",
              lead: "- Văn bản chỉ đạo, điều hành cải cách hành chính đã ban hành trong kỳ:",
              issuer: "unit",
              area: "direction",
            },
            { kind: "inspections", lead: "- Kết quả kiểm tra cải cách hành chính trong kỳ:" },
            {
              kind: "assigned-tasks",
              lead: "- Tổng hợp, cập nhật tiến độ, kết quả thực hiện các nhiệm vụ được Ủy ban nhân dân Tỉnh, Chủ tịch Ủy ban nhân dân Tỉnh giao: ",
              source: "province",
            },
            {
              kind: "activities",
              lead: "- Mô hình, sáng kiến, giải pháp mới trong cải cách hành chính được triển khai:",
              activity: "model",
            },
          ],
        },
        {
          id: "direction.province",
          title: "Kết quả thực hiện của Ủy ban nhân dân Tỉnh",
          blocks: [
            {
              kind: "assigned-tasks",
              lead: "Tiến độ, kết quả thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: ",
              source: "government",
            },
            { kind: "narrative", section: "direction.province", required: false },
          ],
        },
      ],
    },
    {
      id: "results",
      title: "Kết quả thực hiện công tác cải cách hành chính",
      blocks: [],
      children: [
        {
          id: "institution",
          title: "Cải cách thể chế",
          blocks: [
            { kind: "narrative", section: "institution" },
            { kind: "documents", lead: "- Văn bản đã ban hành trong kỳ:", issuer: "unit", area: "institution" },
          ],
        },
        {
          id: "procedure",
          title: "Cải cách thủ tục hành chính",
          blocks: [
            { kind: "subheading", text: "Kết quả thực hiện của Ủy ban nhân dân Tỉnh" },
            { kind: "narrative", section: "procedure", lead: "- Kết quả rà soát, đề xuất cắt giảm, đơn giản hóa TTHC: " },
            { ...text(procedureCounts(["province", "district", "commune"])), until: DISTRICTS_ABOLISHED },
            { ...text(procedureCounts(["province", "commune"])), from: DISTRICTS_ABOLISHED },
            text("- Kết quả thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC:"),
            {
              kind: "narrative",
              section: "procedure.onestop",
              lead: "+ Tình hình tổ chức và hoạt động của Bộ phận Một cửa các cấp (cơ sở vật chất, trang thiết bị, phần mềm ứng dụng, nhân sự, cơ chế phối hợp, chế độ hỗ trợ cho công chức, viên chức và người lao động): ",
            },
            {
              kind: "narrative",
              section: "procedure.digitisation",
              lead: "+ Kết quả thực hiện số hóa hồ sơ, giấy tờ, kết quả giải quyết TTHC: ",
            },
            text("+ Kết quả giải quyết hồ sơ TTHC tại các cấp chính quyền trên địa bàn tỉnh:"),
            text(
              "- Tổng số hồ sơ TTHC đã tiếp nhận {period.labelInline}: {tthc.hoso.tiepnhan@province}; trong đó: Số mới tiếp nhận trong kỳ: {tthc.hoso.tiepnhanmoi@province} (trực tuyến: {tthc.hoso.tiepnhanmoi[channel=online]@province}, trực tiếp và qua dịch vụ bưu chính: {tthc.hoso.tiepnhanmoi[channel=offline]@province}); số từ kỳ trước chuyển qua: {tthc.hoso.tonkytruoc@province}.",
            ),
            text(
              "- Số lượng hồ sơ đã giải quyết: {tthc.hoso.dagiaiquyet@province}; trong đó, giải quyết trước hạn: {tthc.hoso.dagiaiquyet[timeliness=early]@province}, đúng hạn: {tthc.hoso.dagiaiquyet[timeliness=on-time]@province}, quá hạn: {tthc.hoso.dagiaiquyet[timeliness=late]@province}; tỷ lệ giải quyết đúng hạn và trước hạn: {tthc.hoso.dunghan.tyle@province}.",
            ),
            text(
              "- Số lượng hồ sơ đang giải quyết: {tthc.hoso.danggiaiquyet@province}; trong đó, trong hạn: {tthc.hoso.danggiaiquyet[pending=within]@province}, quá hạn: {tthc.hoso.danggiaiquyet[pending=overdue]@province}.",
            ),
            text(
              "+ Kết quả tiếp nhận, xử lý phản ánh, kiến nghị của người dân, tổ chức liên quan đến quy định TTHC: Tỷ lệ giải quyết phản ánh, kiến nghị (PAKN) về quy định TTHC {tthc.pakn.tyle@province}, trong đó tổng số PAKN đã tiếp nhận (trực tiếp hoặc do cơ quan có thẩm quyền chuyển đến) {tthc.pakn.tiepnhan@province}, số PAKN đã giải quyết xong {tthc.pakn.dagiaiquyet@province}.",
            ),
            { kind: "narrative", section: "procedure.feedback", required: false },
            { kind: "narrative", section: "procedure.quality", lead: "+ Kết quả thực hiện việc đánh giá chất lượng giải quyết TTHC: " },
          ],
        },
        {
          id: "apparatus",
          title: "Cải cách tổ chức bộ máy hành chính nhà nước",
          blocks: [
            { kind: "narrative", section: "apparatus" },
            text(
              "- Đánh giá về tình hình quản lý, sử dụng biên chế công chức, viên chức: Thực hiện quản lý, sử dụng đúng số lượng biên chế công chức ({bomay.bienche.congchuc} biên chế), viên chức ({bomay.bienche.vienchuc} biên chế) được giao.",
            ),
          ],
        },
        {
          id: "civil-service",
          title: "Cải cách chế độ công vụ",
          blocks: [
            { kind: "narrative", section: "civil-service" },
            text("- Kết quả thực hiện bổ nhiệm, đề bạt công chức, viên chức: {congvu.bonhiem|none}."),
            {
              kind: "activities",
              lead: "- Kết quả thực hiện đào tạo, bồi dưỡng cán bộ, công chức, viên chức ({congvu.daotao.luot} lượt người):",
              activity: "training",
              checkIndicator: "congvu.daotao.luot",
            },
            text(
              "- Tình hình ban hành và kết quả thực hiện các cơ chế, chính sách thu hút người có tài năng vào làm việc tại các cơ quan, đơn vị: {congvu.thuhut.chinhsach|none}.",
            ),
          ],
        },
        {
          id: "public-finance",
          title: "Cải cách tài chính công",
          blocks: [
            text("- Kết quả thực hiện thu ngân sách nhà nước theo Kế hoạch được Ủy ban nhân dân Tỉnh giao:"),
            text("Năm {period.year}: Kinh phí quản lý hành chính được giao: {taichinh.kinhphi.giao}."),
            text("Trong đó:"),
            text("* Kinh phí thực hiện tự chủ: {taichinh.kinhphi.giao[autonomy=autonomous]}."),
            text("(Trong đó kinh phí Cải cách tiền lương được giữ lại: {taichinh.kinhphi.cclgiulai})"),
            ...budgetUse("autonomous"),
            text("- Kinh phí thực hiện không tự chủ: {taichinh.kinhphi.giao[autonomy=non-autonomous]}."),
            ...budgetUse("non-autonomous"),
            {
              kind: "narrative",
              section: "public-finance.investment",
              lead: "- Kết quả thực hiện Kế hoạch giải ngân vốn đầu tư công (Dự án: ",
              trail: "):",
              required: false,
            },
            text("* Tổng mức đầu tư dự án: {taichinh.dautu.tongmuc}."),
            text("* Tổng số vốn được bố trí: {taichinh.dautu.botri}."),
            text("Trong đó:"),
            text(
              "Kế hoạch vốn đã cấp năm {period.previousYear} là: {taichinh.dautu.kehoachnamtruoc} ({taichinh.dautu.giaingannamtruoc.tyle|disbursement})",
            ),
            text("Kế hoạch vốn đã cấp năm {period.year} là: {taichinh.dautu.kehoachnam} ({taichinh.dautu.giaingan.tyle|disbursement})"),
            text(
              "+ Nguồn vốn đã giải ngân đến ngày {asOf:taichinh.dautu.giaingan}: {taichinh.dautu.giaingan}, đạt tỷ lệ: {taichinh.dautu.giaingan.tyle}.",
            ),
            text("+ Nguồn vốn còn lại: {taichinh.dautu.conlai}."),
            text(
              "- Tiến độ, kết quả thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách: {taichinh.kiennghi.thanhtra|none}.",
            ),
            { kind: "narrative", section: "public-finance" },
          ],
        },
        {
          id: "e-government",
          title: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
          blocks: [
            { kind: "narrative", section: "e-government" },
            { kind: "activities", lead: "- Kết quả triển khai ứng dụng công nghệ thông tin:", activity: "it" },
          ],
        },
      ],
    },
    { id: "assessment", title: "Đánh giá chung", blocks: [{ kind: "narrative", section: "assessment" }] },
    {
      id: "directions",
      title: "Phương hướng, nhiệm vụ {period.next}",
      blocks: [{ kind: "narrative", section: "directions", numbered: true }],
    },
    {
      id: "recommendations",
      title: "Kiến nghị, đề xuất",
      omitWhenEmpty: true,
      blocks: [{ kind: "narrative", section: "recommendations", required: false }],
    },
  ],
  appendixTitle: "Phụ lục",
  appendix: [
    {
      id: "appendix.figures",
      title: "Số liệu báo cáo",
      blocks: [{ kind: "figures-table", caption: "Số liệu theo lĩnh vực cải cách hành chính" }],
    },
    {
      id: "appendix.rates",
      title: "Các tỷ lệ và công thức tính",
      blocks: [{ kind: "rates-table", caption: "Tỷ lệ (%) tính từ số liệu, làm tròn 1 chữ số thập phân" }],
    },
    {
      id: "appendix.tasks",
      title: "Tiến độ nhiệm vụ của Kế hoạch cải cách hành chính",
      omitWhenEmpty: true,
      blocks: [{ kind: "tasks-table", caption: "Nhiệm vụ của Kế hoạch cải cách hành chính" }],
    },
  ],
};

/** The default report template, decoded (and so checked) once. */
export const defaultTemplate: Template = Schema.decodeUnknownSync(Template)(data);
