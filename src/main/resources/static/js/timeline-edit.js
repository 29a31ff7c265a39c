// Editing on the timeline with a pointer: drag a cut's edge (snapping to frames, and to silences near the
// pointer), drag across the timeline to mark a range for a new cut, click a cut to select it, click anywhere
// else to move the playhead. A read-only review only selects and moves the playhead.

import { h } from './dom.js';
import { clock } from './format.js';
import { frameSeconds, snapEdge } from './snap.js';

const CLICK_PIXELS = 4;

export function editByPointer(review, tl) {
  const { content } = tl;
  const tip = h('div', { class: 'tl-tip', hidden: true, 'aria-hidden': 'true' });
  content.append(tip);
  let drag = null;

  const timeAt = (clientX) => Math.min(tl.total, Math.max(0, (clientX - content.getBoundingClientRect().left) / tl.pps));
  const snap = (t, e) => snapEdge(t, { rate: review.rate, silences: review.silences, pixelsPerSecond: tl.pps, free: e.altKey });
  const showTip = (t, snapped) => {
    tip.hidden = false;
    tip.style.left = `${(t / tl.total) * 100}%`;
    tip.textContent = `${clock(t)}${snapped ? ' · silence edge' : ''}`;
  };

  content.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    const mark = e.target.closest('.cut');
    const cut = mark ? review.byId.get(mark.dataset.id) : null;
    const edge = e.target.closest('.tl-edge');
    if (edge && cut && !review.readOnly) {
      drag = { kind: 'edge', side: edge.dataset.edge, cut, x0: e.clientX, start: cut.start, end: cut.end };
    } else if (cut) {
      const extend = e.shiftKey;
      const toggle = e.ctrlKey || e.metaKey;
      review.select(cut, { extend, toggle });
      if (!extend && !toggle) review.seek(cut.start);
      return;
    } else {
      drag = { kind: 'range', x0: e.clientX, from: timeAt(e.clientX), moved: false };
    }
    content.setPointerCapture(e.pointerId);
    e.preventDefault();
  });

  content.addEventListener('pointermove', (e) => {
    if (!drag) return;
    if (drag.kind === 'edge') {
      const frame = frameSeconds(review.rate);
      const { cut, side } = drag;
      const moved = snap((side === 'start' ? cut.start : cut.end) + (e.clientX - drag.x0) / tl.pps, e);
      if (side === 'start') drag.start = Math.max(0, Math.min(moved.t, cut.end - frame));
      else drag.end = Math.min(tl.total, Math.max(moved.t, cut.start + frame));
      tl.paint(cut, { start: drag.start, end: drag.end });
      showTip(side === 'start' ? drag.start : drag.end, moved.silence);
    } else if (!review.readOnly && (drag.moved || Math.abs(e.clientX - drag.x0) > CLICK_PIXELS)) {
      drag.moved = true;
      const a = snap(drag.from, e).t;
      const b = snap(timeAt(e.clientX), e);
      review.setRange({ start: Math.min(a, b.t), end: Math.max(a, b.t) });
      showTip(b.t, b.silence);
    }
  });

  const finish = (e, cancelled) => {
    if (!drag) return;
    const done = drag;
    drag = null;
    tip.hidden = true;
    if (done.kind === 'edge') {
      if (cancelled || (done.start === done.cut.start && done.end === done.cut.end)) tl.paint(done.cut);
      else review.adjust(done.cut, done.start, done.end);
    } else if (!done.moved && !cancelled) {
      review.setRange(null);
      review.seek(timeAt(e.clientX));
    }
  };
  content.addEventListener('pointerup', (e) => finish(e, false));
  content.addEventListener('pointercancel', (e) => finish(e, true));
}
