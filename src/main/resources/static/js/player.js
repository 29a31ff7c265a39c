// The preview player: plays the normalised video, jumps to a cut, plays around a cut (2 s either side),
// shuttles with J/K/L, steps by frames, and previews the edit by skipping the cuts that remove time as it
// plays. It reports its time to the review on every frame while playing, so the playhead moves smoothly.

import { h } from './dom.js';
import { categoryName, clock } from './format.js';
import { frameSeconds } from './snap.js';

const AROUND_SECONDS = 2;
const RATES = [1, 2, 4];
const REVERSE_TICK_MS = 100;

/** The player panel; returns {element, controls} where controls are what the keyboard drives. */
export function playerPanel(review, mediaUrl) {
  const video = h('video', { controls: true, preload: 'metadata', playsinline: true, id: 'preview',
    'aria-label': 'Preview of the video' });
  const now = h('p', { class: 'now', id: 'now', 'aria-live': 'polite' }, 'Choose a cut to jump to it.');
  const skip = h('input', { type: 'checkbox', id: 'skip-cuts' });
  const play = h('button', { type: 'button', id: 'play', class: 'small', 'aria-label': 'Play', title: 'Play or pause (Space)' }, 'Play');
  const clockText = h('span', { class: 'mono', id: 'clock' }, `${clock(0)} / ${clock(review.duration)}`);
  const shuttleText = h('span', { class: 'badge', id: 'shuttle', hidden: true });
  const unavailable = h('div', { class: 'alert warn', hidden: true },
    'The preview is not available for this video. The cut list and exports still work.');
  let stopAt = null;
  let loop = 0;
  let rate = 1;
  let reverse = null; // {rate, timer} while J shuttles backwards

  video.addEventListener('error', () => {
    video.hidden = true;
    unavailable.hidden = false;
  }, { once: true });
  video.src = mediaUrl;

  const report = () => {
    review.setTime(video.currentTime);
    clockText.textContent = `${clock(video.currentTime)} / ${clock(review.duration)}`;
  };
  const check = () => {
    const t = video.currentTime;
    if (stopAt != null && t >= stopAt) {
      video.pause();
      stopAt = null;
    } else if (skip.checked && !video.seeking) {
      const end = review.skipFrom(t);
      if (end != null) video.currentTime = Math.min(end, review.duration);
    }
    report();
  };
  // Every frame while playing, so a skip lands within a frame of the cut; timeupdate covers a hidden tab.
  const tick = () => {
    loop = 0;
    if (video.paused) return;
    check();
    loop = requestAnimationFrame(tick);
  };
  const showShuttle = () => {
    const forward = !video.paused && rate !== 1 ? `▶▶ ${rate}×` : null;
    shuttleText.textContent = reverse ? `◀◀ ${reverse.rate}×` : forward ?? '';
    shuttleText.hidden = !shuttleText.textContent;
  };
  video.addEventListener('play', () => {
    review.setPlaying(true);
    play.textContent = 'Pause';
    play.setAttribute('aria-label', 'Pause');
    if (!loop) loop = requestAnimationFrame(tick);
  });
  video.addEventListener('pause', () => {
    review.setPlaying(false);
    play.textContent = 'Play';
    play.setAttribute('aria-label', 'Play');
    showShuttle();
  });
  video.addEventListener('timeupdate', () => (video.paused ? report() : check()));
  video.addEventListener('seeked', report);

  const go = (t) => {
    video.currentTime = Math.max(0, Math.min(review.duration || Infinity, t));
    report();
  };
  const stopReverse = () => {
    if (reverse) clearInterval(reverse.timer);
    reverse = null;
  };
  const start = (speed) => {
    stopReverse();
    rate = speed;
    video.playbackRate = speed;
    video.play()?.catch(() => {});
    showShuttle();
  };

  const controls = {
    togglePlay() {
      if (reverse || !video.paused) controls.stop();
      else start(1);
    },
    stop() {
      stopReverse();
      stopAt = null;
      video.pause();
      rate = 1;
      video.playbackRate = 1;
      showShuttle();
    },
    /** L (1) and J (-1): faster each press, in that direction; the other direction first stops. */
    shuttle(direction) {
      if (direction > 0) {
        start(reverse || video.paused ? 1 : RATES[Math.min(RATES.length - 1, RATES.indexOf(rate) + 1)]);
        return;
      }
      const next = reverse ? RATES[Math.min(RATES.length - 1, RATES.indexOf(reverse.rate) + 1)] : 1;
      controls.stop();
      reverse = { rate: next, timer: setInterval(() => {
        if (video.currentTime <= 0) controls.stop();
        else go(video.currentTime - (REVERSE_TICK_MS / 1000) * reverse.rate);
      }, REVERSE_TICK_MS) };
      showShuttle();
    },
    /** Moves by whole frames, paused. */
    step(frames) {
      controls.stop();
      go(video.currentTime + frames * frameSeconds(review.rate));
    },
    toggleSkip() {
      skip.checked = !skip.checked;
    },
  };
  play.addEventListener('click', () => controls.togglePlay());

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
        stopReverse();
        video.play()?.catch(() => {});
      } else {
        stopAt = null;
        go(segment.start);
      }
    }
  });

  const element = h('div', { class: 'player ws-player' },
    video, unavailable,
    h('div', { class: 'transport' }, play, clockText, shuttleText,
      h('label', { class: 'check', for: 'skip-cuts' }, skip, 'Preview the edit: skip accepted cuts while playing')),
    now);
  return { element, controls };
}
