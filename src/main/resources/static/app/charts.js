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

// This week and the week before differ in more than colour: solid dark vs dashed (lines) or striped
// (bars) orange, the two colours 4:1 apart in contrast.
const SERIES_STYLE = [
  { color: '#173f5f', dash: [], point: 'circle' },
  { color: '#e08a2e', dash: [6, 4], point: 'triangle' },
];

function stripes(color) {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const context = tile.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 8, 8);
  context.strokeStyle = color;
  context.lineWidth = 3;
  context.beginPath();
  context.moveTo(0, 8);
  context.lineTo(8, 0);
  context.stroke();
  return context.createPattern(tile, 'repeat');
}

/**
 * Bars (or a line) per label, one dataset per series: [{label, rates}] with rates 0..1 or null; a null is
 * a gap (a day with no task), never a point at zero.
 */
export function rateChart(canvasId, labels, series, { type = 'bar', title } = {}) {
  const datasets = series.map((s, i) => {
    const style = SERIES_STYLE[i] ?? { color: PALETTE[i % PALETTE.length], dash: [], point: 'circle' };
    return {
      label: s.label,
      data: s.rates.map(asPercent),
      backgroundColor: type === 'bar' && i > 0 ? stripes(style.color) : style.color,
      borderColor: style.color,
      borderWidth: type === 'bar' ? 2 : 3,
      borderDash: style.dash,
      pointStyle: style.point,
      pointRadius: 5,
      spanGaps: false,
    };
  });
  const summary = `${title}: ` + series
    .map((s) => `${s.label} ` + labels.map((l, i) => `${l} ${asPercent(s.rates[i]) === null ? 'no tasks' : `${asPercent(s.rates[i])}%`}`).join(', '))
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
