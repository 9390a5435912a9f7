/**
 * The demo organisation `npm start` puts into an empty local database: a provincial People's
 * Committee in the spirit of Công văn 3944/UBND-NC (27/8/2020), its departments, mass
 * organisations and district committees, one account of each role, and a few dispatches at
 * different stages (acknowledged or not, tasks on time, overdue, recurring).
 *
 * Codes carry an "HT-" prefix and groups are named in the dispatch's own words, so an
 * organisation built by hand next to the demo ("CA", "UBND cấp huyện") does not collide with it.
 * Dates of tasks are relative to the day of seeding, so the demo always shows one overdue task
 * and one coming up.
 * @module
 */
import type { Role } from '../../shared/schemas/auth';
import type { UnitKind } from '../../shared/schemas/organisation';
import type { Recurrence, TASK_STATUSES } from '../../shared/schemas/task';

/** The one password of every demo account (README, "Demo accounts"). */
export const DEMO_PASSWORD = 'demo-3944';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parent?: string;
}

export const UNITS: DemoUnit[] = [
  { code: 'HT-VP', name: 'Văn phòng UBND tỉnh', kind: 'agency' },
  { code: 'HT-SNV', name: 'Sở Nội vụ', kind: 'department' },
  { code: 'HT-STC', name: 'Sở Tài chính', kind: 'department' },
  { code: 'HT-SGDĐT', name: 'Sở Giáo dục và Đào tạo', kind: 'department' },
  { code: 'HT-SYT', name: 'Sở Y tế', kind: 'department' },
  { code: 'HT-CA', name: 'Công an tỉnh', kind: 'central' },
  { code: 'HT-BCHQS', name: 'Bộ Chỉ huy Quân sự tỉnh', kind: 'central' },
  { code: 'HT-MTTQ', name: 'Ủy ban MTTQ Việt Nam tỉnh', kind: 'mass_org' },
  { code: 'HT-TĐ', name: 'Tỉnh đoàn', kind: 'mass_org' },
  { code: 'HT-HLHPN', name: 'Hội Liên hiệp Phụ nữ tỉnh', kind: 'mass_org' },
  { code: 'HT-HND', name: 'Hội Nông dân tỉnh', kind: 'mass_org' },
  { code: 'HT-TPHT', name: 'UBND thành phố Hà Tĩnh', kind: 'district' },
  { code: 'HT-TXHL', name: 'UBND thị xã Hồng Lĩnh', kind: 'district' },
  { code: 'HT-KA', name: 'UBND huyện Kỳ Anh', kind: 'district' },
  { code: 'HT-CX', name: 'UBND huyện Cẩm Xuyên', kind: 'district' },
  { code: 'HT-THPTC', name: 'Trường THPT chuyên Hà Tĩnh', kind: 'school', parent: 'HT-SGDĐT' },
];

export interface DemoGroup {
  name: string;
  units: string[];
}

export const GROUPS: DemoGroup[] = [
  {
    name: 'Các sở, ban, ngành tỉnh',
    units: ['HT-SNV', 'HT-STC', 'HT-SGDĐT', 'HT-SYT', 'HT-CA', 'HT-BCHQS'],
  },
  { name: 'Các đoàn thể cấp tỉnh', units: ['HT-MTTQ', 'HT-TĐ', 'HT-HLHPN', 'HT-HND'] },
  { name: 'UBND các huyện, thành phố, thị xã', units: ['HT-TPHT', 'HT-TXHL', 'HT-KA', 'HT-CX'] },
];

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  unit: string;
}

export const USERS: DemoUser[] = [
  { email: 'quantri@demo.example', name: 'Nguyễn Văn An', role: 'admin', unit: 'HT-VP' },
  { email: 'vanthu@demo.example', name: 'Trần Thị Bình', role: 'clerk', unit: 'HT-VP' },
  { email: 'congan@demo.example', name: 'Lê Văn Cường', role: 'unit_head', unit: 'HT-CA' },
  { email: 'sogddt@demo.example', name: 'Phạm Thị Dung', role: 'unit_head', unit: 'HT-SGDĐT' },
  { email: 'kyanh@demo.example', name: 'Võ Văn Hải', role: 'unit_head', unit: 'HT-KA' },
  { email: 'tinhdoan@demo.example', name: 'Đặng Thị Hoa', role: 'unit_head', unit: 'HT-TĐ' },
];

/** The user who records and distributes the demo dispatches. */
export const CLERK = 'vanthu@demo.example';

export interface DemoAck {
  /** Days after the dispatch was sent. */
  afterDays: number;
  by: string;
  note?: string;
}

export interface DemoTaskUpdate {
  status: (typeof TASK_STATUSES)[number];
  progress: number;
  note: string;
  /** null: the scheduler. */
  by: string | null;
}

export interface DemoTask {
  title: string;
  description?: string;
  lead: string;
  coordinating?: string[];
  /** Days from the day of seeding, or the next 15 December for the yearly series. */
  due: number | 'next-15-december' | 'previous-15-december';
  recurrence: Recurrence;
  status: (typeof TASK_STATUSES)[number];
  progress: number;
  /** The occurrence this one follows (by title and due), for a recurring series. */
  follows?: 'previous-15-december';
  updates: DemoTaskUpdate[];
}

export interface DemoDispatch {
  /** Canonical, as the engine writes it: checked when the SQL is built. */
  symbol: string;
  /** YYYY-MM-DD, or days before the day of seeding. */
  issuedDate: string | number;
  issuingBody: string;
  subject: string;
  urgency?: 'normal' | 'urgent' | 'very_urgent' | 'express';
  sourceTitle?: string;
  excerpt?: string;
  cites: string[];
  /** Unit codes and group names it was sent to, a day after it was issued. */
  sentTo: { units?: string[]; groups?: string[] };
  acks: Record<string, DemoAck>;
  tasks: DemoTask[];
}

export const DISPATCHES: DemoDispatch[] = [
  {
    symbol: '1290/UBND-NC',
    issuedDate: '2016-04-15',
    issuingBody: 'UBND tỉnh Hà Tĩnh',
    subject: 'về việc chỉ đạo thực hiện Thông tư số 23/2012/TT-BCA-V28 của Bộ Công an (dữ liệu minh họa)',
    cites: ['23/2012/TT-BCA-V28'],
    sentTo: { units: ['HT-CA', 'HT-SGDĐT', 'HT-KA'] },
    acks: {
      'HT-CA': { afterDays: 1, by: 'congan@demo.example' },
      'HT-SGDĐT': { afterDays: 2, by: 'sogddt@demo.example' },
      'HT-KA': { afterDays: 3, by: 'kyanh@demo.example' },
    },
    tasks: [],
  },
  {
    symbol: '3950/UBND-NC',
    issuedDate: '2020-08-27',
    issuingBody: 'UBND tỉnh Hà Tĩnh',
    subject:
      'về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường (dữ liệu minh họa)',
    sourceTitle: 'Đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường',
    excerpt:
      'Ngày 27/8/2020, UBND tỉnh đã ban hành Công văn số 3950/UBND-NC gửi các cơ quan chuyên môn, ' +
      'cơ quan thuộc UBND tỉnh; các đoàn thể cấp tỉnh; cơ quan, doanh nghiệp, nhà trường cấp tỉnh và ' +
      'cơ quan Trung ương đóng trên địa bàn; UBND huyện, thành phố, thị xã về việc đẩy mạnh phong trào ' +
      'toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường.',
    cites: ['07/CT-BCA-V28', '23/2012/TT-BCA-V28', '1290/UBND-NC'],
    sentTo: {
      groups: ['Các sở, ban, ngành tỉnh', 'Các đoàn thể cấp tỉnh', 'UBND các huyện, thành phố, thị xã'],
    },
    acks: {
      'HT-CA': { afterDays: 0, by: 'congan@demo.example', note: 'Đã nhận; Công an tỉnh chủ trì hướng dẫn.' },
      'HT-SGDĐT': { afterDays: 1, by: 'sogddt@demo.example' },
      'HT-KA': { afterDays: 2, by: 'kyanh@demo.example', note: 'Đã chuyển các phòng, ban và UBND các xã.' },
    },
    tasks: [
      {
        title: 'Đăng ký, xét công nhận đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
        description:
          'Tổng hợp đăng ký của các cơ quan, doanh nghiệp, nhà trường; kiểm tra, đánh giá và trình UBND tỉnh ' +
          'công nhận hằng năm theo Thông tư số 23/2012/TT-BCA-V28.',
        lead: 'HT-CA',
        coordinating: ['HT-SGDĐT', 'HT-KA', 'HT-TĐ'],
        due: 'previous-15-december',
        recurrence: 'yearly',
        status: 'done',
        progress: 100,
        updates: [
          {
            status: 'in_progress',
            progress: 60,
            note: 'Đã tiếp nhận 41 hồ sơ đăng ký.',
            by: 'congan@demo.example',
          },
          {
            status: 'done',
            progress: 100,
            note: 'Đã trình UBND tỉnh công nhận 38 đơn vị.',
            by: 'congan@demo.example',
          },
        ],
      },
      {
        title: 'Đăng ký, xét công nhận đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
        description:
          'Tổng hợp đăng ký của các cơ quan, doanh nghiệp, nhà trường; kiểm tra, đánh giá và trình UBND tỉnh ' +
          'công nhận hằng năm theo Thông tư số 23/2012/TT-BCA-V28.',
        lead: 'HT-CA',
        coordinating: ['HT-SGDĐT', 'HT-KA', 'HT-TĐ'],
        due: 'next-15-december',
        recurrence: 'yearly',
        status: 'in_progress',
        progress: 40,
        follows: 'previous-15-december',
        updates: [
          {
            status: 'in_progress',
            progress: 40,
            note: 'Đã có 35/52 đơn vị đăng ký.',
            by: 'congan@demo.example',
          },
        ],
      },
      {
        title: 'Đánh giá thực trạng phong trào toàn dân bảo vệ ANTQ trong nhà trường, báo cáo UBND tỉnh',
        lead: 'HT-SGDĐT',
        coordinating: ['HT-CA'],
        due: -12,
        recurrence: 'none',
        status: 'overdue',
        progress: 30,
        updates: [
          {
            status: 'in_progress',
            progress: 30,
            note: 'Đã gửi phiếu khảo sát đến các trường THPT.',
            by: 'sogddt@demo.example',
          },
          { status: 'overdue', progress: 30, note: 'Quá hạn', by: null },
        ],
      },
    ],
  },
  {
    symbol: '152/KH-UBND',
    issuedDate: 14,
    issuingBody: 'UBND tỉnh Hà Tĩnh',
    subject: 'Kế hoạch kiểm tra công tác bảo vệ bí mật nhà nước (dữ liệu minh họa)',
    urgency: 'urgent',
    cites: [],
    sentTo: { groups: ['Các sở, ban, ngành tỉnh'] },
    acks: { 'HT-SGDĐT': { afterDays: 1, by: 'sogddt@demo.example' } },
    tasks: [
      {
        title: 'Tự kiểm tra công tác bảo vệ bí mật nhà nước, gửi báo cáo về Sở Nội vụ',
        lead: 'HT-SNV',
        coordinating: ['HT-CA'],
        due: 10,
        recurrence: 'none',
        status: 'todo',
        progress: 0,
        updates: [],
      },
    ],
  },
];
