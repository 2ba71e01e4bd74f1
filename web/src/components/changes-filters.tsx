/**
 * The filter form of the changes feed: date range, list (from `GET /catalog`), event type,
 * schema, country and programme. Applying it writes the filters into the URL hash, which the
 * page reads, so filtered views can be linked.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Catalog } from '../api.js';
import { routeHref } from '../router.js';
import { useApi } from '../use-api.js';

export const CHANGE_FILTERS = ['from', 'to', 'dataset', 'type', 'schema', 'country', 'program'] as const;
type FilterName = (typeof CHANGE_FILTERS)[number];
type FilterValues = Partial<Record<FilterName, string | undefined>>;

const EVENT_TYPES = ['designated', 'delisted', 'relisted', 'amended'];
const SCHEMATA = ['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel', 'Airplane'];

function Select(props: { name: FilterName; label: string; options: readonly { value: string; label: string }[]; values: FilterValues; set: (name: FilterName, value: string) => void }) {
  return (
    <div class="field">
      <label for={`filter-${props.name}`}>{props.label}</label>
      <select id={`filter-${props.name}`} name={props.name} value={props.values[props.name] ?? ''} onChange={(e) => props.set(props.name, e.currentTarget.value)}>
        <option value="">any</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function TextField(props: { name: FilterName; label: string; isDate?: boolean; placeholder?: string; values: FilterValues; set: (name: FilterName, value: string) => void }) {
  const attributes = {
    id: `filter-${props.name}`,
    name: props.name,
    placeholder: props.placeholder,
    value: props.values[props.name] ?? '',
    onInput: (e: { currentTarget: HTMLInputElement }) => props.set(props.name, e.currentTarget.value),
  };
  return (
    <div class="field">
      <label for={`filter-${props.name}`}>{props.label}</label>
      {props.isDate ? <input type="date" {...attributes} /> : <input type="text" {...attributes} />}
    </div>
  );
}

export function ChangesFilters(props: { values: FilterValues }) {
  const [draft, setDraft] = useState<FilterValues>(props.values);
  const catalog = useApi<Catalog>('/catalog');
  const key = JSON.stringify(props.values);
  // Back/forward change the filters in the URL: the form follows them.
  useEffect(() => setDraft(props.values), [key]);
  const set = (name: FilterName, value: string) => setDraft({ ...draft, [name]: value });
  const datasets = catalog.state === 'done' ? catalog.data.datasets.map((d) => ({ value: d.name, label: d.title ?? d.name })) : [];
  const apply = (event: Event) => {
    event.preventDefault();
    const params = Object.fromEntries(CHANGE_FILTERS.map((name) => [name, draft[name]?.trim() || undefined]));
    location.hash = routeHref('changes', { params });
  };
  const common = { values: draft, set };
  return (
    <form class="filters" onSubmit={apply} aria-label="Filter changes">
      <TextField name="from" label="From" isDate {...common} />
      <TextField name="to" label="To" isDate {...common} />
      <Select name="dataset" label="List" options={datasets} {...common} />
      <Select name="type" label="Event" options={EVENT_TYPES.map((t) => ({ value: t, label: t }))} {...common} />
      <Select name="schema" label="Schema" options={SCHEMATA.map((s) => ({ value: s, label: s }))} {...common} />
      <TextField name="country" label="Country" placeholder="ru" {...common} />
      <TextField name="program" label="Programme" placeholder="UKRAINE-EO13661" {...common} />
      <button type="submit">Apply</button>
    </form>
  );
}
