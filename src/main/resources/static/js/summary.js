// Summary figures: original, final and removed time (following the person's decisions and edits), cuts by
// category and what the analysis cost, folded away under the workspace; and the note on chunks that failed,
// which the workspace shows openly.

import { h } from './dom.js';
import { categoryClass, categoryName, clock, duration, normalizationText } from './format.js';

export function summaryBox(review) {
  const figures = h('dl', { class: 'figures', id: 'summary' });
  const byCategory = h('ul', { class: 'legend', 'aria-label': 'Cuts by category' });
  const paint = () => {
    const original = review.duration;
    const removed = review.removedSeconds();
    const accepted = review.acceptedSegments();
    figures.replaceChildren(
      figure('Original', duration(original)),
      figure('After cuts', duration(Math.max(0, original - removed))),
      figure('Removed', duration(removed), original > 0 ? `${Math.round((removed / original) * 100)} %` : null),
      figure('Cuts', `${accepted.length}`, review.segments.length !== accepted.length ? `of ${review.segments.length}` : null),
      ...usageFigures(review.result.processing));
    const seconds = {};
    const counts = {};
    for (const s of accepted) {
      counts[s.category] = (counts[s.category] ?? 0) + 1;
      seconds[s.category] = (seconds[s.category] ?? 0) + (s.end - s.start);
    }
    byCategory.replaceChildren(...Object.keys(counts).sort((a, b) => seconds[b] - seconds[a]).map((c) =>
      h('li', {}, h('span', { class: `swatch ${categoryClass(c)}` }),
        `${categoryName(c)}: ${counts[c]} · ${duration(seconds[c])}`)));
  };
  paint();
  review.subscribe((kind) => { if (kind === 'cuts' || kind === 'reset') paint(); });

  return h('details', { class: 'card', id: 'summary-box' },
    h('summary', {}, 'Summary'),
    h('div', { class: 'stack summary-body' },
      h('p', { class: 'lede' }, sourceLine(review.result)),
      figures,
      byCategory));
}

/** The chunks that could not be analysed, said plainly, or null when every chunk was. */
export function failedChunksNote(review, chunks) {
  const failed = failedChunks(review.result, chunks);
  return failed.length ? h('div', { class: 'alert warn', id: 'failed-chunks' },
    h('p', {}, h('strong', {}, `${failed.length} chunk${failed.length === 1 ? '' : 's'} could not be analysed.`),
      ' Their parts of the video have no proposed cuts.'),
    h('ul', { class: 'failed-chunks' }, failed.map((c) =>
      h('li', {}, `Chunk ${c.index + 1} (${clock(c.start)}–${clock(c.end)}): ${c.error ?? 'no reason given'}`)))) : null;
}

function figure(label, value, note) {
  return h('div', {}, h('dt', {}, label), h('dd', {}, value, note ? h('small', {}, ` ${note}`) : null));
}

function usageFigures(processing) {
  const usage = processing?.usage;
  if (!usage) return [];
  const tokens = Object.entries(usage).filter(([k]) => /tokens$/i.test(k) && k !== 'promptTokens').reduce((sum, [, v]) => sum + (Number(v) || 0), 0);
  if (!tokens && !usage.costUsd) return [];
  const out = (Number(usage.outputTokens) || 0) + (Number(usage.thinkingTokens) || 0);
  return [figure('Model tokens', tokens.toLocaleString(), out ? `${out.toLocaleString()} out` : null),
    figure('Cost', `$${Number(usage.costUsd ?? 0).toFixed(usage.costUsd >= 1 ? 2 : 4)}`)];
}

function sourceLine(result) {
  const s = result.source ?? {};
  const p = result.processing ?? {};
  const rate = frameRate(s.frameRate);
  return [s.container?.toUpperCase(), s.videoCodec, s.audioCodec, rate ? `${rate} fps` : null,
    normalizationText(s.normalized),
    p.analyzer ? `analysed by ${p.analyzer}` : null,
    p.elapsedMs ? `in ${duration(p.elapsedMs / 1000)}` : null].filter(Boolean).join(' · ');
}

/** A frame rate as the API may give it: 25, "30000/1001" or {numerator, denominator}. */
function frameRate(rate) {
  if (rate == null) return null;
  let fps = Number(rate);
  if (typeof rate === 'object') fps = rate.numerator / rate.denominator;
  else if (typeof rate === 'string' && rate.includes('/')) {
    const [n, d] = rate.split('/').map(Number);
    fps = n / d;
  }
  return Number.isFinite(fps) ? String(Math.round(fps * 100) / 100) : null;
}

function failedChunks(result, chunks) {
  const fromApi = new Map((chunks ?? []).map((c) => [c.index, c]));
  return (result.chunks ?? [])
    .filter((c) => String(c.status).toLowerCase() === 'failed')
    .map((c) => ({ index: c.index, start: c.start, end: c.end, error: c.error ?? fromApi.get(c.index)?.error }));
}
