/** Tests only: the dashboard opened on the admin page, over the fake admin background. */
import { mount } from '../../../popup/test-render';
import { App } from '../../App';
import { ADMIN, fakeBackground } from '../../test-fixtures';
import { adminBackend } from './admin-fixtures';

export async function renderAdmin(params: Record<string, string> = {}, language: 'vi' | 'en' = 'vi') {
  const admin = adminBackend();
  const background = fakeBackground(ADMIN, admin.answer);
  const mounted = await mount(
    <App
      send={background.send}
      language={language}
      openOptions={() => {}}
      initialParams={{ view: 'admin', ...params }}
      today="2026-11-26"
    />,
  );
  const sent = <T extends string>(type: T) =>
    background.messages.filter((m) => m.type === type) as Array<
      Extract<(typeof background.messages)[number], { type: T }>
    >;
  return { ...mounted, admin, background, sent };
}
