// Decisions on many cuts at once, each one undoable step: all cuts of a category, all cuts to review, the
// selected cuts, or the cuts under the confidence the filter shows from.

import { CHOICES } from './decisions.js';
import { h } from './dom.js';
import { CATEGORIES, categoryName } from './format.js';

export function bulkBar(review) {
  const category = h('select', { id: 'bulk-category', 'aria-label': 'Category' });
  const selection = h('span', { id: 'selection-count' });
  const selected = h('div', { class: 'actions', id: 'selection-actions', hidden: true }, selection,
    CHOICES.map((d) => h('button', { type: 'button', class: 'small', dataset: { bulk: d.id, scope: 'selection' },
      onclick: () => review.decide(review.selectedCuts(), d.id, `${d.verb.toLowerCase()} the selected cuts`) },
    `${d.verb} selected`)),
    h('button', { type: 'button', class: 'small', onclick: () => review.select(null) }, 'Clear selection'));

  const fillCategories = () => {
    const counts = {};
    for (const c of review.cuts) counts[c.category] = (counts[c.category] ?? 0) + 1;
    const present = [...CATEGORIES, ...Object.keys(counts).filter((c) => !CATEGORIES.includes(c))].filter((c) => counts[c]);
    const chosen = category.value;
    category.replaceChildren(...present.map((c) => h('option', { value: c }, `${categoryName(c)} (${counts[c]})`)));
    if (present.includes(chosen)) category.value = chosen;
  };
  // The cuts the analysis only proposed, decided together: the usual way through a talk's picture faults.
  const toReview = () => review.cuts.filter((c) => c.decision === 'review');
  const reviewCount = h('span', { id: 'review-count' });
  const reviewing = h('div', { class: 'actions', id: 'review-actions', hidden: true }, reviewCount,
    CHOICES.map((d) => h('button', { type: 'button', class: 'small', dataset: { bulk: d.id, scope: 'review' },
      onclick: () => review.decide(toReview(), d.id, `${d.verb.toLowerCase()} every cut to review`) }, `${d.verb} all`)));
  const paintReview = () => {
    const n = toReview().length;
    reviewing.hidden = n === 0;
    reviewCount.textContent = `${n} cut${n === 1 ? '' : 's'} to review:`;
  };
  const paintSelection = () => {
    const n = review.selected.size;
    selected.hidden = n < 2;
    selection.textContent = `${n} selected:`;
  };
  fillCategories();
  paintSelection();
  paintReview();
  review.subscribe((kind) => {
    if (kind === 'cuts' || kind === 'reset') fillCategories();
    if (kind === 'cuts' || kind === 'reset') paintReview();
    if (kind === 'select' || kind === 'cuts' || kind === 'reset') paintSelection();
  });

  return h('div', { class: 'bulk', id: 'bulk', role: 'group', 'aria-label': 'Decisions on many cuts' },
    h('div', { class: 'actions' },
      h('label', { for: 'bulk-category' }, 'All'), category,
      CHOICES.map((d) => h('button', { type: 'button', class: 'small', dataset: { bulk: d.id, scope: 'category' },
        onclick: () => {
          const cuts = review.cuts.filter((c) => c.category === category.value);
          review.decide(cuts, d.id, `${d.verb.toLowerCase()} every ${categoryName(category.value).toLowerCase()} cut`);
        } }, `${d.verb} all`))),
    reviewing, selected);
}

/** "Reject the N cuts below X %": what the confidence filter hides, decided in one step. */
export function belowButton(review) {
  const rejected = CHOICES.find((d) => d.id === 'rejected');
  const button = h('button', { type: 'button', class: 'small', id: 'reject-below', hidden: true,
    onclick: () => review.decide(below(), rejected.id, `${rejected.verb.toLowerCase()} the cuts below `
      + `${Math.round(review.minConfidence * 100)} %`) });
  const below = () => review.cuts.filter((c) => !review.isVisible(c) && c.decision !== rejected.id);
  const paint = () => {
    const n = below().length;
    button.hidden = n === 0;
    button.textContent = `${rejected.verb} the ${n} cut${n === 1 ? '' : 's'} below ${Math.round(review.minConfidence * 100)} %`;
  };
  paint();
  review.subscribe((kind) => { if (kind === 'filter' || kind === 'cuts' || kind === 'reset') paint(); });
  return button;
}
