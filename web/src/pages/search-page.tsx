/**
 * Search: a name in any script -> `GET /search/default?q=` -> ranked results with score,
 * programmes and datasets as badges, and whether each is listed now. The query lives in the
 * URL (`#/search?q=`), so a search can be linked and the back button works.
 */
import { useEffect, useState } from 'preact/hooks';
import { queryString, type SearchPage } from '../api.js';
import { Badges, ListedState } from '../components/badges.js';
import { Loaded } from '../components/status.js';
import { programmes } from '../entity-values.js';
import { routeHref, type Route } from '../router.js';
import { useApi } from '../use-api.js';

// Names are looked up as typed: simple=true keeps '+', '-' and quotes in names from being read as query syntax.
const RESULT_LIMIT = 50;

export function SearchPageView(props: { route: Route }) {
  const query = props.route.params.get('q') ?? '';
  const [draft, setDraft] = useState(query);
  // Back/forward change the query in the URL: the box follows it.
  useEffect(() => setDraft(query), [query]);
  const results = useApi<SearchPage>(query.trim() === '' ? undefined : `/search/default${queryString({ q: query, simple: 'true', limit: RESULT_LIMIT })}`);
  const submit = (event: Event) => {
    event.preventDefault();
    location.hash = routeHref('search', { params: { q: draft.trim() } });
  };
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Search</h1>
      <form class="toolbar" role="search" onSubmit={submit}>
        <label for="search-q">Name, in any script</label>
        <input id="search-q" type="search" value={draft} autoFocus autoComplete="off" placeholder="e.g. Chemezov, Чемезов, EN+ Group" onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit">Search</button>
      </form>
      <Loaded value={results} what="results">
        {(page) => <SearchResults page={page} query={query} />}
      </Loaded>
    </section>
  );
}

function SearchResults(props: { page: SearchPage; query: string }) {
  const { results, total } = props.page;
  // Text search ranks without a score; a score column appears only when the API sends one.
  const hasScore = results.some((entity) => entity.score !== undefined);
  if (results.length === 0) return <p role="status">No listed entity matches “{props.query}”.</p>;
  return (
    <>
      <p role="status" class="summary">
        {total.value} result{total.value === 1 ? '' : 's'} for “{props.query}”{total.value > results.length ? `, the first ${results.length} shown` : ''}.
      </p>
      <table class="data results">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Schema</th>
            {hasScore && (
              <th scope="col" class="num">
                Score
              </th>
            )}
            <th scope="col">Programmes</th>
            <th scope="col">Lists</th>
            <th scope="col">State</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {results.map((entity) => (
            <tr key={entity.id}>
              <td>
                <a href={routeHref('entity', { arg: entity.id })}>{entity.caption}</a>
              </td>
              <td>{entity.schema}</td>
              {hasScore && <td class="num">{entity.score?.toFixed(2) ?? ''}</td>}
              <td>
                <Badges kind="program" values={programmes(entity)} />
              </td>
              <td>
                <Badges kind="dataset" values={entity.datasets} />
              </td>
              <td>
                <ListedState listed={entity.listed} />
              </td>
              <td>{entity.last_change ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
