// Charts drawn by uPlot, served from its WebJar by the gateway (no CDN). Its version is the gateway pom's uplot.version.
import uPlot from '/webjars/uplot/1.6.30/dist/uPlot.esm.js';
import { h } from './ui.js';

export { uPlot };

export function stylesheet() {
  if (!document.querySelector('link[data-uplot]')) {
    document.head.append(h('link', { rel: 'stylesheet', href: '/webjars/uplot/1.6.30/dist/uPlot.min.css', 'data-uplot': true }));
  }
}

/** A bar chart of labelled values; the same numbers stand in a table beside it. */
export function bars(target, labels, values, { format, title }) {
  stylesheet();
  const width = Math.max(280, target.clientWidth || 600);
  const options = {
    title, width, height: 280,
    scales: { x: { time: false, range: [-0.5, labels.length - 0.5] } },
    axes: [
      { values: (u, ticks) => ticks.map((t) => (Number.isInteger(t) ? labels[t] ?? '' : '')), splits: () => labels.map((_, i) => i), gap: 6 },
      { values: (u, ticks) => ticks.map((t) => format(t)), size: 80 },
    ],
    series: [{}, { label: title, fill: '#3d7cc9', stroke: '#1d4f91', paths: uPlot.paths.bars({ size: [0.6, 80] }),
      points: { show: false }, value: (u, v) => (v === null ? '' : format(v)) }],
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
  };
  return new uPlot(options, [labels.map((_, i) => i), values], target);
}
