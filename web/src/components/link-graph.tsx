/**
 * The graph of an entity's links: the entity in the middle, each linked entity around it,
 * laid out by d3-force and drawn as SVG. Every node is a link to that entity's page, reachable
 * with Tab; the same links are listed in a table under the graph.
 */
import { useMemo } from 'preact/hooks';
import { forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import type { EntityLink } from '../links.js';
import { routeHref } from '../router.js';

interface GraphNode extends SimulationNodeDatum {
  id: string;
  caption: string;
  isCentre: boolean;
}

const WIDTH = 720;
const MIN_HEIGHT = 160;
const TICKS = 300;

function layout(centre: { id: string; caption: string }, links: readonly EntityLink[]): GraphNode[] {
  const nodes: GraphNode[] = [{ id: centre.id, caption: centre.caption, isCentre: true, fx: 0, fy: 0 }];
  for (const link of links) if (!nodes.some((n) => n.id === link.otherId)) nodes.push({ id: link.otherId, caption: link.otherCaption, isCentre: false });
  const edges = links.map((link) => ({ source: centre.id, target: link.otherId }));
  // Laid out once, synchronously: the graph is small and a still picture reads better than motion.
  forceSimulation(nodes)
    .force('link', forceLink<GraphNode, { source: string; target: string }>(edges).id((n) => n.id).distance(150))
    .force('charge', forceManyBody().strength(-500))
    .force('collide', forceCollide(60))
    .stop()
    .tick(TICKS);
  return nodes;
}

function shortCaption(caption: string): string {
  return caption.length > 28 ? `${caption.slice(0, 26)}…` : caption;
}

/** The nodes' extent with room for labels, never smaller than the drawing area, so a small graph is not blown up. */
function viewBox(nodes: readonly GraphNode[]): { x: number; y: number; width: number; height: number } {
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const width = Math.max(WIDTH, Math.max(...xs) - Math.min(...xs) + 240);
  const height = Math.max(MIN_HEIGHT, Math.max(...ys) - Math.min(...ys) + 90);
  const centreX = (Math.max(...xs) + Math.min(...xs)) / 2;
  const centreY = (Math.max(...ys) + Math.min(...ys)) / 2 + 10;
  return { x: centreX - width / 2, y: centreY - height / 2, width, height };
}

export function LinkGraph(props: { centre: { id: string; caption: string }; links: readonly EntityLink[] }) {
  const { centre, links } = props;
  const nodes = useMemo(() => layout(centre, links), [centre.id, links]);
  const box = viewBox(nodes);
  const at = (id: string) => nodes.find((n) => n.id === id)!;
  return (
    <svg class="graph" viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} width="100%" style={{ maxWidth: `${box.width}px` }} role="group" aria-label={`${centre.caption} and ${links.length} linked entities`}>
      {links.map((link) => (
        <g key={`${link.otherId}-${link.label}`} class="edge">
          <line x1={0} y1={0} x2={at(link.otherId).x} y2={at(link.otherId).y} />
          <text x={(at(link.otherId).x ?? 0) / 2} y={(at(link.otherId).y ?? 0) / 2 - 4}>
            {link.label}
          </text>
        </g>
      ))}
      {nodes.map((node) => (
        <a key={node.id} href={routeHref('entity', { arg: node.id })} class={node.isCentre ? 'node centre' : 'node'} aria-label={node.caption}>
          <title>{node.caption}</title>
          <circle cx={node.x} cy={node.y} r={node.isCentre ? 11 : 8} />
          <text x={node.x} y={(node.y ?? 0) + 24}>
            {shortCaption(node.caption)}
          </text>
        </a>
      ))}
    </svg>
  );
}
