import type { ExportFormat } from '../../../lib/messaging';

/**
 * A download control that looks like a link (`data-testid="export-csv|xlsx"`): the file is made
 * by the page from the background's answer, so the click is handled, not followed.
 */
export function ExportLink({
  format,
  label,
  busy,
  onExport,
}: {
  format: ExportFormat;
  label: string;
  busy: boolean;
  onExport: () => void;
}) {
  return (
    <a
      href={`#export-${format}`}
      class="button"
      data-testid={`export-${format}`}
      aria-disabled={busy ? 'true' : undefined}
      onClick={(event) => {
        event.preventDefault();
        onExport();
      }}
    >
      {label}
    </a>
  );
}
