/**
 * The entities linked to one entity, read from the link entities nested in it (FtM interval
 * schemata with two entity ends: UnknownLink subject/object, Ownership owner/asset, Family
 * person/relative, ...). Each link names the other end, its caption when nested, and a label
 * ("Linked To", "owner of", "relative: brother").
 */
import type { Entity, PropertyValue } from './api.js';
import { isEntity, nestedEntities, texts } from './entity-values.js';

export interface EntityLink {
  readonly otherId: string;
  readonly otherCaption: string;
  readonly otherSchema: string;
  readonly label: string;
  /** Whether this entity is the first end (subject, owner, person, director...). */
  readonly outgoing: boolean;
}

interface LinkSchema {
  readonly from: string;
  readonly to: string;
  /** How the first end relates to the second, and the reverse. */
  readonly verbs: readonly [string, string];
  readonly detail?: string;
}

const LINK_SCHEMATA: Readonly<Record<string, LinkSchema>> = {
  UnknownLink: { from: 'subject', to: 'object', verbs: ['linked to', 'linked from'], detail: 'role' },
  Ownership: { from: 'owner', to: 'asset', verbs: ['owner of', 'owned by'], detail: 'role' },
  Directorship: { from: 'director', to: 'organization', verbs: ['director of', 'directed by'], detail: 'role' },
  Family: { from: 'person', to: 'relative', verbs: ['relative', 'relative'], detail: 'relationship' },
  Associate: { from: 'person', to: 'associate', verbs: ['associate', 'associate'], detail: 'relationship' },
  Representation: { from: 'agent', to: 'client', verbs: ['agent of', 'represented by'], detail: 'role' },
  Membership: { from: 'member', to: 'organization', verbs: ['member of', 'has member'], detail: 'role' },
  Employment: { from: 'employee', to: 'employer', verbs: ['employed by', 'employer of'], detail: 'role' },
  Succession: { from: 'predecessor', to: 'successor', verbs: ['succeeded by', 'successor of'] },
};

function endOf(value: PropertyValue | undefined): { id: string; caption: string; schema: string } | undefined {
  if (value === undefined) return undefined;
  return isEntity(value) ? { id: value.id, caption: value.caption, schema: value.schema } : { id: value, caption: value, schema: '' };
}

function linkOf(entityId: string, link: Entity): EntityLink | undefined {
  const shape = LINK_SCHEMATA[link.schema];
  if (shape === undefined) return undefined;
  const from = endOf(link.properties[shape.from]?.[0]);
  const to = endOf(link.properties[shape.to]?.[0]);
  if (from === undefined || to === undefined) return undefined;
  const outgoing = from.id === entityId;
  const other = outgoing ? to : from;
  const detail = shape.detail === undefined ? undefined : texts(link, shape.detail)[0];
  const verb = shape.verbs[outgoing ? 0 : 1];
  return { otherId: other.id, otherCaption: other.caption, otherSchema: other.schema, outgoing, label: detail && !shape.verbs.includes(detail.toLowerCase()) ? `${verb}: ${detail}` : verb };
}

export function entityLinks(entity: Entity): EntityLink[] {
  const seen = new Set<string>();
  const links: EntityLink[] = [];
  for (const { entity: nested } of nestedEntities(entity)) {
    const link = linkOf(entity.id, nested);
    const key = link && `${link.otherId} ${link.label}`;
    if (link === undefined || key === undefined || seen.has(key) || link.otherId === entity.id) continue;
    seen.add(key);
    links.push(link);
  }
  return links.sort((a, b) => a.otherCaption.localeCompare(b.otherCaption));
}
