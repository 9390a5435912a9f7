import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, mount, unmountAll } from '../test-render';
import { SignInPrompt } from './SignInPrompt';

afterEach(unmountAll);

describe('SignInPrompt', () => {
  it('says the clerk is signed out and opens the options page', async () => {
    const onOpenOptions = vi.fn();
    const { byTestId } = await mount(<SignInPrompt onOpenOptions={onOpenOptions} />, 'vi');
    expect(byTestId('sign-in-prompt')?.textContent).toContain('Bạn chưa đăng nhập');
    await click(byTestId('open-options'));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });
});
