/**
 * The body of the seed report (Báo cáo 6 tháng đầu năm 2022 của Văn phòng UBND tỉnh Đồng Tháp), line
 * by line as the seed writes it, from "I. CÔNG TÁC CHỈ ĐẠO…" to the end mark before "Nơi nhận", with
 * what the generated report states instead where it differs on purpose and why (ADR 0012). Typos
 * listed in `seedCorrections` are corrected everywhere. The demo data holds every statement; the
 * fidelity test (apps/api/test/reports/SeedFidelity.test.ts) holds this list against the report of
 * the demo data, and against the seed file itself when CCHC_SEED_FILE is set.
 */

/** A statement of the seed: its line, and the statements the report makes of it when they differ. */
export interface SeedStatement {
  readonly seed: string;
  /** What the report states instead (each must be in one paragraph of the report); default: the seed line, corrected. */
  readonly report?: ReadonlyArray<string>;
  readonly why?: string;
}

/** Typos of the seed that the demo data corrects, with the correction. */
export const seedCorrections: ReadonlyArray<{ readonly from: string; readonly to: string; readonly why: string }> = [
  { from: "Công dịch vụ công", to: "Cổng Dịch vụ công", why: "Lỗi chính tả: “Cổng Dịch vụ công”." },
  { from: "cung cố", to: "củng cố", why: "Lỗi chính tả." },
  { from: "không viết gắp", to: "không viết gắn", why: "Lỗi chính tả." },
  {
    from: "Công Thông tin điện tử Đồng Tháp là",
    to: "Cổng Thông tin điện tử Đồng Tháp là",
    why: "Lỗi chính tả: “Cổng Thông tin điện tử”.",
  },
  { from: "trực dữ liệu liên thông", to: "trục dữ liệu liên thông", why: "Lỗi chính tả: “trục liên thông”." },
  { from: "trên trực liên thông", to: "trên trục liên thông", why: "Lỗi chính tả: “trục liên thông”." },
  { from: "triển khai các sử dụng các", to: "triển khai sử dụng các", why: "Từ “các” lặp sai chỗ." },
  { from: "Đè nghị", to: "Đề nghị", why: "Lỗi chính tả." },
  { from: "gửi báo theo", to: "gửi báo cáo theo", why: "Thiếu chữ: “gửi báo cáo”." },
  {
    from: "Ủy ban nhân dân Tỉnh, Ủy ban nhân dân Tỉnh",
    to: "Ủy ban nhân dân Tỉnh",
    why: "Cụm từ lặp liền nhau (quy tắc phrase-repeated của trình kiểm tra).",
  },
];

/** Every line of the seed's body. */
export const seedBody: ReadonlyArray<SeedStatement> = [
  { seed: "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH" },
  { seed: "1. Kết quả thực hiện của cơ quan" },
  {
    seed: "- Tiến độ thực hiện Kế hoạch cải cách hành chính: Thực hiện Kế hoạch số 367/KH-UBND ngày 25 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp về cải cách hành chính tỉnh Đồng Tháp năm 2022, Văn phòng Ủy ban nhân dân Tỉnh ban hành Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021 về cải cách hành chính năm 2022 với các nội dung nhiệm vụ cụ thể và phân công thực hiện đối với từng đơn vị, đến nay trên 66,7% các nhiệm vụ đã được triển khai thực hiện tại đơn vị.",
  },
  {
    seed: "- Về các hoạt động chỉ đạo, điều hành nổi bật của lãnh đạo cơ quan đối với công tác cải cách hành chính: 6 tháng đầu năm 2022, Văn phòng ban hành Công văn số 07/VPUBND-KSTTHC ngày 13 tháng 01 năm 2022 về việc phối hợp thực hiện nhiệm vụ cải cách hành chính năm 2022, Công văn số 22/VPUBND-KSTTHC ngày 28 tháng 02 năm 2022 triển khai thực hiện báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính định kỳ. Ngoài ra, đơn vị đã ban hành kế hoạch ứng dụng công nghệ thông tin năm 2022; Kế hoạch triển khai Kế hoạch số 17/KH-UBND ngày 20 tháng 01 năm 2022 của Ủy ban nhân dân tỉnh Đồng Tháp về việc thực hiện Nghị quyết số 02/NQ-CP ngày 10 tháng 01 năm 2022 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2022; Kế hoạch khắc phục chỉ số cải cách hành chính năm 2021.",
  },
  {
    seed: "Qua công tác triển khai thực hiện, đơn vị đã quán triệt đến các phòng, ban, trung tâm trực thuộc và phân công cụ thể thực hiện những nhiệm vụ được giao trong Kế hoạch cải cách hành chính. Lãnh đạo Văn phòng duy trì việc họp định kỳ với Trưởng, Phó các phòng, ban, trung tâm trực thuộc hàng tháng và đột xuất để rà soát, đôn đốc, theo dõi, kiểm tra việc thực hiện các nhiệm vụ, tăng cường thực hiện cải cách hành chính.",
  },
  {
    seed: "- Về công tác kiểm tra cải cách hành chính: Thực hiện Kế hoạch số 377/KH-UBND ngày 25 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp về việc kiểm tra công tác cải cách hành chính năm 2022, đơn vị ban hành Kế hoạch số 20/KH-VPUBND ngày 31 tháng 12 năm 2021 về việc tự kiểm tra công tác cải cách hành chính năm 2022 của Văn phòng, xây dựng chương trình và nội dung kiểm tra đơn vị trong năm đảm bảo đúng quy định.",
  },
  {
    seed: "Trên cơ sở đó, đơn vị đã ban hành Công văn số 38/VPUBND-KSTTHC ngày 08 tháng 4 năm 2022 thông báo thời gian kiểm tra nội bộ công tác cải cách hành chính tại Văn phòng năm 2022.",
  },
  {
    seed: "Ngày 28 tháng 4 năm 2024, Tổ Kiểm tra của Văn phòng do ông Huỳnh Thanh Sơn, Phó Chánh Văn phòng Ủy ban nhân dân Tỉnh làm Tổ trưởng đã tiến hành kiểm tra các phòng, ban, trung tâm trực thuộc Văn phòng. Qua kiểm tra, Lãnh đạo Văn phòng đã có văn bản chỉ đạo, yêu cầu Lãnh đạo các phòng, ban, trung tâm nghiêm túc chấn chỉnh và khắc phục những tồn tại, hạn chế do Tổ kiểm tra đưa ra. Đồng thời, khẩn trương báo cáo kết quả khắc phục về Văn phòng để theo dõi và tiếp tục chỉ đạo thực hiện tốt các nhiệm vụ còn lại trong 6 tháng cuối năm 2022, thường xuyên kiểm tra việc thực hiện công tác cải cách hành chính trong nội bộ cơ quan, theo dõi quá trình phối hợp thẩm định các hồ sơ thủ tục hành chính. Đồng thời, giám sát chặt chẽ các hoạt động tiếp nhận hồ sơ và trả kết quả của các sở, ngành Tỉnh tại Trung tâm Kiểm soát TTHC và Phục vụ hành chính công.",
  },
  {
    seed: "- Về công tác thông tin, tuyên truyền cải cách hành chính: Công tác tuyên truyền cải cách hành chính trong nội bộ cơ quan được duy trì thường xuyên. Cổng Thông tin điện tử Tỉnh và Trang Thông tin điện tử Trung tâm Kiểm soát TTHC và Phục vụ hành chính công tiếp tục cập nhật, đăng tải các bài viết, tin tức về tình hình và kết quả thực hiện công tác cải cách hành chính của Tỉnh về hoạt động kiểm soát TTHC, hoạt động của Trung tâm Kiểm soát TTHC và Phục vụ hành chính công. Thường xuyên phối hợp với các cơ quan báo chí, nhất là Đài Phát thanh và Truyền hình, Báo Đồng Tháp để đưa các tin tức, các bài trả lời phỏng vấn về các hoạt động chỉ đạo, điều hành cải cách hành chính của Chủ tịch, Phó Chủ tịch Ủy ban nhân dân Tỉnh.",
  },
  {
    seed: "- Tổng hợp, cập nhật tiến độ, kết quả thực hiện các nhiệm vụ được Ủy ban nhân dân Tỉnh, Chủ tịch Ủy ban nhân dân Tỉnh giao: Các nhiệm vụ do Ủy ban nhân dân Tỉnh, Chủ tịch Ủy ban nhân dân Tỉnh giao được lãnh đạo cập nhật kịp thời và triển khai thực hiện đúng thời gian quy định. 6 tháng đầu năm 2022, đơn vị không có nhiệm vụ được Ủy ban nhân dân Tỉnh, Chủ tịch Ủy ban nhân dân Tỉnh giao.",
  },
  {
    seed: "- Đánh giá về những mô hình, sáng kiến, giải pháp mới trong CCHC được thí điểm, nhân rộng và triển khai có hiệu quả tại cơ quan: Đơn vị tiếp tục tham mưu đẩy mạnh truyền thông việc thực hiện TTHC theo mô hình hẹn giờ tiếp nhận TTHC tại nhà theo yêu cầu của người dân; tổng đài thông tin dịch vụ công tỉnh Đồng Tháp 1022 trên các phương tiện thông tin đại chúng tại địa phương; thực hiện các video tuyên truyền về Đề án chuyển giao nhiệm vụ, dịch vụ hành chính công; sử dụng dịch vụ công trực tuyến mức độ 3, 4. Bên cạnh đó, đơn vị đẩy mạnh tham mưu thực hiện các mô hình mới trong cải cách TTHC của Tỉnh: Mô hình Kết hợp dịch vụ công trực tuyến và dịch vụ bưu chính công ích; Mô hình Công dân không viết gắp với dịch vụ công trực tuyến; Mô hình hẹn giờ tiếp nhận TTHC tại nhà theo yêu cầu của người dân trên địa bàn tỉnh.",
  },
  { seed: "2. Kết quả thực hiện của Ủy ban nhân dân Tỉnh" },
  {
    seed: "Tiến độ, kết quả thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: Các nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao được Lãnh đạo Ủy ban nhân dân Tỉnh chỉ đạo triển khai kịp thời. 6 tháng đầu năm 2022, Tỉnh có 4 nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao, trong đó có 35 nhiệm vụ giải quyết đúng hạn và trước hạn, 9 nhiệm vụ chưa tới hạn giải quyết, không có nhiệm vụ trễ hạn.",
    report: [
      "Tiến độ, kết quả thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: Các nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao được Lãnh đạo Ủy ban nhân dân Tỉnh chỉ đạo triển khai kịp thời.",
      "6 tháng đầu năm 2022, trong số các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao, Tỉnh có 35 nhiệm vụ giải quyết đúng hạn và trước hạn, 9 nhiệm vụ chưa tới hạn giải quyết, không có nhiệm vụ trễ hạn.",
    ],
    why: "Tổng số “4 nhiệm vụ” khác tổng các phần 35 + 9 + 0 = 44: báo cáo nêu các phần theo số liệu đã nhập, chưa nêu tổng số; kiểm tra số liệu (chidao.nhiemvu.cp.tinhtrang) và cảnh báo assigned-tasks-mismatch nêu lý do.",
  },
  { seed: "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH" },
  {
    seed: "1. Cải cách thủ ché",
    report: ["1. Cải cách thể chế"],
    why: "Lỗi chính tả: “thủ ché” → “thể chế”.",
  },
  {
    seed: "Trong 6 tháng đầu năm 2022, Văn phòng phối hợp với Sở Nội vụ, Sở Lao động - Thương binh và Xã hội trình Ủy ban nhân dân Tỉnh thống nhất chủ trương xây dựng Quyết định ban hành Quy định về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội.",
  },
  {
    seed: "Thẩm tra trình Ủy ban nhân dân Tỉnh ban hành văn bản quy phạm pháp luật, như: Quyết định Ban hành Quy định về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ, Sở Công Thương, Trung tâm Xúc tiến Thương mại, Du lịch và Đầu tư tỉnh Đồng Tháp, Văn phòng Ủy ban nhân dân Tỉnh.",
  },
  {
    seed: "Đồng thời, tham mưu Ủy ban nhân dân Tỉnh kết quả rà soát văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh Đồng Tháp ban hành trong năm 2021.",
  },
  {
    seed: "2. Cải cách TTHC",
    report: ["2. Cải cách thủ tục hành chính"],
    why: "Tên lĩnh vực viết đầy đủ theo đề cương báo cáo.",
  },
  { seed: "Kết quả thực hiện của Ủy ban nhân dân Tỉnh" },
  {
    seed: "- Kết quả rà soát, đề xuất cắt giảm, đơn giản hóa TTHC: 6 tháng đầu năm 2022, Văn phòng tham mưu Ủy ban nhân dân Tỉnh ban hành Kế hoạch số 06/KH-UBND-HC ngày 10 tháng 01 năm 2022 về việc rà soát, đánh giá TTHC năm 2022, nội dung Kế hoạch đã được triển khai thực hiện; kết quả rà soát, đề xuất cắt giảm, đơn giản hóa TTHC được tổng hợp trong tháng 9 năm 2022.",
  },
  {
    seed: "- Số lượng TTHC thuộc thẩm quyền giải quyết của Tỉnh: Tổng số Quyết định công bố danh mục TTHC và Quy trình nội bộ giải quyết TTHC đã được ban hành trong 6 tháng đầu năm 2022: 07 quyết định; Tổng số TTHC được công bố 1.788 thủ tục; Tổng số TTHC thuộc thẩm quyền quản lý, theo dõi của Tỉnh tính đến thời điểm báo cáo: 1.788, trong đó: cấp tỉnh: 1.374 thủ tục, cấp huyện: 262 thủ tục, cấp xã: 152 thủ tục.",
  },
  { seed: "- Kết quả thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC:" },
  {
    seed: "+ Tình hình tổ chức và hoạt động của Bộ phận Một cửa các cấp (cơ sở vật chất, trang thiết bị, phần mềm ứng dụng, nhân sự, cơ chế phối hợp, chế độ hỗ trợ cho công chức, viên chức và người lao động):",
  },
  {
    seed: "Cơ chế một cửa, một cửa liên thông tiếp tục được kiện toàn và khắc phục những hạn chế, thiếu sót qua các đợt kiểm tra Kiểm soát TTHC và kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông. Triển khai ứng dụng phần mềm một cửa điện tử mới tại các sở, ngành tỉnh và Ủy ban nhân dân cấp huyện, cấp xã trên địa bàn tỉnh, kết nối hệ thống thông tin điện tử 03 cấp chính quyền về kết quả giải quyết TTHC; nâng cấp Công dịch vụ công của Tỉnh để bảo đảm kết nối, tích hợp, chia sẻ thông tin với Công dịch vụ công quốc gia.",
  },
  {
    seed: "Thực hiện quy trình hướng dẫn, tiếp nhận, giải quyết và trả kết quả hồ sơ TTHC tại Bộ phận Tiếp nhận và trả kết quả các cấp trên địa bàn tỉnh đảm bảo trình tự, thời gian quy định tại Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ thực hiện cơ chế một cửa, một cửa liên thông trong thực hiện TTHC.",
  },
  {
    seed: "Thực hiện đánh giá việc giải quyết TTHC của các sở, ngành, Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã theo đúng Quy định về tổ chức đánh giá việc giải quyết TTHC theo cơ chế một cửa, một cửa liên thông trên địa bàn tỉnh Đồng Tháp.",
  },
  {
    seed: "Cơ sở vật chất, trang thiết bị được đảm bảo phục vụ tổ chức và công dân, phần mềm một cửa điện tử thường xuyên được nâng cấp và khắc phục các lỗi phát sinh; nhân sự từng bước được cung cố, kiện toàn; cơ chế phối hợp, chế độ hỗ trợ cho công chức, viên chức và người lao động được thực hiện đảm bảo đúng quy định.",
  },
  {
    seed: "+ Kết quả thực hiện số hóa hồ sơ, giấy tờ, kết quả giải quyết TTHC: Thực hiện Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện TTHC trên môi trường điện tử; Quyết định số 468/QĐ-TTg ngày 27 tháng 3 năm 2021 của Thủ tướng Chính phủ về phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC, Văn phòng tham mưu Ủy ban nhân dân Tỉnh ban hành Quyết định số 191/QĐ-UBND-HC ngày 03 tháng 3 năm 2022 về Kế hoạch số hóa kết quả giải quyết TTHC thuộc thẩm quyền giải quyết của các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã trên địa bàn tỉnh Đồng Tháp giai đoạn 2021 - 2025.",
  },
  {
    seed: "Thực hiện hoàn thiện chức năng ký số kết quả giải quyết TTHC của Hệ thống thông tin một cửa điện tử, đảm bảo 100% TTHC có kết quả đầu ra được cấu hình ký số. Hoàn thành cung cấp chứng thư số cho 100% lãnh đạo, 100% chứng thư số tổ chức cho cơ quan hành chính nhà nước có tiếp nhận và giải quyết TTHC.",
  },
  { seed: "Điều chỉnh, tạo lập cơ sở dữ liệu Kho quản lý dữ liệu của tổ chức, cá nhân." },
  { seed: "Triển khai quy trình số hóa hồ sơ, giấy tờ, kết quả giải quyết TTHC tại cơ quan hành chính các cấp." },
  {
    seed: "Tích hợp, chia sẻ dữ liệu có sẵn từ các cơ sở dữ liệu quốc gia dùng chung, cơ sở dữ liệu chuyên ngành trên địa bàn tỉnh để tạo lập cơ sở dữ liệu kết quả giải quyết TTHC.",
  },
  {
    seed: "Đẩy nhanh việc tích hợp, chia sẻ dữ liệu từ cơ sở dữ liệu hộ tịch điện tử để tái sử dụng thông tin cá nhân thực hiện giải quyết TTHC đối với các thông tin liên quan mà không phải nộp lại các giấy tờ kèm theo về hộ tịch.",
  },
  { seed: "+ Kết quả giải quyết hồ sơ TTHC tại các cấp chính quyền trên địa bàn tỉnh:" },
  {
    seed: "- Tổng số hồ sơ TTHC đã tiếp nhận 6 tháng đầu năm 2022: 335.445; trong đó: Số mới tiếp nhận trong kỳ: 321.375 (trực tuyến: 60.705, trực tiếp và qua dịch vụ bưu chính: 260.670); số từ kỳ trước chuyển qua: 14.070.",
  },
  { seed: "- Số lượng hồ sơ đã giải quyết: 305.733; trong đó, giải quyết trước hạn: 265.055, đúng hạn: 34.539, quá hạn: 6.139." },
  { seed: "- Số lượng hồ sơ đang giải quyết: 29.712; trong đó, trong hạn: 27.781, quá hạn: 1.931." },
  {
    seed: "+ Kết quả tiếp nhận, xử lý phản ánh, kiến nghị của người dân, tổ chức liên quan đến quy định TTHC: Tỷ lệ giải quyết phản ánh, kiến nghị (PAKN) về quy định TTHC 98,5%, trong đó Tổng số PAKN đã tiếp nhận (trực tiếp hoặc do cơ quan có thẩm quyền chuyển đến) 137, số PAKN đã giải quyết xong 135.",
    report: [
      "+ Kết quả tiếp nhận, xử lý phản ánh, kiến nghị của người dân, tổ chức liên quan đến quy định TTHC: Tỷ lệ giải quyết phản ánh, kiến nghị (PAKN) về quy định TTHC 98,5%, trong đó tổng số PAKN đã tiếp nhận (trực tiếp hoặc do cơ quan có thẩm quyền chuyển đến) 137, số PAKN đã giải quyết xong 135.",
    ],
    why: "Chữ hoa giữa câu (“Tổng số”) viết thường.",
  },
  { seed: "+ Kết quả thực hiện việc đánh giá chất lượng giải quyết TTHC:" },
  {
    seed: "Việc đánh giá chất lượng giải quyết TTHC của các sở, ngành, Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã được thực hiện theo đúng Quy định về tổ chức đánh giá việc giải quyết TTHC theo cơ chế một cửa, một cửa liên thông trên địa bàn tỉnh Đồng Tháp.",
  },
  { seed: "3. Cải cách tổ chức bộ máy hành chính nhà nước" },
  {
    seed: "- Kết quả rà soát, hoàn thiện các quy định về vị trí, chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức của các cơ quan, tổ chức hành chính và đơn vị sự nghiệp công lập tại cơ quan: Đơn vị thực hiện rà soát chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức của các cơ quan, tổ chức hành chính và đơn vị sự nghiệp công lập tại cơ quan và sẽ ban hành sau khi Ủy ban nhân dân Tỉnh phê duyệt Đề án “Tổ chức lại các phòng, ban, đơn vị trực thuộc Văn phòng Ủy ban nhân dân Tỉnh”, đồng thời, ban hành quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng Ủy ban nhân dân Tỉnh.",
  },
  {
    seed: "- Kết quả rà soát, sắp xếp, tổ chức lại các cơ quan, tổ chức hành chính và đơn vị sự nghiệp công lập tại cơ quan: Đơn vị trình Ủy ban nhân dân Tỉnh Đề án “Tổ chức lại các phòng, ban, đơn vị trực thuộc Văn phòng Ủy ban nhân dân Tỉnh”; đã xây dựng hoàn chỉnh quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng Ủy ban nhân dân Tỉnh chờ ý kiến góp ý của các ngành chuyên môn.",
  },
  {
    seed: "- Đánh giá về tình hình quản lý, sử dụng biên chế công chức, viên chức: Thực hiện quản lý, sử dụng đúng số lượng biên chế công chức (59 biên chế), viên chức (15 biên chế) do Ủy ban nhân dân Tỉnh giao.",
  },
  { seed: "- Đánh giá kết quả thực hiện các quy định về phân cấp quản lý nhà nước: Thực hiện đúng quy định." },
  {
    seed: "4. Chế độ công vụ",
    report: ["4. Cải cách chế độ công vụ"],
    why: "Tên lĩnh vực theo đề cương báo cáo (Nghị quyết 76/NQ-CP).",
  },
  {
    seed: "- Kết quả xây dựng, ban hành các quy định về vị trí việc làm của công chức, viên chức: Đơn vị ban hành Kế hoạch số 04/KH-VPUBND ngày 27 tháng 01 năm 2022 về chuyển đổi vị trí công tác và đã thực hiện chuyển đổi đối với công chức Ban Tiếp công dân - Nội chính.",
  },
  {
    seed: "- Kết quả thực hiện tuyển dụng công chức, viên chức (thi tuyển, xét tuyển): Đơn vị ban hành Kế hoạch và Thông báo tuyển dụng viên chức Cổng Thông tin điện tử Đồng Tháp và đã hoàn tất quy trình tuyển dụng theo quy định.",
  },
  { seed: "- Kết quả thực hiện bổ nhiệm, đề bạt công chức, viên chức: Không có." },
  {
    seed: "- Kết quả thực hiện thi nâng ngạch công chức, thăng hạng viên chức và thi tuyển cạnh tranh để bổ nhiệm vào các chức danh lãnh đạo tại các cơ quan, đơn vị: Đã cử 01 công chức thi nâng ngạch từ ngạch chuyên viên lên ngạch chuyên viên chính.",
  },
  {
    seed: "- Tình hình chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức tại cơ quan: Thực hiện tốt, chưa phát hiện trường hợp vi phạm.",
  },
  {
    seed: "- Kết quả thực hiện đào tạo, bồi dưỡng cán bộ, công chức, viên chức: Cử 03 công chức bồi dưỡng kiến thức an ninh quốc phòng (đối tượng 2); 01 viên chức tham gia lớp bồi dưỡng ngạch chuyên viên chính; 03 công chức tham gia lớp “Bồi dưỡng và nâng cao nhận thức về văn hóa công vụ”; 05 công chức tham gia lớp bồi dưỡng quản lý cấp Phòng khóa 27, khóa 31 và khóa 32; 01 công chức tham gia lớp bồi dưỡng chuyên viên cao cấp;",
    report: [
      "- Kết quả thực hiện đào tạo, bồi dưỡng cán bộ, công chức, viên chức",
      "03 công chức tham gia bồi dưỡng kiến thức an ninh quốc phòng (đối tượng 2);",
      "01 viên chức tham gia lớp bồi dưỡng ngạch chuyên viên chính;",
      "03 công chức tham gia lớp “Bồi dưỡng và nâng cao nhận thức về văn hóa công vụ”;",
      "05 công chức tham gia lớp bồi dưỡng quản lý cấp Phòng khóa 27, khóa 31 và khóa 32;",
      "01 công chức tham gia lớp bồi dưỡng chuyên viên cao cấp",
    ],
    why: "Các lớp được liệt kê từ hồ sơ hoạt động đào tạo, mỗi lớp một dòng “+ <số> <đối tượng> tham gia <lớp>”, kèm tổng số lượt người.",
  },
  {
    seed: "- Tình hình ban hành và kết quả thực hiện các cơ chế, chính sách thu hút người có tài năng vào làm việc tại các cơ quan, đơn vị: Không có.",
  },
  { seed: "5. Cải cách tài chính công" },
  { seed: "- Kết quả thực hiện thu ngân sách nhà nước theo Kế hoạch được Ủy ban nhân dân Tỉnh giao:" },
  { seed: "Năm 2022: Kinh phí quản lý hành chính được giao: 19.961.000.000 đồng." },
  { seed: "Trong đó:" },
  { seed: "* Kinh phí thực hiện tự chủ: 9.961.000.000 đồng." },
  { seed: "(Trong đó kinh phí Cải cách tiền lương được giữ lại: 177.000.000 đồng)" },
  { seed: "+ Số kinh phí thực hiện đến ngày 09/6/2022: 4.923.692.615 đồng." },
  {
    seed: "+ Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 49,5%.",
    report: ["+ Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 49,4%"],
    why: "Tỷ lệ được tính từ số liệu: 4.923.692.615 / 9.961.000.000 × 100 = 49,4%; kiểm tra số liệu (chung.tyle.baocao) nêu tỷ lệ 49,5% của báo cáo gốc.",
  },
  { seed: "- Kinh phí thực hiện không tự chủ: 10.000.000.000 đồng." },
  { seed: "+ Số kinh phí thực hiện đến ngày 09/6/2022: 4.658.798.648 đồng." },
  { seed: "+ Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: 46,6%." },
  {
    seed: "- Kết quả thực hiện Kế hoạch giải ngân vốn đầu tư công (Dự án: Kho lưu trữ, nhà xe, nhà Đội Cảnh vệ Ủy ban nhân dân Tỉnh:",
    report: ["- Kết quả thực hiện Kế hoạch giải ngân vốn đầu tư công (Dự án: Kho lưu trữ, nhà xe, nhà Đội Cảnh vệ Ủy ban nhân dân Tỉnh):"],
    why: "Báo cáo gốc thiếu dấu đóng ngoặc.",
  },
  { seed: "* Tổng mức đầu tư dự án: 14.294.877.000 đồng." },
  { seed: "* Tổng số vốn được bố trí: 12.500.000.000 đồng." },
  { seed: "Trong đó:" },
  { seed: "Kế hoạch vốn đã cấp năm 2021 là: 3.500.000.000 đồng (Giải ngân vốn đạt 100%)" },
  { seed: "Kế hoạch vốn đã cấp năm 2022 là: 9.000.000.000 đồng (Đang thực hiện)" },
  { seed: "+ Nguồn vốn đã giải ngân đến ngày 09/6/2022: 5.789.358.000 đồng, đạt tỷ lệ: 64,3%." },
  { seed: "+ Nguồn vốn còn lại: 3.210.642.000 đồng." },
  { seed: "- Tiến độ, kết quả thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách: Không có." },
  { seed: "- Kết quả thực hiện quy định về quản lý, sử dụng tài sản công:" },
  {
    seed: "Tiếp tục rà soát, sửa đổi, bổ sung, ban hành mới các định mức, tiêu chuẩn, chế độ, chi tiêu ngân sách, tài sản công theo quy định mới nhằm đáp ứng yêu cầu thực hành tiết kiệm, chống lãng phí, cải cách hành chính được kịp thời, đúng quy định. Công khai, minh bạch việc sử dụng ngân sách nhà nước, tài sản công để tạo điều kiện cho công tác thanh tra, kiểm tra; nâng cao hiệu quả giám sát thực hành tiết kiệm; xử lý nghiêm vi phạm quy định về thực hành tiết kiệm. Quản lý và sử dụng tiết kiệm kinh phí ngân sách nhà nước, tài sản công để đảm bảo sử dụng đúng mục đích, đúng định mức chi tiêu và chế độ quy định tài chính hiện hành.",
  },
  {
    seed: "Đơn vị ban hành Quyết định số 36/QĐ-VPUBND ngày 27/4/2022 của Văn phòng UBND Tỉnh về việc ban hành quy chế quản lý và sử dụng tài sản công của Văn phòng UBND Tỉnh. Đơn vị báo cáo kịp thời về kết quả thực hiện cơ chế tự chủ năm 2021 của các đơn vị hành chính, sự nghiệp trên địa bàn tỉnh theo tinh thần Công văn số 13/VPUBND-HCQT ngày 09 tháng 02 năm 2022 của Văn phòng Ủy ban nhân dân Tỉnh.",
  },
  {
    seed: "- Kết quả thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp công lập (báo cáo kết quả thực hiện Nghị định số 60/2021/NĐ-CP và các văn bản có liên quan): Căn cứ Nghị định số 60/2021/NĐ-CP quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập, Công Thông tin điện tử Đồng Tháp là đơn vị sự nghiệp có mức tự bảo đảm chi phí hoạt động thường xuyên dưới 10% (đơn vị sự nghiệp loại 4), việc thực hiện cơ chế tự chủ tại đơn vị được đảm bảo đúng quy định.",
  },
  { seed: "6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số" },
  { seed: "- Kết quả triển khai, nâng cấp hạ tầng công nghệ thông tin:" },
  {
    seed: "+ Hạ tầng công nghệ thông tin được đảm bảo để đáp ứng cho nhu cầu công việc, các cuộc họp của lãnh đạo Ủy ban nhân dân Tỉnh, Ủy ban nhân dân Tỉnh. Đơn vị tiếp tục nâng cấp hệ thống mạng Wifi không dây nhằm đáp ứng số lượng truy cập ngày càng tăng cao.",
  },
  {
    seed: "+ Hạ tầng Hội nghị truyền hình trực tuyến phục vụ cho Lãnh đạo Ủy ban nhân dân Tỉnh, Ủy ban nhân dân Tỉnh được đảm bảo, thực hiện kết nối từ Tỉnh đến các huyện, thành phố và 143 xã, phường, thị trấn trên địa bàn Tỉnh. Đồng thời, đảm bảo thực hiện kết nối với Chính phủ, Bộ, ban, ngành, các chuyên gia và doanh nghiệp trong và ngoài nước.",
  },
  { seed: "- Kết quả kết nối, liên thông, sử dụng các dữ liệu:" },
  {
    seed: "+ Đơn vị thực hiện việc kết nối liên thông phần mềm Quản lý văn bản với trực dữ liệu liên thông Quốc gia, đảm bảo việc gửi, nhận văn bản điện tử trên trực liên thông.",
  },
  {
    seed: "+ Thực hiện kết nối với mạng truyền số liệu chuyên dùng CP Net của Chính phủ để sử dụng các phần mềm của Chính phủ, Văn phòng Chính phủ...",
  },
  { seed: "- Kết quả xây dựng, phát triển các ứng dụng, dịch vụ nội bộ:" },
  {
    seed: "+ Hiện tại đơn vị đang triển khai các sử dụng các ứng dụng quản lý tài sản, phần mềm kế toán. Còn lại các ứng dụng đang sử dụng là các phần mềm dùng chung cho cả tỉnh do Sở Thông tin và Truyền thông triển khai.",
  },
  { seed: "III. ĐÁNH GIÁ CHUNG" },
  {
    seed: "Trong 6 tháng đầu năm 2022, Văn phòng đã triển khai tích cực, đồng bộ tất cả các nội dung, nhiệm vụ cải cách hành chính do Ủy ban nhân dân Tỉnh giao, nhất là công tác tham mưu chỉ đạo, điều hành về cải cách hành chính; kiểm soát và truyền thông các hoạt động kiểm soát TTHC. Qua đó, Văn phòng đã thể hiện quyết tâm cải tiến lề lối làm việc mạnh mẽ, phấn đấu đáp ứng đến mức cao nhất yêu cầu chỉ đạo, điều hành của Ủy ban nhân dân Tỉnh, Chủ tịch và các Phó Chủ tịch Ủy ban nhân dân Tỉnh.",
  },
  {
    seed: "V. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2022",
    report: ["IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2022"],
    why: "Báo cáo gốc thiếu mục IV; số mục được đánh liên tục.",
  },
  {
    seed: "1. Tiếp tục triển khai những nội dung, nhiệm vụ theo Kế hoạch cải cách hành chính giai đoạn 2021 - 2030 và năm 2022 của Văn phòng. Tăng cường công tác tuyên truyền và tổ chức thực hiện những nội dung, nhiệm vụ được phân công trong Kế hoạch cải cách hành chính của Tỉnh.",
  },
  {
    seed: "2. Thanh quyết toán kinh phí hỗ trợ xây dựng và duy trì Hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015 6 tháng cuối năm 2021 và 6 tháng đầu năm 2022.",
  },
  { seed: "3. Theo dõi thực hiện tốt công tác kiểm soát, công bố và cải cách TTHC trên địa bàn Tỉnh." },
  {
    seed: "4. Tiếp tục tham mưu thực hiện tốt cơ chế một cửa liên thông thuộc trách nhiệm của Văn phòng Ủy ban nhân dân Tỉnh trong thẩm định, trình phê duyệt kết quả giải quyết TTHC thuộc thẩm quyền Ủy ban nhân dân Tỉnh, Chủ tịch Ủy ban nhân dân Tỉnh.",
  },
  {
    seed: "5. Phối hợp với các sở, ngành tỉnh nghiên cứu, xây dựng quy trình thực hiện các TTHC liên thông, đơn giản hóa TTHC, rút ngắn thời hạn thực hiện TTHC.",
  },
  { seed: "6. Tiếp tục thực hiện tinh giản biên chế, sắp xếp tổ chức bộ máy theo hướng tinh gọn, hoạt động thông suốt, hiệu quả." },
  {
    seed: "7. Tạo điều kiện để công chức tự nâng cao trình độ, kiến thức năng lực quản lý nhà nước trong lĩnh vực cải cách hành chính. Tăng cường ý thức trách nhiệm của đội ngũ công chức, viên chức, người lao động trong thực thi công vụ",
  },
  {
    seed: "VI. KIẾN NGHỊ, ĐÈ XUẤT",
    report: ["V. KIẾN NGHỊ, ĐỀ XUẤT"],
    why: "Báo cáo gốc thiếu mục IV và viết sai “ĐÈ XUẤT”.",
  },
  {
    seed: "Đè nghị Sở Nội vụ kiến nghị với Bộ Nội vụ về thời gian chốt số liệu báo cáo và thời gian gửi báo theo quy định tại Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ về chế độ báo cáo của cơ quan hành chính nhà nước./.",
  },
];
