/**
 * The dispatch × unit matrix of one dispatch as CSV or Excel, to send round or file: a row per
 * recipient unit with its acknowledgement and tasks, as the screen shows them.
 * @module
 */
import type { ExportedFile, Request } from '../../../lib/messaging';
import { useText } from '../catalogue';
import { useExport } from '../hooks/use-export';
import { ExportLink } from './ExportLink';

export function MatrixExports({
  request,
  dispatchId,
  download,
  announce,
}: {
  request: Request;
  dispatchId: number;
  download: (file: ExportedFile) => void;
  announce: (message: string) => void;
}) {
  const t = useText();
  const { busy, run } = useExport(request, download, announce);
  return (
    <div class="export-row" data-testid="matrix-exports">
      <span class="hint">{t('matrixExport')}</span>
      <ExportLink
        format="csv"
        label={t('exportCsv')}
        busy={busy}
        onExport={() => void run({ kind: 'status', format: 'csv', dispatchId })}
      />
      <ExportLink
        format="xlsx"
        label={t('exportXlsx')}
        busy={busy}
        onExport={() => void run({ kind: 'status', format: 'xlsx', dispatchId })}
      />
    </div>
  );
}
