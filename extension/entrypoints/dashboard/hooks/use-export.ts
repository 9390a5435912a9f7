/**
 * Running an export from a page: the background downloads it with the token, the page saves
 * the file, and the live region says what happened. One export at a time per control.
 * @module
 */
import { useState } from 'preact/hooks';
import { errorText } from '../../../lib/error-text';
import type { ExportedFile, ExportRequest, Request } from '../../../lib/messaging';
import { useText } from '../catalogue';

export function useExport(
  request: Request,
  download: (file: ExportedFile) => void,
  announce: (message: string) => void,
) {
  const t = useText();
  const [busy, setBusy] = useState(false);

  const run = async (wanted: ExportRequest) => {
    if (busy) return;
    setBusy(true);
    announce(t('exporting'));
    try {
      const answer = await request('export-file', wanted);
      if (answer?.ok) {
        download(answer.data);
        announce(t('exported', { filename: answer.data.filename }));
      } else announce(t('exportFailed', { reason: answer?.error ?? '' }));
    } catch (caught) {
      announce(t('exportFailed', { reason: errorText(caught) }));
    } finally {
      setBusy(false);
    }
  };

  return { busy, run };
}
