/** The options page's words, Vietnamese first (lib/i18n.ts). */
import type { Catalogue } from '../../lib/i18n';

type Key =
  | 'title'
  | 'language'
  | 'languageLabel'
  | 'account'
  | 'serverUrl'
  | 'serverUrlHint'
  | 'insecure'
  | 'email'
  | 'password'
  | 'signIn'
  | 'signingIn'
  | 'signOut'
  | 'signingOut'
  | 'signedInAs'
  | 'role_admin'
  | 'role_clerk'
  | 'role_unit_head'
  | 'onServer'
  | 'noAnswer'
  | 'detection'
  | 'domainsLabel'
  | 'domainsHint'
  | 'saveDomains'
  | 'domainsSaved'
  | 'domainsSavedAll'
  | 'domainsInvalid'
  | 'loading';

export const OPTIONS_TEXT: Catalogue<Key> = {
  vi: {
    title: 'Theo dõi công văn — Tùy chọn',
    language: 'Ngôn ngữ',
    languageLabel: 'Ngôn ngữ giao diện',
    account: 'Tài khoản',
    serverUrl: 'Địa chỉ máy chủ',
    serverUrlHint: 'Ví dụ: https://congvan.example.gov.vn',
    insecure: 'Kết nối không mã hóa (http): chỉ nên dùng trên máy này hoặc mạng nội bộ tin cậy.',
    email: 'Thư điện tử',
    password: 'Mật khẩu',
    signIn: 'Đăng nhập',
    signingIn: 'Đang đăng nhập…',
    signOut: 'Đăng xuất',
    signingOut: 'Đang đăng xuất…',
    signedInAs: 'Đã đăng nhập: {name} ({email}), {role}',
    role_admin: 'quản trị',
    role_clerk: 'văn thư',
    role_unit_head: 'thủ trưởng đơn vị',
    onServer: 'Máy chủ: {url}',
    noAnswer: 'Tiện ích không trả lời; hãy tải lại trang này.',
    detection: 'Nhận diện văn bản trên trang web',
    domainsLabel: 'Chỉ nhận diện trên các tên miền sau',
    domainsHint:
      'Mỗi dòng một tên miền, ví dụ: vanban.chinhphu.vn. Tên miền con cũng được tính. Để trống: mọi trang.',
    saveDomains: 'Lưu danh sách',
    domainsSaved: 'Đã lưu: nhận diện trên {n} tên miền.',
    domainsSavedAll: 'Đã lưu: nhận diện trên mọi trang.',
    domainsInvalid: 'Không phải tên miền: {list}. Chưa lưu.',
    loading: 'Đang tải…',
  },
  en: {
    title: 'Dispatch Tracker — Options',
    language: 'Language',
    languageLabel: 'Interface language',
    account: 'Account',
    serverUrl: 'Server address',
    serverUrlHint: 'For example: https://dispatch.example.gov.vn',
    insecure: 'Unencrypted connection (http): use it only on this computer or a trusted internal network.',
    email: 'E-mail',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    signedInAs: 'Signed in as {name} ({email}), {role}',
    role_admin: 'administrator',
    role_clerk: 'clerk',
    role_unit_head: 'unit head',
    onServer: 'Server: {url}',
    noAnswer: 'The extension did not answer; reload this page.',
    detection: 'Detecting documents on web pages',
    domainsLabel: 'Detect only on these domains',
    domainsHint:
      'One domain a line, for example: vanban.chinhphu.vn. Subdomains count too. Empty: every site.',
    saveDomains: 'Save the list',
    domainsSaved: 'Saved: detecting on {n} domains.',
    domainsSavedAll: 'Saved: detecting on every site.',
    domainsInvalid: 'Not domains: {list}. Not saved.',
    loading: 'Loading…',
  },
};
