/**
 * What every table of FARA representations shows first: registration number, registrant,
 * principal as filed, country and the period represented.
 */
import type { LobbyingLink } from '../api.js';

/** A date period as the tables show it: `from – to`, `open` for a missing end, `—` when neither date is known. */
export function period(from: string | null, to: string | null, open: string): string {
  return from === null && to === null ? '—' : `${from ?? '?'} – ${to ?? open}`;
}

export function RepresentationCells(props: { link: LobbyingLink }) {
  const { link } = props;
  return (
    <>
      <td>{link.registration_number}</td>
      <td>{link.registrant}</td>
      <td>{link.principal}</td>
      <td>{link.country?.toUpperCase() ?? '—'}</td>
      <td class="nowrap">{period(link.start, link.end, 'now')}</td>
    </>
  );
}
