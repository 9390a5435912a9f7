/**
 * The admin forms' first control, focused when the form opens on an existing record. Editing
 * starts from a row's "Sửa" button in the table above, so focus follows to the form; the
 * empty "add" form is on the page from the start and must not take focus when it appears.
 * @module
 */
import { useEffect, useRef } from 'preact/hooks';

/** A ref for the form's first control; `editing` is the record being changed, null when adding. */
export function useFocusOnEdit(editing: unknown) {
  const first = useRef<HTMLInputElement>(null);
  // Once, on opening: the forms are keyed by the record, so a new one is a new mount.
  useEffect(() => {
    if (editing) first.current?.focus();
  }, []);
  return first;
}
