import type { ComponentChildren } from 'preact';

export interface FieldProps {
  /** The control's id; the label points at it, and an error at `${id}-error`. */
  id: string;
  label: string;
  /** Shown under the control and read with it; marks it invalid. */
  error?: string | null;
  children: (describedBy: string | undefined, invalid: boolean) => ComponentChildren;
}

/** A labelled form control with its error message tied to it. */
export function Field({ id, label, error, children }: FieldProps) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(errorId, Boolean(error))}
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
