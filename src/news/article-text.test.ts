import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { articleText } from './article-text.js';
import { readerCommentsStart } from './reader-comments.js';

const PAGE = `<!doctype html><html><head><title>Rostec</title><style>p{}</style></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header class="site-header">Daily Radar</header>
<article><h1>Sanctions on Chemezov may be lifted</h1>
<p>A document related to plans to lift sanctions against Sergey Chemezov appeared.</p>
<p>Rathmell Short LLP provides consulting services for Chemezov &amp; Rostec.</p>
<div class="share-buttons">Share on Facebook</div></article>
<section id="comments"><p>Ivan Petrov says: nonsense</p></section>
<script>var x = "Vladimir Putin";</script>
</body></html>`;

test('HTML: the article without navigation, header, sharing links, comments and scripts, one block a line', () => {
  assert.equal(
    articleText(PAGE, 'html'),
    'Sanctions on Chemezov may be lifted\nA document related to plans to lift sanctions against Sergey Chemezov appeared.\nRathmell Short LLP provides consulting services for Chemezov & Rostec.',
  );
});

test('HTML without <article>: the body, comments section left out', () => {
  const page = '<html><body><p>Flynn called Kislyak.</p><div class="comment-list"><p>Reader: lies</p></div></body></html>';
  assert.equal(articleText(page, 'html'), 'Flynn called Kislyak.');
});

test('plain text is kept, CRLF read as LF', () => {
  assert.equal(articleText('Line one.\r\nLine two.', 'text'), 'Line one.\nLine two.');
});

const ARTICLES = new URL('../../../../shared/data/articles/', import.meta.url);
const article = (name: string) => readFileSync(new URL(name, ARTICLES), 'utf8');

test('plain text: the reader comments are cut off, under a heading or from the first numbered byline; offsets are kept', () => {
  const putin = article('2018-02-putin-asked-for-help-on-sanctions.txt');
  const putinText = articleText(putin, 'text');
  assert.ok(putinText.endsWith('This post has been updated.\n\nLatest Muckraker'), putinText.slice(-60));
  assert.ok(putin.startsWith(putinText));
  const delay = article('2017-08-delay-in-imposing-sanctions.txt');
  assert.equal(delay.slice(readerCommentsStart(delay)).split('\n')[0], '  1. Avatar Ihor Dawydiak says:');
  assert.ok(!articleText(delay, 'text').includes('Avatar'));
  const rostec = article('2025-06-rostec-chemezov-sanctions-lifting.txt');
  assert.equal(readerCommentsStart(rostec), undefined);
});

test('a quotation introduced by "X says:" in the article is no comment', () => {
  const text = 'Nemets says:\n“Trump does not want it.”\n\n12 Comments\n\nIvan says: no';
  assert.equal(articleText(text, 'text'), 'Nemets says:\n“Trump does not want it.”');
});
