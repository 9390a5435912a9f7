/**
 * What the dispatch is: who issued it and when, where it was clipped from, what it cites and
 * which recorded dispatches cite it. The source link opens in a new tab, and only when it is a
 * web address (a recorded `javascript:` URL must never become a link).
 * @module
 */
import type { DispatchDetail } from '../../../../../shared/schemas/dispatch';
import { formatDate } from '../../../../lib/i18n';
import { webAddress } from '../../../../lib/web-address';
import { useText } from '../../catalogue';

export interface DispatchDetailsProps {
  detail: DispatchDetail;
  /** Opens another dispatch's page. */
  openDispatch: (id: number, symbol: string) => void;
}

export function DispatchDetails({ detail, openDispatch }: DispatchDetailsProps) {
  const t = useText();
  const source = webAddress(detail.sourceUrl);
  const link = (id: number, symbol: string) => (
    <a
      href={`?view=dispatches&dispatch=${id}`}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        openDispatch(id, symbol);
      }}
    >
      {symbol}
    </a>
  );
  return (
    <section aria-labelledby="dispatch-details-heading" class="card" data-testid="dispatch-details">
      <h2 id="dispatch-details-heading">{t('act_detailsHeading')}</h2>
      <dl class="details">
        <dt>{t('act_issuingBody')}</dt>
        <dd data-testid="detail-issuing-body">{detail.issuingBody ?? detail.issuer ?? '—'}</dd>
        <dt>{t('issuedDate')}</dt>
        <dd data-testid="detail-issued-date">{detail.issuedDate ? formatDate(detail.issuedDate) : '—'}</dd>
        <dt>{t('act_received')}</dt>
        <dd>{t('act_receivedValue', { n: detail.receivedNumber, date: formatDate(detail.receivedDate) })}</dd>
        <dt>{t('subject')}</dt>
        <dd>{[detail.typeName, detail.subject].filter(Boolean).join(' ')}</dd>
        <dt>{t('act_source')}</dt>
        <dd>
          {source ? (
            <a href={source} target="_blank" rel="noopener" data-testid="detail-source">
              {detail.sourceTitle || source}
            </a>
          ) : (
            (detail.sourceUrl ?? '—')
          )}
        </dd>
        <dt>{t('act_cites')}</dt>
        <dd>
          {detail.cites.length === 0 ? (
            '—'
          ) : (
            <ul class="refs" data-testid="detail-cites">
              {detail.cites.map((cite) => (
                <li key={cite.key}>{cite.dispatchId ? link(cite.dispatchId, cite.symbol) : cite.symbol}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('act_citedBy')}</dt>
        <dd>
          {detail.citedBy.length === 0 ? (
            '—'
          ) : (
            <ul class="refs" data-testid="detail-cited-by">
              {detail.citedBy.map((other) => (
                <li key={other.id}>
                  {link(other.id, other.symbol)} <span class="hint">{other.subject}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
