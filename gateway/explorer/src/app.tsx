import { lazy, Suspense } from 'react';
import { EnterpriseDirectory } from './pages/enterprise-directory.tsx';
import { EnterpriseProfile } from './pages/enterprise-profile.tsx';
import { Planner } from './pages/planner.tsx';
import { StudioDirectory } from './pages/studio-directory.tsx';
import { StudioPage } from './pages/studio-page.tsx';
import { FIRST_PAGE, hrefFor, type Route } from './route.ts';
import { useRoute } from './use-route.ts';

// The charts library is most of the bundle: only the overview loads it.
const Overview = lazy(() => import('./pages/overview.tsx').then((module) => ({ default: module.Overview })));

const SECTIONS = [
  { label: 'Overview', route: { name: 'overview' }, matches: ['overview'] },
  { label: 'Studios', route: { name: 'studios', filter: { levels: [] }, position: FIRST_PAGE }, matches: ['studios', 'studio'] },
  { label: 'Planner', route: { name: 'planner' }, matches: ['planner'] },
  { label: 'Enterprises', route: { name: 'enterprises', position: FIRST_PAGE }, matches: ['enterprises', 'enterprise'] },
] satisfies { label: string; route: Route; matches: Route['name'][] }[];

export function App() {
  const route = useRoute();
  return (
    <>
      <header className="masthead">
        <a className="brand" href="#/">
          Partnership explorer
          <span>Xiaoshan vocational-skills registries</span>
        </a>
        <nav aria-label="Sections">
          {SECTIONS.map((s) => (
            <a key={s.label} href={hrefFor(s.route)} aria-current={(s.matches as string[]).includes(route.name) ? 'page' : undefined}>
              {s.label}
            </a>
          ))}
        </nav>
      </header>
      <main>
        <Suspense fallback={<p className="notice" role="status">Loading…</p>}>
          <Page route={route} />
        </Suspense>
      </main>
      <footer>
        One GraphQL request per view through the federation gateway · <a href="/graphql">GraphiQL</a>
      </footer>
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'overview':
      return <Overview />;
    case 'studios':
      return <StudioDirectory filter={route.filter} position={route.position} />;
    case 'studio':
      return <StudioPage key={route.id} id={route.id} />;
    case 'planner':
      return <Planner industry={route.industry} />;
    case 'enterprises':
      return <EnterpriseDirectory search={route.search} position={route.position} />;
    case 'enterprise':
      return <EnterpriseProfile key={route.id} id={route.id} />;
    case 'not-found':
      return (
        <p className="notice">
          Nothing lives at this address. <a href="#/">Back to the overview</a>
        </p>
      );
  }
}
