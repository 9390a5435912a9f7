/**
 * A date typed the way Vietnamese offices write it (dd/mm/yyyy), as text: the browser's own
 * date picker shows the user's locale order, which is not always the office's. The caller
 * parses and validates the text (format.ts `parseDayMonthYear`).
 */
export function DateInput({
  label,
  testId,
  value,
  onValue,
}: {
  label: string;
  testId: string;
  value: string;
  onValue: (text: string) => void;
}) {
  return (
    <label>
      {label}
      <input
        type="text"
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        data-testid={testId}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </label>
  );
}
