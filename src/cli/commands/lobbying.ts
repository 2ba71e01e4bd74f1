/**
 * `sanctions lobbying [--sanctioned-only] [--country RU] [--as-of DATE] --json`
 * -> `[{"registration_number", "registrant", "principal", "country", "start", "end", "entity_id",
 *      "caption", "score", "explanation", "listed_from", "listed_to", "listed_during_representation"}]`
 * One item per FARA representation and listed party its principal matched; without
 * --sanctioned-only, representations matching no one are items too, their party fields null.
 */
import type { Command } from 'commander';
import { lobbyingLinks, validateLobbyingRequest } from '../../service/lobbying.js';
import { withStore, writeJson, type CliContext } from '../context.js';

export function registerLobbying(program: Command, context: CliContext): void {
  program
    .command('lobbying')
    .description('FARA representations of foreign principals, linked to the listed parties their names match, with both histories')
    .option('--sanctioned-only', 'only representations whose principal matches a listed party')
    .option('--country <country>', 'only principals of this country (code or name: RU, Russia)')
    .option('--as-of <date>', 'the FARA snapshot in force on this date, YYYY-MM-DD (default: the latest)')
    .option('--json', 'print a JSON array')
    .action(async (options, command: Command) => {
      const request = validateLobbyingRequest({ sanctionedOnly: options.sanctionedOnly === true, country: options.country, asOf: options.asOf });
      const links = await withStore(context, command.optsWithGlobals(), (store) => lobbyingLinks(store, request));
      if (options.json) return writeJson(context, links);
      for (const l of links) {
        const party = l.entity_id === null ? '-' : `${l.entity_id} ${l.caption} (${l.score!.toFixed(2)}; listed ${l.listed_from} to ${l.listed_to ?? 'now'})`;
        context.write(`${l.registration_number.padEnd(5)} ${l.start ?? '?'}..${l.end ?? 'now'}  ${l.registrant} for ${l.principal} [${l.country ?? '-'}] -> ${party}\n`);
      }
      context.notice(`${links.length} representations\n`);
    });
}
