// The success metrics, one small renderer per panel. A new field of /api/v1/metrics/success is one more
// entry in PANELS (or one more series in an existing one).

import { h, percent } from './api.js';
import { mixChart, rateChart, valueChart } from './charts.js';

// what each tile's number means, in a line under it (issue 19)
const MEANING = {
  'tasks completed': 'of all reports, the share marked done',
  feedbacks: 'reports received in the window',
  'planned items done': 'of planned items whose day is over, the share done',
  planned: 'items in plans whose day is over',
  skipped: 'planned items reported as skipped',
  'not reported': 'planned items left without an answer',
  'dynamic plan success': 'plans made by the learning planner, not the fallback',
  fallbacks: 'plans the fallback source had to make',
  'users planned for': 'users with a plan in the window',
  'variation groups per user': 'kinds of task a user was offered, on average',
  'users with 3 or more': 'the share offered three kinds or more',
  'groups per user and category-week': 'kinds of task per category in a week, on average',
  'category-weeks with 3 or more': 'the share of those with three kinds or more',
};

function tiles(...entries) {
  return h('div', { className: 'tiles' }, ...entries.map(([label, value, id]) => h(
    'div',
    { className: 'tile' },
    h('span', { className: 'value', ...(id ? { id } : {}) }, String(value)),
    h('span', { className: 'hint' }, label),
    h('span', { className: 'meaning' }, MEANING[label] ?? (label.startsWith('users in') ? 'users in this phase now' : '')),
  )));
}

const chartBox = (id) => h('div', { className: 'chart' }, h('canvas', { id }));

const PANELS = [
  {
    title: 'Completion',
    body: (m) => [
      tiles(
        ['tasks completed', percent(m.completion.completion_rate), 'metric-completion'],
        ['feedbacks', m.completion.feedback],
        ...Object.entries(m.phase_distribution).map(([phase, users]) => [`users in ${phase}`, users]),
      ),
      tiles(
        ['planned items done', percent(m.planned_completion.completion_rate), 'metric-planned-completion'],
        ['planned', m.planned_completion.planned],
        ['skipped', m.planned_completion.skipped],
        ['not reported', m.planned_completion.not_reported],
      ),
      chartBox('phase-chart'),
    ],
    draw: (m) => {
      const byLearning = m.completion.by_learning_phase;
      const byPlan = m.planned_completion_by_plan_phase;
      const phases = [...new Set([...Object.keys(byLearning), ...Object.keys(byPlan)])];
      rateChart('phase-chart', phases, [
        { label: 'Feedback done, by learning phase', rates: phases.map((p) => byLearning[p]?.completion_rate ?? null) },
        { label: 'Planned items done, by plan phase', rates: phases.map((p) => byPlan[p]?.completion_rate ?? null) },
      ], { title: 'Completion by phase' });
    },
  },
  {
    title: 'Variety',
    body: (m) => [tiles(
      ['users planned for', m.task_variety.users],
      ['variation groups per user', m.task_variety.mean_variation_groups?.toFixed(1) ?? '–'],
      ['users with 3 or more', percent(m.task_variety.share_with_three_or_more)],
      ['groups per user and category-week', m.variation_group_variety.mean_variation_groups?.toFixed(1) ?? '–'],
      ['category-weeks with 3 or more', percent(m.variation_group_variety.share_with_three_or_more)],
    )],
  },
  {
    title: 'Satisfaction by category',
    body: () => [chartBox('satisfaction-chart')],
    draw: (m) => {
      const categories = Object.keys(m.satisfaction_by_category);
      valueChart('satisfaction-chart', categories, [{
        label: 'Mean rating (1–5)',
        values: categories.map((c) => m.satisfaction_by_category[c].mean_rating),
      }], { title: 'Mean rating by category', max: 5 });
    },
  },
  {
    title: 'Plan sources',
    body: (m) => [
      tiles(['dynamic plan success', percent(m.dynamic_plans.success_rate)], ['fallbacks', m.dynamic_plans.fallback]),
      chartBox('source-chart'),
    ],
    draw: (m) => mixChart('source-chart', {
      adaptive: m.dynamic_plans.adaptive,
      library: m.dynamic_plans.library,
      fallback: m.dynamic_plans.fallback,
      'dynamic failures': m.dynamic_plans.dynamic_failures,
    }, { title: 'Plans by source' }),
  },
  {
    title: 'Latency since start (ms)',
    body: (m) => [latencyTable(m.api_latency_since_start)],
  },
];

function latencyTable(rows) {
  const busiest = [...rows].sort((a, b) => b.count - a.count).slice(0, 12);
  const columns = ['p50', 'p95', 'p99'];
  return h('div', { className: 'table-scroll' }, h(
    'table',
    { id: 'latency' },
    h('thead', {}, h('tr', {}, ...['Request', 'Status', 'Count', ...columns].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...busiest.map((row) => h(
      'tr',
      {},
      h('td', {}, `${row.method} ${row.uri}`),
      h('td', {}, row.status),
      h('td', {}, String(row.count)),
      // a percentile of 0 is a window with no recent request, not a 0 ms answer
      ...columns.map((c) => h('td', {}, row.percentiles_ms[c] ? row.percentiles_ms[c].toFixed(1) : 'no recent data')),
    ))),
  ));
}

export function renderMetrics(container, metrics) {
  container.replaceChildren(...PANELS.map((panel) => h(
    'section',
    { className: 'panel', 'aria-label': panel.title },
    h('h3', {}, panel.title),
    ...panel.body(metrics),
  )));
  PANELS.forEach((panel) => panel.draw?.(metrics));
}
