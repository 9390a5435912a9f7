/**
 * The sentences of the news article behind the product (Công văn 3944/UBND-NC, 27/8/2020)
 * that carry the dispatch, abridged. The full text is the team's fixture in
 * ../shared/fixtures; this copy lets tests and benchmarks run in a clone without it.
 * @module
 */
export const ARTICLE_3944_EXCERPT = `Đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường

9:59, Thứ Sáu, 28-8-2020

Ngày 27/8/2020, UBND tỉnh đã ban hành Công văn số 3944/UBND-NC gửi các cơ quan chuyên môn, cơ quan thuộc UBND tỉnh; các đoàn thể cấp tỉnh; cơ quan, doanh nghiệp, nhà trường cấp tỉnh và cơ quan Trung ương đóng trên địa bàn; UBND huyện, thành phố, thị xã về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường.

Thời gian qua, phong trào toàn dân bảo vệ ANTQ trong các cơ quan, doanh nghiệp, nhà trường đã có nhiều chuyển biến tích cực, góp phần giữ vững an ninh chính trị và bảo đảm trật tự an toàn xã hội trên địa bàn, phục vụ tốt nhiệm vụ phát triển kinh tế - xã hội của tỉnh.

Tiếp tục tổ chức thực hiện hiệu quả Chỉ thị 07/CT-BCA-V28 và các chỉ thị, nghị quyết của Trung ương Đảng.

Các cơ quan, doanh nghiệp, nhà trường phải đăng ký, thực hiện đạt tiêu chuẩn “An toàn về an ninh, trật tự” theo quy định tại Thông tư số 23/2012/TT BCA-V28 ngày 27/4/2012 của Bộ Công an và văn bản số 1315/UBND-NC ngày 15/4/2016 của Chủ tịch UBND tỉnh về chỉ đạo thực hiện Thông tư số 23/2012/TT-BCA-V28.`;
