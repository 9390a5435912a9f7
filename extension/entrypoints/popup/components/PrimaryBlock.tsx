import { formatDate } from '../../../lib/i18n';
import type { ReferenceStatus } from '../../../lib/page-scan';
import { useText } from '../catalogue';
import { type DispatchFields, type FieldName, URGENCY_VALUES } from '../dispatch-body';
import type { PrimaryItem } from '../page-items';
import { Field } from './Field';
import { type RecipientTarget, RefItem } from './RefItem';
import { RowItem } from './RowItem';

export interface PrimaryBlockProps {
  item: PrimaryItem;
  /** The page's values with the clerk's edits. */
  fields: DispatchFields;
  /** The field a save was refused for. */
  invalid: FieldName | null;
  /** What the subject will be if left empty. */
  fallbackSubject: string;
  status: ReferenceStatus;
  busy: boolean;
  onField: (name: FieldName, value: string) => void;
  onSave: () => void;
  /** For the primary that is also a listing row. */
  selected: boolean;
  onSelect: (key: string, selected: boolean) => void;
  onChooseRecipients?: (target: RecipientTarget) => void;
}

/** The page's dispatch, every field editable before it is saved. */
export function PrimaryBlock({
  item,
  fields,
  invalid,
  fallbackSubject,
  status,
  busy,
  onField,
  onSave,
  selected,
  onSelect,
  onChooseRecipients,
}: PrimaryBlockProps) {
  const t = useText();
  const { draft, row } = item;
  const input = (name: FieldName) => (event: { currentTarget: { value: string } }) =>
    onField(name, event.currentTarget.value);
  return (
    <section class="primary" data-testid="primary" aria-labelledby="primary-heading">
      <h2 id="primary-heading">{t('primaryHeading')}</h2>
      <form
        class="primary-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSave();
        }}
      >
        <div class="field-pair">
          <Field
            id="primary-symbol"
            label={t('fieldSymbol')}
            error={invalid === 'symbol' ? t('invalidSymbol') : null}
          >
            {(describedBy, isInvalid) => (
              <input
                id="primary-symbol"
                name="symbol"
                class="mono"
                required
                value={fields.symbol}
                aria-invalid={isInvalid}
                aria-describedby={describedBy}
                onInput={input('symbol')}
              />
            )}
          </Field>
          <Field id="primary-type" label={t('fieldType')}>
            {() => (
              <input id="primary-type" name="typeName" value={fields.typeName} onInput={input('typeName')} />
            )}
          </Field>
        </div>
        <Field id="primary-issuing-body" label={t('fieldIssuingBody')}>
          {() => (
            <input
              id="primary-issuing-body"
              name="issuingBody"
              value={fields.issuingBody}
              onInput={input('issuingBody')}
            />
          )}
        </Field>
        <div class="field-pair">
          <Field id="primary-issued-date" label={t('fieldIssuedDate')}>
            {() => (
              <input
                id="primary-issued-date"
                name="issuedDate"
                type="date"
                value={fields.issuedDate}
                aria-describedby={fields.issuedDate ? 'primary-issued-date-text' : undefined}
                onInput={input('issuedDate')}
                onChange={input('issuedDate')}
              />
            )}
          </Field>
          <Field id="primary-urgency" label={t('fieldUrgency')}>
            {() => (
              <select id="primary-urgency" name="urgency" value={fields.urgency} onChange={input('urgency')}>
                {URGENCY_VALUES.map((urgency) => (
                  <option key={urgency} value={urgency}>
                    {t(`urgency_${urgency}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {fields.issuedDate && (
          // The date input shows the browser's format; offices read dd/mm/yyyy.
          <p class="hint" id="primary-issued-date-text" data-testid="issued-date-text">
            {formatDate(fields.issuedDate)}
          </p>
        )}
        <Field id="primary-subject" label={t('fieldSubject')}>
          {() => (
            <textarea
              id="primary-subject"
              name="subject"
              rows={3}
              value={fields.subject}
              placeholder={t('subjectPlaceholder', { fallback: fallbackSubject })}
              onInput={input('subject')}
            />
          )}
        </Field>
        {draft.addressees.length > 0 && (
          <p class="hint" data-testid="addressees">
            {t('addressees')}: {draft.addressees.join('; ')}
          </p>
        )}
        {row ? (
          <RowItem
            row={row}
            status={status}
            busy={busy}
            selected={selected}
            onSelect={onSelect}
            onSave={onSave}
            onChooseRecipients={onChooseRecipients}
          />
        ) : (
          <RefItem
            symbol={draft.symbol}
            itemKey={draft.key}
            typeName={draft.typeName}
            status={status}
            busy={busy}
            onChooseRecipients={onChooseRecipients}
          />
        )}
      </form>
    </section>
  );
}
