/**
 * The entity page's FARA section: the representations whose foreign principal matched this
 * party (`GET /lobbying?entity_id=`). A 404 means no FARA or sanctions data is loaded, which
 * is a fact about the server, not a failure: it is said quietly.
 */
import type { LobbyingLink } from '../api.js';
import { routeHref } from '../router.js';
import type { Loadable } from '../use-api.js';
import { ListedDuring } from './listed-during.js';
import { RepresentationCells } from './representation-cells.js';
import { ErrorNotice, Loading } from './status.js';
import { TableHead } from './table-head.js';

export function EntityLobbying(props: { links: Loadable<LobbyingLink[]> }) {
  const { links } = props;
  const notLoaded = links.state === 'error' && links.status === 404;
  return (
    <section aria-labelledby="lobbying-title">
      <h2 id="lobbying-title">Lobbying in the US (FARA)</h2>
      {notLoaded ? (
        <p class="muted">No lobbying data (FARA registrations) is loaded on this server.</p>
      ) : (
        <>
          <LobbyingState links={links} />
          <p>
            <a href={routeHref('lobbying')}>All representations of listed parties on the Lobbying page</a>
          </p>
        </>
      )}
    </section>
  );
}

function LobbyingState(props: { links: Loadable<LobbyingLink[]> }) {
  const { links } = props;
  if (links.state === 'idle' || links.state === 'loading') return <Loading what="representations" />;
  if (links.state === 'error') return <ErrorNotice detail={links.detail} />;
  if (links.data.length === 0) return <p class="summary">No FARA registration names a foreign principal matching this party.</p>;
  return <RepresentationsTable links={links.data} />;
}

function RepresentationsTable(props: { links: LobbyingLink[] }) {
  const count = props.links.length;
  return (
    <>
      <p class="summary">
        {count} {count === 1 ? 'representation' : 'representations'} of a foreign principal matching this party.
      </p>
      <table class="data lobbying">
        <TableHead columns={['Registration', 'Registrant', 'Principal as filed', 'Country', 'Represented', 'Listed during representation', 'Score']} numeric={['Score']} />
        <tbody>
          {props.links.map((link, i) => (
            <tr key={`${link.registration_number}-${link.principal}-${i}`}>
              <RepresentationCells link={link} />
              <td>
                <ListedDuring link={link} />
              </td>
              <td class="num">{link.score === null ? '—' : link.score.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
