/**
 * The side panel's words, Vietnamese first and English second, and the context that hands the
 * chosen language's translator down to every component.
 * @module
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Catalogue, type Language, translator } from '../../lib/i18n';

export const sidepanelCatalogue = {
  vi: {
    title: 'Công văn của đơn vị',
    loading: 'Đang tải…',
    loadFailed: 'Không tải được dữ liệu: {reason}',
    reload: 'Tải lại',
    signedOut: 'Bạn chưa đăng nhập. Hãy đăng nhập để xem công văn gửi đơn vị.',
    openOptions: 'Mở cài đặt để đăng nhập',
    signedInAs: 'Đăng nhập: {name}',
    notUnitHead: 'Bảng này dành cho lãnh đạo đơn vị: chỉ tài khoản lãnh đạo đơn vị mới xác nhận đã nhận.',
    inboxHeading: 'Công văn đến',
    inboxEmpty: 'Chưa có công văn nào gửi đơn vị.',
    waiting: '{n} công văn chưa xác nhận',
    state_pending: 'Chưa xác nhận',
    state_acknowledged: 'Đã xác nhận',
    issuingBody: 'Cơ quan ban hành',
    issuedDate: 'Ngày ban hành',
    nearestDue: 'Hạn xử lý gần nhất',
    ackNote: 'Ghi chú khi xác nhận (không bắt buộc)',
    ack: 'Xác nhận đã nhận',
    ackLabel: 'Xác nhận đã nhận {symbol}',
    acking: 'Đang xác nhận…',
    acked: 'Đã xác nhận đã nhận {symbol}.',
    ackFailed: 'Chưa xác nhận được {symbol}: {reason}',
    details: 'Chi tiết',
    detailsLabel: 'Chi tiết {symbol}',
    hideDetails: 'Ẩn chi tiết',
    openSource: 'Mở trang nguồn',
    cites: 'Văn bản được viện dẫn',
    citedBy: 'Văn bản viện dẫn văn bản này',
    none: 'Không có',
    tasksHeading: 'Nhiệm vụ của đơn vị',
    tasksEmpty: 'Đơn vị chưa có nhiệm vụ nào.',
    role_lead: 'Chủ trì',
    role_coordinating: 'Phối hợp',
    due: 'Hạn: {date}',
    noDue: 'Không có hạn',
    overdue: 'Quá hạn',
    status_todo: 'Chưa thực hiện',
    status_in_progress: 'Đang thực hiện',
    status_done: 'Hoàn thành',
    status_overdue: 'Quá hạn',
    progress: 'Tiến độ: {n}%',
    fieldStatus: 'Trạng thái',
    fieldProgress: 'Tiến độ (%)',
    fieldNote: 'Ghi chú',
    saveReport: 'Cập nhật',
    saving: 'Đang lưu…',
    reported: 'Đã cập nhật nhiệm vụ “{title}”.',
    reportFailed: 'Chưa cập nhật được nhiệm vụ: {reason}',
    readOnly: 'Chỉ lãnh đạo đơn vị chủ trì được cập nhật nhiệm vụ này.',
    history: 'Lịch sử cập nhật',
    historyEmpty: 'Chưa có cập nhật nào.',
    historyLine: '{date} · {who}: {status}, {n}%',
  },
  en: {
    title: 'Dispatches for your unit',
    loading: 'Loading…',
    loadFailed: 'Could not load the data: {reason}',
    reload: 'Reload',
    signedOut: 'You are not signed in. Sign in to see the dispatches sent to your unit.',
    openOptions: 'Open settings to sign in',
    signedInAs: 'Signed in: {name}',
    notUnitHead: 'This panel is for unit heads: only a unit head’s account can confirm receipt.',
    inboxHeading: 'Incoming dispatches',
    inboxEmpty: 'No dispatch has been sent to your unit yet.',
    waiting: '{n} dispatches not yet acknowledged',
    state_pending: 'Not acknowledged',
    state_acknowledged: 'Acknowledged',
    issuingBody: 'Issuing body',
    issuedDate: 'Issued on',
    nearestDue: 'Nearest deadline',
    ackNote: 'Note with the acknowledgement (optional)',
    ack: 'Confirm receipt',
    ackLabel: 'Confirm receipt of {symbol}',
    acking: 'Confirming…',
    acked: 'Receipt of {symbol} confirmed.',
    ackFailed: 'Could not confirm {symbol}: {reason}',
    details: 'Details',
    detailsLabel: 'Details of {symbol}',
    hideDetails: 'Hide details',
    openSource: 'Open the source page',
    cites: 'Documents it cites',
    citedBy: 'Documents citing it',
    none: 'None',
    tasksHeading: 'Your unit’s tasks',
    tasksEmpty: 'Your unit has no tasks.',
    role_lead: 'Lead',
    role_coordinating: 'Coordinating',
    due: 'Due: {date}',
    noDue: 'No due date',
    overdue: 'Overdue',
    status_todo: 'To do',
    status_in_progress: 'In progress',
    status_done: 'Done',
    status_overdue: 'Overdue',
    progress: 'Progress: {n}%',
    fieldStatus: 'Status',
    fieldProgress: 'Progress (%)',
    fieldNote: 'Note',
    saveReport: 'Update',
    saving: 'Saving…',
    reported: 'Task “{title}” updated.',
    reportFailed: 'Could not update the task: {reason}',
    readOnly: 'Only the lead unit’s head can update this task.',
    history: 'Update history',
    historyEmpty: 'No updates yet.',
    historyLine: '{date} · {who}: {status}, {n}%',
  },
} satisfies Catalogue<string>;

export type SidepanelKey = keyof (typeof sidepanelCatalogue)['vi'];
const checked: Catalogue<SidepanelKey> = sidepanelCatalogue;

export type Translate = (key: SidepanelKey, values?: Record<string, string | number>) => string;

export function sidepanelText(language: Language): Translate {
  return translator(checked, language);
}

export const TextContext = createContext<Translate>(sidepanelText('vi'));

export function useText(): Translate {
  return useContext(TextContext);
}
