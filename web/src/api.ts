/**
 * The HTTP API as the UI reads it: typed shapes of the responses it uses and one `getJson`
 * that turns a non-2xx answer into an ApiError carrying the server's `detail` message, so
 * every page can show the user why a request failed. Every call carries the stored API key.
 */
import { apiHeaders, unauthorizedDetail } from './api-key.js';

/** A property value: a string, or a nested entity when the entity was fetched with nested=true. */
export type PropertyValue = string | Entity;

export interface Entity {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, PropertyValue[]>;
  datasets: string[];
  target: boolean;
  first_seen?: string;
  last_seen?: string;
  last_change?: string;
  listed?: boolean;
  score?: number;
}

export type EventType = 'designated' | 'delisted' | 'relisted' | 'amended';

export interface SanctionEvent {
  date: string;
  type: EventType;
  entity_id: string;
  schema: string;
  caption: string;
  dataset: string;
  changed: string[];
  programs?: string[];
  countries?: string[];
}

export interface ValueHistory {
  dataset: string;
  prop: string;
  value: string;
  first_seen: string;
  last_seen: string;
  spans: { first_seen: string; last_seen: string }[];
}

export interface EntityHistory {
  id: string;
  events: SanctionEvent[];
  values: ValueHistory[];
}

export interface MonthCounts {
  month: string;
  designated: number;
  delisted: number;
  relisted: number;
  amended: number;
}

export interface ChangesPage {
  events: SanctionEvent[];
  total: number;
  per_month: MonthCounts[];
}

export interface SearchPage {
  results: Entity[];
  total: { value: number };
}

export interface Explanation {
  name: string;
  score: number;
  weight: number;
  detail?: string;
}

export interface ScreenHit {
  row: number;
  id: string | null;
  entity_id: string;
  caption: string;
  schema: string;
  score: number;
  datasets: string[];
  listed_now: boolean;
  delisted_on?: string | null;
  explanation: Explanation[];
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ScreenJob {
  job_id: string;
  status: JobStatus;
  progress: { done: number; total: number };
  threshold: number;
  /** The list versions screened against: the audit trail of the result. */
  snapshots: { dataset: string; as_of: string }[];
  /** Present once the job is done. */
  hits?: ScreenHit[];
  error: string | null;
}

export interface Catalog {
  datasets: { name: string; title?: string }[];
}

export interface LobbyingLink {
  registration_number: string;
  registrant: string;
  principal: string;
  country: string | null;
  start: string | null;
  end: string | null;
  entity_id: string | null;
  caption: string | null;
  score: number | null;
  explanation: Explanation[];
  listed_from: string | null;
  listed_to: string | null;
  listed_during_representation: boolean;
}

export type MentionStatus = 'listed' | 'delisted' | 'not yet listed' | 'never listed';

export interface ArticleMention {
  text: string;
  start: number;
  end: number;
  kind: 'Person' | 'Organization';
  name: string;
  entity_id: string | null;
  caption: string | null;
  status: MentionStatus;
  programs: string[];
  score: number | null;
}

export interface ArticleEvent {
  kind: 'imposed' | 'lifted' | 'delayed' | 'lobbying';
  target: string | null;
  entity_id: string | null;
  sentence: string;
}

export interface ArticleAnalysis {
  mentions: ArticleMention[];
  events: ArticleEvent[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(detail);
  }
}

async function readResponse<T>(response: Response): Promise<T> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const detail = (body as { detail?: unknown } | undefined)?.detail;
    const message = typeof detail === 'string' ? detail : `${response.status} ${response.statusText}: ${text.slice(0, 200)}`;
    throw new ApiError(response.status, response.status === 401 ? unauthorizedDetail(message) : message);
  }
  return body as T;
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return readResponse<T>(await fetch(path, { signal, headers: apiHeaders() }));
}

/** A file the API serves (a CSV download), fetched with the API key; an error answer throws as getJson's do. */
export async function getFile(path: string, accept: string): Promise<Blob> {
  const response = await fetch(path, { headers: apiHeaders({ accept }) });
  if (!response.ok) await readResponse(response);
  return response.blob();
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return readResponse<T>(await fetch(path, { method: 'POST', body: JSON.stringify(body), headers: apiHeaders({ 'content-type': 'application/json' }) }));
}

export async function postForm<T>(path: string, form: FormData): Promise<T> {
  return readResponse<T>(await fetch(path, { method: 'POST', body: form, headers: apiHeaders() }));
}

/** A query string from the parameters that have a value. */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
