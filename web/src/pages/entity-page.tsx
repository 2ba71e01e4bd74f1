/**
 * Entity page (`#/entity/<id>`): who the entity is (names by script, identifiers, addresses,
 * sanctions and programmes), what happened to it on each list (timeline), who it is linked to
 * (graph), its FARA representations, and the source records — from
 * `GET /entities/{id}?nested=true`, `GET /entities/{id}/history` and `GET /lobbying?entity_id=`.
 */
import { useMemo } from 'preact/hooks';
import type { Entity, EntityHistory, LobbyingLink } from '../api.js';
import { Badges, ListedState } from '../components/badges.js';
import { EntityFacts, NamesByScript, SanctionsTable } from '../components/entity-facts.js';
import { EntityLobbying } from '../components/entity-lobbying.js';
import { LinkGraph } from '../components/link-graph.js';
import { RawRecords } from '../components/raw-records.js';
import { Loaded } from '../components/status.js';
import { TimelineChart } from '../components/timeline-chart.js';
import { programmes } from '../entity-values.js';
import { entityLinks } from '../links.js';
import { routeHref, type Route } from '../router.js';
import { useApi, type Loadable } from '../use-api.js';
import { TableHead } from '../components/table-head.js';

export function EntityPageView(props: { route: Route }) {
  const id = props.route.arg;
  const entity = useApi<Entity>(`/entities/${encodeURIComponent(id)}?nested=true`);
  const history = useApi<EntityHistory>(`/entities/${encodeURIComponent(id)}/history`);
  return (
    <article aria-labelledby="entity-title">
      <Loaded value={entity} what={`entity ${id}`}>
        {(data) => <EntityBody entity={data} history={history} />}
      </Loaded>
    </article>
  );
}

function EntityBody(props: { entity: Entity; history: Loadable<EntityHistory> }) {
  const { entity, history } = props;
  // Linking FARA principals takes the server seconds of CPU: asked once the history has answered,
  // so the rest of the page does not wait behind it.
  const historyAnswered = history.state === 'done' || history.state === 'error';
  const lobbying = useApi<LobbyingLink[]>(historyAnswered ? `/lobbying?entity_id=${encodeURIComponent(entity.id)}` : undefined);
  return (
    <>
      <EntityHeader entity={entity} />
      <div class="columns">
        <NamesByScript entity={entity} />
        <div>
          <EntityFacts entity={entity} />
        </div>
      </div>
      <SanctionsTable entity={entity} />
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <Loaded value={history} what="history">
          {(data) => <TimelineChart history={data} />}
        </Loaded>
      </section>
      <LinksSection entity={entity} />
      <EntityLobbying links={lobbying} />
      <Loaded value={history} what="source records">
        {(data) => <RawRecords values={data.values} />}
      </Loaded>
    </>
  );
}

function EntityHeader(props: { entity: Entity }) {
  const { entity } = props;
  return (
    <header class="entity-header">
      <h1 id="entity-title">{entity.caption}</h1>
      <p class="meta">
        <ListedState listed={entity.listed} /> <span class="schema">{entity.schema}</span> <code>{entity.id}</code>
        {entity.first_seen && (
          <span>
            {' '}
            seen {entity.first_seen} – {entity.last_seen}
          </span>
        )}
      </p>
      <p class="meta">
        <Badges kind="program" values={programmes(entity)} /> <Badges kind="dataset" values={entity.datasets} />
      </p>
    </header>
  );
}

function LinksSection(props: { entity: Entity }) {
  const { entity } = props;
  const links = useMemo(() => entityLinks(entity), [entity]);
  return (
    <section aria-labelledby="links-title">
      <h2 id="links-title">Linked entities</h2>
      <LinkGraph centre={{ id: entity.id, caption: entity.caption }} links={links} />
      {links.length === 0 ? (
        <p>No linked entities on record.</p>
      ) : (
        <table class="data links">
          <TableHead columns={['Relation', 'Entity', 'Schema']} />
          <tbody>
            {links.map((link) => (
              <tr key={`${link.otherId}-${link.label}`}>
                <td>{link.label}</td>
                <td>
                  <a href={routeHref('entity', { arg: link.otherId })}>{link.otherCaption}</a>
                </td>
                <td>{link.otherSchema}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
