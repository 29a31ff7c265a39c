// The list of proposed cuts with accept/reject toggles and a confidence filter.

import { h } from './dom.js';
import { categoryClass, categoryName, clock, timecode } from './format.js';

export function cutList(review, onError) {
  const rows = new Map();
  const list = h('ol', { class: 'cuts', id: 'cut-list', 'aria-label': 'Proposed cuts' });
  const shown = h('span', { id: 'cuts-shown', 'aria-live': 'polite' });
  const valueLabel = h('output', { for: 'confidence', id: 'confidence-value' }, '0 %');
  const slider = h('input', {
    type: 'range', id: 'confidence', min: '0', max: '100', step: '5', value: '0',
    oninput: () => {
      valueLabel.textContent = `${slider.value} %`;
      review.setMinConfidence(Number(slider.value) / 100);
    },
  });

  for (const s of review.segments) {
    const row = cutRow(review, s, onError);
    rows.set(s.id, row);
    list.append(row.li);
  }

  const paint = () => {
    let visible = 0;
    for (const s of review.segments) {
      const row = rows.get(s.id);
      const show = review.isVisible(s);
      row.li.hidden = !show;
      if (show) visible += 1;
      row.update();
    }
    shown.textContent = `Showing ${visible} of ${review.segments.length} cuts`;
  };
  paint();
  review.subscribe((kind, detail) => {
    if (kind === 'filter') paint();
    else if (kind === 'decision') rows.get(detail.id)?.update();
    else if (kind === 'select') {
      for (const row of rows.values()) row.update();
      if (detail) rows.get(detail.id)?.li.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  });

  return h('div', { class: 'cutlist' },
    h('div', { class: 'filter' },
      h('label', { for: 'confidence' }, 'Minimum confidence'), slider, valueLabel, shown),
    review.segments.length ? list : h('p', { class: 'empty' }, 'No cuts were proposed for this video.'));
}

function cutRow(review, s, onError) {
  const accept = h('button', { type: 'button', class: 'accept', dataset: { action: 'accept' } }, 'Accept');
  const reject = h('button', { type: 'button', class: 'reject', dataset: { action: 'reject' } }, 'Reject');
  const state = h('span', { class: 'state' });
  const li = h('li', { class: 'cutrow', dataset: { id: s.id }, style: { borderLeftColor: `var(--${categoryClass(s.category)})` } },
    h('div', { class: 'when' },
      h('time', { title: `${timecode(s.start)} to ${timecode(s.end)}` }, `${clock(s.start)} → ${clock(s.end)}`),
      ` · ${(s.duration ?? s.end - s.start).toFixed(1)} s`),
    h('div', { class: 'what' },
      h('span', { class: 'catline' }, h('span', { class: `swatch ${categoryClass(s.category)}` }),
        h('strong', {}, categoryName(s.category))),
      s.reason ? ` · ${s.reason}` : '',
      s.transcript ? h('q', {}, ` ${s.transcript}`) : ''),
    h('div', { class: 'meta' },
      s.confidence != null ? h('span', {}, `Confidence ${Math.round(s.confidence * 100)} %`) : null,
      s.source ? h('span', {}, `Found by ${s.source}`) : null),
    h('div', { class: 'cut-actions' },
      h('button', { type: 'button', class: 'small', dataset: { action: 'jump' },
        'aria-label': `Jump to the cut at ${clock(s.start)}`,
        onclick: () => review.select(s, { play: true }) }, 'Jump to'),
      h('button', { type: 'button', class: 'small', dataset: { action: 'around' },
        'aria-label': `Play around the cut at ${clock(s.start)}`,
        onclick: () => review.select(s, { around: true }) }, 'Play around this cut')),
    h('div', { class: 'decide' },
      review.readOnly ? state : h('div', { class: 'toggle', role: 'group', 'aria-label': `Decision for the cut at ${clock(s.start)}` }, accept, reject),
      review.readOnly ? null : state));

  const decide = async (decision, button) => {
    accept.disabled = true;
    reject.disabled = true;
    try {
      await review.decide(s, decision);
    } catch (e) {
      onError(`The decision could not be saved: ${e.message}`);
    } finally {
      accept.disabled = false;
      reject.disabled = false;
      update();
      button.focus();
    }
  };
  accept.addEventListener('click', () => decide('accepted', accept));
  reject.addEventListener('click', () => decide('rejected', reject));

  const update = () => {
    const accepted = review.isAccepted(s);
    li.classList.toggle('rejected', !accepted);
    li.classList.toggle('selected', s.id === review.selectedId);
    li.dataset.decision = accepted ? 'accepted' : 'rejected';
    accept.setAttribute('aria-pressed', String(accepted));
    reject.setAttribute('aria-pressed', String(!accepted));
    state.textContent = accepted ? 'Will be cut' : 'Kept in';
  };
  update();
  return { li, update };
}
