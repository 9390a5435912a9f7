import { useText } from '../catalogue';

export interface SignInPromptProps {
  onOpenOptions: () => void;
}

/** Signing in happens on the options page; the popup only points there. */
export function SignInPrompt({ onOpenOptions }: SignInPromptProps) {
  const t = useText();
  return (
    <div class="notice notice-warning" data-testid="sign-in-prompt">
      <p>{t('signedOut')}</p>
      <button type="button" data-testid="open-options" onClick={onOpenOptions}>
        {t('openOptions')}
      </button>
    </div>
  );
}
