// A bar of the whole video with each cut at its place, coloured by category, with a legend and a playhead.

import { h } from './dom.js';
import { CATEGORIES, categoryClass, categoryName, clock, duration } from './format.js';

export function timelineCard(review) {
  const total = Math.max(review.duration, 0.001);
  const bar = h('div', {
    class: 'timeline', id: 'timeline', role: 'group',
    'aria-label': `Timeline of the video, ${duration(review.duration)}, with ${review.segments.length} proposed cuts`,
  });
  const marks = new Map();
  for (const s of review.segments) {
    const mark = h('button', {
      type: 'button', tabindex: '-1',
      class: `cut ${categoryClass(s.category)}`,
      style: { left: `${(s.start / total) * 100}%`, width: `${((s.end - s.start) / total) * 100}%` },
      title: `${categoryName(s.category)} ${clock(s.start)}–${clock(s.end)}: ${s.reason ?? ''}`,
      'aria-label': `${categoryName(s.category)} from ${clock(s.start)} to ${clock(s.end)}`,
      dataset: { id: s.id },
      onclick: (e) => {
        e.stopPropagation();
        review.select(s, { play: true });
      },
    });
    marks.set(s.id, mark);
    bar.append(mark);
  }
  const playhead = h('div', { class: 'playhead' });
  bar.append(playhead);
  bar.addEventListener('click', (e) => {
    const rect = bar.getBoundingClientRect();
    review.select(null);
    review.seek(((e.clientX - rect.left) / rect.width) * total);
  });

  const paint = () => {
    for (const s of review.segments) {
      const mark = marks.get(s.id);
      mark.classList.toggle('rejected', !review.isAccepted(s));
      mark.classList.toggle('dim', !review.isVisible(s));
      mark.classList.toggle('selected', s.id === review.selectedId);
    }
  };
  paint();
  review.subscribe((kind, detail) => {
    if (kind === 'time') playhead.style.left = `${(Math.min(detail, total) / total) * 100}%`;
    else if (kind !== 'seek' && kind !== 'play') paint();
  });

  const counts = {};
  for (const s of review.segments) counts[s.category] = (counts[s.category] ?? 0) + 1;
  const present = [...CATEGORIES.filter((c) => counts[c]), ...Object.keys(counts).filter((c) => !CATEGORIES.includes(c))];
  const legend = h('ul', { class: 'legend', 'aria-label': 'Categories' },
    present.map((c) => h('li', {}, h('span', { class: `swatch ${categoryClass(c)}` }), `${categoryName(c)} (${counts[c]})`)));

  return h('section', { class: 'card', 'aria-labelledby': 'timeline-title' },
    h('div', { class: 'card-head' }, h('h2', { id: 'timeline-title' }, 'Timeline'),
      h('span', { class: 'lede' }, 'Click a cut to play it; faded cuts are rejected.')),
    bar,
    h('div', { class: 'timescale', 'aria-hidden': 'true' },
      [0, 0.25, 0.5, 0.75, 1].map((f) => h('span', {}, clock(f * review.duration)))),
    present.length ? legend : h('p', { class: 'empty' }, 'No cuts were found.'));
}
