/**
 * What the register's exports must head their columns with, written out here rather than read
 * from routes/exports.ts, so the tests check the code against the decree, not against itself.
 * @module
 */

/** Sổ đăng ký văn bản đến: the ten columns of Nghị định 30/2020/NĐ-CP, Phụ lục IV, in order. */
export const REGISTER_COLUMNS = [
  'Ngày đến',
  'Số đến',
  'Tác giả',
  'Số, ký hiệu',
  'Ngày tháng văn bản',
  'Tên loại và trích yếu nội dung',
  'Đơn vị hoặc người nhận',
  'Ngày chuyển',
  'Ký nhận',
  'Ghi chú',
];
