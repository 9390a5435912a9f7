import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { FakeServer, SERVER_URL, signedInSession, USER } from '../../background/fake-server';
import { handleMessage } from '../../background/handlers';
import { setSuccessListener } from '../../background/session';
import { languageItem } from '../../lib/i18n';
import type { Message } from '../../lib/messaging';
import { detectionDomainsItem, notifyEnabledItem, sessionItem, soonDaysItem } from '../../lib/storage';
import { App, type Send } from './App';

let container: HTMLElement;
let server: FakeServer;

/** The page talks to the real background handlers; only the network is faked. */
const send: Send = (type, request) => handleMessage({ type, ...request } as Message, undefined) as never;

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);
const byTestId = (id: string) => $(`[data-testid="${id}"]`);

async function renderApp() {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    render(<App send={send} />, container);
  });
  await settle();
}

/** Lets the background's answers and Preact's updates land. */
async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

async function type(selector: string, value: string) {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!field) throw new Error(`no ${selector}`);
  await act(async () => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(testId: string) {
  await act(async () => {
    (byTestId(testId) as HTMLButtonElement).click();
  });
  await settle();
}

async function signInThroughForm(password = 'demo-3944') {
  await type('input[name="serverUrl"]', SERVER_URL);
  await type('input[name="email"]', USER.email);
  await type('input[name="password"]', password);
  await click('sign-in');
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  server = new FakeServer().install();
  setSuccessListener(() => {});
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('options page', () => {
  it('is in Vietnamese with labelled fields, the default server filled in', async () => {
    await renderApp();

    expect($('h1')?.textContent).toBe('Theo dõi công văn — Tùy chọn');
    expect(document.documentElement.lang).toBe('vi');
    for (const name of ['serverUrl', 'email', 'password']) {
      const input = $<HTMLInputElement>(`input[name="${name}"]`);
      expect($(`label[for="${input?.id}"]`)?.textContent).toBeTruthy();
    }
    expect($<HTMLInputElement>('input[name="serverUrl"]')?.value).toBe('http://127.0.0.1:8787');
    expect($<HTMLInputElement>('input[name="password"]')?.type).toBe('password');
    expect(byTestId('sign-in')?.textContent).toBe('Đăng nhập');
    expect(byTestId('signed-in-as')).toBeNull();
  });

  it('signs in, shows who is signed in, and keeps the token out of the page', async () => {
    await renderApp();
    await signInThroughForm();

    expect(byTestId('signed-in-as')?.textContent).toBe(
      'Đã đăng nhập: Nguyễn Văn Thư (vanthu@demo.example), văn thư',
    );
    expect(byTestId('sign-in')).toBeNull();
    // The pressed button went with its form; the keyboard continues on the next control.
    expect(document.activeElement).toBe(byTestId('sign-out'));
    expect(server.callsTo('/api/auth/login')[0]?.body).toEqual({ email: USER.email, password: 'demo-3944' });
    expect(container.innerHTML).not.toContain('token-1');
    expect(await sessionItem.getValue()).toMatchObject({ token: 'token-1' });
  });

  it("shows the server's reason in an alert when the sign-in fails", async () => {
    await renderApp();
    await signInThroughForm('wrong');

    const alert = $('[role="alert"]');
    expect(alert?.getAttribute('aria-live')).toBe('assertive');
    expect(alert?.textContent).toBe('Wrong e-mail address or password');
    expect(byTestId('signed-in-as')).toBeNull();
  });

  it('says so when the background does not answer', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const silent: Send = () => Promise.reject(new Error('Could not establish connection'));
    await act(async () => {
      render(<App send={silent} />, container);
    });
    await settle();

    expect(byTestId('error')?.textContent).toBe('Tiện ích không trả lời; hãy tải lại trang này.');
  });

  it('says so when the server cannot be reached', async () => {
    server.down = true;
    await renderApp();
    await signInThroughForm();

    expect(byTestId('error')?.textContent).toBe('Không kết nối được tới máy chủ http://127.0.0.1:8787.');
  });

  it('signs out, back to the form', async () => {
    await sessionItem.setValue(signedInSession());
    await renderApp();
    expect(byTestId('signed-in-as')).not.toBeNull();

    await click('sign-out');

    expect(byTestId('signed-in-as')).toBeNull();
    expect(byTestId('sign-in')).not.toBeNull();
    expect(document.activeElement).toBe($('input[name="email"]'));
    expect(server.callsTo('/api/auth/logout')).toHaveLength(1);
    expect(await sessionItem.getValue()).toBeNull();
  });

  it('follows a session the background ended (a 401 elsewhere)', async () => {
    await sessionItem.setValue(signedInSession());
    await renderApp();
    await act(async () => {
      await sessionItem.setValue(null);
    });
    await settle();

    expect(byTestId('signed-in-as')).toBeNull();
  });

  it('switches to English and keeps the choice', async () => {
    await renderApp();
    const select = $<HTMLSelectElement>('select[name="language"]');
    expect($(`label[for="${select?.id}"]`)?.textContent).toBe('Ngôn ngữ giao diện');
    await act(async () => {
      if (select) select.value = 'en';
      select?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();

    expect($('h1')?.textContent).toBe('Dispatch Tracker — Options');
    expect(byTestId('sign-in')?.textContent).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    expect(await languageItem.getValue()).toBe('en');
  });

  it('saves the detection domains, one a line, and refuses lines that are not domains', async () => {
    await detectionDomainsItem.setValue(['vanban.chinhphu.vn']);
    await renderApp();
    expect($<HTMLTextAreaElement>('textarea[name="detectionDomains"]')?.value).toBe('vanban.chinhphu.vn');

    await type(
      'textarea[name="detectionDomains"]',
      'vanban.chinhphu.vn\nhttps://HaTinh.gov.vn/tin\nkhông phải',
    );
    await click('save-domains');
    expect(byTestId('domains-status')?.textContent).toBe('Không phải tên miền: không phải. Chưa lưu.');
    expect(await detectionDomainsItem.getValue()).toEqual(['vanban.chinhphu.vn']);

    await type('textarea[name="detectionDomains"]', 'vanban.chinhphu.vn\nhttps://HaTinh.gov.vn/tin');
    await click('save-domains');
    expect(await detectionDomainsItem.getValue()).toEqual(['vanban.chinhphu.vn', 'hatinh.gov.vn']);
    expect(byTestId('domains-status')?.textContent).toBe('Đã lưu: nhận diện trên 2 tên miền.');
    expect($<HTMLTextAreaElement>('textarea[name="detectionDomains"]')?.value).toBe(
      'vanban.chinhphu.vn\nhatinh.gov.vn',
    );
  });

  it('renders text from the server as text, never as HTML', async () => {
    await sessionItem.setValue({
      ...signedInSession(),
      user: { ...USER, name: '<img src=x onerror=alert(1)>' },
    });
    await renderApp();

    expect(container.querySelector('img')).toBeNull();
    expect(byTestId('signed-in-as')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('options page: notifications', () => {
  it('is on with 3 days by default, labelled, and saves the choice in extension storage', async () => {
    await renderApp();
    const box = $<HTMLInputElement>('input[name="notify"]');
    const days = $<HTMLInputElement>('input[name="soonDays"]');
    expect($('#notifications-heading')?.textContent).toBe('Thông báo');
    expect(box?.closest('label')?.textContent).toBe('Nhận thông báo trên trình duyệt');
    expect(box?.checked).toBe(true);
    expect($(`label[for="${days?.id}"]`)?.textContent).toBe('Báo trước hạn (ngày)');
    expect(days?.value).toBe('3');

    await act(async () => {
      box?.click();
    });
    await type('input[name="soonDays"]', ' 7 ');
    await click('save-notifications');
    expect(await notifyEnabledItem.getValue()).toBe(false);
    expect(await soonDaysItem.getValue()).toBe(7);
    expect(byTestId('notifications-status')?.textContent).toBe(
      'Đã lưu: không nhận thông báo (báo trước hạn 7 ngày trong bảng bên).',
    );
  });

  it('refuses a number of days outside 1–30 and saves nothing', async () => {
    await renderApp();
    for (const typed of ['0', '31', '2.5', '', 'ba']) {
      await type('input[name="soonDays"]', typed);
      await click('save-notifications');
      expect(byTestId('notifications-status')?.textContent).toBe(
        'Số ngày phải là số nguyên từ 1 đến 30. Chưa lưu.',
      );
      expect($('input[name="soonDays"]')?.getAttribute('aria-invalid')).toBe('true');
    }
    expect(await soonDaysItem.getValue()).toBe(3);
    await type('input[name="soonDays"]', '30');
    await click('save-notifications');
    expect(await soonDaysItem.getValue()).toBe(30);
    expect(byTestId('notifications-status')?.textContent).toBe(
      'Đã lưu: nhận thông báo, báo trước hạn 30 ngày.',
    );
  });
});
