// The bar under the timeline for a range marked for a new cut (dragged across the timeline, or I and O): its
// times, the category the cut will have, and the button that adds it.

import { h } from './dom.js';
import { CATEGORIES, categoryName, clock } from './format.js';

/** Returns {element, add()}; add() adds the marked range as a cut of the chosen category. */
export function newCutBar(review) {
  const when = h('span', { id: 'range-times' });
  const category = h('select', { id: 'new-cut-category', 'aria-label': 'Category of the new cut' },
    CATEGORIES.map((c) => h('option', { value: c }, categoryName(c))));
  const add = () => (review.range ? review.addCut(review.range.start, review.range.end, category.value) : Promise.resolve(null));
  const element = h('div', { class: 'range-bar', id: 'range-bar', hidden: true, role: 'group', 'aria-label': 'New cut' },
    h('strong', {}, 'New cut'), when, h('label', { for: 'new-cut-category' }, 'as'), category,
    h('button', { type: 'button', class: 'small primary', id: 'add-cut', title: 'Add the cut (C)', onclick: add }, 'Add cut'),
    h('button', { type: 'button', class: 'small', id: 'clear-range', onclick: () => review.setRange(null) }, 'Cancel'));
  review.subscribe((kind, range) => {
    if (kind !== 'range') return;
    element.hidden = !range;
    if (range) when.textContent = `${clock(range.start)} → ${clock(range.end)} (${(range.end - range.start).toFixed(1)} s)`;
  });
  return { element, add };
}
