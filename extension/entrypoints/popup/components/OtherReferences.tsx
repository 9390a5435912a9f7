import type { DocumentReference } from '../../../../shared/references';
import type { ReferenceStatus } from '../../../lib/page-scan';
import { useText } from '../catalogue';
import { Field } from './Field';
import { type RecipientTarget, RefItem } from './RefItem';

export interface OtherReferencesProps {
  references: readonly DocumentReference[];
  statusOf: (key: string) => ReferenceStatus;
  busy: ReadonlySet<string>;
  /** The subject the clerk typed for a reference, '' if none. */
  subjectOf: (key: string) => string;
  /** What the subject will be if left empty. */
  fallbackOf: (reference: DocumentReference) => string;
  onSubject: (key: string, subject: string) => void;
  onSave: (key: string) => void;
  onChooseRecipients?: (target: RecipientTarget) => void;
}

/**
 * The other documents the page names. One click saves one; the page gives no subject for them,
 * so a subject can be typed in a disclosure, and the record is named after the document and the
 * page when none is.
 */
export function OtherReferences({
  references,
  statusOf,
  busy,
  subjectOf,
  fallbackOf,
  onSubject,
  onSave,
  onChooseRecipients,
}: OtherReferencesProps) {
  const t = useText();
  return (
    <section class="others" aria-labelledby="others-heading">
      <h2 id="others-heading">{t('othersHeading')}</h2>
      <ul class="plain-list">
        {references.map((reference, index) => {
          const subject = subjectOf(reference.key);
          const id = `other-subject-${index}`;
          return (
            <li key={reference.key}>
              <RefItem
                symbol={reference.symbol}
                itemKey={reference.key}
                typeName={reference.typeName}
                status={statusOf(reference.key)}
                busy={busy.has(reference.key)}
                onSave={() => onSave(reference.key)}
                onChooseRecipients={onChooseRecipients}
              >
                <details class="subject-editor" open={subject !== ''}>
                  <summary>{t('addSubject')}</summary>
                  <Field id={id} label={t('fieldSubject')}>
                    {() => (
                      <textarea
                        id={id}
                        rows={2}
                        value={subject}
                        placeholder={t('subjectPlaceholder', { fallback: fallbackOf(reference) })}
                        onInput={(event) => onSubject(reference.key, event.currentTarget.value)}
                      />
                    )}
                  </Field>
                </details>
              </RefItem>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
