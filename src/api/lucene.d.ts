/** Type declarations for the parts of the `lucene` query-string parser used here (the package ships none). */
declare module 'lucene' {
  export interface Location {
    readonly start: { readonly offset: number; readonly line: number; readonly column: number };
    readonly end: { readonly offset: number; readonly line: number; readonly column: number };
  }
  /** One term or phrase, with the field it was written for ("<implicit>" when none). */
  export interface TermNode {
    readonly field: string;
    readonly fieldLocation: Location | null;
    readonly term: string;
    readonly quoted: boolean;
    readonly regex: boolean;
    readonly termLocation: Location;
    readonly prefix: '+' | '-' | '!' | null;
  }
  /** A range `field:[min TO max]`. */
  export interface RangeNode {
    readonly field: string;
    readonly fieldLocation: Location | null;
    readonly term_min: string;
    readonly term_max: string;
  }
  /** Terms or groups joined by an operator; `start` is an operator written before the first ("NOT foo"). */
  export interface BinaryNode {
    readonly left?: AstNode;
    readonly operator?: string;
    readonly right?: AstNode;
    readonly start?: string;
    readonly parenthesized?: boolean;
    readonly field?: string;
    readonly fieldLocation?: Location | null;
  }
  export type AstNode = TermNode | RangeNode | BinaryNode;
  export interface SyntaxError extends Error {
    readonly location: Location;
    readonly found: string | null;
  }
  export function parse(query: string): AstNode;
  const lucene: { parse: typeof parse };
  export default lucene;
}
