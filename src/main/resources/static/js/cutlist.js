// The list of cuts beside the player: each with its times, category, reason and confidence, who found or
// changed it, buttons to jump to it or play around it, and the decision buttons. A click on a row selects
// it (Shift adds the rows between, Ctrl or Cmd adds or removes one); the confidence filter hides rows.

import { belowButton } from './bulk.js';
import { CHOICES, decisionOf } from './decisions.js';
import { h } from './dom.js';
import { categoryClass, categoryName, clock, timecode } from './format.js';

export function cutList(review) {
  const rows = new Map();
  const list = h('ol', { class: 'cuts', id: 'cut-list', 'aria-label': 'Proposed cuts' });
  const empty = h('p', { class: 'empty', id: 'cuts-empty' }, 'No cuts were proposed for this video.');
  const shown = h('span', { id: 'cuts-shown', 'aria-live': 'polite' });
  const valueLabel = h('output', { for: 'confidence', id: 'confidence-value' }, '0 %');
  const slider = h('input', {
    type: 'range', id: 'confidence', min: '0', max: '100', step: '5', value: '0',
    'aria-describedby': 'confidence-note',
    oninput: () => {
      valueLabel.textContent = `${slider.value} %`;
      review.setMinConfidence(Number(slider.value) / 100);
    },
  });

  const row = (cut) => {
    const old = rows.get(cut.id);
    const focused = old?.contains(document.activeElement) ? document.activeElement.dataset.action : null;
    const li = cutRow(review, cut);
    rows.set(cut.id, li);
    if (old) old.replaceWith(li);
    if (focused) li.querySelector(`[data-action="${focused}"]`)?.focus();
    return li;
  };
  const order = () => {
    const wanted = review.cuts.map((c) => rows.get(c.id) ?? row(c));
    for (const [id, li] of rows) {
      if (!review.byId.has(id)) {
        li.remove();
        rows.delete(id);
      }
    }
    if (wanted.some((li, i) => list.children[i] !== li)) list.replaceChildren(...wanted);
    empty.hidden = review.cuts.length > 0;
  };
  const paint = () => {
    let visible = 0;
    for (const c of review.cuts) {
      const li = rows.get(c.id);
      li.hidden = !review.isVisible(c);
      if (!li.hidden) visible += 1;
      li.classList.toggle('selected', review.selected.has(c.id));
      li.setAttribute('aria-current', String(c.id === review.currentId));
    }
    shown.textContent = `Showing ${visible} of ${review.cuts.length} cuts`;
  };
  review.cuts.forEach(row);
  order();
  paint();

  review.subscribe((kind, detail) => {
    if (kind === 'cuts') {
      for (const id of detail.ids) if (review.byId.has(id)) row(review.byId.get(id));
      order();
      paint();
    } else if (kind === 'reset') {
      rows.clear();
      list.replaceChildren();
      review.cuts.forEach(row);
      order();
      paint();
    } else if (kind === 'filter' || kind === 'select') {
      paint();
      if (kind === 'select' && detail) rows.get(detail.id)?.scrollIntoView({ block: 'nearest' });
    }
  });

  return h('div', { class: 'cutlist' },
    h('div', { class: 'filter' },
      h('label', { for: 'confidence' }, 'Show cuts from confidence'), slider, valueLabel, shown,
      h('p', { class: 'lede', id: 'confidence-note' },
        review.readOnly ? 'This only filters what you see. The exports follow the owner’s decisions.'
          : 'This only filters what you see. Exports follow your decisions.'),
      review.readOnly ? null : belowButton(review)),
    h('div', { class: 'cuts-scroll' }, list, empty));
}

function cutRow(review, cut) {
  const decision = decisionOf(cut.decision);
  const at = clock(cut.start);
  const edit = cut.edit === 'added' ? 'Added by you' : cut.edit === 'adjusted' ? 'Adjusted by you' : null;
  const li = h('li', {
    class: `cutrow decision-${decision.id}${decision.id === 'rejected' ? ' rejected' : ''}`,
    dataset: { id: cut.id, decision: decision.id },
    style: { borderLeftColor: `var(--${categoryClass(cut.category)})` },
    onclick: (e) => {
      if (e.target.closest('button')) return;
      const extend = e.shiftKey;
      const toggle = e.ctrlKey || e.metaKey;
      review.select(cut, { extend, toggle, play: !extend && !toggle });
    },
  },
  h('div', { class: 'when' },
    h('time', { title: `${timecode(cut.start)} to ${timecode(cut.end)}` }, `${at} → ${clock(cut.end)}`),
    ` · ${(cut.end - cut.start).toFixed(1)} s`),
  h('div', { class: 'what' },
    h('span', { class: 'catline' }, h('span', { class: `swatch ${categoryClass(cut.category)}` }),
      h('strong', {}, categoryName(cut.category)),
      decision.label ? h('span', { class: 'badge review-mark' }, decision.label) : null),
    cut.reason ? ` · ${cut.reason}` : '',
    cut.transcript ? h('q', {}, ` ${cut.transcript}`) : ''),
  h('div', { class: 'meta' },
    cut.confidence != null ? h('span', {}, `Confidence ${Math.round(cut.confidence * 100)} %`) : null,
    cut.source && cut.source !== 'reviewer' ? h('span', {}, `Found by ${cut.source}`) : null,
    edit ? h('span', { class: 'edit-mark', dataset: { edit: cut.edit } }, edit) : null),
  h('div', { class: 'cut-actions' },
    h('button', { type: 'button', class: 'small', dataset: { action: 'jump' }, 'aria-label': `Jump to the cut at ${at}`,
      onclick: () => review.select(cut, { play: true }) }, 'Jump to'),
    h('button', { type: 'button', class: 'small', dataset: { action: 'around' },
      'aria-label': `Play around the cut at ${at}`, onclick: () => review.select(cut, { around: true }) },
    'Play around this cut')),
  h('div', { class: 'decide' },
    review.readOnly ? null : h('div', { class: 'toggle', role: 'group', 'aria-label': `Decision for the cut at ${at}` },
      CHOICES.map((d) => h('button', {
        type: 'button', class: d.verb.toLowerCase(), dataset: { action: d.verb.toLowerCase() },
        'aria-pressed': String(d.id === decision.id), title: `${d.verb} (${d.key.toUpperCase()})`,
        onclick: () => review.decide(cut, d.id),
      }, d.verb))),
    h('span', { class: 'state' }, decision.state)));
  return li;
}
