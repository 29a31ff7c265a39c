// The timeline: the whole video, or any part of it down to a few seconds across, with the measured sound,
// the cuts coloured by category and drawn by decision, the playhead, and scrolling that follows the
// playhead. Editing by pointer (edges, ranges) is in timeline-edit.js.

import { decisionOf } from './decisions.js';
import { h } from './dom.js';
import { CATEGORIES, categoryClass, categoryName, clock, duration } from './format.js';
import { editByPointer } from './timeline-edit.js';
import { drawView, loadWaveform } from './waveform.js';

const RULER = 20;
const MIN_SECONDS_ACROSS = 2;
const ZOOM_STEPS = 1000;

/** The timeline card; returns {element, zoomBy(factor), zoomFit(), zoomToSeconds(s)}. */
export function timelineCard(review, { waveformUrl }) {
  const total = Math.max(review.duration, 0.001);
  const canvas = h('canvas', { class: 'tl-canvas', 'aria-hidden': 'true' });
  const playhead = h('div', { class: 'tl-playhead', 'aria-hidden': 'true' });
  const band = h('div', { class: 'tl-range', id: 'timeline-range', hidden: true, 'aria-hidden': 'true' });
  const content = h('div', {
    class: 'timeline', id: 'timeline', role: 'group',
    'aria-label': `Cuts on the timeline of the video, ${duration(review.duration)} long`,
  }, band, playhead);
  const scroller = h('div', {
    class: 'tl-scroll', id: 'timeline-scroll', tabindex: '0',
    'aria-label': 'Timeline. Ctrl and the mouse wheel zoom; the keys under ? move between cuts and change them.',
  }, content);
  const status = h('p', { class: 'tl-status', 'aria-live': 'polite' }, 'Measuring the sound…');
  const view = h('div', { class: 'tl-view', id: 'timeline-view' }, canvas, scroller, status);
  const zoom = h('input', { type: 'range', id: 'zoom', min: '0', max: String(ZOOM_STEPS), step: '1', value: '0',
    'aria-label': 'Zoom, from the whole video to a few seconds across' });
  const across = h('span', { id: 'zoom-label', class: 'lede', 'aria-live': 'polite' });
  const follow = h('input', { type: 'checkbox', id: 'follow', checked: true });
  const legend = h('ul', { class: 'legend', 'aria-label': 'Categories' });
  const tl = { pps: 0, wave: null, content, scroller, total, marks: new Map() };

  const width = () => scroller.clientWidth || 1;
  const fit = () => width() / total;
  const most = () => Math.max(fit(), width() / MIN_SECONDS_ACROSS);
  const toZoom = (pps) => (most() > fit() ? Math.round((Math.log(pps / fit()) / Math.log(most() / fit())) * ZOOM_STEPS) : 0);
  const fromZoom = (value) => fit() * (most() / fit()) ** (value / ZOOM_STEPS);

  let drawing = 0;
  const draw = () => {
    if (drawing) return;
    drawing = requestAnimationFrame(() => {
      drawing = 0;
      if (!tl.pps) return;
      canvas.style.height = `${scroller.clientHeight}px`;
      drawView(canvas, { wave: tl.wave, t0: scroller.scrollLeft / tl.pps, pps: tl.pps, duration: total, ruler: RULER });
    });
  };

  /** Zooms to pps keeping time anchorT at anchorX pixels from the left of the view (the playhead by default). */
  const setZoom = (pps, anchorT, anchorX) => {
    const before = tl.pps || fit();
    const playheadX = review.time * before - scroller.scrollLeft;
    const t = anchorT ?? (playheadX >= 0 && playheadX <= width() ? review.time : (scroller.scrollLeft + width() / 2) / before);
    const x = anchorX ?? (anchorT == null && playheadX >= 0 && playheadX <= width() ? playheadX : width() / 2);
    tl.pps = Math.min(most(), Math.max(fit(), pps));
    content.style.width = `${total * tl.pps}px`;
    content.dataset.pps = String(tl.pps);
    scroller.scrollLeft = t * tl.pps - x;
    zoom.value = String(toZoom(tl.pps));
    across.textContent = `${duration(width() / tl.pps)} across`;
    zoom.setAttribute('aria-valuetext', across.textContent);
    draw();
  };

  const zoomBy = (factor) => setZoom((tl.pps || fit()) * factor);
  const zoomFit = () => setZoom(fit(), 0, 0);
  const zoomToSeconds = (seconds) => setZoom(width() / seconds);

  const show = (from, to) => {
    const left = scroller.scrollLeft / tl.pps;
    const right = left + width() / tl.pps;
    if (from < left || to > right) scroller.scrollLeft = ((from + to) / 2) * tl.pps - width() / 2;
  };

  tl.paint = (cut, range = cut) => paintMark(review, tl, cut, range);
  const repaint = () => {
    for (const cut of review.cuts) tl.paint(cut);
    for (const [id, el] of tl.marks) {
      if (!review.byId.has(id)) {
        el.remove();
        tl.marks.delete(id);
      }
    }
    paintLegend(review, legend);
  };

  zoom.addEventListener('input', () => setZoom(fromZoom(Number(zoom.value))));
  scroller.addEventListener('scroll', draw);
  scroller.addEventListener('wheel', (e) => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const x = e.clientX - scroller.getBoundingClientRect().left;
    setZoom(tl.pps * 1.25 ** (-e.deltaY / 100), (scroller.scrollLeft + x) / tl.pps, x);
  }, { passive: false });
  new ResizeObserver(() => {
    const wasFit = !tl.pps || tl.pps <= fit() * 1.0001 || zoom.value === '0';
    setZoom(wasFit ? fit() : tl.pps, wasFit ? 0 : undefined, wasFit ? 0 : undefined);
  }).observe(scroller);

  review.subscribe((kind, detail) => {
    if (kind === 'time') {
      playhead.style.left = `${(Math.min(detail, total) / total) * 100}%`;
      const x = detail * tl.pps - scroller.scrollLeft;
      if (follow.checked && review.playing && (x < 0 || x > width() * 0.9)) scroller.scrollLeft = detail * tl.pps - width() * 0.1;
    } else if (kind === 'cuts') {
      for (const id of detail.ids) {
        const cut = review.byId.get(id);
        if (cut) tl.paint(cut);
        else {
          tl.marks.get(id)?.remove();
          tl.marks.delete(id);
        }
      }
      for (const cut of review.cuts) tl.paint(cut);
      paintLegend(review, legend);
    } else if (kind === 'select') {
      for (const cut of review.cuts) tl.paint(cut);
      if (detail && tl.pps) show(detail.start, detail.end);
    } else if (kind === 'filter' || kind === 'reset') {
      repaint();
    } else if (kind === 'range') {
      band.hidden = !detail;
      if (detail) {
        band.style.left = `${(detail.start / total) * 100}%`;
        band.style.width = `${((detail.end - detail.start) / total) * 100}%`;
      }
    }
  });

  loadWaveform(waveformUrl).then((wave) => {
    tl.wave = wave;
    review.silences = wave.silences;
    view.dataset.waveform = 'loaded';
    status.textContent = wave.levels.length ? '' : 'This video has no sound to draw.';
    status.hidden = wave.levels.length > 0;
    draw();
  }, (e) => {
    view.dataset.waveform = 'failed';
    status.textContent = `The waveform could not be loaded (${e.message}). The cuts still work.`;
  });

  repaint();
  editByPointer(review, tl);

  const element = h('section', { class: 'card ws-timeline', 'aria-labelledby': 'timeline-title' },
    h('div', { class: 'tl-toolbar' },
      h('h2', { id: 'timeline-title' }, 'Timeline'),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'small', id: 'zoom-out', 'aria-label': 'Zoom out', title: 'Zoom out (−)',
          onclick: () => zoomBy(1 / 2) }, '−'),
        zoom,
        h('button', { type: 'button', class: 'small', id: 'zoom-in', 'aria-label': 'Zoom in', title: 'Zoom in (+)',
          onclick: () => zoomBy(2) }, '+'),
        h('button', { type: 'button', class: 'small', id: 'zoom-fit', title: 'The whole video (0)', onclick: zoomFit },
          'Whole video'),
        across),
      h('label', { class: 'check', for: 'follow' }, follow, 'Follow the playhead')),
    view,
    h('p', { class: 'lede tl-hint' }, review.readOnly
      ? 'Click to move the playhead; click a cut to select it. Hatched cuts are kept in.'
      : 'Drag a cut’s edge to move it (it snaps to frames, and to silences nearby; hold Alt to snap to frames '
        + 'only). Drag across the waveform to mark a new cut. Hatched cuts are kept in.'),
    legend);
  return { element, zoomBy, zoomFit, zoomToSeconds };
}

function paintMark(review, tl, cut, range) {
  let el = tl.marks.get(cut.id);
  if (!el) {
    el = h('div', { class: 'cut', role: 'button', tabindex: '-1', dataset: { id: cut.id } },
      review.readOnly ? null : [h('span', { class: 'tl-edge', dataset: { edge: 'start' }, 'aria-hidden': 'true' }),
        h('span', { class: 'tl-edge', dataset: { edge: 'end' }, 'aria-hidden': 'true' })]);
    tl.content.insertBefore(el, tl.content.firstChild);
    tl.marks.set(cut.id, el);
  }
  const decision = decisionOf(cut.decision);
  el.style.left = `${(range.start / tl.total) * 100}%`;
  el.style.width = `${((range.end - range.start) / tl.total) * 100}%`;
  el.style.setProperty('--c', `var(--${categoryClass(cut.category)})`);
  el.className = ['cut', decision.id, review.selected.has(cut.id) ? 'selected' : null,
    review.isVisible(cut) ? null : 'dim', cut.edit ? 'edited' : null].filter(Boolean).join(' ');
  el.dataset.decision = decision.id;
  el.dataset.category = cut.category;
  const edited = cut.edit === 'added' ? ', added by you' : cut.edit === 'adjusted' ? ', adjusted by you' : '';
  el.setAttribute('aria-label', `${categoryName(cut.category)} from ${clock(range.start)} to ${clock(range.end)}, `
    + `${decision.state.toLowerCase()}${edited}`);
  el.title = `${categoryName(cut.category)} ${clock(range.start)}–${clock(range.end)}: ${cut.reason ?? ''}`;
}

function paintLegend(review, legend) {
  const counts = {};
  for (const s of review.cuts) counts[s.category] = (counts[s.category] ?? 0) + 1;
  const present = [...CATEGORIES.filter((c) => counts[c]), ...Object.keys(counts).filter((c) => !CATEGORIES.includes(c))];
  legend.replaceChildren(...(present.length
    ? present.map((c) => h('li', {}, h('span', { class: `swatch ${categoryClass(c)}` }), `${categoryName(c)} (${counts[c]})`))
    : [h('li', { class: 'empty' }, 'No cuts were found.')]));
}
