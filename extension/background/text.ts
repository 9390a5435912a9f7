/**
 * What the background says to the user (save errors, the context menu, badge titles), in the
 * user's language. The popup and options page show these strings as they come.
 * @module
 */
import { type Catalogue, languageItem, translator } from '../lib/i18n';

type Key =
  | 'menuTitle'
  | 'notSignedIn'
  | 'signInAgain'
  | 'unreachable'
  | 'badUrl'
  | 'badResponse'
  | 'invalidDraft'
  | 'notDistributed'
  | 'noReference'
  | 'flashSaved'
  | 'flashPending'
  | 'flashError';

export const BACKGROUND_TEXT: Catalogue<Key> = {
  vi: {
    menuTitle: 'Lưu công văn từ vùng chọn',
    notSignedIn: 'Chưa đăng nhập: mở trang Tùy chọn của tiện ích để đăng nhập.',
    signInAgain: 'Phiên đăng nhập đã hết hạn: hãy đăng nhập lại.',
    unreachable: 'Không kết nối được tới máy chủ {url}.',
    badUrl: 'Địa chỉ máy chủ không hợp lệ: cần bắt đầu bằng http:// hoặc https://.',
    badResponse: 'Máy chủ {url} không trả lời như máy chủ Theo dõi công văn.',
    invalidDraft: 'Thông tin chưa hợp lệ: {details}',
    notDistributed: 'Đã lưu, nhưng chưa gửi được tới đơn vị nhận: {reason}',
    noReference: 'Không tìm thấy số, ký hiệu văn bản trong vùng chọn.',
    flashSaved: 'Đã lưu {symbol}.',
    flashPending: 'Chưa kết nối được máy chủ: {symbol} sẽ được lưu khi có kết nối.',
    flashError: 'Không lưu được {symbol}: {reason}',
  },
  en: {
    menuTitle: 'Save dispatch from selection',
    notSignedIn: "Not signed in: open the extension's options page to sign in.",
    signInAgain: 'Your session has expired: sign in again.',
    unreachable: 'Cannot reach the server {url}.',
    badUrl: 'Invalid server address: it must start with http:// or https://.',
    badResponse: 'The server {url} does not answer like a Dispatch Tracker server.',
    invalidDraft: 'Not valid: {details}',
    notDistributed: 'Saved, but not yet sent to the recipient units: {reason}',
    noReference: 'No document number found in the selection.',
    flashSaved: 'Saved {symbol}.',
    flashPending: 'Cannot reach the server: {symbol} will be saved once it can.',
    flashError: 'Could not save {symbol}: {reason}',
  },
};

/** A translator for the language chosen now (read per use: the user may switch at any time). */
export async function backgroundText() {
  return translator(BACKGROUND_TEXT, await languageItem.getValue());
}
