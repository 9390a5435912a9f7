/**
 * The words of the browser notifications, in the user's language: Vietnamese first, English
 * second, dates dd/mm/yyyy.
 * @module
 */
import { type Catalogue, formatDate, type Language, translator } from '../lib/i18n';
import type { Notice } from './notify-rules';

const CATALOGUE = {
  vi: {
    summaryTitle: 'Theo dõi công văn: việc đang chờ',
    summaryDispatches: '{n} công văn chờ xác nhận đã nhận',
    summaryDue: '{n} nhiệm vụ đến hạn trong {days} ngày tới',
    dispatchTitle: 'Công văn mới chờ xác nhận',
    dispatchIssued: '{symbol} ngày {date}: {subject}',
    dispatchPlain: '{symbol}: {subject}',
    dispatchesTitle: '{n} công văn mới chờ xác nhận',
    openPanel: 'Bấm để mở danh sách và xác nhận đã nhận.',
    dueTitle: 'Nhiệm vụ sắp đến hạn',
    dueToday: '{title} ({symbol}): hạn hôm nay, {date}',
    dueIn: '{title} ({symbol}): hạn {date}, còn {n} ngày',
    duesTitle: '{n} nhiệm vụ sắp đến hạn',
    duesBody: 'Đến hạn trong {days} ngày tới. Bấm để xem.',
  },
  en: {
    summaryTitle: 'Dispatch Tracker: waiting for you',
    summaryDispatches: 'Dispatches to acknowledge: {n}',
    summaryDue: 'Tasks due within {days} days: {n}',
    dispatchTitle: 'New dispatch to acknowledge',
    dispatchIssued: '{symbol} of {date}: {subject}',
    dispatchPlain: '{symbol}: {subject}',
    dispatchesTitle: '{n} new dispatches to acknowledge',
    openPanel: 'Click to open the list and acknowledge them.',
    dueTitle: 'Task due soon',
    dueToday: '{title} ({symbol}): due today, {date}',
    dueIn: '{title} ({symbol}): due {date}, {n} day(s) left',
    duesTitle: '{n} tasks due soon',
    duesBody: 'Due within {days} days. Click to see them.',
  },
} satisfies Catalogue<string>;

type Key = keyof (typeof CATALOGUE)['vi'];
// Both languages have every key.
const checked: Catalogue<Key> = CATALOGUE;

export interface NoticeText {
  title: string;
  message: string;
}

export function noticeText(notice: Notice, language: Language): NoticeText {
  const t = translator(checked, language);
  switch (notice.kind) {
    case 'summary': {
      const lines = [
        notice.dispatches > 0 ? t('summaryDispatches', { n: notice.dispatches }) : '',
        notice.dueSoon > 0 ? t('summaryDue', { n: notice.dueSoon, days: notice.soonDays }) : '',
      ];
      return { title: t('summaryTitle'), message: lines.filter(Boolean).join('\n') };
    }
    case 'dispatch': {
      const { symbol, subject, issuedDate } = notice.dispatch;
      const message = issuedDate
        ? t('dispatchIssued', { symbol, subject, date: formatDate(issuedDate) })
        : t('dispatchPlain', { symbol, subject });
      return { title: t('dispatchTitle'), message };
    }
    case 'dispatches':
      return { title: t('dispatchesTitle', { n: notice.count }), message: t('openPanel') };
    case 'due': {
      const { title, dispatchSymbol: symbol, dueDate, daysLeft } = notice.task;
      const date = formatDate(dueDate);
      const message =
        daysLeft !== null && daysLeft <= 0
          ? t('dueToday', { title, symbol, date })
          : t('dueIn', { title, symbol, date, n: daysLeft ?? '' });
      return { title: t('dueTitle'), message };
    }
    case 'dues':
      return {
        title: t('duesTitle', { n: notice.count }),
        message: t('duesBody', { days: notice.soonDays }),
      };
  }
}
