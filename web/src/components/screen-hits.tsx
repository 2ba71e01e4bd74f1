/**
 * The hits of a screening job: which row matched which listed entity, how strongly, whether
 * it is listed now or was delisted, and the features that explain the score; plus the link
 * that downloads all results as CSV.
 */
import type { ScreenHit, ScreenJob } from '../api.js';
import { routeHref } from '../router.js';
import { Badges, ListedState } from './badges.js';
import { DownloadLink } from './download-link.js';
import { TableHead } from './table-head.js';

export function ScreenHits(props: { job: ScreenJob; hits: readonly ScreenHit[] }) {
  const { job, hits } = props;
  return (
    <section aria-labelledby="hits-title">
      <h2 id="hits-title">
        Hits <span class="muted">({hits.length})</span>
      </h2>
      <div class="download">
        <DownloadLink href={`/jobs/${encodeURIComponent(job.job_id)}?format=csv`} filename={`screening-${job.job_id}.csv`} accept="text/csv">
          Download results (CSV)
        </DownloadLink>
      </div>
      {hits.length === 0 ? (
        <p>No row matched a listed entity at threshold {job.threshold}.</p>
      ) : (
        <table class="data hits">
          <TableHead columns={['Row', 'Listed entity', 'Score', 'State', 'Lists', 'Why']} numeric={['Row', 'Score']} />
          <tbody>
            {hits.map((hit, i) => (
              <tr key={`${hit.row}-${hit.entity_id}-${i}`}>
                <td class="num">
                  {hit.row}
                  {hit.id && <span class="muted"> {hit.id}</span>}
                </td>
                <td>
                  <a href={routeHref('entity', { arg: hit.entity_id })}>{hit.caption}</a> <span class="muted">{hit.schema}</span>
                </td>
                <td class="num">{hit.score.toFixed(2)}</td>
                <td>
                  <ListedState listed={hit.listed_now} delistedOn={hit.delisted_on} />
                </td>
                <td>
                  <Badges kind="dataset" values={hit.datasets} />
                </td>
                <td>
                  <ul class="explanation">
                    {hit.explanation.map((feature) => (
                      <li key={feature.name}>
                        <code>{feature.name}</code> {feature.score.toFixed(2)} × {feature.weight}
                        {feature.detail && <span class="muted"> — {feature.detail}</span>}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
