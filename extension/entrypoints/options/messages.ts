/** The options page's words, Vietnamese first (lib/i18n.ts). */
import type { Catalogue } from '../../lib/i18n';

export type OptionsKey = Key;

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
  | 'loading'
  | 'notifications'
  | 'notifyLabel'
  | 'notifyHint'
  | 'soonDaysLabel'
  | 'soonDaysHint'
  | 'soonDaysInvalid'
  | 'saveNotifications'
  | 'notificationsSaved'
  | 'notificationsSavedOff';

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
    notifications: 'Thông báo',
    notifyLabel: 'Nhận thông báo trên trình duyệt',
    notifyHint:
      'Dành cho thủ trưởng đơn vị: báo khi có công văn mới gửi đơn vị và khi nhiệm vụ sắp đến hạn, kiểm tra 5 phút một lần. Tắt thông báo thì biểu tượng tiện ích vẫn hiện số công văn chờ xác nhận.',
    soonDaysLabel: 'Báo trước hạn (ngày)',
    soonDaysHint: 'Nhiệm vụ có hạn trong số ngày này (từ 1 đến 30) được báo và đánh dấu “sắp đến hạn”.',
    soonDaysInvalid: 'Số ngày phải là số nguyên từ 1 đến 30. Chưa lưu.',
    saveNotifications: 'Lưu cài đặt thông báo',
    notificationsSaved: 'Đã lưu: nhận thông báo, báo trước hạn {n} ngày.',
    notificationsSavedOff: 'Đã lưu: không nhận thông báo (báo trước hạn {n} ngày trong bảng bên).',
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
    notifications: 'Notifications',
    notifyLabel: 'Show browser notifications',
    notifyHint:
      'For unit heads: tells you when a new dispatch is sent to your unit and when a task is due soon, checking every 5 minutes. With notifications off, the toolbar icon still shows the number of dispatches to acknowledge.',
    soonDaysLabel: 'Warn before the deadline (days)',
    soonDaysHint: 'Tasks due within this many days (1 to 30) are notified and marked “due soon”.',
    soonDaysInvalid: 'The number of days must be a whole number from 1 to 30. Not saved.',
    saveNotifications: 'Save notification settings',
    notificationsSaved: 'Saved: notifications on, warning {n} days before the deadline.',
    notificationsSavedOff: 'Saved: notifications off (the side panel still warns {n} days ahead).',
  },
};
