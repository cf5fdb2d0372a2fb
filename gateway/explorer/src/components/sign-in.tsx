import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn, signOut, UnusableToken, useSession } from '../session/session.ts';

/**
 * Sign-in by bearer token: in development one from `npm run token`, in production the identity
 * provider's (the gateway checks it against its JWKS). Signed out, the explorer is read-only.
 */
export function SignIn() {
  const { t } = useTranslation();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string>();

  if (session) {
    return (
      <span className="session" data-testid="session">
        <span>{t('session.signedInAs', { subject: session.subject, role: t(`role.${session.role}`) })}</span>
        <button type="button" onClick={signOut} data-testid="sign-out">
          {t('session.signOut')}
        </button>
      </span>
    );
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const token = String(new FormData(event.currentTarget).get('token') ?? '');
    try {
      signIn(token);
      setOpen(false);
      setProblem(undefined);
    } catch (error) {
      if (!(error instanceof UnusableToken)) throw error;
      setProblem(t(error.message));
    }
  };
  return (
    <span className="session">
      <button type="button" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="sign-in">
        {t('session.signIn')}
      </button>
      {open && (
        <form className="sign-in card" onSubmit={submit} aria-label={t('session.signIn')}>
          <label>
            {t('session.token')}
            <textarea name="token" rows={4} required data-testid="token" aria-invalid={!!problem} />
          </label>
          {problem && <p className="field-error" role="alert">{problem}</p>}
          <p className="subtitle">{t('session.tokenHint')}</p>
          <button type="submit" data-testid="sign-in-submit">
            {t('session.submit')}
          </button>
        </form>
      )}
    </span>
  );
}
