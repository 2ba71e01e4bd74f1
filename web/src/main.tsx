/**
 * The Sanctions Radar web UI: a top navigation (Search, Changes, Screen, Lobbying, Articles), the
 * page the URL hash names, and the API key setting at the foot. Talks to the API of the same
 * origin over HTTP only.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiKeySetting } from './components/api-key-setting.js';
import { AnalyzePageView } from './pages/analyze-page.js';
import { ChangesPageView } from './pages/changes-page.js';
import { EntityPageView } from './pages/entity-page.js';
import { LobbyingPageView } from './pages/lobbying-page.js';
import { ScreenPageView } from './pages/screen-page.js';
import { SearchPageView } from './pages/search-page.js';
import { routeHref, useRoute, type PageName, type Route } from './router.js';

const NAV: readonly { page: PageName; label: string }[] = [
  { page: 'search', label: 'Search' },
  { page: 'changes', label: 'Changes' },
  { page: 'screen', label: 'Screen' },
  { page: 'lobbying', label: 'Lobbying' },
  { page: 'analyze', label: 'Articles' },
];

function CurrentPage(props: { route: Route }) {
  const { route } = props;
  switch (route.page) {
    case 'entity':
      return <EntityPageView key={route.arg} route={route} />;
    case 'changes':
      return <ChangesPageView route={route} />;
    case 'screen':
      return <ScreenPageView />;
    case 'lobbying':
      return <LobbyingPageView route={route} />;
    case 'analyze':
      return <AnalyzePageView />;
    default:
      return <SearchPageView route={route} />;
  }
}

function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  // A new API key remounts the page, so it fetches its data again with the key.
  const [keyVersion, setKeyVersion] = useState(0);
  // A new page moves focus to the content, as a page load would, except for the search box's own updates.
  useEffect(() => {
    if (route.page !== 'search') main.current?.focus();
  }, [route.page, route.arg]);
  const active = route.page === 'entity' ? 'search' : route.page;
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}>
        Skip to content
      </a>
      <header class="top">
        <span class="brand">Sanctions Radar</span>
        <nav aria-label="Main">
          {NAV.map((item) => (
            <a key={item.page} href={routeHref(item.page)} aria-current={active === item.page ? 'page' : undefined}>
              {item.label}
            </a>
          ))}
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <CurrentPage key={keyVersion} route={route} />
      </main>
      <footer class="bottom">
        <ApiKeySetting onSaved={() => setKeyVersion((v) => v + 1)} />
      </footer>
    </>
  );
}

render(<App />, document.getElementById('app')!);
