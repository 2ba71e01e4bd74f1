/**
 * Reads an uploaded article (.txt or .html) as plain text. HTML is parsed with DOMParser into
 * an inert document (no scripts run), page furniture (scripts, styles, navigation, headers,
 * footers, asides, forms) is dropped and block elements become paragraphs, so the text shown
 * and highlighted is exactly the text the API analyses.
 */
const DROPPED = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg';
const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, br, section, article';

export function isHtmlFile(file: File): boolean {
  return file.type === 'text/html' || /\.html?$/i.test(file.name);
}

export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of doc.querySelectorAll(DROPPED)) element.remove();
  const main = doc.querySelector('article') ?? doc.body;
  for (const element of main.querySelectorAll(BLOCKS)) element.after('\n\n');
  return (main.textContent ?? '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export async function readArticleFile(file: File): Promise<string> {
  const content = await file.text();
  return isHtmlFile(file) ? htmlToText(content) : content.replace(/\r\n?/g, '\n');
}
