import { useText } from '../catalogue';

/** Signing in happens on the options page; the dashboard only points there. */
export function SignInPrompt({ onOpenOptions }: { onOpenOptions: () => void }) {
  const t = useText();
  return (
    <div class="notice" data-testid="sign-in-prompt">
      <p>{t('signedOut')}</p>
      <button type="button" data-testid="open-options" onClick={onOpenOptions}>
        {t('openOptions')}
      </button>
    </div>
  );
}
