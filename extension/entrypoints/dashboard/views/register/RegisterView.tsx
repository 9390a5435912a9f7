/**
 * The incoming-document register (sổ đăng ký văn bản đến, Nghị định 30/2020/NĐ-CP Phụ lục IV) of
 * a year, a quarter or a month, laid out like the paper register and printable on A4 landscape
 * (register.css): the heading block, the ten numbered columns repeated on every page, lines never
 * split across pages, and the controls left off the paper.
 * @module
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RegisterEntry } from '../../../../../shared/schemas/register';
import { errorText } from '../../../../lib/error-text';
import { formatDate } from '../../../../lib/i18n';
import { registerOfficeItem } from '../../../../lib/storage';
import { useText } from '../../catalogue';
import { YEAR_INPUT, yearOf } from '../../year';
import type { ViewProps } from '../view-props';
import { readRegister } from './load-register';
import { daysOf, PERIODS, type Period } from './period';
import './register.css';

/** Lines asked for at once (the API's most). */
const PAGE = 500;
/**
 * Lines shown at most: a year of a busy office runs to thousands, and a page of the browser
 * holding tens of thousands of rows stops being usable; a shorter period prints the rest.
 */
const MAX_LINES = 5000;

const COLUMNS = [
  'receivedDate',
  'receivedNumber',
  'author',
  'symbol',
  'documentDate',
  'typeAndSubject',
  'recipients',
  'sentDate',
  'signedFor',
  'note',
] as const satisfies readonly (keyof RegisterEntry)[];

type Shown = { year: number; period: Period };
type Load =
  | { state: 'loading'; lines: RegisterEntry[] }
  | { state: 'done'; lines: RegisterEntry[]; capped: boolean }
  | { state: 'failed'; reason: string };

export function RegisterView({ request, today, navigate }: ViewProps) {
  const t = useText();
  const thisYear = Number(today.slice(0, 4));
  const [yearInput, setYearInput] = useState(String(thisYear));
  const [period, setPeriod] = useState<Period>('year');
  const [shown, setShown] = useState<Shown>({ year: thisYear, period: 'year' });
  const [load, setLoad] = useState<Load>({ state: 'loading', lines: [] });
  const [formError, setFormError] = useState<string | null>(null);
  const [office, setOffice] = useState('');
  useEffect(() => {
    void registerOfficeItem.getValue().then(setOffice, () => {});
  }, []);
  const editOffice = (text: string) => {
    setOffice(text);
    void registerOfficeItem.setValue(text);
  };
  // Only the latest request's pages may land: picking another period abandons the previous one.
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    const { from, to } = daysOf(shown.year, shown.period);
    setLoad({ state: 'loading', lines: [] });
    void readRegister(request, shown.period === 'year' ? { year: shown.year } : { from, to }, {
      page: PAGE,
      maxLines: MAX_LINES,
      onProgress: (lines) => {
        if (ticket !== latest.current) return false;
        setLoad({ state: 'loading', lines });
        return true;
      },
    })
      .then((read) => {
        if (!read || ticket !== latest.current) return;
        setLoad(
          read.ok
            ? { state: 'done', lines: read.data.lines, capped: read.data.capped }
            : { state: 'failed', reason: read.error },
        );
      })
      .catch((caught: unknown) => {
        if (ticket === latest.current) setLoad({ state: 'failed', reason: errorText(caught) });
      });
    return () => {
      latest.current += 1;
    };
  }, [request, shown]);

  const submit = (event: Event) => {
    event.preventDefault();
    const year = yearOf(yearInput);
    if (year === null) {
      setFormError(t('act_regBadYear'));
      return;
    }
    setFormError(null);
    setShown({ year, period });
  };

  const { from, to } = daysOf(shown.year, shown.period);
  const lines = load.state === 'failed' ? [] : load.lines;
  const first = lines[0]?.receivedNumber;
  const last = lines[lines.length - 1]?.receivedNumber;

  return (
    <div class="register" data-testid="register">
      <form class="register-controls no-print" noValidate onSubmit={submit} data-testid="register-controls">
        <fieldset>
          <legend>{t('act_regPick')}</legend>
          <label>
            {t('act_regYear')}
            <input
              {...YEAR_INPUT}
              data-testid="register-year"
              value={yearInput}
              onInput={(event) => setYearInput(event.currentTarget.value)}
            />
          </label>
          <label>
            {t('act_regPeriod')}
            <select
              data-testid="register-period"
              value={period}
              onChange={(event) => setPeriod(event.currentTarget.value as Period)}
            >
              {PERIODS.map((p) => (
                <option key={p} value={p}>
                  {p === 'year'
                    ? t('act_regWholeYear')
                    : p.startsWith('q')
                      ? t('act_regQuarter', { n: ['I', 'II', 'III', 'IV'][Number(p.slice(1)) - 1] ?? '' })
                      : t('act_regMonth', { n: p.slice(1) })}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('act_regOffice')}
            <input
              type="text"
              maxLength={200}
              data-testid="register-office"
              value={office}
              onInput={(event) => editOffice(event.currentTarget.value)}
            />
          </label>
          <button type="submit" data-testid="register-show">
            {t('act_regShow')}
          </button>
          <button
            type="button"
            data-testid="register-print"
            disabled={load.state !== 'done' || lines.length === 0}
            onClick={() => window.print()}
          >
            {t('act_regPrint')}
          </button>
        </fieldset>
        {formError && (
          <p class="error" role="alert" data-testid="register-form-error">
            {formError}
          </p>
        )}
        {load.state === 'done' && load.capped && (
          <p class="notice" data-testid="register-capped">
            {t('act_regCapped', { n: MAX_LINES })}
          </p>
        )}
      </form>

      <header class="register-head" data-testid="register-head">
        {office.trim() && (
          <p class="register-office" data-testid="register-office-line">
            {office.trim().toLocaleUpperCase('vi')}
          </p>
        )}
        <h2>{t('act_regTitle')}</h2>
        <p>{t('act_regYearLine', { year: shown.year })}</p>
        <p>{t('act_regPeriodLine', { from: formatDate(from), to: formatDate(to) })}</p>
        {first !== undefined && last !== undefined && (
          <p data-testid="register-numbers">{t('act_regNumbersLine', { first, last })}</p>
        )}
      </header>

      {load.state === 'failed' && (
        <p class="error" role="alert" data-testid="register-error">
          {t('loadFailed', { reason: load.reason })}
        </p>
      )}
      {load.state === 'loading' && (
        <p class="no-print" role="status" data-testid="register-loading">
          {t('act_regLoading', { n: lines.length })}
        </p>
      )}
      {load.state === 'done' && lines.length === 0 && (
        <p class="hint" data-testid="register-empty">
          {t('act_regEmpty')}
        </p>
      )}
      {lines.length > 0 && (
        <table class="register-table" data-testid="register-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" class={`col-${column}`}>
                  {t(`act_col_${column}`)}
                </th>
              ))}
            </tr>
            <tr class="col-numbers">
              {COLUMNS.map((column, i) => (
                <th key={column}>({i + 1})</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.dispatchId} data-testid="register-row" data-dispatch-id={line.dispatchId}>
                <td>{line.receivedDate}</td>
                <td class="num">{line.receivedNumber}</td>
                <td>{line.author}</td>
                <td>
                  <a
                    href={`?view=dispatches&dispatch=${line.dispatchId}`}
                    onClick={(event) => {
                      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                      event.preventDefault();
                      navigate('dispatches', { dispatch: String(line.dispatchId), symbol: line.symbol });
                    }}
                  >
                    {line.symbol}
                  </a>
                </td>
                <td>{line.documentDate}</td>
                <td>{line.typeAndSubject}</td>
                <td>{line.recipients}</td>
                <td>{line.sentDate}</td>
                <td>{line.signedFor}</td>
                <td>{line.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
