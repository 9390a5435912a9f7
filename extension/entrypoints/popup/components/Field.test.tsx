import { afterEach, describe, expect, it } from 'vitest';
import { labelOf, mount, unmountAll } from '../test-render';
import { Field } from './Field';

afterEach(unmountAll);

describe('Field', () => {
  it('labels its control and ties an error to it', async () => {
    const { container } = await mount(
      <Field id="f" label="Trích yếu" error="Bắt buộc">
        {(describedBy, invalid) => <input id="f" aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>,
    );
    const input = container.querySelector('input') as HTMLInputElement;
    expect(labelOf(input)).toBe('Trích yếu');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent).toBe(
      'Bắt buộc',
    );
  });

  it('describes nothing without an error', async () => {
    const { container } = await mount(
      <Field id="g" label="Số">
        {(describedBy, invalid) => <input id="g" aria-describedby={describedBy} aria-invalid={invalid} />}
      </Field>,
    );
    const input = container.querySelector('input') as HTMLInputElement;
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });
});
