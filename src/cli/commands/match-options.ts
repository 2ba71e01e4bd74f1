/** Option parsers shared by `match`, `compare` and `screen`: repeatable values and numbers. */
import { InvalidInputError } from '../../model/errors.js';

/** For options given several times (`--name A --name B`). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** A number option; range checks belong to the use case, this only refuses what is not a number. */
export function numberOption(flag: string): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) throw new InvalidInputError(`${flag}: expected a number, got "${text.slice(0, 40)}"`);
    return value;
  };
}
