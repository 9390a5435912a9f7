/**
 * The product's whole story in real Chromium with the built extension, against the real worker,
 * each person in a browser of their own: the clerk clips 3944/UBND-NC from a news page and sends
 * it to the group "Các sở, ban, ngành"; the admin assigns a task to each unit on the dashboard;
 * the heads of the two units acknowledge in their side panels and one reports on its task; the
 * admin's matrix shows exactly that, and its export holds it; the hourly cron marks the task
 * that is past its due date overdue; the tracking page, the unit's record, the register and the
 * audit log all show it. Screenshots go to test-results/ (CI keeps them).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/d1';
import { unzipText } from '../../worker/test/unzip';
import { EXTENSION_PAGES_CSP } from '../manifest-csp';
import { chromiumAvailable, EXTENSION, ExtensionBrowser } from './harness/browser';
import { FixtureServer } from './harness/pages';
import { PASSWORD, TestWorker } from './harness/worker';

const PORT = 8799;
const SHOTS = join(ROOT, 'test-results');

interface DispatchDetail {
  id: number;
  symbol: string;
  recipients: { unit: { code: string }; acknowledgedAt: string | null; note: string | null }[];
  tasks: { id: number; title: string; status: string; leadUnitId: number; dueDate: string | null }[];
}

describe.skipIf(!chromiumAvailable())(
  'the whole story: clip, send, assign, acknowledge, report, track',
  () => {
    const worker = new TestWorker(PORT);
    const pages = new FixtureServer();
    const browsers: ExtensionBrowser[] = [];
    let admin: string;
    let origin: string;
    let dispatchId: number;
    let unitIds: Record<string, number>;
    let adminBrowser: ExtensionBrowser;

    /** A fresh Chromium profile with the extension, signed in as `email` through the options page. */
    async function browserFor(email: string): Promise<ExtensionBrowser> {
      const browser = new ExtensionBrowser();
      browsers.push(browser);
      await browser.launch();
      const options = await browser.open(browser.extensionUrl('options.html'));
      await options.fill('[name="serverUrl"]', worker.url);
      await options.fill('[name="email"]', email);
      await options.fill('[name="password"]', PASSWORD);
      await options.click('[data-testid="sign-in"]');
      await options.waitForSelector('[data-testid="signed-in-as"]');
      await options.close();
      return browser;
    }

    async function shoot(page: Page, name: string) {
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    }

    const detail = () => worker.get<DispatchDetail>(`/api/dispatches/${dispatchId}`, admin);

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      await worker.prepare();
      await worker.start();
      origin = await pages.start();
      admin = await worker.token('admin@e2e.vn');
      const units = await worker.get<{ items: { id: number; code: string }[] }>('/api/units', admin);
      unitIds = Object.fromEntries(units.items.map((u) => [u.code, u.id]));
    });

    afterAll(async () => {
      for (const browser of browsers) await browser.close();
      await pages.stop();
      await worker.dispose();
    });

    it('the clerk clips 3944/UBND-NC from the news page and sends it to "Các sở, ban, ngành"', async () => {
      const clerk = await browserFor('vanthu@e2e.vn');
      const url = `${origin}/news-3944.html`;
      await clerk.open(url);
      const tabId = await clerk.tabId(url);
      const popup = await clerk.open(clerk.extensionUrl(`popup.html?tabId=${tabId}`));
      await popup.setViewportSize({ width: 420, height: 900 });
      await popup.click('[data-testid="primary"] [data-testid="save"]');
      await popup.waitForSelector('[data-testid="primary"] [data-testid="ref"][data-state="saved"]');
      await popup.waitForSelector('[data-testid="recipient-picker"]');
      await popup.getByLabel('Các sở, ban, ngành').check();
      await popup.click('[data-testid="distribute"]');
      await popup.waitForSelector('[data-testid="announce"]:has-text("Đã gửi 3944/UBND-NC")');
      await shoot(popup, 'story-1-popup-clerk');

      const found = await worker.get<{ items: { id: number }[] }>(
        '/api/dispatches/lookup?keys=3944/UBND-NC',
        admin,
      );
      dispatchId = found.items[0]?.id as number;
      const recorded = await detail();
      expect(recorded.symbol).toBe('3944/UBND-NC');
      // The group at that moment: exactly its two units.
      expect(recorded.recipients.map((r) => r.unit.code).sort()).toEqual(['CA', 'SGDĐT']);
      await clerk.close();
    });

    it('the admin assigns a task to each unit from the dashboard', async () => {
      adminBrowser = await browserFor('admin@e2e.vn');
      const dashboard = await adminBrowser.open(
        adminBrowser.extensionUrl(`dashboard.html?dispatch=${dispatchId}`),
      );
      await dashboard.setViewportSize({ width: 1366, height: 900 });
      await dashboard.waitForSelector('[data-testid="task-form"]');
      // "Trong 5 ngày làm việc": the server counts past weekends and public holidays.
      await assignTask(dashboard, 'Báo cáo kết quả triển khai', 'Công an tỉnh', { workingDays: 5 });
      // A deadline long past, so that the cron run below finds it overdue.
      await assignTask(dashboard, 'Rà soát, thống kê các trường học', 'Sở Giáo dục và Đào tạo', {
        date: '01/01/2021',
      });
      const tasks = (await detail()).tasks;
      // Five working days from today, as the server counted them; shown back in the page.
      expect(tasks[0]?.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await dashboard.textContent('[data-testid="announce"]')).toContain('Đã giao nhiệm vụ');
      await shoot(dashboard, 'story-2-dashboard-assign');
      expect(tasks.map((t) => [t.title, t.leadUnitId, t.status])).toEqual([
        ['Báo cáo kết quả triển khai', unitIds.CA, 'todo'],
        ['Rà soát, thống kê các trường học', unitIds.SGDĐT, 'todo'],
      ]);
    });

    it('the head of CA acknowledges with a note and reports progress on the task, in the side panel', async () => {
      const head = await browserFor('ca@e2e.vn');
      const panel = await head.open(head.extensionUrl('sidepanel.html?tabId=1'));
      await panel.setViewportSize({ width: 360, height: 900 });
      const item = `[data-testid="inbox-item"][data-dispatch-id="${dispatchId}"]`;
      await panel.waitForSelector(`${item}[data-state="pending"]`);
      await panel.fill(`${item} [data-testid="ack-note"]`, 'Đã giao phòng Tham mưu');
      await panel.click(`${item} [data-testid="ack"]`);
      await panel.waitForSelector(`${item}[data-state="acknowledged"]`);
      const task = (await detail()).tasks.find((t) => t.leadUnitId === unitIds.CA);
      const entry = `[data-testid="task"][data-task-id="${task?.id}"]`;
      await panel.selectOption(`${entry} select[name="status"]`, 'in_progress');
      await panel.fill(`${entry} input[name="progress"]`, '40');
      await panel.fill(`${entry} textarea[name="note"]`, 'Đang tổng hợp số liệu');
      await panel.click(`${entry} [data-testid="report"]`);
      await panel.waitForSelector(`${entry}[data-status="in_progress"]`);
      await shoot(panel, 'story-3-sidepanel-ca');
      await head.close();
    });

    it('the head of SGDĐT acknowledges in a browser of their own', async () => {
      const head = await browserFor('sgddt@e2e.vn');
      const panel = await head.open(head.extensionUrl('sidepanel.html?tabId=1'));
      await panel.setViewportSize({ width: 360, height: 900 });
      const item = `[data-testid="inbox-item"][data-dispatch-id="${dispatchId}"]`;
      await panel.waitForSelector(`${item}[data-state="pending"]`);
      await panel.focus(`${item} [data-testid="ack"]`);
      await panel.keyboard.press('Enter');
      await panel.waitForSelector(`${item}[data-state="acknowledged"]`);
      await shoot(panel, 'story-4-sidepanel-sgddt');
      await head.close();

      const recipients = (await detail()).recipients;
      expect(recipients.every((r) => r.acknowledgedAt !== null)).toBe(true);
      expect(recipients.find((r) => r.unit.code === 'CA')?.note).toBe('Đã giao phòng Tham mưu');
    });

    it('the admin’s matrix shows exactly that, and its CSV and Excel exports hold it', async () => {
      const dashboard = await adminBrowser.open(
        adminBrowser.extensionUrl(`dashboard.html?dispatch=${dispatchId}`),
      );
      await dashboard.setViewportSize({ width: 1366, height: 900 });
      await dashboard.waitForSelector('[data-testid="cell"]');
      const cells = await dashboard.$$eval('[data-testid="cell"]', (rows) =>
        rows.map((row) => [
          row.getAttribute('data-unit-code'),
          row.getAttribute('data-state'),
          row.textContent,
        ]),
      );
      expect(cells.map(([code, state]) => [code, state]).sort()).toEqual([
        ['CA', 'acknowledged'],
        ['SGDĐT', 'acknowledged'],
      ]);
      const text = Object.fromEntries(cells.map(([code, , content]) => [code, content]));
      expect(text.CA).toContain('1 đang làm');
      expect(text.CA).toContain('ca');
      await shoot(dashboard, 'story-5-dashboard-matrix');

      const [csvDownload] = await Promise.all([
        dashboard.waitForEvent('download'),
        dashboard.click('[data-testid="export-csv"]'),
      ]);
      const csv = readFileSync((await csvDownload.path()) as string);
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csvText = csv.toString('utf8');
      expect(csvText).toContain('3944/UBND-NC');
      expect(csvText).toMatch(/CA,Công an tỉnh,[^\r\n]*Đã xác nhận[^\r\n]*Đã giao phòng Tham mưu/);
      expect(csvText).toMatch(/SGDĐT,Sở Giáo dục và Đào tạo,[^\r\n]*Đã xác nhận/);

      const [xlsxDownload] = await Promise.all([
        dashboard.waitForEvent('download'),
        dashboard.click('[data-testid="export-xlsx"]'),
      ]);
      const sheet = unzipText(new Uint8Array(readFileSync((await xlsxDownload.path()) as string))).get(
        'xl/worksheets/sheet1.xml',
      );
      expect(sheet).toContain('3944/UBND-NC');
      expect(sheet).toContain('Đã giao phòng Tham mưu');
      await dashboard.close();
    });

    it('the hourly cron marks the task past its due date overdue, and the dashboard says so', async () => {
      const late = () => detail().then((d) => d.tasks.find((t) => t.leadUnitId === unitIds.SGDĐT));
      expect((await late())?.status).toBe('todo');
      await worker.runCron();
      expect((await late())?.status).toBe('overdue');
      // The other task is not due: reported on, it stays as its unit left it.
      expect((await detail()).tasks.find((t) => t.leadUnitId === unitIds.CA)?.status).toBe('in_progress');

      const dashboard = await adminBrowser.open(
        adminBrowser.extensionUrl(`dashboard.html?dispatch=${dispatchId}`),
      );
      await dashboard.setViewportSize({ width: 1366, height: 900 });
      const cell = await dashboard.waitForSelector('[data-testid="cell"][data-unit-code="SGDĐT"]');
      expect(await cell.textContent()).toContain('1 quá hạn');
      await dashboard.close();

      const overview = await adminBrowser.open(adminBrowser.extensionUrl('dashboard.html?view=overview'));
      await overview.setViewportSize({ width: 1366, height: 900 });
      await overview.waitForSelector('[data-testid="overview"]');
      await shoot(overview, 'story-6-dashboard-overview');
      await overview.close();
    });

    it('the admin finds it on every other page: tracking, the unit’s record, the register, the audit log', async () => {
      const open = async (params: string) => {
        const page = await adminBrowser.open(adminBrowser.extensionUrl(`dashboard.html?${params}`));
        await page.setViewportSize({ width: 1366, height: 900 });
        return page;
      };

      const tracking = await open('view=tracking');
      const row = `[data-testid="tracking-row"][data-dispatch-id="${dispatchId}"]`;
      await tracking.waitForSelector(row);
      expect(
        await tracking.$$eval(`${row} [data-testid="tracking-cell"]`, (cells) =>
          cells.map((cell) => [cell.getAttribute('data-unit-code'), cell.getAttribute('data-state')]).sort(),
        ),
      ).toEqual([
        ['CA', 'acknowledged'],
        ['SGDĐT', 'acknowledged'],
      ]);
      await shoot(tracking, 'story-7-dashboard-tracking');
      await tracking.close();
      // Filtered to what is still not acknowledged, nothing of this dispatch is left.
      const pending = await open('view=tracking&ack=pending');
      await pending.waitForSelector('[data-testid="tracking-empty"], [data-testid="tracking-row"]');
      expect(await pending.$(row)).toBeNull();
      await pending.close();

      const unit = await open(`view=unit&unit=${unitIds.SGDĐT}`);
      await unit.waitForSelector(`[data-testid="unit-dispatch"][data-dispatch-id="${dispatchId}"]`);
      expect(await unit.textContent('[data-testid="unit-overdue"]')).toContain('1');
      await unit.close();

      const register = await open('view=register');
      const line = await register.waitForSelector(
        `[data-testid="register-row"][data-dispatch-id="${dispatchId}"]`,
      );
      const text = (await line.textContent()) ?? '';
      expect(text).toContain('3944/UBND-NC');
      expect(text).toContain('Công an tỉnh');
      await register.fill('[data-testid="register-office"]', 'Ủy ban nhân dân tỉnh Hà Tĩnh');
      expect(await register.textContent('[data-testid="register-office-line"]')).toBe(
        'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH',
      );
      await shoot(register, 'story-8-dashboard-register');
      // Printed as the browser prints it: A4 landscape (842 × 595 pt), the controls left out.
      const pdf = await register.pdf({ preferCSSPageSize: true, path: join(SHOTS, 'register.pdf') });
      const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
      expect(boxes.length).toBeGreaterThan(0);
      for (const [, width, height] of boxes) {
        expect(Math.round(Number(width))).toBe(842);
        expect(Math.round(Number(height))).toBe(595);
      }
      await register.close();

      const audit = await open('view=admin&section=audit');
      await audit.waitForSelector('[data-testid="audit-row"]');
      expect(await audit.textContent('[data-testid="admin-audit"]')).toContain('vanthu');
      await audit.close();
    });

    it('ran every extension page under the strict CSP of the built manifest, with nothing refused', () => {
      const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')) as {
        content_security_policy?: { extension_pages?: string };
      };
      expect(manifest.content_security_policy?.extension_pages).toBe(EXTENSION_PAGES_CSP);
      expect(browsers.flatMap((browser) => browser.cspViolations)).toEqual([]);
    });
  },
);

/** Fills the dashboard's task form for one lead unit and waits for the task to be listed. */
async function assignTask(
  dashboard: Page,
  title: string,
  leadUnit: string,
  due: { workingDays: number } | { date: string },
) {
  const form = dashboard.locator('[data-testid="task-form"]');
  const before = await dashboard.locator('[data-testid="dispatch-task"]').count();
  await form.locator('[data-testid="task-title"]').fill(title);
  const lead = form.locator('[data-testid="task-lead"]');
  const value = await lead.locator('option', { hasText: leadUnit }).first().getAttribute('value');
  await lead.selectOption(value as string);
  if ('date' in due) {
    await form.locator('[data-testid="due-date"]').check();
    await form.locator('[data-testid="task-due-date"]').fill(due.date);
  } else {
    await form.locator('[data-testid="due-workingDays"]').check();
    await form.locator('[data-testid="task-working-days"]').fill(String(due.workingDays));
  }
  await form.locator('[data-testid="task-submit"]').click();
  await dashboard.waitForFunction(
    (count) => document.querySelectorAll('[data-testid="dispatch-task"]').length > count,
    before,
  );
}
