/**
 * The dispatch × unit matrix over a filter: one row per dispatch (newest recorded first), its
 * recipient units in scope as cells (acknowledged when and by whom, or not yet, and their tasks).
 * The filters live in the address, so a bookmark or a shared link reopens the same view.
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import type { Group, Unit } from '../../../../../shared/schemas/organisation';
import type { TrackingRow } from '../../../../../shared/schemas/reports';
import { errorText } from '../../../../lib/error-text';
import { formatDate } from '../../../../lib/i18n';
import { useText } from '../../catalogue';
import { parseDayMonthYear } from '../../format';
import type { ViewProps } from '../view-props';
import { filtersOf } from './filters';
import { TrackingFilterForm } from './TrackingFilterForm';
import { TrackingTable } from './TrackingTable';
import './tracking.css';
import { MoreButton } from '../../components/MoreButton';

export function TrackingView({ request, params, navigate, announce }: ViewProps) {
  const t = useText();
  const filters = filtersOf(params);
  const key = JSON.stringify(filters);
  const [organisation, setOrganisation] = useState<{ units: Unit[]; groups: Group[] }>({
    units: [],
    groups: [],
  });
  const [rows, setRows] = useState<TrackingRow[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  // Applying the same filters again reads them afresh (acknowledgements come in all day).
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    void request('get-organisation', {})
      .then((org) => org && setOrganisation(org))
      .catch(() => {});
  }, [request]);

  const load = async (cursor: string | null, live: () => boolean = () => true) => {
    setLoading(true);
    try {
      const answer = await request('tracking-matrix', { ...filters, ...(cursor ? { cursor } : {}) });
      if (!live()) return;
      if (answer?.ok) {
        const shown = cursor ? [...(rows ?? []), ...answer.data.items] : answer.data.items;
        setRows(shown);
        setNext(answer.data.nextCursor);
        setError(null);
        announce(t('trk_shown', { n: shown.length }));
      } else setError(t('loadFailed', { reason: answer?.error ?? '' }));
    } catch (caught) {
      if (live()) setError(t('loadFailed', { reason: errorText(caught) }));
    } finally {
      if (live()) setLoading(false);
    }
  };

  useEffect(() => {
    let live = true;
    setRows(null);
    setNext(null);
    void load(null, () => live);
    return () => {
      live = false;
    };
  }, [key, reloads]);

  return (
    <section aria-labelledby="tracking-heading" class="card" data-testid="tracking">
      <h2 id="tracking-heading">{t('trk_heading')}</h2>
      <TrackingFilterForm
        key={key}
        filters={filters}
        units={organisation.units}
        groups={organisation.groups}
        onApply={(chosen) => {
          navigate('tracking', chosen);
          setReloads((n) => n + 1);
        }}
        onInvalid={setError}
        parseDate={parseDayMonthYear}
        formatDate={formatDate}
      />
      {error && (
        <p class="error" role="alert" data-testid="tracking-error">
          {error}
        </p>
      )}
      {rows === null && !error && <p data-testid="tracking-loading">{t('loading')}</p>}
      {rows !== null && rows.length === 0 && (
        <p class="hint" data-testid="tracking-empty">
          {next ? t('trk_noneYet') : t('trk_none')}
        </p>
      )}
      {rows !== null && rows.length > 0 && <TrackingTable rows={rows} navigate={navigate} />}
      {next && <MoreButton testId="tracking-more" busy={loading} onMore={() => void load(next)} />}
    </section>
  );
}
