import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './components/language-switch.tsx';
import { SignIn } from './components/sign-in.tsx';
import { AuditTrail } from './pages/audit-trail.tsx';
import { may, useSession } from './session/session.ts';
import { SearchBox } from './components/search-box.tsx';
import { EnterpriseDirectory } from './pages/enterprise-directory.tsx';
import { EnterpriseProfile } from './pages/enterprise-profile.tsx';
import { NewEnterprise } from './pages/new-enterprise.tsx';
import { NewStudio } from './pages/new-studio.tsx';
import { Planner } from './pages/planner.tsx';
import { SchoolList } from './pages/school-list.tsx';
import { SchoolProfile } from './pages/school-profile.tsx';
import { SearchResults } from './pages/search-results.tsx';
import { StudioDirectory } from './pages/studio-directory.tsx';
import { StudioPage } from './pages/studio-page.tsx';
import { FIRST_PAGE, hrefFor, type Route } from './route.ts';
import { useRoute } from './use-route.ts';

// The charts library is most of the bundle: only the overview loads it.
const Overview = lazy(() => import('./pages/overview.tsx').then((module) => ({ default: module.Overview })));

const SECTIONS = [
  { key: 'overview', route: { name: 'overview' }, matches: ['overview'] },
  { key: 'studios', route: { name: 'studios', filter: { levels: [] }, position: FIRST_PAGE }, matches: ['studios', 'studio', 'new-studio'] },
  { key: 'planner', route: { name: 'planner' }, matches: ['planner'] },
  { key: 'enterprises', route: { name: 'enterprises', position: FIRST_PAGE }, matches: ['enterprises', 'enterprise', 'new-enterprise'] },
  { key: 'schools', route: { name: 'schools' }, matches: ['schools', 'school'] },
] as const satisfies { key: string; route: Route; matches: Route['name'][] }[];

export function App() {
  const route = useRoute();
  const { t } = useTranslation();
  const session = useSession();
  return (
    <>
      <header className="masthead">
        <a className="brand" href="#/">
          {t('app.title')}
          <span>{t('app.subtitle')}</span>
        </a>
        <SearchBox text={route.name === 'search' ? route.text : undefined} />
        <nav aria-label={t('app.sections')} data-testid="sections">
          {SECTIONS.map((s) => (
            <a
              key={s.key}
              href={hrefFor(s.route)}
              data-testid={`section-${s.key}`}
              aria-current={(s.matches as readonly string[]).includes(route.name) ? 'page' : undefined}
            >
              {t(`app.${s.key}`)}
            </a>
          ))}
          {may.readAudit(session) && (
            <a href={hrefFor({ name: 'audit', filter: {} })} data-testid="section-audit" aria-current={route.name === 'audit' ? 'page' : undefined}>
              {t('audit.nav')}
            </a>
          )}
          <LanguageSwitch />
          <SignIn />
        </nav>
      </header>
      <main>
        <Suspense fallback={<p className="notice" role="status">{t('app.loading')}</p>}>
          <Page route={route} />
        </Suspense>
      </main>
      <footer>
        {t('app.footer')} · <a href="/graphql">GraphiQL</a>
      </footer>
    </>
  );
}

function Page({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'overview':
      return <Overview />;
    case 'studios':
      return <StudioDirectory filter={route.filter} position={route.position} />;
    case 'studio':
      return <StudioPage key={route.id} id={route.id} />;
    case 'new-studio':
      return <NewStudio />;
    case 'planner':
      return <Planner industry={route.industry} showGenerated={route.showGenerated ?? false} />;
    case 'enterprises':
      return <EnterpriseDirectory search={route.search} hideGenerated={route.hideGenerated ?? false} position={route.position} />;
    case 'enterprise':
      return <EnterpriseProfile key={route.id} id={route.id} />;
    case 'new-enterprise':
      return <NewEnterprise />;
    case 'schools':
      return <SchoolList />;
    case 'school':
      return <SchoolProfile key={route.id} id={route.id} hideGenerated={route.hideGenerated ?? false} />;
    case 'audit':
      return <AuditTrail filter={route.filter} />;
    case 'search':
      return <SearchResults text={route.text} />;
    case 'not-found':
      return (
        <section>
          <h1>{t('app.notFoundTitle')}</h1>
          <p className="notice">
            {t('app.notFound')} <a href="#/">{t('app.backToOverview')}</a>
          </p>
        </section>
      );
  }
}
