// Chart.js (a WebJar, loaded by the page) behind three small helpers. Each chart also gets a text
// summary as its accessible name, so a screen reader hears the numbers the picture shows.

const PALETTE = ['#1f6f5c', '#9a5b13', '#3b5ba5', '#a23b72', '#5e6b00', '#6b4fa0', '#555'];
const charts = new Map();

function draw(canvasId, config, summary) {
  const canvas = document.getElementById(canvasId);
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', summary);
  charts.get(canvasId)?.destroy();
  const chart = new window.Chart(canvas, {
    ...config,
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom' } },
      ...config.options,
    },
  });
  charts.set(canvasId, chart);
  return chart;
}

const rateAxis = { y: { min: 0, max: 100, ticks: { callback: (value) => `${value}%` } } };
const asPercent = (rate) => (rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10);

/** Bars (or a line) per label, one dataset per series: [{label, rates}] with rates 0..1 or null. */
export function rateChart(canvasId, labels, series, { type = 'bar', title } = {}) {
  const datasets = series.map((s, i) => ({
    label: s.label,
    data: s.rates.map(asPercent),
    backgroundColor: PALETTE[i % PALETTE.length],
    borderColor: PALETTE[i % PALETTE.length],
    spanGaps: true,
  }));
  const summary = `${title}: ` + series
    .map((s) => `${s.label} ` + labels.map((l, i) => `${l} ${asPercent(s.rates[i]) ?? 'none'}%`).join(', '))
    .join('; ');
  return draw(canvasId, { type, data: { labels, datasets }, options: { scales: rateAxis } }, summary);
}

/** Plain numbers per label, one dataset per series: [{label, values}]. */
export function valueChart(canvasId, labels, series, { title, unit = '', max } = {}) {
  const datasets = series.map((s, i) => ({
    label: s.label,
    data: s.values,
    backgroundColor: PALETTE[i % PALETTE.length],
  }));
  const summary = `${title}: ` + series
    .map((s) => `${s.label} ` + labels.map((l, i) => `${l} ${s.values[i] ?? 'none'}${unit}`).join(', '))
    .join('; ');
  const scales = { y: { beginAtZero: true, ...(max ? { max } : {}) } };
  return draw(canvasId, { type: 'bar', data: { labels, datasets }, options: { scales } }, summary);
}

/** Shares of a whole: {label: count}. */
export function mixChart(canvasId, counts, { title } = {}) {
  const labels = Object.keys(counts);
  const values = Object.values(counts);
  const summary = `${title}: ` + labels.map((l, i) => `${l} ${values[i]}`).join(', ');
  return draw(
    canvasId,
    { type: 'doughnut', data: { labels, datasets: [{ data: values, backgroundColor: PALETTE }] } },
    summary,
  );
}
