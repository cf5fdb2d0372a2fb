import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import { Options } from './options.tsx';
import { ChoicesUnavailable, choicesMissing, type Registry } from './query-state.tsx';
import { startOidcSignIn } from '../session/oidc.ts';
import { type EditorRole, signIn, signOut, UnusableToken, useNotice, useSession } from '../session/session.ts';
import { devToken, type SignInConfig, useSignInConfig } from '../session/sign-in-config.ts';

/**
 * Sign-in as the gateway offers it (GET /auth/config): in development one click as a role, with
 * the identity provider in production; pasting a token always works. Signed out, the explorer is read-only.
 */
export function SignIn() {
  const { t } = useTranslation();
  const session = useSession();
  const notice = useNotice();
  const config = useSignInConfig();
  const [open, setOpen] = useState(false);
  const area = useRef<HTMLSpanElement>(null);
  useDismiss(open, setOpen, area);

  if (session) {
    return (
      <span className="session" data-testid="session">
        <span>{t('session.signedInAs', { subject: session.name ?? session.subject, role: t(`role.${session.role}`) })}</span>
        <button type="button" onClick={() => (setOpen(false), signOut())} data-testid="sign-out">
          {t('session.signOut')}
        </button>
      </span>
    );
  }
  return (
    <span className="session" ref={area}>
      {notice && (
        <span className="session-notice" role="status" data-testid="signed-out-notice">
          {t(notice)}
        </span>
      )}
      <button type="button" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="sign-in">
        {t('session.signIn')}
      </button>
      {open && config && (
        <div className="sign-in card" role="group" aria-label={t('session.signIn')}>
          <Offered config={config} />
          <details open={config.mode === 'local' && !config.devTokens} data-testid="paste-token">
            <summary>{t('session.pasteToken')}</summary>
            <PasteToken />
          </details>
        </div>
      )}
    </span>
  );
}

/**
 * Closes the open panel as a menu closes: on Escape (focus back on its button), on a press outside
 * it, and on going to another page, which it would otherwise cover.
 */
function useDismiss(open: boolean, setOpen: (open: boolean) => void, area: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!open) return;
    const close = () => setOpen(false);
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      close();
      area.current?.querySelector<HTMLButtonElement>('[data-testid="sign-in"]')?.focus();
    };
    const onPress = (event: PointerEvent) => {
      if (!area.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPress);
    window.addEventListener('hashchange', close);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPress);
      window.removeEventListener('hashchange', close);
    };
  }, [open, setOpen, area]);
}

/** The main way in: one click in development, the identity provider in production. */
function Offered({ config }: { config: SignInConfig }) {
  const { t } = useTranslation();
  if (config.mode === 'oidc') {
    return (
      <button type="button" onClick={() => void startOidcSignIn(config)} data-testid="provider-sign-in">
        {t('session.withProvider')}
      </button>
    );
  }
  return config.devTokens ? <DevSignIn /> : null;
}

const SignInChoicesQuery = graphql(`
  query SignInChoices {
    schools {
      id
      name
    }
    enterprises(first: 1000) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const ROLES: EditorRole[] = ['BUREAU_ADMIN', 'COLLEGE_STAFF', 'ENTERPRISE_HR'];

/** Development only: a token for a role (and its school or enterprise), minted by the gateway. */
function DevSignIn() {
  const { t } = useTranslation();
  const [role, setRole] = useState<EditorRole>('BUREAU_ADMIN');
  const [problem, setProblem] = useState<string>();
  const [choices] = useQuery({ query: SignInChoicesQuery });
  const schools = choices.data?.schools;
  const enterprises = choices.data?.enterprises?.edges.map((edge) => edge.node);
  // A scoped role needs its school or enterprise: without the choices there is no signing in as it.
  const unavailable: Registry | undefined =
    role === 'COLLEGE_STAFF' && choicesMissing(choices, schools) ? 'enterprise-classes' : role === 'ENTERPRISE_HR' && choicesMissing(choices, enterprises) ? 'pay-policies' : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const id = (name: string) => (form.get(name) ? Number(form.get(name)) : undefined);
    try {
      const name = String(form.get('name') ?? '').trim() || undefined;
      signIn(await devToken({ role, schoolId: id('schoolId'), enterpriseId: id('enterpriseId'), name }));
    } catch (error) {
      setProblem(t('session.devFailed', { reason: (error as Error).message }));
    }
  };
  return (
    <form className="dev-sign-in" onSubmit={submit} data-testid="dev-sign-in">
      <p className="subtitle">{t('session.devHint')}</p>
      <label>
        {t('session.role')}
        <select value={role} onChange={(event) => setRole(event.target.value as EditorRole)} data-testid="dev-role">
          <Options items={ROLES} label={(r) => t(`role.${r}`)} />
        </select>
      </label>
      <label>
        {t('session.name')}
        <input name="name" maxLength={200} autoComplete="name" placeholder={t('session.nameHint')} data-testid="dev-name" />
      </label>
      {role === 'COLLEGE_STAFF' && <RecordChoice label={t('session.school')} name="schoolId" testId="dev-school" records={schools} />}
      {role === 'ENTERPRISE_HR' && <RecordChoice label={t('session.enterprise')} name="enterpriseId" testId="dev-enterprise" records={enterprises} />}
      {unavailable && <ChoicesUnavailable registry={unavailable} />}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" disabled={!!unavailable} data-testid="dev-sign-in-submit">
        {t('session.signInAs', { role: t(`role.${role}`) })}
      </button>
    </form>
  );
}

/** A token from elsewhere (`npm run token`, or one the identity provider issued). */
function PasteToken() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string>();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const token = String(new FormData(event.currentTarget).get('token') ?? '');
    try {
      signIn(token);
      setProblem(undefined);
    } catch (error) {
      if (!(error instanceof UnusableToken)) throw error;
      setProblem(t(error.message));
    }
  };
  return (
    <form onSubmit={submit} aria-label={t('session.pasteToken')}>
      <label>
        {t('session.token')}
        <textarea name="token" rows={4} required data-testid="token" aria-invalid={!!problem} />
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <p className="subtitle">{t('session.tokenHint')}</p>
      <button type="submit" data-testid="sign-in-submit">
        {t('session.submit')}
      </button>
    </form>
  );
}

/** The school or enterprise a dev token is for. */
function RecordChoice({ label, name, testId, records }: { label: string; name: string; testId: string; records: { id: string; name: string }[] | null | undefined }) {
  return (
    <label>
      {label}
      <select name={name} required data-testid={testId}>
        <Options items={records} value={(record) => record.id} label={(record) => record.name} />
      </select>
    </label>
  );
}
