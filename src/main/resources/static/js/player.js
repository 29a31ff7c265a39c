// The preview player: plays the normalised video, jumps to a cut, plays around a cut (2 s either side),
// and can preview the edit by skipping the accepted cuts as it plays.

import { h } from './dom.js';
import { categoryName, clock } from './format.js';

const AROUND_SECONDS = 2;

export function playerPanel(review, mediaUrl) {
  const video = h('video', { controls: true, preload: 'metadata', playsinline: true, id: 'preview',
    'aria-label': 'Preview of the video' });
  const now = h('p', { class: 'now', 'aria-live': 'polite' }, 'Choose a cut to jump to it.');
  const skip = h('input', { type: 'checkbox', id: 'skip-cuts' });
  const unavailable = h('div', { class: 'alert warn', hidden: true },
    'The preview is not available for this video. The cut list and exports still work.');
  let stopAt = null;

  video.addEventListener('error', () => {
    video.hidden = true;
    unavailable.hidden = false;
  }, { once: true });
  video.src = mediaUrl;

  video.addEventListener('timeupdate', () => {
    const t = video.currentTime;
    if (stopAt != null && t >= stopAt) {
      video.pause();
      stopAt = null;
    }
    if (skip.checked && !video.paused) {
      const cut = review.acceptedCutAt(t);
      if (cut) video.currentTime = cut.end;
    }
    review.setTime(video.currentTime);
  });
  video.addEventListener('seeking', () => review.setTime(video.currentTime));

  const go = (t) => {
    video.currentTime = Math.max(0, t);
    review.setTime(video.currentTime);
  };

  review.subscribe((kind, detail) => {
    if (kind === 'seek') {
      stopAt = null;
      go(detail);
    } else if (kind === 'select' && detail) {
      now.textContent = `${categoryName(detail.category)}, ${clock(detail.start)} to ${clock(detail.end)}: ${detail.reason ?? ''}`;
    } else if (kind === 'play') {
      const { segment, around } = detail;
      if (around) {
        // Playing from a little before to a little after shows how the cut would feel in context.
        go(segment.start - AROUND_SECONDS);
        stopAt = Math.min(review.duration || Infinity, segment.end + AROUND_SECONDS);
        const played = video.play();
        played?.catch(() => {});
      } else {
        stopAt = null;
        go(segment.start);
      }
    }
  });

  return h('div', { class: 'player' },
    video, unavailable, now,
    h('label', { class: 'check', for: 'skip-cuts' }, skip, 'Preview the edit: skip accepted cuts while playing'));
}
