import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleText } from './article-text.js';

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
