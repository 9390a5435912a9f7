import { afterEach, describe, expect, it } from 'vitest';
import { mount, unmountAll } from '../../../popup/test-render';
import { useFocusOnEdit } from './use-focus-on-edit';

function Form({ editing }: { editing: object | null }) {
  const first = useFocusOnEdit(editing);
  return <input ref={first} data-testid="first" />;
}

afterEach(unmountAll);

describe('useFocusOnEdit', () => {
  it('focuses the first control when the form opens on a record', async () => {
    const { byTestId } = await mount(<Form editing={{ id: 1 }} />);
    expect(document.activeElement).toBe(byTestId('first'));
  });

  it('leaves focus alone when the form opens empty, to add one', async () => {
    const { byTestId } = await mount(<Form editing={null} />);
    expect(document.activeElement).not.toBe(byTestId('first'));
  });
});
