/**
 * A form's write to the server: busy while it runs, and on failure the words to show beside
 * the form and beside each field the server (or the form's own check) named. The form's
 * state is the caller's and is never touched here, so nothing typed is lost on failure.
 * @module
 */
import { useState } from 'preact/hooks';
import { errorText } from '../../../../lib/error-text';
import type { AdminAnswer } from '../../../../lib/messages/admin';
import { useText } from '../../catalogue';

export interface Failure {
  message: string;
  /** Message per field name (the API's path: `password`, `unitId`). */
  fields: Record<string, string>;
}

export interface SaveOptions {
  /** What a 409 means for this form ("another unit has this code"). */
  conflict: string;
  /** The fields the form shows; a server message about another path stays in the summary. */
  fields: readonly string[];
}

export function useSave() {
  const t = useText();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  /** The form's own check failed: no request, the same presentation as the server's refusal. */
  const refuse = (fields: Record<string, string>) => setFailure({ message: t('adm_fixFields'), fields });

  async function save<T>(
    send: () => Promise<AdminAnswer<T> | undefined>,
    options: SaveOptions,
  ): Promise<T | null> {
    setBusy(true);
    try {
      const answer = await send();
      if (answer?.ok) {
        setFailure(null);
        return answer.data;
      }
      const error = answer?.error ?? '';
      const fields: Record<string, string> = {};
      for (const field of answer?.fields ?? []) {
        if (options.fields.includes(field.path) && !fields[field.path])
          fields[field.path] = t('adm_fieldInvalid', { reason: field.message });
      }
      let message = t('adm_saveFailed', { reason: error });
      if (answer?.status === 409) message = options.conflict;
      else if (Object.keys(fields).length > 0) message = t('adm_fixFields');
      setFailure({ message, fields });
    } catch (caught) {
      setFailure({ message: t('adm_saveFailed', { reason: errorText(caught) }), fields: {} });
    } finally {
      setBusy(false);
    }
    return null;
  }

  return { busy, failure, save, refuse, clear: () => setFailure(null) };
}
