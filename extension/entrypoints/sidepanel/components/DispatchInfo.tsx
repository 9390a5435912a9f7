import { useEffect, useState } from 'preact/hooks';
import type { DispatchDetail } from '../../../../shared/schemas/dispatch';
import type { Request } from '../../../lib/messaging';
import { webAddress } from '../../../lib/web-address';
import { useText } from '../catalogue';

/** A dispatch's source page, what it cites and what cites it; read when opened. */
export function DispatchInfo({ dispatchId, request }: { dispatchId: number; request: Request }) {
  const t = useText();
  const [detail, setDetail] = useState<DispatchDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    request('get-dispatch', { dispatchId }).then(
      (answer) => {
        if (!live) return;
        if (answer?.ok) setDetail(answer.data);
        else setError(answer?.error ?? '');
      },
      (caught: unknown) => live && setError(String(caught)),
    );
    return () => {
      live = false;
    };
  }, [dispatchId, request]);

  if (error !== null) return <p data-testid="details-error">{t('loadFailed', { reason: error })}</p>;
  if (!detail) return <p>{t('loading')}</p>;
  const source = webAddress(detail.sourceUrl);
  return (
    <div class="details" data-testid="dispatch-details">
      {source && (
        <p>
          <a href={source} target="_blank" rel="noopener noreferrer" data-testid="source-link">
            {t('openSource')}
          </a>
        </p>
      )}
      <h4>{t('cites')}</h4>
      {detail.cites.length === 0 ? (
        <p class="hint">{t('none')}</p>
      ) : (
        <ul data-testid="cites">
          {detail.cites.map((cite) => (
            <li key={cite.key}>{cite.symbol}</li>
          ))}
        </ul>
      )}
      <h4>{t('citedBy')}</h4>
      {detail.citedBy.length === 0 ? (
        <p class="hint">{t('none')}</p>
      ) : (
        <ul data-testid="cited-by">
          {detail.citedBy.map((other) => (
            <li key={other.id}>
              {other.symbol} — {other.subject}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
