/**
 * The text of an article: plain text as it is (CRLF read as LF), or, for HTML, the text of
 * its <article> (else <body>) without scripts, styles, navigation, headers, footers, asides,
 * forms, and sections marked as comments, menus or sharing links by their id or class; block
 * elements become lines. Either way the text ends where a reader-comments section starts
 * (reader-comments.ts), so offsets into it are offsets into the article as given (for HTML,
 * as extracted).
 */
import { parse } from 'node-html-parser';
import { withoutReaderComments } from './reader-comments.js';

const DROPPED_ELEMENTS = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg';
/** id or class words of page furniture around an article. */
const FURNITURE = /(?:^|[\s_-])(?:comments?|comment-list|disqus|replies|nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|related|sidebar|footer|header|cookie|newsletter|advert|ads?)(?:$|[\s_-])/iu;

export type ArticleFormat = 'text' | 'html';

export function articleText(raw: string, format: ArticleFormat): string {
  if (format === 'text') return withoutReaderComments(raw.replace(/\r\n?/gu, '\n'));
  const root = parse(raw, { comment: false });
  for (const element of root.querySelectorAll(DROPPED_ELEMENTS)) element.remove();
  for (const element of root.querySelectorAll('[id], [class]')) {
    if (FURNITURE.test(`${element.id} ${element.getAttribute('class') ?? ''}`)) element.remove();
  }
  const main = root.querySelector('article') ?? root.querySelector('body') ?? root;
  return withoutReaderComments(main.structuredText.replace(/[ \t]+\n/gu, '\n').replace(/\n{3,}/gu, '\n\n').trim());
}
