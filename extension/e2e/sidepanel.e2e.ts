/**
 * The unit head's side panel in real Chromium with the built extension, against the real
 * worker: a dispatch is recorded and sent to unit CA with a task CA leads; the head of CA signs
 * in, sees it pending in `sidepanel.html`, confirms receipt with a note and reports on the task;
 * the API then says exactly that.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/d1';
import { chromiumAvailable, ExtensionBrowser } from './harness/browser';
import { until } from './harness/until';
import { PASSWORD, TestWorker } from './harness/worker';

const PORT = 8798;

describe.skipIf(!chromiumAvailable())('the unit head acknowledges and reports in the side panel', () => {
  const worker = new TestWorker(PORT);
  const browser = new ExtensionBrowser();
  let admin: string;
  let dispatchId: number;
  let taskId: number;

  async function call<T>(method: string, path: string, token: string, body?: unknown): Promise<T> {
    const res = await fetch(`${worker.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  beforeAll(async () => {
    await worker.prepare();
    await worker.start();
    await browser.launch();
    admin = await worker.token('admin@e2e.vn');
    const units = await worker.get<{ items: { id: number; code: string }[] }>('/api/units', admin);
    const ca = units.items.find((u) => u.code === 'CA');
    if (!ca) throw new Error('no unit CA');
    const created = await call<{ id: number }>('POST', '/api/dispatches', admin, {
      symbol: '3944/UBND-NC',
      subject: 'về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ',
      issuedDate: '2020-08-27',
      issuingBody: 'UBND tỉnh',
      sourceUrl: 'https://baohatinh.vn/day-manh-phong-trao',
      recipientUnitIds: [ca.id],
    });
    dispatchId = created.id;
    const task = await call<{ id: number }>('POST', `/api/dispatches/${dispatchId}/tasks`, admin, {
      title: 'Báo cáo kết quả triển khai',
      leadUnitId: ca.id,
      dueDate: '2099-12-31',
    });
    taskId = task.id;
  });

  afterAll(async () => {
    await browser.close();
    await worker.dispose();
  });

  it('signs in as the head of CA through the options page', async () => {
    const options = await browser.open(browser.extensionUrl('options.html'));
    await options.fill('[name="serverUrl"]', worker.url);
    await options.fill('[name="email"]', 'ca@e2e.vn');
    await options.fill('[name="password"]', PASSWORD);
    await options.click('[data-testid="sign-in"]');
    await options.waitForSelector('[data-testid="signed-in-as"]');
    await options.close();
  });

  it('shows the dispatch pending, confirms receipt with a note, and the API records it', async () => {
    const panel = await browser.open(browser.extensionUrl('sidepanel.html?tabId=1'));
    await panel.setViewportSize({ width: 360, height: 900 });
    const item = `[data-testid="inbox-item"][data-dispatch-id="${dispatchId}"]`;
    await panel.waitForSelector(`${item}[data-state="pending"]`);
    expect(await panel.textContent(item)).toContain('3944/UBND-NC');
    // The toolbar's default badge: one dispatch waits for the unit.
    const waiting = () =>
      browser.background.evaluate(() =>
        (chrome.action.getBadgeText as (details: { tabId?: number }) => Promise<string>)({}),
      );
    expect(await until(waiting, (text) => text === '1', 15_000)).toBe('1');
    await panel.fill(`${item} [data-testid="ack-note"]`, 'Đã giao phòng Tham mưu');
    await panel.click(`${item} [data-testid="ack"]`);
    await panel.waitForSelector(`${item}[data-state="acknowledged"]`);
    expect(await until(waiting, (text) => text === '', 15_000)).toBe('');

    const detail = await worker.get<{
      recipients: { unit: { code: string }; acknowledgedAt: string | null; note: string | null }[];
    }>(`/api/dispatches/${dispatchId}`, admin);
    const ca = detail.recipients.find((r) => r.unit.code === 'CA');
    expect(ca?.acknowledgedAt).not.toBeNull();
    expect(ca?.note).toBe('Đã giao phòng Tham mưu');

    const task = `[data-testid="task"][data-task-id="${taskId}"]`;
    await panel.selectOption(`${task} select[name="status"]`, 'in_progress');
    await panel.fill(`${task} input[name="progress"]`, '50');
    await panel.fill(`${task} textarea[name="note"]`, 'Đang tổng hợp');
    await panel.click(`${task} [data-testid="report"]`);
    await panel.waitForSelector(`${task}[data-status="in_progress"]`);
    const after = await worker.get<{ status: string; progress: number; updates: { note: string | null }[] }>(
      `/api/tasks/${taskId}`,
      admin,
    );
    expect(after.status).toBe('in_progress');
    expect(after.progress).toBe(50);
    expect(after.updates.map((u) => u.note)).toContain('Đang tổng hợp');

    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await panel.screenshot({ path: join(ROOT, 'test-results', 'sidepanel.png'), fullPage: true });
    await panel.close();
  });
});
