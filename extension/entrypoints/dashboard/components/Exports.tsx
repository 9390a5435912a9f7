/**
 * The incoming-document register (Nghị định 30/2020/NĐ-CP, Phụ lục IV) of a year, as CSV or
 * Excel. The background downloads it with the token; the page saves it.
 * @module
 */
import { useState } from 'preact/hooks';
import type { ExportedFile, ExportFormat, Request } from '../../../lib/messaging';
import { useText } from '../catalogue';
import { useExport } from '../hooks/use-export';
import { YEAR_INPUT, yearOf } from '../year';
import { ExportLink } from './ExportLink';

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
  const { busy, run } = useExport(request, download, announce);

  const exportRegister = (format: ExportFormat) => {
    const chosen = yearOf(year);
    void run({ kind: 'register', format, ...(chosen !== null ? { year: chosen } : {}) });
  };

  return (
    <section aria-labelledby="export-heading" class="card" data-testid="exports">
      <h2 id="export-heading">{t('exportHeading')}</h2>
      <div class="export-row">
        <label>
          {t('exportYear')}
          <input
            {...YEAR_INPUT}
            data-testid="export-year"
            value={year}
            onInput={(e) => setYear(e.currentTarget.value)}
          />
        </label>
        <ExportLink format="csv" label={t('exportCsv')} busy={busy} onExport={() => exportRegister('csv')} />
        <ExportLink
          format="xlsx"
          label={t('exportXlsx')}
          busy={busy}
          onExport={() => exportRegister('xlsx')}
        />
      </div>
    </section>
  );
}
