/**
 * The overview's charts: acknowledgement over time (per day, week or month of the received
 * date) and tasks by state per addressee group.
 * @module
 */
import type {
  AckSeries,
  AckSeriesQuery,
  GroupTasks,
  TaskCounts,
  TaskState,
} from '../../shared/schemas/reports';
import { ackSeriesSql, GROUP_TASKS, GROUPS_WITH_SIZE } from './charts-sql';

type Row = Record<string, unknown>;
type Bucket = AckSeries['bucket'];

/** Days for up to three months, weeks beyond (a year: 53 bars). */
export function bucketFor(from: string, to: string): Bucket {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return days <= 92 ? 'day' : 'week';
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOfDay = (date: Date) => date.toISOString().slice(0, 10);

/** The first day of the bucket holding `iso`. */
export function bucketStart(iso: string, bucket: Bucket): string {
  if (bucket === 'day') return iso;
  if (bucket === 'month') return `${iso.slice(0, 7)}-01`;
  const date = day(iso);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return isoOfDay(date);
}

/** Every bucket start from the one holding `from` to the one holding `to`. */
export function bucketStarts(from: string, to: string, bucket: Bucket): string[] {
  const starts: string[] = [];
  const date = day(bucketStart(from, bucket));
  const end = bucketStart(to, bucket);
  while (isoOfDay(date) <= end) {
    starts.push(isoOfDay(date));
    if (bucket === 'day') date.setUTCDate(date.getUTCDate() + 1);
    else if (bucket === 'week') date.setUTCDate(date.getUTCDate() + 7);
    else date.setUTCMonth(date.getUTCMonth() + 1);
  }
  return starts;
}

export async function ackSeries(db: D1Database, query: AckSeriesQuery): Promise<AckSeries> {
  const bucket = query.bucket ?? bucketFor(query.from, query.to);
  const rows = (await db.prepare(ackSeriesSql(bucket)).bind(query.from, query.to).all<Row>()).results;
  const found = new Map(rows.map((row) => [row.start as string, row]));
  return {
    period: { from: query.from, to: query.to },
    bucket,
    items: bucketStarts(query.from, query.to, bucket).map((start) => {
      const row = found.get(start);
      const recipients = (row?.recipients as number | undefined) ?? 0;
      return {
        start,
        dispatches: (row?.dispatches as number | undefined) ?? 0,
        recipients,
        acknowledged: recipients - ((row?.pending as number | undefined) ?? 0),
      };
    }),
  };
}

export async function groupTasks(
  db: D1Database,
  from: string | null,
  to: string | null,
  today: string,
): Promise<GroupTasks> {
  const [groups, counts] = await db.batch<Row>([
    db.prepare(GROUPS_WITH_SIZE),
    from === null && to === null
      ? db.prepare(GROUP_TASKS(today, false))
      : db.prepare(GROUP_TASKS(today, true)).bind(from, to),
  ]);
  const byGroup = new Map<number, TaskCounts>();
  for (const row of counts?.results ?? []) {
    const tally = byGroup.get(row.groupId as number) ?? { todo: 0, in_progress: 0, done: 0, overdue: 0 };
    tally[row.status as TaskState] += row.n as number;
    byGroup.set(row.groupId as number, tally);
  }
  return {
    period: { from, to },
    items: (groups?.results ?? []).map((group) => ({
      groupId: group.id as number,
      name: group.name as string,
      units: group.units as number,
      tasks: byGroup.get(group.id as number) ?? { todo: 0, in_progress: 0, done: 0, overdue: 0 },
    })),
  };
}
