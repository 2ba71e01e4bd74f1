/**
 * Screen (`#/screen`): upload a CSV of customers -> `POST /screen` -> poll `GET /jobs/{id}`
 * with a progress bar (announced politely to screen readers) -> the hits with the features
 * that explain each score -> download the results as CSV (`GET /jobs/{id}?format=csv`).
 */
import { useEffect, useState } from 'preact/hooks';
import { getJson, postForm, type ScreenJob } from '../api.js';
import { ErrorNotice } from '../components/status.js';
import { ScreenHits } from '../components/screen-hits.js';

const POLL_MS = 400;

type Run = { phase: 'idle' } | { phase: 'uploading' } | { phase: 'running'; jobId: string; job?: ScreenJob } | { phase: 'error'; detail: string; job?: ScreenJob };

function usePolledJob(run: Run, setRun: (run: Run) => void): void {
  const jobId = run.phase === 'running' ? run.jobId : undefined;
  useEffect(() => {
    if (jobId === undefined) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const job = await getJson<ScreenJob>(`/jobs/${encodeURIComponent(jobId)}`);
        if (stopped) return;
        if (job.status === 'failed') return setRun({ phase: 'error', detail: `screening failed: ${job.error ?? 'no reason given'}`, job });
        setRun({ phase: 'running', jobId, job });
        if (job.status !== 'done') timer = setTimeout(poll, POLL_MS);
      } catch (error) {
        if (!stopped) setRun({ phase: 'error', detail: (error as Error).message });
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);
}

export function ScreenPageView() {
  const [file, setFile] = useState<File | undefined>(undefined);
  const [run, setRun] = useState<Run>({ phase: 'idle' });
  usePolledJob(run, setRun);
  const upload = async (event: Event) => {
    event.preventDefault();
    if (file === undefined) return setRun({ phase: 'error', detail: 'choose a CSV file to screen first' });
    setRun({ phase: 'uploading' });
    const form = new FormData();
    form.set('file', file);
    try {
      const accepted = await postForm<{ job_id: string }>('/screen', form);
      setRun({ phase: 'running', jobId: accepted.job_id });
    } catch (error) {
      setRun({ phase: 'error', detail: (error as Error).message });
    }
  };
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Screen a customer file</h1>
      <p class="muted">A CSV with a header row and a name column (optionally schema, birth date, country, identifiers). Every row is matched against the lists in force.</p>
      <form class="toolbar" onSubmit={upload}>
        <label for="screen-file">CSV file</label>
        <input id="screen-file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.currentTarget.files?.[0])} />
        <button type="submit" disabled={run.phase === 'uploading' || (run.phase === 'running' && run.job?.status !== 'done')}>
          Screen
        </button>
      </form>
      {run.phase === 'uploading' && <p role="status">Uploading {file?.name}…</p>}
      {run.phase === 'error' && <ErrorNotice detail={run.detail} />}
      {run.phase === 'running' && <JobProgress job={run.job} />}
      {run.phase === 'running' && run.job?.status === 'done' && <ScreenHits job={run.job} hits={run.job.hits ?? []} />}
    </section>
  );
}

function JobProgress(props: { job: ScreenJob | undefined }) {
  const done = props.job?.progress.done ?? 0;
  const total = props.job?.progress.total ?? 0;
  const status = props.job?.status ?? 'queued';
  return (
    <div class="progress">
      <progress id="screen-progress" max={Math.max(total, 1)} value={done} aria-label="Rows screened" />
      <p aria-live="polite" role="status">
        {status}: {done} of {total || '?'} rows screened
        {props.job !== undefined && props.job.snapshots.length > 0 && (
          <span class="muted"> against {props.job.snapshots.map((s) => `${s.dataset} ${s.as_of}`).join(', ')}</span>
        )}
      </p>
    </div>
  );
}
