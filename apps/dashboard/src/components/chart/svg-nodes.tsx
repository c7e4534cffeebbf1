import { createElement, type ReactNode } from 'react';
import type { SvgNode } from '../../lib/view/svg-node.view';

function toReact(item: SvgNode | string, key: number): ReactNode {
  if (typeof item === 'string') return item;
  return createElement(item.tag, { ...item.attributes, key }, ...item.children.map(toReact));
}

/** SVG nodes of the chart drawing (lib/view/chart-drawing.view.ts) as React elements, rendered on the server. */
export function SvgNodes({ nodes }: { nodes: readonly SvgNode[] }) {
  return <>{nodes.map(toReact)}</>;
}
