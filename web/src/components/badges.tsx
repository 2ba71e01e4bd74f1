/**
 * Small labels used across pages: datasets, programmes, schema, and the listed/delisted state
 * (coloured and spelled out, so the state does not rest on colour alone).
 */
import type { EventType } from '../api.js';

export function Badges(props: { values: readonly string[]; kind: 'dataset' | 'program' | 'country' }) {
  if (props.values.length === 0) return null;
  return (
    <span class="badges">
      {props.values.map((value) => (
        <span key={value} class={`badge badge-${props.kind}`} title={props.kind === 'program' ? `programme ${value}` : `${props.kind} ${value}`}>
          {value}
        </span>
      ))}
    </span>
  );
}

export function ListedState(props: { listed: boolean | undefined; delistedOn?: string | null }) {
  if (props.listed === undefined) return null;
  if (props.listed) return <span class="state state-listed">● Listed</span>;
  return <span class="state state-delisted">○ Delisted{props.delistedOn ? ` ${props.delistedOn}` : ''}</span>;
}

const EVENT_MARK: Readonly<Record<EventType, string>> = { designated: '+', delisted: '−', relisted: '↺', amended: '~' };

export function EventBadge(props: { type: EventType }) {
  return (
    <span class={`event event-${props.type}`}>
      <span aria-hidden="true">{EVENT_MARK[props.type]} </span>
      {props.type}
    </span>
  );
}
