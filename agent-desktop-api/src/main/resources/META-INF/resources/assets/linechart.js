// A small SVG line chart for the wallboard: time on x, one line per series, a labelled y axis.
const NS = 'http://www.w3.org/2000/svg';
const COLOURS = ['#0b57d0', '#a8071a', '#146c2e', '#7a4b00', '#6a1b9a', '#00695c', '#37474f', '#c2185b'];

function svg(tag, attributes, text) {
  const node = document.createElementNS(NS, tag);
  Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
  if (text != null) node.textContent = text;
  return node;
}

/**
 * Draws {@code series} ({name: [[epochMillis, value|null], ...]}) into {@code container} over the
 * last {@code spanMillis}, with y from 0 to at least {@code minTop}.
 */
export function drawLines(container, series, { spanMillis, minTop, unit, label }) {
  const width = 600;
  const height = 150;
  const left = 32;
  const bottom = 16;
  const now = Date.now();
  const values = Object.values(series).flat().map(([, v]) => v).filter((v) => v != null);
  const top = Math.max(minTop, ...values);
  const x = (t) => left + ((t - (now - spanMillis)) / spanMillis) * (width - left - 4);
  const y = (v) => 4 + (1 - v / top) * (height - bottom - 8);
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'none' });
  chart.append(svg('line', { x1: left, y1: y(0), x2: width, y2: y(0), stroke: '#c9d0d8' }));
  chart.append(svg('text', { x: 2, y: y(top) + 8 }, `${Math.round(top)}${unit}`), svg('text', { x: 2, y: y(0) }, `0${unit}`));
  chart.append(svg('text', { x: left, y: height - 2 }, '−60 min'), svg('text', { x: width - 30, y: height - 2 }, 'now'));
  const legend = document.createElement('p');
  legend.className = 'muted';
  Object.entries(series).forEach(([name, points], i) => {
    const colour = COLOURS[i % COLOURS.length];
    const visible = points.filter(([t, v]) => v != null && t >= now - spanMillis);
    if (visible.length > 0) {
      chart.append(svg('polyline', { stroke: colour, points: visible.map(([t, v]) => `${x(t).toFixed(1)},${y(v).toFixed(1)}`).join(' ') }));
    }
    const key = document.createElement('span');
    key.style.cssText = `color:${colour};margin-right:.75rem;font-weight:600`;
    key.textContent = `■ ${name}`;
    legend.append(key);
  });
  container.replaceChildren(chart, legend);
}
