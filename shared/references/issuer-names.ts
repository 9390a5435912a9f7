/**
 * Full names of issuing bodies, for when a page gives the symbol but never names its issuer
 * in words ("Quyết định 439/QĐ-TTg 2023 …").
 * @module
 */

const ISSUER_NAMES: ReadonlyMap<string, string> = new Map([
  ['CP', 'Chính phủ'],
  ['TTg', 'Thủ tướng Chính phủ'],
  ['VPCP', 'Văn phòng Chính phủ'],
  ['VPQH', 'Văn phòng Quốc hội'],
  ['BCA', 'Bộ Công an'],
  ['BNV', 'Bộ Nội vụ'],
  ['BTC', 'Bộ Tài chính'],
  ['BYT', 'Bộ Y tế'],
  ['BGDĐT', 'Bộ Giáo dục và Đào tạo'],
  ['BXD', 'Bộ Xây dựng'],
  ['BGTVT', 'Bộ Giao thông vận tải'],
  ['BCT', 'Bộ Công Thương'],
  ['BTTTT', 'Bộ Thông tin và Truyền thông'],
  ['BKHĐT', 'Bộ Kế hoạch và Đầu tư'],
  ['BKHCN', 'Bộ Khoa học và Công nghệ'],
  ['BNNPTNT', 'Bộ Nông nghiệp và Phát triển nông thôn'],
  ['BNN', 'Bộ Nông nghiệp và Phát triển nông thôn'],
  ['BLĐTBXH', 'Bộ Lao động - Thương binh và Xã hội'],
  ['LĐTBXH', 'Bộ Lao động - Thương binh và Xã hội'],
  ['BVHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch'],
  ['BQP', 'Bộ Quốc phòng'],
  ['BTP', 'Bộ Tư pháp'],
  ['BTNMT', 'Bộ Tài nguyên và Môi trường'],
  ['BNG', 'Bộ Ngoại giao'],
  ['NHNN', 'Ngân hàng Nhà nước Việt Nam'],
  ['TANDTC', 'Tòa án nhân dân tối cao'],
  ['VKSNDTC', 'Viện kiểm sát nhân dân tối cao'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['TW', 'Ban Chấp hành Trung ương'],
  ['TU', 'Tỉnh ủy'],
  ['HU', 'Huyện ủy'],
  ['SNV', 'Sở Nội vụ'],
  ['STC', 'Sở Tài chính'],
  ['SYT', 'Sở Y tế'],
  ['SXD', 'Sở Xây dựng'],
  ['STNMT', 'Sở Tài nguyên và Môi trường'],
  ['STTTT', 'Sở Thông tin và Truyền thông'],
  ['SGDĐT', 'Sở Giáo dục và Đào tạo'],
  ['STP', 'Sở Tư pháp'],
  ['CAT', 'Công an tỉnh'],
]);

/** The full name of an issuer code, or null when the engine does not know it. */
export function issuerName(issuer: string | null): string | null {
  if (!issuer) return null;
  if (/^QH\d+$/.test(issuer)) return 'Quốc hội';
  if (/^UBTVQH\d+$/.test(issuer)) return 'Ủy ban Thường vụ Quốc hội';
  return ISSUER_NAMES.get(issuer) ?? null;
}
