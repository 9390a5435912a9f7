import { describe, expect, it } from 'vitest';
import { bodyInNormalCase, issuerName, withoutPersonalName } from './issuer-names';

describe('bodyInNormalCase: a header’s capitals as a clerk writes the body', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH', 'Ủy ban nhân dân tỉnh Quảng Ninh'],
    ['UỶ BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    ['ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH', 'Ủy ban nhân dân TP. Hồ Chí Minh'],
    ['ỦY BAN NHÂN DÂN XÃ ĐÔNG HÒA', 'Ủy ban nhân dân xã Đông Hòa'],
    ['UBND TỈNH QUẢNG NAM', 'UBND tỉnh Quảng Nam'],
    ['HĐND HUYỆN LỆ THỦY', 'HĐND huyện Lệ Thủy'],
    ['THÀNH PHỐ HÀ NỘI', 'Thành phố Hà Nội'],
    ['BỘ TÀI CHÍNH', 'Bộ Tài chính'],
    ['BỘ CÔNG THƯƠNG', 'Bộ Công Thương'],
    ['SỞ Y TẾ', 'Sở Y tế'],
    ['SỞ Y TẾ TỈNH LÂM ĐỒNG', 'Sở Y tế tỉnh Lâm Đồng'],
    ['SỞ NỘI VỤ', 'Sở Nội vụ'],
    ['SỞ TƯ PHÁP', 'Sở Tư pháp'],
    ['BỘ GIÁO DỤC VÀ ĐÀO TẠO', 'Bộ Giáo dục và Đào tạo'],
    ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Bộ Lao động - Thương binh và Xã hội'],
    ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['BẢO HIỂM XÃ HỘI TỈNH HÀ TĨNH', 'Bảo hiểm xã hội tỉnh Hà Tĩnh'],
    ['BAN THƯỜNG VỤ TỈNH ỦY', 'Ban Thường vụ Tỉnh ủy'],
    ['TỈNH ỦY QUẢNG NAM', 'Tỉnh ủy Quảng Nam'],
    ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'Ban Chấp hành Trung ương'],
    ['CHÍNH PHỦ', 'Chính phủ'],
    ['THỦ TƯỚNG CHÍNH PHỦ', 'Thủ tướng Chính phủ'],
    ['CỤC QUẢN LÝ DƯỢC', 'Cục Quản lý dược'],
    ['TRUNG TÂM Y TẾ HUYỆN NAM ĐÀN', 'Trung tâm Y tế huyện Nam Đàn'],
    ['BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG TRỊ', 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị'],
    ['VĂN PHÒNG UBND TỈNH', 'Văn phòng UBND tỉnh'],
    ['TRƯỜNG THPT NGUYỄN TRÃI', 'Trường THPT Nguyễn Trãi'],
    ['TRƯỜNG THCS LÊ QUÝ ĐÔN', 'Trường THCS Lê Quý Đôn'],
    ['TRƯỜNG TIỂU HỌC TRẦN PHÚ', 'Trường Tiểu học Trần Phú'],
    ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN NAM ĐÀN', 'Phòng Giáo dục và Đào tạo huyện Nam Đàn'],
    ['TRƯỜNG TIỂU HỌC SỐ 1', 'Trường Tiểu học số 1'],
    ['CÔNG TY ĐIỆN LỰC THÁI BÌNH', 'Công ty Điện lực Thái Bình'],
    ['TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC', 'Tổng công ty Điện lực miền Bắc'],
    ['BỆNH VIỆN ĐA KHOA TỈNH PHÚ THỌ', 'Bệnh viện Đa khoa tỉnh Phú Thọ'],
    ['BỆNH VIỆN TÂM THẦN', 'Bệnh viện Tâm thần'],
  ])('%s → %s', (capitals, cased) => {
    expect(bodyInNormalCase(capitals)).toBe(cased);
    expect(bodyInNormalCase(capitals.normalize('NFD'))).toBe(cased.normalize('NFD'));
  });

  it('leaves a name in mixed case, or with no word, as written', () => {
    for (const name of ['Ủy ban nhân dân TP. Hà Nội', 'UBND tỉnh', 'Sở Y tế TP.HCM', 'UBND', '-----']) {
      expect(bodyInNormalCase(name)).toBe(name);
    }
  });

  it('knows the names of the codes (issuerName)', () => {
    expect(bodyInNormalCase('BỘ GIÁO DỤC VÀ ĐÀO TẠO')).toBe(issuerName('BGDĐT'));
    expect(bodyInNormalCase('BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG')).toBe(issuerName('BTNMT'));
  });
});

describe('withoutPersonalName: the signer’s name after the body', () => {
  it.each([
    ['UBND tỉnh Lê Văn Dũng', 'UBND tỉnh'],
    ['UBND tỉnh Quảng Nam Lê Trí Thanh', 'UBND tỉnh Quảng Nam'],
    ['UBND TP Hồ Chí Minh Phan Văn Mãi', 'UBND TP Hồ Chí Minh'],
    ['Bộ Y tế Đào Hồng Lan', 'Bộ Y tế'],
    ['UBND tỉnh Nguyễn Dũng', 'UBND tỉnh Nguyễn Dũng'],
    ['UBND huyện Lê Thủy', 'UBND huyện Lê Thủy'],
    ['UBND tỉnh Thừa Thiên Huế', 'UBND tỉnh Thừa Thiên Huế'],
    ['UBND tỉnh Hà Tĩnh', 'UBND tỉnh Hà Tĩnh'],
    ['UBND tỉnh', 'UBND tỉnh'],
    // Every word capitalised: the run reaches the body's first word, a place word ends the body.
    ['UBND TP Hà Nội', 'UBND TP Hà Nội'],
    ['UBND Tỉnh Quảng Nam', 'UBND Tỉnh Quảng Nam'],
    ['UBND Thành Phố Hà Nội', 'UBND Thành Phố Hà Nội'],
    ['Sở Tài Chính', 'Sở Tài Chính'],
    ['Văn Phòng Chính Phủ', 'Văn Phòng Chính Phủ'],
    ['Công an TP Hà Nội', 'Công an TP Hà Nội'],
    ['UBND Huyện Đông Anh', 'UBND Huyện Đông Anh'],
    ['UBND TP Hà Nội Trần Sỹ Thanh', 'UBND TP Hà Nội'],
    ['Công an TP Hà Nội Nguyễn Hải Trung', 'Công an TP Hà Nội'],
    ['UBND Quận Hoàn Kiếm Phạm Tuấn Long', 'UBND Quận Hoàn Kiếm'],
    // A name alone (after "Thủ tướng") is all name.
    ['Phạm Minh Chính', ''],
  ])('%s → %s', (body, without) => {
    expect(withoutPersonalName(body)).toBe(without);
  });
});
