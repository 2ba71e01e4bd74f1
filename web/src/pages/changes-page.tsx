/**
 * Changes (`#/changes?from=&to=&dataset=&type=&schema=&country=&program=&offset=`): the
 * designations, delistings, relistings and amendments between two dates from `GET /changes`,
 * filtered, with a chart of counts per month and pages of events. Filters live in the URL.
 */
import { queryString, type ChangesPage } from '../api.js';
import { Badges, EventBadge } from '../components/badges.js';
import { ChangesFilters, CHANGE_FILTERS } from '../components/changes-filters.js';
import { MonthChart } from '../components/month-chart.js';
import { Loaded } from '../components/status.js';
import { routeHref, type Route } from '../router.js';
import { useApi } from '../use-api.js';
import { TableHead } from '../components/table-head.js';

const PAGE_SIZE = 100;

export function ChangesPageView(props: { route: Route }) {
  const { params } = props.route;
  const filters = Object.fromEntries(CHANGE_FILTERS.map((name) => [name, params.get(name) ?? undefined]));
  const offset = Number(params.get('offset') ?? '0') || 0;
  const changes = useApi<ChangesPage>(`/changes${queryString({ ...filters, limit: PAGE_SIZE, offset })}`);
  return (
    <section aria-labelledby="changes-title">
      <h1 id="changes-title">Changes</h1>
      <ChangesFilters values={filters} />
      <Loaded value={changes} what="changes">
        {(page) => <ChangesFeed page={page} filters={filters} offset={offset} />}
      </Loaded>
    </section>
  );
}

function ChangesFeed(props: { page: ChangesPage; filters: Record<string, string | undefined>; offset: number }) {
  const { page, offset } = props;
  const pageHref = (at: number) => routeHref('changes', { params: { ...props.filters, offset: at === 0 ? undefined : String(at) } });
  const last = offset + page.events.length;
  return (
    <>
      <MonthChart months={page.per_month} />
      <p role="status" class="summary">
        {page.total === 0 ? 'No events match these filters.' : `Events ${offset + 1}–${last} of ${page.total}.`}
      </p>
      {page.events.length > 0 && (
        <table class="data changes">
          <TableHead columns={['Date', 'Event', 'Entity', 'Schema', 'List', 'Programmes', 'Countries', 'Changed']} />
          <tbody>
            {page.events.map((event, i) => (
              <tr key={`${event.entity_id}-${event.dataset}-${event.date}-${i}`}>
                <td>{event.date}</td>
                <td>
                  <EventBadge type={event.type} />
                </td>
                <td>
                  <a href={routeHref('entity', { arg: event.entity_id })}>{event.caption}</a>
                </td>
                <td>{event.schema}</td>
                <td>{event.dataset}</td>
                <td>
                  <Badges kind="program" values={event.programs ?? []} />
                </td>
                <td>
                  <Badges kind="country" values={event.countries ?? []} />
                </td>
                <td class="changed">{event.changed.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav class="pager" aria-label="Pages of events">
        {offset > 0 && <a href={pageHref(Math.max(0, offset - PAGE_SIZE))}>← Previous {PAGE_SIZE}</a>}
        {last < page.total && <a href={pageHref(last)}>Next {Math.min(PAGE_SIZE, page.total - last)} →</a>}
      </nav>
    </>
  );
}
