// The results of a finished job: the review workspace, the summary folded away, and the exports (for the
// owner, with the share link too). The shared page shows the same, read-only, through its share link.

import { fill, h } from './dom.js';
import { Review } from './review.js';
import { exportShareCard } from './share.js';
import { summaryBox } from './summary.js';
import { workspace } from './workspace.js';

/**
 * @param {HTMLElement} container
 * @param result the result JSON
 * @param {{jobId: string, readOnly: boolean, chunks?: object[], shareToken?: string, sharedBase?: string}} options
 *        sharedBase: the share link's API address (/api/shared/{token}) on the shared page
 */
export function showResults(container, result, options) {
  const review = new Review(result, options);
  const id = encodeURIComponent(review.jobId);
  const urls = options.sharedBase
    ? { media: `${options.sharedBase}/media`, waveform: `${options.sharedBase}/waveform`,
      export: (format) => `${options.sharedBase}/export/${format}` }
    : { media: `/api/videos/${id}/media`, waveform: `/api/videos/${id}/waveform`,
      export: (format) => `/api/export/${id}/${format}` };
  const shareError = h('div', { class: 'alert error', role: 'alert', hidden: true });
  const onError = (message) => {
    shareError.textContent = message;
    shareError.hidden = false;
  };
  fill(container,
    workspace(review, { urls, chunks: options.chunks }),
    shareError,
    exportShareCard(review, options.shareToken, onError, urls.export),
    summaryBox(review));
  container.hidden = false;
  return review;
}
