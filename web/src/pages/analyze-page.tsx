/**
 * Articles (`#/analyze`): paste an article or load a .txt/.html file, give its date, and
 * `POST /analyze` names the people and organisations in it with their status on that date and
 * the sanction events it reports. The text is shown with each mention highlighted, the events
 * beside it. The result keeps the text it was computed from, so later edits cannot shift marks.
 */
import { useState } from 'preact/hooks';
import { postJson, type ArticleAnalysis } from '../api.js';
import { readArticleFile } from '../article-file.js';
import { ArticleEvents } from '../components/article-events.js';
import { HighlightedArticle } from '../components/highlighted-article.js';
import { ErrorNotice } from '../components/status.js';

type Run = { phase: 'idle' } | { phase: 'analysing' } | { phase: 'error'; detail: string } | { phase: 'done'; text: string; analysis: ArticleAnalysis };

export function AnalyzePageView() {
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [run, setRun] = useState<Run>({ phase: 'idle' });
  const loadFile = async (file: File | undefined) => {
    if (file === undefined) return;
    try {
      setText(await readArticleFile(file));
    } catch (error) {
      setRun({ phase: 'error', detail: `could not read ${file.name}: ${(error as Error).message}` });
    }
  };
  const analyse = async (event: Event) => {
    event.preventDefault();
    if (text.trim() === '') return setRun({ phase: 'error', detail: 'paste an article or choose a file to analyse first' });
    setRun({ phase: 'analysing' });
    try {
      const analysis = await postJson<ArticleAnalysis>('/analyze', { text, format: 'text', date: date || undefined });
      setRun({ phase: 'done', text, analysis });
    } catch (error) {
      setRun({ phase: 'error', detail: (error as Error).message });
    }
  };
  return (
    <section aria-labelledby="analyze-title">
      <h1 id="analyze-title">Article analysis</h1>
      <p class="muted">The people and organisations an article names, with their sanctions status on its date, and the sanction events it reports.</p>
      <form class="analyze-form" onSubmit={analyse}>
        <label for="article-text">Article text</label>
        <textarea id="article-text" rows={10} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <div class="toolbar">
          <label for="article-file">or load a file (.txt, .html)</label>
          <input id="article-file" type="file" accept=".txt,.html,.htm,text/plain,text/html" onChange={(e) => void loadFile(e.currentTarget.files?.[0])} />
          <label for="article-date">Article date</label>
          <input id="article-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} aria-describedby="article-date-help" />
          <span id="article-date-help" class="muted">default: today</span>
          <button type="submit" disabled={run.phase === 'analysing'}>
            Analyze
          </button>
        </div>
      </form>
      {run.phase === 'analysing' && <p role="status">Analysing…</p>}
      {run.phase === 'error' && <ErrorNotice detail={run.detail} />}
      {run.phase === 'done' && <AnalysisView text={run.text} analysis={run.analysis} />}
    </section>
  );
}

function AnalysisView(props: { text: string; analysis: ArticleAnalysis }) {
  const { mentions, events } = props.analysis;
  const linked = mentions.filter((m) => m.entity_id !== null).length;
  return (
    <>
      <p role="status" class="summary">
        {mentions.length} {mentions.length === 1 ? 'mention' : 'mentions'}, {linked} linked to a listed party; {events.length} sanction {events.length === 1 ? 'event' : 'events'}.
      </p>
      <div class="analysis">
        <section aria-labelledby="article-title" class="analysis-article">
          <h2 id="article-title">Article</h2>
          <HighlightedArticle text={props.text} mentions={mentions} />
        </section>
        <section aria-labelledby="events-title" class="analysis-events">
          <h2 id="events-title">Events</h2>
          <ArticleEvents events={events} />
        </section>
      </div>
    </>
  );
}
