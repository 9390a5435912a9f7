import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryDraftStore } from '../../lib/drafts';
import type { Session } from '../../lib/messaging';
import { App } from './App';
import { articleScan, fakeBackground, SIGNED_IN, SIGNED_OUT } from './test-fixtures';
import { click, mount, unmountAll } from './test-render';

function as(role: 'admin' | 'clerk' | 'unit_head'): Session {
  if (!SIGNED_IN.user) throw new Error('SIGNED_IN has no user');
  return { ...SIGNED_IN, user: { ...SIGNED_IN.user, role } };
}

async function renderPopup(session: Session, openDashboard = vi.fn(), language: 'vi' | 'en' = 'vi') {
  const background = fakeBackground({ scan: articleScan(), statuses: {} }, session);
  const view = await mount(
    <App
      tabId={7}
      send={background.send}
      drafts={memoryDraftStore()}
      language={language}
      openOptions={() => {}}
      openDashboard={openDashboard}
      refreshMs={0}
    />,
  );
  return { ...view, openDashboard };
}

afterEach(unmountAll);

describe('popup: the link to the dashboard', () => {
  it('is offered to admins and clerks and opens the dashboard', async () => {
    for (const role of ['admin', 'clerk'] as const) {
      const { byTestId, openDashboard } = await renderPopup(as(role));
      const button = byTestId<HTMLButtonElement>('open-dashboard');
      expect(button?.textContent).toBe('Mở bảng theo dõi');
      expect(button?.type).toBe('button');
      await click(button);
      expect(openDashboard).toHaveBeenCalledOnce();
      unmountAll();
    }
  });

  it('is not offered to unit heads, whom the dashboard refuses, nor signed out', async () => {
    for (const session of [as('unit_head'), SIGNED_OUT]) {
      const { byTestId } = await renderPopup(session);
      expect(byTestId('open-dashboard')).toBeNull();
      unmountAll();
    }
  });

  it('speaks English when chosen', async () => {
    const { byTestId } = await renderPopup(as('admin'), vi.fn(), 'en');
    expect(byTestId('open-dashboard')?.textContent).toBe('Open the tracking dashboard');
  });
});
