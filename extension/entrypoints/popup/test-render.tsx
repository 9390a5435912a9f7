/**
 * Rendering and interaction helpers for the popup's tests (happy-dom, no browser mocks).
 * @module
 */
import { type ComponentChildren, render } from 'preact';
import { act } from 'preact/test-utils';
import type { Language } from '../../lib/i18n';
import { popupText, TextContext } from './catalogue';

export interface Mounted {
  container: HTMLElement;
  byTestId: <E extends HTMLElement = HTMLElement>(id: string, within?: ParentNode) => E | null;
  allByTestId: <E extends HTMLElement = HTMLElement>(id: string, within?: ParentNode) => E[];
  unmount: () => void;
}

const mounted: HTMLElement[] = [];

/** Renders `ui` into a fresh container, inside the popup's text context when a language is given. */
export async function mount(ui: ComponentChildren, language?: Language): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  const tree = language ? <TextContext.Provider value={popupText(language)}>{ui}</TextContext.Provider> : ui;
  await act(async () => {
    render(tree, container);
  });
  await settle();
  return {
    container,
    byTestId: (id, within = container) => within.querySelector(`[data-testid="${id}"]`),
    allByTestId: (id, within = container) => [...within.querySelectorAll<never>(`[data-testid="${id}"]`)],
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

export function unmountAll() {
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
}

/** Lets pending promises (fake messages, storage) resolve and Preact render what they changed. */
export async function settle(rounds = 3) {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function click(element: Element | null | undefined) {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  await act(async () => {
    element.click();
  });
  await settle();
}

/** Types `value` into a text field, as one input event. */
export async function type(element: Element | null | undefined, value: string) {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
    throw new Error('not a text field');
  }
  await act(async () => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

export async function choose(element: Element | null | undefined, value: string) {
  if (!(element instanceof HTMLSelectElement)) throw new Error('not a select');
  await act(async () => {
    element.value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

/** The accessible name a control gets from its label, aria-label or aria-labelledby. */
export function labelOf(control: HTMLElement): string {
  const aria = control.getAttribute('aria-label');
  if (aria) return aria;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) return document.getElementById(labelledBy)?.textContent ?? '';
  const byFor = control.id ? document.querySelector(`label[for="${control.id}"]`) : null;
  const wrapping = control.closest('label');
  return (byFor ?? wrapping)?.textContent?.trim() ?? '';
}
