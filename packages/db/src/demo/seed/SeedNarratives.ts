/**
 * Every narrative paragraph of the seed report, by report section, for DT.VPUBND, 2022-H1.
 * Decision: paragraphs are stored verbatim EXCEPT obvious typos, corrected so that the product's
 * generated report reads right (the report checker flags them in the original text):
 *   "Công dịch vụ công" → "Cổng Dịch vụ công"; "cung cố" → "củng cố"; "không viết gắp" → "không viết gắn";
 *   "Công Thông tin điện tử Đồng Tháp là" → "Cổng Thông tin điện tử Đồng Tháp là"; "trực dữ liệu liên thông",
 *   "trực liên thông" → "trục …"; "các sử dụng các ứng dụng" → "sử dụng các ứng dụng"; "Đè nghị" → "Đề nghị";
 *   "gửi báo theo quy định" → "gửi báo cáo theo quy định";
 *   "Ủy ban nhân dân Tỉnh, Ủy ban nhân dân Tỉnh" (a phrase repeated back to back) → "Ủy ban nhân dân Tỉnh".
 *   The list is `seedCorrections` in SeedBody.ts.
 * Not corrected: "Ngày 28 tháng 4 năm 2024" (a wrong date is a data defect — the inspection record
 * keeps it and validation reports it), and wording that is merely awkward.
 * Paragraphs keep the "- " and "+ " markers the seed writes; a heading line the seed writes on its
 * own ("- Kết quả kết nối, liên thông, sử dụng các dữ liệu:") is a paragraph of its own. The
 * project's name is the narrative `public-finance.investment`, put in the template's sentence.
 * Paragraphs that only list figures (dossiers, budget, investment, procedure counts) are not here:
 * those are values, rendered from the indicator store.
 */

import { UnitCode } from "@cchc/domain/OrgUnit";

const VP = UnitCode.make("DT.VPUBND");

/** Section texts; paragraphs separated by a blank line. */
export const seedNarratives: ReadonlyArray<{
  readonly unit: UnitCode;
  readonly section: string;
  readonly paragraphs: ReadonlyArray<string>;
}> = [
  {
    unit: VP,
    section: "direction.office",
    paragraphs: [
      "- Tiến độ thực hiện Kế hoạch cải cách hành chính: Thực hiện Kế hoạch số 367/KH-UBND ngày 25 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp về cải cách hành chính tỉnh Đồng Tháp năm 2022, Văn phòng Ủy ban nhân dân Tỉnh ban hành Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021 về cải cách hành chính năm 2022 với các nội dung nhiệm vụ cụ thể và phân công thực hiện đối với từng đơn vị, đến nay trên 66,7% các nhiệm vụ đã được triển khai thực hiện tại đơn vị.",
      "- Về các hoạt động chỉ đạo, điều hành nổi bật của lãnh đạo cơ quan đối với công tác cải cách hành chính: 6 tháng đầu năm 2022, Văn phòng ban hành Công văn số 07/VPUBND-KSTTHC ngày 13 tháng 01 năm 2022 về việc phối hợp thực hiện nhiệm vụ cải cách hành chính năm 2022, Công văn số 22/VPUBND-KSTTHC ngày 28 tháng 02 năm 2022 triển khai thực hiện báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính định kỳ. Ngoài ra, đơn vị đã ban hành kế hoạch ứng dụng công nghệ thông tin năm 2022; Kế hoạch triển khai Kế hoạch số 17/KH-UBND ngày 20 tháng 01 năm 2022 của Ủy ban nhân dân tỉnh Đồng Tháp về việc thực hiện Nghị quyết số 02/NQ-CP ngày 10 tháng 01 năm 2022 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2022; Kế hoạch khắc phục chỉ số cải cách hành chính năm 2021.",
      "Qua công tác triển khai thực hiện, đơn vị đã quán triệt đến các phòng, ban, trung tâm trực thuộc và phân công cụ thể thực hiện những nhiệm vụ được giao trong Kế hoạch cải cách hành chính. Lãnh đạo Văn phòng duy trì việc họp định kỳ với Trưởng, Phó các phòng, ban, trung tâm trực thuộc hàng tháng và đột xuất để rà soát, đôn đốc, theo dõi, kiểm tra việc thực hiện các nhiệm vụ, tăng cường thực hiện cải cách hành chính.",
      "- Về công tác kiểm tra cải cách hành chính: Thực hiện Kế hoạch số 377/KH-UBND ngày 25 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp về việc kiểm tra công tác cải cách hành chính năm 2022, đơn vị ban hành Kế hoạch số 20/KH-VPUBND ngày 31 tháng 12 năm 2021 về việc tự kiểm tra công tác cải cách hành chính năm 2022 của Văn phòng, xây dựng chương trình và nội dung kiểm tra đơn vị trong năm đảm bảo đúng quy định.",
      "Trên cơ sở đó, đơn vị đã ban hành Công văn số 38/VPUBND-KSTTHC ngày 08 tháng 4 năm 2022 thông báo thời gian kiểm tra nội bộ công tác cải cách hành chính tại Văn phòng năm 2022.",
      "Ngày 28 tháng 4 năm 2024, Tổ Kiểm tra của Văn phòng do ông Huỳnh Thanh Sơn, Phó Chánh Văn phòng Ủy ban nhân dân Tỉnh làm Tổ trưởng đã tiến hành kiểm tra các phòng, ban, trung tâm trực thuộc Văn phòng. Qua kiểm tra, Lãnh đạo Văn phòng đã có văn bản chỉ đạo, yêu cầu Lãnh đạo các phòng, ban, trung tâm nghiêm túc chấn chỉnh và khắc phục những tồn tại, hạn chế do Tổ kiểm tra đưa ra. Đồng thời, khẩn trương báo cáo kết quả khắc phục về Văn phòng để theo dõi và tiếp tục chỉ đạo thực hiện tốt các nhiệm vụ còn lại trong 6 tháng cuối năm 2022, thường xuyên kiểm tra việc thực hiện công tác cải cách hành chính trong nội bộ cơ quan, theo dõi quá trình phối hợp thẩm định các hồ sơ thủ tục hành chính. Đồng thời, giám sát chặt chẽ các hoạt động tiếp nhận hồ sơ và trả kết quả của các sở, ngành Tỉnh tại Trung tâm Kiểm soát TTHC và Phục vụ hành chính công.",
      "- Về công tác thông tin, tuyên truyền cải cách hành chính: Công tác tuyên truyền cải cách hành chính trong nội bộ cơ quan được duy trì thường xuyên. Cổng Thông tin điện tử Tỉnh và Trang Thông tin điện tử Trung tâm Kiểm soát TTHC và Phục vụ hành chính công tiếp tục cập nhật, đăng tải các bài viết, tin tức về tình hình và kết quả thực hiện công tác cải cách hành chính của Tỉnh về hoạt động kiểm soát TTHC, hoạt động của Trung tâm Kiểm soát TTHC và Phục vụ hành chính công. Thường xuyên phối hợp với các cơ quan báo chí, nhất là Đài Phát thanh và Truyền hình, Báo Đồng Tháp để đưa các tin tức, các bài trả lời phỏng vấn về các hoạt động chỉ đạo, điều hành cải cách hành chính của Chủ tịch, Phó Chủ tịch Ủy ban nhân dân Tỉnh.",
      "- Tổng hợp, cập nhật tiến độ, kết quả thực hiện các nhiệm vụ được Ủy ban nhân dân Tỉnh, Chủ tịch Ủy ban nhân dân Tỉnh giao: Các nhiệm vụ do Ủy ban nhân dân Tỉnh, Chủ tịch Ủy ban nhân dân Tỉnh giao được lãnh đạo cập nhật kịp thời và triển khai thực hiện đúng thời gian quy định. 6 tháng đầu năm 2022, đơn vị không có nhiệm vụ được Ủy ban nhân dân Tỉnh, Chủ tịch Ủy ban nhân dân Tỉnh giao.",
      "- Đánh giá về những mô hình, sáng kiến, giải pháp mới trong CCHC được thí điểm, nhân rộng và triển khai có hiệu quả tại cơ quan: Đơn vị tiếp tục tham mưu đẩy mạnh truyền thông việc thực hiện TTHC theo mô hình hẹn giờ tiếp nhận TTHC tại nhà theo yêu cầu của người dân; tổng đài thông tin dịch vụ công tỉnh Đồng Tháp 1022 trên các phương tiện thông tin đại chúng tại địa phương; thực hiện các video tuyên truyền về Đề án chuyển giao nhiệm vụ, dịch vụ hành chính công; sử dụng dịch vụ công trực tuyến mức độ 3, 4. Bên cạnh đó, đơn vị đẩy mạnh tham mưu thực hiện các mô hình mới trong cải cách TTHC của Tỉnh: Mô hình Kết hợp dịch vụ công trực tuyến và dịch vụ bưu chính công ích; Mô hình Công dân không viết gắn với dịch vụ công trực tuyến; Mô hình hẹn giờ tiếp nhận TTHC tại nhà theo yêu cầu của người dân trên địa bàn tỉnh.",
    ],
  },
  {
    unit: VP,
    section: "direction.province",
    paragraphs: [
      "Tiến độ, kết quả thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: Các nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao được Lãnh đạo Ủy ban nhân dân Tỉnh chỉ đạo triển khai kịp thời.",
    ],
  },
  {
    unit: VP,
    section: "institution",
    paragraphs: [
      "Trong 6 tháng đầu năm 2022, Văn phòng phối hợp với Sở Nội vụ, Sở Lao động - Thương binh và Xã hội trình Ủy ban nhân dân Tỉnh thống nhất chủ trương xây dựng Quyết định ban hành Quy định về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Lao động - Thương binh và Xã hội.",
      "Thẩm tra trình Ủy ban nhân dân Tỉnh ban hành văn bản quy phạm pháp luật, như: Quyết định Ban hành Quy định về chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ, Sở Công Thương, Trung tâm Xúc tiến Thương mại, Du lịch và Đầu tư tỉnh Đồng Tháp, Văn phòng Ủy ban nhân dân Tỉnh.",
      "Đồng thời, tham mưu Ủy ban nhân dân Tỉnh kết quả rà soát văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh Đồng Tháp ban hành trong năm 2021.",
    ],
  },
  {
    unit: VP,
    section: "procedure",
    paragraphs: [
      "Kết quả rà soát, đề xuất cắt giảm, đơn giản hóa TTHC: 6 tháng đầu năm 2022, Văn phòng tham mưu Ủy ban nhân dân Tỉnh ban hành Kế hoạch số 06/KH-UBND-HC ngày 10 tháng 01 năm 2022 về việc rà soát, đánh giá TTHC năm 2022, nội dung Kế hoạch đã được triển khai thực hiện; kết quả rà soát, đề xuất cắt giảm, đơn giản hóa TTHC được tổng hợp trong tháng 9 năm 2022.",
    ],
  },
  {
    unit: VP,
    section: "procedure.onestop",
    paragraphs: [
      "Cơ chế một cửa, một cửa liên thông tiếp tục được kiện toàn và khắc phục những hạn chế, thiếu sót qua các đợt kiểm tra Kiểm soát TTHC và kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông. Triển khai ứng dụng phần mềm một cửa điện tử mới tại các sở, ngành tỉnh và Ủy ban nhân dân cấp huyện, cấp xã trên địa bàn tỉnh, kết nối hệ thống thông tin điện tử 03 cấp chính quyền về kết quả giải quyết TTHC; nâng cấp Cổng Dịch vụ công của Tỉnh để bảo đảm kết nối, tích hợp, chia sẻ thông tin với Cổng Dịch vụ công quốc gia.",
      "Thực hiện quy trình hướng dẫn, tiếp nhận, giải quyết và trả kết quả hồ sơ TTHC tại Bộ phận Tiếp nhận và trả kết quả các cấp trên địa bàn tỉnh đảm bảo trình tự, thời gian quy định tại Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ thực hiện cơ chế một cửa, một cửa liên thông trong thực hiện TTHC.",
      "Thực hiện đánh giá việc giải quyết TTHC của các sở, ngành, Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã theo đúng Quy định về tổ chức đánh giá việc giải quyết TTHC theo cơ chế một cửa, một cửa liên thông trên địa bàn tỉnh Đồng Tháp.",
      "Cơ sở vật chất, trang thiết bị được đảm bảo phục vụ tổ chức và công dân, phần mềm một cửa điện tử thường xuyên được nâng cấp và khắc phục các lỗi phát sinh; nhân sự từng bước được củng cố, kiện toàn; cơ chế phối hợp, chế độ hỗ trợ cho công chức, viên chức và người lao động được thực hiện đảm bảo đúng quy định.",
    ],
  },
  {
    unit: VP,
    section: "procedure.digitisation",
    paragraphs: [
      "Thực hiện Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện TTHC trên môi trường điện tử; Quyết định số 468/QĐ-TTg ngày 27 tháng 3 năm 2021 của Thủ tướng Chính phủ về phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC, Văn phòng tham mưu Ủy ban nhân dân Tỉnh ban hành Quyết định số 191/QĐ-UBND-HC ngày 03 tháng 3 năm 2022 về Kế hoạch số hóa kết quả giải quyết TTHC thuộc thẩm quyền giải quyết của các sở, ban, ngành tỉnh, Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã trên địa bàn tỉnh Đồng Tháp giai đoạn 2021 - 2025.",
      "Thực hiện hoàn thiện chức năng ký số kết quả giải quyết TTHC của Hệ thống thông tin một cửa điện tử, đảm bảo 100% TTHC có kết quả đầu ra được cấu hình ký số. Hoàn thành cung cấp chứng thư số cho 100% lãnh đạo, 100% chứng thư số tổ chức cho cơ quan hành chính nhà nước có tiếp nhận và giải quyết TTHC.",
      "Điều chỉnh, tạo lập cơ sở dữ liệu Kho quản lý dữ liệu của tổ chức, cá nhân.",
      "Triển khai quy trình số hóa hồ sơ, giấy tờ, kết quả giải quyết TTHC tại cơ quan hành chính các cấp.",
      "Tích hợp, chia sẻ dữ liệu có sẵn từ các cơ sở dữ liệu quốc gia dùng chung, cơ sở dữ liệu chuyên ngành trên địa bàn tỉnh để tạo lập cơ sở dữ liệu kết quả giải quyết TTHC.",
      "Đẩy nhanh việc tích hợp, chia sẻ dữ liệu từ cơ sở dữ liệu hộ tịch điện tử để tái sử dụng thông tin cá nhân thực hiện giải quyết TTHC đối với các thông tin liên quan mà không phải nộp lại các giấy tờ kèm theo về hộ tịch.",
    ],
  },
  {
    unit: VP,
    section: "procedure.quality",
    paragraphs: [
      "Việc đánh giá chất lượng giải quyết TTHC của các sở, ngành, Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã được thực hiện theo đúng Quy định về tổ chức đánh giá việc giải quyết TTHC theo cơ chế một cửa, một cửa liên thông trên địa bàn tỉnh Đồng Tháp.",
    ],
  },
  {
    unit: VP,
    section: "apparatus",
    paragraphs: [
      "- Kết quả rà soát, hoàn thiện các quy định về vị trí, chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức của các cơ quan, tổ chức hành chính và đơn vị sự nghiệp công lập tại cơ quan: Đơn vị thực hiện rà soát chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức của các cơ quan, tổ chức hành chính và đơn vị sự nghiệp công lập tại cơ quan và sẽ ban hành sau khi Ủy ban nhân dân Tỉnh phê duyệt Đề án “Tổ chức lại các phòng, ban, đơn vị trực thuộc Văn phòng Ủy ban nhân dân Tỉnh”, đồng thời, ban hành quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng Ủy ban nhân dân Tỉnh.",
      "- Kết quả rà soát, sắp xếp, tổ chức lại các cơ quan, tổ chức hành chính và đơn vị sự nghiệp công lập tại cơ quan: Đơn vị trình Ủy ban nhân dân Tỉnh Đề án “Tổ chức lại các phòng, ban, đơn vị trực thuộc Văn phòng Ủy ban nhân dân Tỉnh”; đã xây dựng hoàn chỉnh quy định chức năng, nhiệm vụ, quyền hạn của Văn phòng Ủy ban nhân dân Tỉnh chờ ý kiến góp ý của các ngành chuyên môn.",
      "- Đánh giá về tình hình quản lý, sử dụng biên chế công chức, viên chức: Thực hiện quản lý, sử dụng đúng số lượng biên chế công chức (59 biên chế), viên chức (15 biên chế) do Ủy ban nhân dân Tỉnh giao.",
      "- Đánh giá kết quả thực hiện các quy định về phân cấp quản lý nhà nước: Thực hiện đúng quy định.",
    ],
  },
  {
    unit: VP,
    section: "civil-service",
    paragraphs: [
      "- Kết quả xây dựng, ban hành các quy định về vị trí việc làm của công chức, viên chức: Đơn vị ban hành Kế hoạch số 04/KH-VPUBND ngày 27 tháng 01 năm 2022 về chuyển đổi vị trí công tác và đã thực hiện chuyển đổi đối với công chức Ban Tiếp công dân - Nội chính.",
      "- Kết quả thực hiện tuyển dụng công chức, viên chức (thi tuyển, xét tuyển): Đơn vị ban hành Kế hoạch và Thông báo tuyển dụng viên chức Cổng Thông tin điện tử Đồng Tháp và đã hoàn tất quy trình tuyển dụng theo quy định.",
      "- Kết quả thực hiện thi nâng ngạch công chức, thăng hạng viên chức và thi tuyển cạnh tranh để bổ nhiệm vào các chức danh lãnh đạo tại các cơ quan, đơn vị: Đã cử 01 công chức thi nâng ngạch từ ngạch chuyên viên lên ngạch chuyên viên chính.",
      "- Tình hình chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức tại cơ quan: Thực hiện tốt, chưa phát hiện trường hợp vi phạm.",
    ],
  },
  {
    unit: VP,
    section: "public-finance",
    paragraphs: [
      "- Kết quả thực hiện quy định về quản lý, sử dụng tài sản công:",
      "Tiếp tục rà soát, sửa đổi, bổ sung, ban hành mới các định mức, tiêu chuẩn, chế độ, chi tiêu ngân sách, tài sản công theo quy định mới nhằm đáp ứng yêu cầu thực hành tiết kiệm, chống lãng phí, cải cách hành chính được kịp thời, đúng quy định. Công khai, minh bạch việc sử dụng ngân sách nhà nước, tài sản công để tạo điều kiện cho công tác thanh tra, kiểm tra; nâng cao hiệu quả giám sát thực hành tiết kiệm; xử lý nghiêm vi phạm quy định về thực hành tiết kiệm. Quản lý và sử dụng tiết kiệm kinh phí ngân sách nhà nước, tài sản công để đảm bảo sử dụng đúng mục đích, đúng định mức chi tiêu và chế độ quy định tài chính hiện hành.",
      "Đơn vị ban hành Quyết định số 36/QĐ-VPUBND ngày 27/4/2022 của Văn phòng UBND Tỉnh về việc ban hành quy chế quản lý và sử dụng tài sản công của Văn phòng UBND Tỉnh. Đơn vị báo cáo kịp thời về kết quả thực hiện cơ chế tự chủ năm 2021 của các đơn vị hành chính, sự nghiệp trên địa bàn tỉnh theo tinh thần Công văn số 13/VPUBND-HCQT ngày 09 tháng 02 năm 2022 của Văn phòng Ủy ban nhân dân Tỉnh.",
      "- Kết quả thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp công lập (báo cáo kết quả thực hiện Nghị định số 60/2021/NĐ-CP và các văn bản có liên quan): Căn cứ Nghị định số 60/2021/NĐ-CP quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập, Cổng Thông tin điện tử Đồng Tháp là đơn vị sự nghiệp có mức tự bảo đảm chi phí hoạt động thường xuyên dưới 10% (đơn vị sự nghiệp loại 4), việc thực hiện cơ chế tự chủ tại đơn vị được đảm bảo đúng quy định.",
    ],
  },
  {
    unit: VP,
    section: "public-finance.investment",
    paragraphs: ["Kho lưu trữ, nhà xe, nhà Đội Cảnh vệ Ủy ban nhân dân Tỉnh"],
  },
  {
    unit: VP,
    section: "e-government",
    paragraphs: [
      "- Kết quả triển khai, nâng cấp hạ tầng công nghệ thông tin:",
      "+ Hạ tầng công nghệ thông tin được đảm bảo để đáp ứng cho nhu cầu công việc, các cuộc họp của lãnh đạo Ủy ban nhân dân Tỉnh. Đơn vị tiếp tục nâng cấp hệ thống mạng Wifi không dây nhằm đáp ứng số lượng truy cập ngày càng tăng cao.",
      "+ Hạ tầng Hội nghị truyền hình trực tuyến phục vụ cho Lãnh đạo Ủy ban nhân dân Tỉnh được đảm bảo, thực hiện kết nối từ Tỉnh đến các huyện, thành phố và 143 xã, phường, thị trấn trên địa bàn Tỉnh. Đồng thời, đảm bảo thực hiện kết nối với Chính phủ, Bộ, ban, ngành, các chuyên gia và doanh nghiệp trong và ngoài nước.",
      "- Kết quả kết nối, liên thông, sử dụng các dữ liệu:",
      "+ Đơn vị thực hiện việc kết nối liên thông phần mềm Quản lý văn bản với trục dữ liệu liên thông Quốc gia, đảm bảo việc gửi, nhận văn bản điện tử trên trục liên thông.",
      "+ Thực hiện kết nối với mạng truyền số liệu chuyên dùng CP Net của Chính phủ để sử dụng các phần mềm của Chính phủ, Văn phòng Chính phủ...",
      "- Kết quả xây dựng, phát triển các ứng dụng, dịch vụ nội bộ:",
      "+ Hiện tại đơn vị đang triển khai sử dụng các ứng dụng quản lý tài sản, phần mềm kế toán. Còn lại các ứng dụng đang sử dụng là các phần mềm dùng chung cho cả tỉnh do Sở Thông tin và Truyền thông triển khai.",
    ],
  },
  {
    unit: VP,
    section: "assessment",
    paragraphs: [
      "Trong 6 tháng đầu năm 2022, Văn phòng đã triển khai tích cực, đồng bộ tất cả các nội dung, nhiệm vụ cải cách hành chính do Ủy ban nhân dân Tỉnh giao, nhất là công tác tham mưu chỉ đạo, điều hành về cải cách hành chính; kiểm soát và truyền thông các hoạt động kiểm soát TTHC. Qua đó, Văn phòng đã thể hiện quyết tâm cải tiến lề lối làm việc mạnh mẽ, phấn đấu đáp ứng đến mức cao nhất yêu cầu chỉ đạo, điều hành của Ủy ban nhân dân Tỉnh, Chủ tịch và các Phó Chủ tịch Ủy ban nhân dân Tỉnh.",
    ],
  },
  {
    unit: VP,
    section: "directions",
    paragraphs: [
      "1. Tiếp tục triển khai những nội dung, nhiệm vụ theo Kế hoạch cải cách hành chính giai đoạn 2021 - 2030 và năm 2022 của Văn phòng. Tăng cường công tác tuyên truyền và tổ chức thực hiện những nội dung, nhiệm vụ được phân công trong Kế hoạch cải cách hành chính của Tỉnh.",
      "2. Thanh quyết toán kinh phí hỗ trợ xây dựng và duy trì Hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015 6 tháng cuối năm 2021 và 6 tháng đầu năm 2022.",
      "3. Theo dõi thực hiện tốt công tác kiểm soát, công bố và cải cách TTHC trên địa bàn Tỉnh.",
      "4. Tiếp tục tham mưu thực hiện tốt cơ chế một cửa liên thông thuộc trách nhiệm của Văn phòng Ủy ban nhân dân Tỉnh trong thẩm định, trình phê duyệt kết quả giải quyết TTHC thuộc thẩm quyền Ủy ban nhân dân Tỉnh, Chủ tịch Ủy ban nhân dân Tỉnh.",
      "5. Phối hợp với các sở, ngành tỉnh nghiên cứu, xây dựng quy trình thực hiện các TTHC liên thông, đơn giản hóa TTHC, rút ngắn thời hạn thực hiện TTHC.",
      "6. Tiếp tục thực hiện tinh giản biên chế, sắp xếp tổ chức bộ máy theo hướng tinh gọn, hoạt động thông suốt, hiệu quả.",
      "7. Tạo điều kiện để công chức tự nâng cao trình độ, kiến thức năng lực quản lý nhà nước trong lĩnh vực cải cách hành chính. Tăng cường ý thức trách nhiệm của đội ngũ công chức, viên chức, người lao động trong thực thi công vụ.",
    ],
  },
  {
    unit: VP,
    section: "recommendations",
    paragraphs: [
      "Đề nghị Sở Nội vụ kiến nghị với Bộ Nội vụ về thời gian chốt số liệu báo cáo và thời gian gửi báo cáo theo quy định tại Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ về chế độ báo cáo của cơ quan hành chính nhà nước.",
    ],
  },
];
