/**
 * A labelled form control with its error message beside it, tied to it for screen readers
 * (`aria-describedby`, `aria-invalid`).
 * @module
 */
import type { ComponentChildren } from 'preact';

export interface ControlProps {
  id: string;
  /** The id again, as the tests' hook. */
  'data-testid': string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
}

export interface FieldProps {
  id: string;
  label: string;
  error?: string | undefined;
  /** Renders the control with the props that tie it to its label and error. */
  children: (control: ControlProps) => ComponentChildren;
}

export function Field({ id, label, error, children }: FieldProps) {
  const errorId = `${id}-error`;
  return (
    <div class="adm-field">
      <label for={id}>{label}</label>
      {children({
        id,
        'data-testid': id,
        ...(error ? { 'aria-invalid': 'true', 'aria-describedby': errorId } : {}),
      })}
      {error && (
        <span class="field-error" id={errorId} data-testid={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

/** The form's summary of what went wrong, announced when it appears. */
export function FormError({ message, testId }: { message: string | undefined; testId: string }) {
  if (!message) return null;
  return (
    <p class="error" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}
