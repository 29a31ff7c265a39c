// The review of a finished job, shared by the job page and the read-only shared page: summary, timeline,
// preview player and the list of cuts (with accept/reject toggles unless read-only).
import { el, seconds } from './api.js';

const CATEGORY_NAMES = {
  pause: 'Pause', filler_words: 'Filler words', false_start: 'False start', technical: 'Technical',
  redundant: 'Redundant', dead_air: 'Dead air',
};

/**
 * @param container where to render
 * @param result    the result JSON (ARCHITECTURE.md "The result")
 * @param options   { readOnly, mediaUrl, onDecision(cutId, decision) -> Promise<result> }
 */
export function renderReview(container, result, options) {
  let current = result;
  let minConfidence = 0;
  const video = el('video', { controls: true, preload: 'metadata', src: options.mediaUrl, playsinline: true });
  let stopAt = null;
  video.addEventListener('timeupdate', () => {
    head.style.left = `${(video.currentTime / duration()) * 100}%`;
    if (stopAt !== null && video.currentTime >= stopAt) { video.pause(); stopAt = null; }
  });
  const head = el('div', { class: 'head' });
  const timeline = el('div', { class: 'timeline', title: 'Click to jump there' });
  timeline.addEventListener('click', (e) => {
    const box = timeline.getBoundingClientRect();
    video.currentTime = ((e.clientX - box.left) / box.width) * duration();
  });
  const summary = el('div', { class: 'summary' });
  const list = el('tbody');
  const filterLabel = el('span', { class: 'muted' });
  const filter = el('input', { type: 'range', min: '0', max: '1', step: '0.05', value: '0', 'aria-label': 'Minimum confidence' });
  filter.addEventListener('input', () => { minConfidence = Number(filter.value); draw(); });

  function duration() {
    return current.summary.originalDuration || current.source.durationSeconds || 1;
  }

  function playAround(cut) {
    video.currentTime = Math.max(0, cut.start - 2);
    stopAt = cut.end + 2;
    video.play().catch(() => {});
  }

  async function toggle(cut) {
    const next = cut.decision === 'rejected' ? 'accepted' : 'rejected';
    current = await options.onDecision(cut.id, next);
    draw();
  }

  function draw() {
    const s = current.summary;
    summary.replaceChildren(
      el('div', {}, el('b', {}, seconds(s.originalDuration)), 'original'),
      el('div', {}, el('b', {}, seconds(s.finalDuration)), 'after cuts'),
      el('div', {}, el('b', {}, seconds(s.timeRemoved)), 'removed'),
      el('div', {}, el('b', {}, String(s.cutCount)), 'cuts accepted'),
      ...Object.entries(s.byCategory || {}).map(([k, v]) =>
        el('div', {}, el('b', {}, String(v)), CATEGORY_NAMES[k] || k)),
    );
    timeline.replaceChildren(...current.segmentsToRemove.map((c) => el('div', {
      class: `cut ${c.decision === 'rejected' ? 'rejected' : ''}`,
      title: `${CATEGORY_NAMES[c.category] || c.category}: ${c.reason}`,
      style: `left:${(c.start / duration()) * 100}%;width:${((c.end - c.start) / duration()) * 100}%;background:var(--${c.category}, #888)`,
    })), head);
    const shown = current.segmentsToRemove.filter((c) => c.confidence >= minConfidence);
    filterLabel.textContent = `confidence ≥ ${minConfidence.toFixed(2)}: ${shown.length} of ${current.segmentsToRemove.length} cuts`;
    list.replaceChildren(...shown.map((c) => el('tr', { class: c.decision === 'rejected' ? 'rejected' : '', 'data-cut': c.id },
      el('td', {}, el('a', { href: '#', onclick: (e) => { e.preventDefault(); playAround(c); } }, seconds(c.start))),
      el('td', {}, `${c.duration.toFixed(1)} s`),
      el('td', {}, el('span', { class: 'badge', style: `background:var(--${c.category});color:#fff` }, CATEGORY_NAMES[c.category] || c.category)),
      el('td', { class: 'reason' }, c.reason),
      el('td', { class: 'conf' }, c.confidence.toFixed(2)),
      el('td', {}, el('div', { class: 'row' },
        el('button', { onclick: () => playAround(c), title: 'Play two seconds before to two seconds after' }, '▶ around'),
        options.readOnly ? el('span', { class: 'muted' }, c.decision)
          : el('button', { class: 'decision', onclick: () => toggle(c) }, c.decision === 'rejected' ? 'Rejected — keep it' : 'Cut — reject'))),
    )));
  }

  const legend = el('div', { class: 'legend' }, ...Object.entries(CATEGORY_NAMES).map(([k, v]) =>
    el('span', {}, el('i', { style: `background:var(--${k})` }), v)));
  container.replaceChildren(
    el('section', { class: 'card' }, el('h2', {}, 'Summary'), summary),
    el('section', { class: 'card two' },
      el('div', {}, video),
      el('div', {}, el('h2', {}, 'Timeline'), timeline, legend,
        el('p', { class: 'muted' }, 'Each coloured band is a proposed cut. Click the bar to jump; use “▶ around” to hear a cut in context.'))),
    el('section', { class: 'card' }, el('h2', {}, 'Cuts'),
      el('div', { class: 'row' }, filter, filterLabel),
      el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'At'), el('th', {}, 'Length'), el('th', {}, 'Category'),
        el('th', { class: 'reason' }, 'Reason'), el('th', { class: 'conf' }, 'Confidence'), el('th', {}, ''))), list)),
  );
  draw();
}
