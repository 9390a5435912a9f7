/**
 * The incoming-document register (Nghị định 30/2020/NĐ-CP, Phụ lục IV) of a year, as CSV or
 * Excel. The background downloads it with the token; the page saves it.
 * @module
 */
import { useState } from 'preact/hooks';
import { errorText } from '../../../lib/error-text';
import type { ExportedFile, ExportRequest, Request } from '../../../lib/messaging';
import { useText } from '../catalogue';

export function Exports({
  request,
  today,
  download,
  announce,
}: {
  request: Request;
  today: string;
  download: (file: ExportedFile) => void;
  announce: (message: string) => void;
}) {
  const t = useText();
  const [year, setYear] = useState(today.slice(0, 4));
  const [busy, setBusy] = useState(false);

  const run = async (format: ExportRequest['format']) => {
    if (busy) return;
    const chosen = Number(year);
    setBusy(true);
    announce(t('exporting'));
    try {
      const answer = await request('export-file', {
        kind: 'register',
        format,
        ...(Number.isInteger(chosen) && chosen >= 1900 && chosen <= 2100 ? { year: chosen } : {}),
      });
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

  const link = (format: ExportRequest['format'], label: string) => (
    <a
      href={`#export-${format}`}
      class="button"
      data-testid={`export-${format}`}
      aria-disabled={busy ? 'true' : undefined}
      onClick={(event) => {
        event.preventDefault();
        void run(format);
      }}
    >
      {label}
    </a>
  );

  return (
    <section aria-labelledby="export-heading" class="card" data-testid="exports">
      <h2 id="export-heading">{t('exportHeading')}</h2>
      <div class="export-row">
        <label>
          {t('exportYear')}
          <input
            type="number"
            min={1900}
            max={2100}
            data-testid="export-year"
            value={year}
            onInput={(e) => setYear(e.currentTarget.value)}
          />
        </label>
        {link('csv', t('exportCsv'))}
        {link('xlsx', t('exportXlsx'))}
      </div>
    </section>
  );
}
