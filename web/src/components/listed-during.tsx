/**
 * Whether a lobbying representation overlapped the listing of the party it represented:
 * spelled out and coloured, so the answer does not rest on colour alone.
 */
import type { LobbyingLink } from '../api.js';

export function ListedDuring(props: { link: LobbyingLink }) {
  if (props.link.entity_id === null) return <span class="muted">no listed party</span>;
  if (props.link.listed_during_representation) return <span class="state state-listed">● Yes, listed while represented</span>;
  return <span class="state state-delisted">○ No, not listed while represented</span>;
}
