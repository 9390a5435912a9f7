/**
 * A searchable list of dispatches to pick one for the matrix. The server searches without
 * diacritics ("bao ve" finds "bảo vệ"); the list grows a page at a time.
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import type { DispatchListItem } from '../../../../shared/schemas/dispatch';
import { errorText } from '../../../lib/error-text';
import { formatDate } from '../../../lib/i18n';
import type { Request } from '../../../lib/messaging';
import { useText } from '../catalogue';
import { MoreButton } from './MoreButton';

export interface Picked {
  id: number;
  symbol: string;
}

export function DispatchSearch({
  request,
  selectedId,
  onPick,
}: {
  request: Request;
  selectedId: number | null;
  onPick: (dispatch: Picked) => void;
}) {
  const t = useText();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<DispatchListItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [searched, setSearched] = useState('');
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async (text: string, after: string | null) => {
    setLoading(true);
    try {
      const answer = await request('dashboard-dispatches', {
        ...(text.trim() ? { q: text.trim() } : {}),
        ...(after ? { cursor: after } : {}),
      });
      if (answer?.ok) {
        setItems((current) => (after ? [...current, ...answer.data.items] : answer.data.items));
        setCursor(answer.data.nextCursor);
        setSearched(text);
        setError(null);
      } else setError(t('loadFailed', { reason: answer?.error ?? '' }));
    } catch (caught) {
      setError(t('loadFailed', { reason: errorText(caught) }));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load('', null);
  }, [request]);

  const submit = (event: Event) => {
    event.preventDefault();
    void load(q, null);
  };

  return (
    <section aria-labelledby="search-heading" class="card" data-testid="dispatch-search">
      <h2 id="search-heading">{t('searchHeading')}</h2>
      <form class="search" onSubmit={submit}>
        <label>
          {t('searchLabel')}
          <input
            type="search"
            data-testid="search-q"
            value={q}
            onInput={(e) => setQ(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="search-submit" disabled={loading}>
          {loading ? t('searching') : t('search')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert" data-testid="search-error">
          {error}
        </p>
      )}
      {!loading && !error && items.length === 0 && (
        <p class="hint" data-testid="search-empty">
          {t('noResults')}
        </p>
      )}
      {items.length > 0 && (
        <table class="dispatches" data-testid="dispatch-list" data-query={searched}>
          <thead>
            <tr>
              <th scope="col">{t('symbol')}</th>
              <th scope="col">{t('subject')}</th>
              <th scope="col">{t('issuedDate')}</th>
              <th scope="col" class="num">
                {t('acks')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr
                key={item.id}
                data-testid="dispatch-row"
                data-dispatch-id={item.id}
                aria-current={item.id === selectedId ? 'true' : undefined}
                class={item.id === selectedId ? 'selected' : undefined}
              >
                <th scope="row">
                  <a
                    href={`?dispatch=${item.id}`}
                    data-testid="pick-dispatch"
                    aria-label={t('openLabel', { symbol: item.symbol })}
                    onClick={(event) => {
                      event.preventDefault();
                      onPick({ id: item.id, symbol: item.symbol });
                    }}
                  >
                    {item.symbol}
                  </a>
                </th>
                <td>{item.subject}</td>
                <td>{formatDate(item.issuedDate)}</td>
                <td class="num">
                  {item.counts.acknowledged}/{item.counts.recipients}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cursor && (
        <MoreButton testId="search-more" busy={loading} onMore={() => void load(searched, cursor)} />
      )}
    </section>
  );
}
