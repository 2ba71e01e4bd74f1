/**
 * Lobbying (`#/lobbying?sanctioned_only=false&country=&as_of=`): FARA representations of foreign
 * principals from `GET /lobbying`, with the listed party each principal matches, when it was
 * listed and whether that overlapped the representation. Only matched representations by
 * default; the filters live in the URL.
 */
import { queryString, type LobbyingLink } from '../api.js';
import { ListedDuring } from '../components/listed-during.js';
import { period, RepresentationCells } from '../components/representation-cells.js';
import { Loaded } from '../components/status.js';
import { TableHead } from '../components/table-head.js';
import { routeHref, type Route } from '../router.js';
import { useApi } from '../use-api.js';

interface LobbyingFilters {
  sanctionedOnly: boolean;
  country: string;
  asOf: string;
}

function filtersOf(params: URLSearchParams): LobbyingFilters {
  return { sanctionedOnly: params.get('sanctioned_only') !== 'false', country: params.get('country') ?? '', asOf: params.get('as_of') ?? '' };
}

export function LobbyingPageView(props: { route: Route }) {
  const filters = filtersOf(props.route.params);
  const links = useApi<LobbyingLink[]>(`/lobbying${queryString({ sanctioned_only: String(filters.sanctionedOnly), country: filters.country, as_of: filters.asOf })}`);
  return (
    <section aria-labelledby="lobbying-title">
      <h1 id="lobbying-title">Lobbying</h1>
      <p class="muted">Foreign principals registered under FARA, matched by name against the listed parties.</p>
      <LobbyingFilterForm values={filters} />
      <Loaded value={links} what="representations">
        {(items) => <LobbyingTable links={items} sanctionedOnly={filters.sanctionedOnly} />}
      </Loaded>
    </section>
  );
}

function LobbyingFilterForm(props: { values: LobbyingFilters }) {
  const apply = (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    location.hash = routeHref('lobbying', { params: { sanctioned_only: form.has('sanctioned_only') ? undefined : 'false', country: text('country'), as_of: text('as_of') } });
  };
  const { values } = props;
  return (
    <form class="filters" onSubmit={apply} key={`${values.sanctionedOnly}|${values.country}|${values.asOf}`}>
      <div class="field checkbox">
        <label>
          <input type="checkbox" name="sanctioned_only" defaultChecked={values.sanctionedOnly} /> Listed parties only
        </label>
      </div>
      <div class="field">
        <label for="lobbying-country">Country (code or name)</label>
        <input id="lobbying-country" name="country" defaultValue={values.country} placeholder="RU" size={10} />
      </div>
      <div class="field">
        <label for="lobbying-as-of">FARA as of</label>
        <input id="lobbying-as-of" name="as_of" type="date" defaultValue={values.asOf} />
      </div>
      <button type="submit">Apply</button>
    </form>
  );
}

function LobbyingTable(props: { links: LobbyingLink[]; sanctionedOnly: boolean }) {
  const { links } = props;
  if (links.length === 0) {
    return (
      <p role="status" class="summary">
        {props.sanctionedOnly ? 'No representation of a listed party matches these filters.' : 'No representation matches these filters.'}
      </p>
    );
  }
  return (
    <>
      <p role="status" class="summary">
        {links.length} {links.length === 1 ? 'representation' : 'representations'}.
      </p>
      <table class="data lobbying">
        <TableHead columns={['Registration', 'Registrant', 'Principal', 'Country', 'Represented', 'Listed party', 'Score', 'Listed', 'Listed during representation']} numeric={['Score']} />
        <tbody>
          {links.map((link, i) => (
            <tr key={`${link.registration_number}-${link.principal}-${link.entity_id ?? ''}-${i}`}>
              <RepresentationCells link={link} />
              <td>{link.entity_id === null ? <span class="muted">none</span> : <a href={routeHref('entity', { arg: link.entity_id })}>{link.caption ?? link.entity_id}</a>}</td>
              <td class="num">{link.score === null ? '—' : link.score.toFixed(2)}</td>
              <td class="nowrap">{period(link.listed_from, link.listed_to, 'still listed')}</td>
              <td>
                <ListedDuring link={link} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
