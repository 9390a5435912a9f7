/**
 * The popup: what the page holds (its primary dispatch, its listing rows, the other documents
 * it names), each with its state on the server and a save control; then, after a save, who
 * receives it. Talks to the background only through `send`, so tests hand in a fake.
 * @module
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { matchAddressees } from '../../lib/addressees';
import type { DraftStore } from '../../lib/drafts';
import type { Language } from '../../lib/i18n';
import { requester, type Send } from '../../lib/messaging';
import type { ReferenceStatus } from '../../lib/page-scan';
import { openExtensionPage } from '../../lib/pages';
import { popupText, TextContext, useText } from './catalogue';
import { ListingRows } from './components/ListingRows';
import { OtherReferences } from './components/OtherReferences';
import { PrimaryBlock } from './components/PrimaryBlock';
import { QueueStatus } from './components/QueueStatus';
import { RecipientPicker } from './components/RecipientPicker';
import type { RecipientTarget } from './components/RefItem';
import { SignInPrompt } from './components/SignInPrompt';
import { fallbackSubject } from './dispatch-body';
import { useOrganisation } from './hooks/use-organisation';
import { usePopupData } from './hooks/use-popup-data';
import { useSaving } from './hooks/use-saving';
import { useTabDraft } from './hooks/use-tab-draft';
import { pageItems, statusOf } from './page-items';
import { saveSource } from './save-sources';

export interface AppProps {
  /** The tab to act on (`?tabId=` or the active tab); null when there is none. */
  tabId: number | null;
  /** Posts a message to the background and resolves with its answer. */
  send: Send;
  drafts: DraftStore;
  language: Language;
  openOptions: () => void;
  /** Opens the admins' dashboard in a new tab; the extension page by default. */
  openDashboard?: () => void;
  /** How often to read the tab's state again while open; 0 never. */
  refreshMs?: number;
}

export function App({ language, ...props }: AppProps) {
  const t = useMemo(() => popupText(language), [language]);
  return (
    <TextContext.Provider value={t}>
      <Popup {...props} />
    </TextContext.Provider>
  );
}

const NO_STATUSES: Record<string, ReferenceStatus> = {};

const openDashboardPage = () => void openExtensionPage('/dashboard.html');

function Popup({
  tabId,
  send,
  drafts,
  openOptions,
  openDashboard = openDashboardPage,
  refreshMs = 3000,
}: Omit<AppProps, 'language'>) {
  const t = useText();
  const request = useMemo(() => requester(send), [send]);
  const data = usePopupData(request, tabId, refreshMs);
  const { draft, setField, setSelected } = useTabDraft(drafts, tabId);
  const scan = data.tabState?.scan ?? null;
  const items = useMemo(() => (scan ? pageItems(scan) : null), [scan]);
  const signedOut = data.session !== null && data.session.user === null;
  // Admins and clerks track what they record there; the dashboard refuses unit heads.
  const role = data.session?.user?.role;
  const dashboard = role === 'admin' || role === 'clerk';

  const saving = useSaving({ request, tabId, signedOut, refresh: data.refresh });
  const organisation = useOrganisation(request, saving.picker !== null);
  const background = data.tabState?.statuses ?? NO_STATUSES;
  const status = (key: string) => statusOf(key, background, saving.results);
  const edits = (key: string) => draft?.fields[key];
  const selected = useMemo(() => new Set(draft?.selected ?? []), [draft]);

  const save = (keys: readonly string[]) => {
    if (!scan || !items) return;
    const sources = keys.map((key) => ({ key, source: saveSource(scan, items, key, edits(key)) }));
    void saving.save(sources, items.primary?.draft ?? null);
  };

  let body: ComponentChildren;
  if (tabId === null) body = <p data-testid="status">{t('noTab')}</p>;
  else if (data.phase === 'loading' || draft === null) body = <p data-testid="status">{t('loading')}</p>;
  else if (data.phase === 'error') body = <p data-testid="status">{t('loadFailed')}</p>;
  else if (!scan || !items) body = <p data-testid="status">{t('notScanned')}</p>;
  else if (items.count === 0) body = <p data-testid="status">{t('noReferences')}</p>;
  else {
    const { primary, rows, others } = items;
    const rowKeys = [...(primary?.row ? [primary.draft.key] : []), ...rows.map((row) => row.reference.key)];
    const primarySource = primary && saveSource(scan, items, primary.draft.key, edits(primary.draft.key));
    const onSelect = (key: string, on: boolean) =>
      setSelected(on ? [...selected, key] : [...selected].filter((k) => k !== key));
    const chooseRecipients = signedOut
      ? undefined
      : ({ dispatchId, key, symbol }: RecipientTarget) =>
          saving.openPicker({
            dispatchIds: [dispatchId],
            symbols: [symbol],
            addressees: key === primary?.draft.key ? primary.draft.addressees : [],
          });
    body = (
      <>
        <p data-testid="status">{t('foundCount', { n: items.count })}</p>
        {primary && primarySource && (
          <PrimaryBlock
            item={primary}
            fields={primarySource.fields}
            invalid={saving.invalid[primary.draft.key] ?? null}
            // What buildDispatch records when the field is left empty.
            fallbackSubject={fallbackSubject(
              primary.draft.reference,
              primarySource.fields.typeName,
              primarySource.sourceTitle,
            )}
            status={status(primary.draft.key)}
            busy={saving.busy.has(primary.draft.key)}
            onField={(name, value) => setField(primary.draft.key, name, value)}
            onSave={() => save([primary.draft.key])}
            selected={selected.has(primary.draft.key)}
            onSelect={onSelect}
            onChooseRecipients={chooseRecipients}
          />
        )}
        {rowKeys.length > 0 && (
          <ListingRows
            rows={rows}
            allKeys={rowKeys}
            statusOf={status}
            busy={saving.busy}
            selected={selected}
            onSelect={onSelect}
            onSelectAll={(on) => setSelected(on ? rowKeys : [])}
            onSave={(key) => save([key])}
            onSaveSelected={() => {
              const keys = rowKeys.filter((key) => selected.has(key));
              if (keys.length === 0) saving.announce(t('nothingSelected'));
              else save(keys);
            }}
            onChooseRecipients={chooseRecipients}
          />
        )}
        {others.length > 0 && (
          <OtherReferences
            references={others}
            statusOf={status}
            busy={saving.busy}
            subjectOf={(key) => edits(key)?.subject ?? ''}
            fallbackOf={(reference) => fallbackSubject(reference, '', scan.title || null)}
            onSubject={(key, subject) => setField(key, 'subject', subject)}
            onSave={(key) => save([key])}
            onChooseRecipients={chooseRecipients}
          />
        )}
      </>
    );
  }

  const { picker } = saving;
  const preset = useMemo(
    () =>
      picker && organisation
        ? matchAddressees(picker.addressees, organisation.units, organisation.groups)
        : { unitIds: [], groupIds: [] },
    [picker, organisation],
  );

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('title')}</h1>
        {data.session?.user && <p class="hint">{t('signedInAs', { name: data.session.user.name })}</p>}
      </header>
      {dashboard && (
        <p>
          <button type="button" class="link-button" data-testid="open-dashboard" onClick={openDashboard}>
            {t('openDashboard')}
          </button>
        </p>
      )}
      {signedOut && <SignInPrompt onOpenOptions={openOptions} />}
      <QueueStatus
        queue={data.queue}
        busy={saving.retrying}
        onRetry={saving.retryQueue}
        onRemove={saving.removeQueued}
      />
      <p class="announce" role="status" aria-live="polite" data-testid="announce">
        {saving.message}
      </p>
      {picker && (
        <RecipientPicker
          // A new picker, or the organisation arriving, starts from the matched addressees again.
          key={`${picker.id}-${organisation ? 'ready' : 'waiting'}`}
          symbols={picker.symbols}
          organisation={organisation}
          preset={preset}
          busy={saving.distributing}
          onConfirm={saving.distribute}
          onSkip={saving.closePicker}
        />
      )}
      {body}
    </main>
  );
}
