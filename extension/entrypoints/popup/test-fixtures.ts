/**
 * Page scans for the popup's tests, made by the real engine from real text, and a fake
 * background that answers the popup's messages and records them.
 * @module
 */
import { type DocumentReference, extractDispatch, findReferences } from '../../../shared/references';
import { ARTICLE_3944_EXCERPT } from '../../../shared/references/testing/article-3944';
import type { Group, Unit } from '../../../shared/schemas/organisation';
import type { Message, QueuedSave, Session } from '../../lib/messaging';
import type { ListingRow, PageScan, ReferenceStatus, TabState } from '../../lib/page-scan';

export function distinct(references: DocumentReference[]): DocumentReference[] {
  const seen = new Set<string>();
  return references.filter((reference) => !seen.has(reference.key) && seen.add(reference.key));
}

/** The one reference in `text`. */
export function reference(text: string): DocumentReference {
  const [found] = findReferences(text);
  if (!found) throw new Error(`no reference in ${text}`);
  return found;
}

/** The news article about Công văn 3944/UBND-NC: a primary dispatch citing others. */
export function articleScan(): PageScan {
  const url = 'https://baohatinh.vn/day-manh-phong-trao';
  const title = 'Đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường';
  return {
    url,
    title,
    references: distinct(findReferences(ARTICLE_3944_EXCERPT)),
    primary: extractDispatch(ARTICLE_3944_EXCERPT, { url, title }),
    rows: [],
  };
}

function row(symbol: string, fields: Omit<ListingRow, 'reference'>): ListingRow {
  return { reference: reference(symbol), ...fields };
}

/** A portal's listing table of three documents, plus a document cited under the table. */
export function listingScan(): PageScan {
  const rows = [
    row('125/UBND-VX', {
      issuedDate: '2024-01-15',
      subject: 'V/v tăng cường công tác phòng chống dịch bệnh mùa đông xuân',
      issuingBody: 'UBND tỉnh Hà Tĩnh',
      url: 'https://portal.example.gov.vn/van-ban/125',
    }),
    row('88/2014/QĐ-UBND', {
      issuedDate: '2014-12-22',
      subject: 'Quy định thu phí tham quan danh lam thắng cảnh',
      issuingBody: 'UBND tỉnh Hà Tĩnh',
      url: 'javascript:alert(1)',
    }),
    row('30/2020/NĐ-CP', {
      issuedDate: null,
      subject: null,
      issuingBody: null,
      url: null,
    }),
  ];
  return {
    url: 'https://portal.example.gov.vn/van-ban?page=1',
    title: 'Văn bản chỉ đạo điều hành',
    references: distinct([...rows.map((r) => r.reference), reference('Chỉ thị số 19/CT-TTg ngày 16/7/2021')]),
    primary: null,
    rows,
  };
}

export const UNITS: Unit[] = [
  { id: 3, code: 'HT-STC', name: 'Sở Tài chính', kind: 'department', parentId: null, active: true },
  { id: 6, code: 'HT-CA', name: 'Công an tỉnh', kind: 'central', parentId: null, active: true },
  { id: 9, code: 'HT-TĐ', name: 'Tỉnh đoàn', kind: 'mass_org', parentId: null, active: true },
  { id: 14, code: 'HT-KA', name: 'UBND huyện Kỳ Anh', kind: 'district', parentId: null, active: true },
];
export const GROUPS: Group[] = [
  { id: 1, name: 'Các sở, ban, ngành tỉnh', unitIds: [3] },
  { id: 2, name: 'Các đoàn thể cấp tỉnh', unitIds: [9] },
  { id: 3, name: 'UBND các huyện, thành phố, thị xã', unitIds: [14] },
];

export const SIGNED_IN: Session = {
  serverUrl: 'http://127.0.0.1:8787',
  user: { id: 2, name: 'Trần Thị Bình', email: 'vanthu@demo.example', role: 'clerk', unitId: 1 },
};
export const SIGNED_OUT: Session = { serverUrl: 'http://127.0.0.1:8787', user: null };

export interface FakeBackground {
  send: (message: unknown) => Promise<unknown>;
  /** Every message received, in order. */
  messages: Message[];
  of<T extends Message['type']>(type: T): Extract<Message, { type: T }>[];
  state: TabState | null;
  session: Session;
  queue: QueuedSave[];
  /** How a save ends for each draft; 'saved' with a fresh id by default. */
  saveAs: (key: string) => Omit<ReferenceStatus, 'key'>;
}

/** A background answering like the real one, from `state`, `session` and `queue`. */
export function fakeBackground(state: TabState | null, session: Session = SIGNED_IN): FakeBackground {
  let nextId = 100;
  const fake: FakeBackground = {
    messages: [],
    of: <T extends Message['type']>(type: T) =>
      fake.messages.filter((message): message is Extract<Message, { type: T }> => message.type === type),
    state,
    session,
    queue: [],
    saveAs: () => ({ state: 'saved', dispatchId: nextId++, error: null }),
    async send(raw) {
      const message = raw as Message;
      fake.messages.push(message);
      switch (message.type) {
        case 'get-tab-state':
          return fake.state ? structuredClone(fake.state) : null;
        case 'get-session':
          return fake.session;
        case 'get-queue':
        case 'retry-queue':
          return fake.queue;
        case 'get-organisation':
          return { units: UNITS, groups: GROUPS };
        case 'remove-queued':
          fake.queue = fake.queue.filter((entry) => entry.id !== message.id);
          return fake.queue;
        case 'save': {
          // Signed out, the real background keeps the saves for after sign-in and says so.
          const signedOut = { state: 'error' as const, dispatchId: null, error: 'Chưa đăng nhập' };
          const statuses = message.drafts.map((draft) => ({
            key: draft.key ?? '',
            ...(fake.session.user ? fake.saveAs(draft.key ?? '') : signedOut),
          }));
          if (fake.state) for (const status of statuses) fake.state.statuses[status.key] = status;
          return statuses;
        }
        case 'distribute':
          return { ok: true };
        default:
          return undefined;
      }
    },
  };
  return fake;
}
