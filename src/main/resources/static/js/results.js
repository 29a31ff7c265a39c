// The results of a finished job: summary, timeline, player with cut list, and (for the owner) export and
// share. The shared page shows the same, read-only.

import { fill, h } from './dom.js';
import { cutList } from './cutlist.js';
import { playerPanel } from './player.js';
import { Review } from './review.js';
import { exportShareCard } from './share.js';
import { summaryCard } from './summary.js';
import { timelineCard } from './timeline.js';

/**
 * @param {HTMLElement} container
 * @param result the result JSON
 * @param {{jobId: string, readOnly: boolean, chunks?: object[], shareToken?: string, mediaUrl?: string}} options
 */
export function showResults(container, result, options) {
  const review = new Review(result, options);
  const error = h('div', { class: 'alert error', role: 'alert', hidden: true });
  const onError = (message) => {
    error.textContent = message;
    error.hidden = false;
  };
  const mediaUrl = options.mediaUrl ?? `/api/videos/${encodeURIComponent(review.jobId)}/media`;
  fill(container, 
    summaryCard(review, options.chunks),
    timelineCard(review),
    h('section', { class: 'card', 'aria-labelledby': 'review-title' },
      h('div', { class: 'card-head' }, h('h2', { id: 'review-title' }, 'Cuts'),
        review.readOnly ? null : h('span', { class: 'lede' }, 'Accept or reject each cut. Your choices are saved at once.')),
      error,
      h('div', { class: 'review' }, playerPanel(review, mediaUrl), cutList(review, onError))),
    review.readOnly ? null : exportShareCard(review, options.shareToken, onError));
  container.hidden = false;
  return review;
}
