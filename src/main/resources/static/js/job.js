// Job page: overall progress and the chunk grid, live over Server-Sent Events with a polling fallback;
// the results (results.js) once the job is finished.

import { api } from './api.js';
import { copyText, setBar } from './dom.js';
import { bytes, dateTime, duration, isFinished, normalizationText, stateClass, stateName } from './format.js';
import { ChunkGrid, normalizeChunk } from './chunks.js';
import { processingLog } from './log.js';
import { offerReanalysis } from './reanalyse.js';
import { showResults } from './results.js';
import { idFromLocation } from './routes.js';

const $ = (id) => document.getElementById(id);
const jobId = idFromLocation('/jobs/', 'id');
const base = `/api/videos/${encodeURIComponent(jobId ?? '')}`;
const POLL_MS = 2000;
/** Several events can arrive at once; fetching the full state at most this often keeps within rate limits. */
const REFETCH_MIN_MS = 1500;

const grid = new ChunkGrid($('chunk-grid'));
const log = processingLog($('log-box'), $('log'), base);
const live = {
  status: null, chunks: [], events: null, pollTimer: null, refetchTimer: null, lastFetch: 0, resultsShown: false,
  notify: false,
};
/** The server's chunk size and how many chunks of a job it analyses at once, for the note above the grid. */
const limits = { maxChunkBytes: null, chunksAtOnce: null };

function showError(message) {
  $('job-error').textContent = message ?? '';
  $('job-error').hidden = !message;
}

function renderStatus(status) {
  live.status = status;
  const state = status.status;
  $('job-title').textContent = status.fileName ?? 'Video';
  // normalization says what was done, once the video has been prepared.
  const conversion = normalizationText(status.normalization);
  const meta = [bytes(status.fileSize), status.originalFormat?.toUpperCase(), conversion, dateTime(status.createdAt)];
  $('job-meta').textContent = meta.filter(Boolean).join(' · ');
  $('job-settings').textContent = settingsText(status.options);
  offerReanalysis(status, base);
  renderState(state, status.progress ?? 0);
  if (state === 'failed') showError(status.error ?? 'Processing failed.');
}

/** The analysis settings the job ran with, as the home page names them. */
function settingsText(options) {
  if (!options) return '';
  return `Shortest pause ${options.minPauseSeconds} s · margin ${options.marginSeconds} s · `
    + `picture checks ${options.pictureChecks}`;
}

/** The time left, from the server's estimate (made from the rate of the progress so far), once it has one. */
function renderEta(state) {
  const eta = live.status?.estimatedCompletion ? new Date(live.status.estimatedCompletion) : null;
  const left = eta ? (eta.getTime() - Date.now()) / 1000 : NaN;
  $('eta').textContent = !isFinished(state) && left > 0 ? `about ${duration(left)} left` : '';
}

/** The tab says how far the job is, so it can be watched from another tab. */
function renderTitle(state, percent) {
  const name = live.status?.fileName ?? 'Job';
  const prefix = state === 'complete' || state === 'partial' ? 'Done · '
    : state === 'failed' ? 'Failed · '
      : state ? `${percent} % · ` : '';
  document.title = `${prefix}${name} · Roughcut`;
}

function renderState(state, progress) {
  const badge = $('job-state');
  badge.textContent = stateName(state);
  badge.className = `badge ${stateClass(state)}`;
  const fraction = state === 'complete' || state === 'partial' ? 1 : progress / 100;
  setBar($('overall-bar'), fraction);
  $('overall-percent').textContent = `${Math.round(fraction * 100)} %`;
  renderTitle(state, Math.round(fraction * 100));
  renderEta(state);
  $('close-note').hidden = isFinished(state);
  // Once the results are in, the workspace is the page; the progress has nothing more to say.
  $('progress-box').hidden = isFinished(state);
  $('live-state').textContent = describe(state);
}

function describe(state) {
  switch (state) {
    case 'queued': return 'Waiting for a free worker…';
    case 'preparing': return 'Checking the video, converting it to MP4 if needed, and splitting it into chunks…';
    case 'analyzing': return 'Analysing the chunks…';
    case 'aggregating': return 'Merging the chunks’ cuts into one list…';
    case 'complete': return 'Done. Review the cuts below.';
    case 'partial': return 'Done, but some chunks failed. Their parts of the video have no cuts.';
    case 'failed': return 'Processing failed.';
    default: return '';
  }
}

function renderChunks(chunks) {
  live.chunks = chunks;
  grid.render(chunks);
  const counts = grid.counts();
  for (const [key, n] of Object.entries(counts)) $(`count-${key}`).textContent = String(n);
  $('chunks-done').textContent = chunks.length ? `${counts.complete} / ${chunks.length} complete` : 'not split yet';
  const size = limits.maxChunkBytes ? bytes(limits.maxChunkBytes) : '500 MB';
  const atOnce = limits.chunksAtOnce ? `${limits.chunksAtOnce} at a time` : 'several at a time';
  $('chunks-note').textContent = chunks.length
    ? (live.status?.analyzer === 'gemini' || live.status?.analyzer === 'hybrid'
      ? `The video is split into chunks of at most ${size}, short enough for Gemini, analysed by ${live.status.analyzer}, ${atOnce}.`
      : `The video is split into chunks of at most ${size}, analysed ${atOnce}.`)
    : 'The chunks appear here once the video has been checked and split.';
}

async function refresh() {
  live.lastFetch = Date.now();
  try {
    const [status, chunks] = await Promise.all([api(`${base}/status`), api(`${base}/chunks`)]);
    showError(null);
    renderStatus(status);
    renderChunks(chunks.map(normalizeChunk));
    log.reload();
    const state = status.status;
    if (isFinished(state)) finish(state);
    return true;
  } catch (e) {
    if (e.status === 404) {
      showMissing();
      return false;
    }
    showError(`Could not get the job’s progress: ${e.message}`);
    return false;
  }
}

/** An unknown or deleted job: say so, offer the way home, and show nothing that acts on a job. */
function showMissing() {
  stopLive();
  document.title = 'Video not found · Roughcut';
  $('job-title').textContent = 'Video not found';
  $('job-meta').textContent = '';
  $('job-settings').textContent = '';
  showError('This video was not found. It may have been deleted, or it was uploaded from another browser.');
  $('not-found-actions').hidden = false;
  for (const id of ['close-note', 'progress-box', 'chunks-card', 'log-box', 'danger', 'reanalyse']) $(id).hidden = true;
  $('job-state').hidden = true;
}

/** Fetches the full state soon, but not more often than REFETCH_MIN_MS. */
function scheduleRefresh() {
  if (live.refetchTimer) return;
  const wait = Math.max(0, REFETCH_MIN_MS - (Date.now() - live.lastFetch));
  live.refetchTimer = setTimeout(() => {
    live.refetchTimer = null;
    refresh();
  }, wait);
}

/** Applies one event at once (so the page reacts instantly), then fetches the full state. */
function onEvent(message) {
  let data = {};
  try {
    data = JSON.parse(message.data);
  } catch {
    // an event without JSON still means "something changed"
  }
  // The first event ("status") is the whole job status; "state" and "chunk" events are changes.
  const state = message.type === 'status' ? data.status : data.state;
  if (state && live.status) {
    live.status = {
      ...live.status,
      status: state,
      progress: data.progress ?? live.status.progress,
      estimatedCompletion: 'estimatedCompletion' in data ? data.estimatedCompletion : live.status.estimatedCompletion,
    };
    renderState(state, live.status.progress ?? 0);
  }
  if (data.chunkIndex != null) {
    const chunk = live.chunks.find((c) => c.index === data.chunkIndex);
    if (chunk) {
      chunk.status = data.chunkState ?? chunk.status;
      chunk.cutsFound = data.cutsFound ?? chunk.cutsFound;
      renderChunks(live.chunks);
    }
  }
  // Preparation reports its percent often; only other changes need the full picture.
  if (!(state === 'preparing' && data.chunkIndex == null)) scheduleRefresh();
}

function connectEvents() {
  if (typeof EventSource === 'undefined') return startPolling();
  const events = new EventSource(`${base}/events`);
  live.events = events;
  let failures = 0;
  for (const type of ['message', 'status', 'state', 'chunk']) {
    events.addEventListener(type, (m) => { failures = 0; onEvent(m); });
  }
  events.addEventListener('open', () => {
    failures = 0;
    $('live-state').dataset.mode = 'live';
  });
  events.addEventListener('error', () => {
    if (live.resultsShown) return stopLive();
    failures += 1;
    // The browser reconnects by itself; after repeated failures (or a closed stream), poll instead.
    if (events.readyState === EventSource.CLOSED || failures >= 3) {
      events.close();
      live.events = null;
      startPolling();
    }
  });
}

function startPolling() {
  if (live.pollTimer) return;
  $('live-state').dataset.mode = 'polling';
  live.pollTimer = setInterval(() => { if (!live.resultsShown) refresh(); }, POLL_MS);
}

function stopLive() {
  live.events?.close();
  live.events = null;
  clearInterval(live.pollTimer);
  live.pollTimer = null;
}

/**
 * "Tell me when it is done": the browser's notification, asked for only when the person clicks, and shown
 * only for a job this page saw running.
 */
function wireNotify() {
  const button = $('notify');
  if (typeof Notification === 'undefined' || Notification.permission === 'denied') return;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const permission = await Notification.requestPermission();
    live.notify = permission === 'granted';
    button.disabled = live.notify;
    button.textContent = live.notify ? 'You will be told when it is done' : 'Notifications are blocked in this browser';
  });
}

function notifyDone(state) {
  if (!live.notify) return;
  live.notify = false;
  const name = live.status?.fileName ?? 'Your video';
  const body = state === 'failed' ? 'Processing failed. Open the page to see why.'
    : state === 'partial' ? 'Done, but some chunks failed. The cuts are ready to review.'
      : 'The cuts are ready to review.';
  const note = new Notification(`${name}: ${stateName(state)}`, { body, tag: `roughcut-${jobId}` });
  note.addEventListener('click', () => { window.focus(); note.close(); });
}

async function finish(state) {
  stopLive();
  notifyDone(state);
  $('notify').hidden = true;
  if (live.resultsShown || state === 'failed') return;
  live.resultsShown = true;
  try {
    const result = await api(`${base}/results`);
    // A share link made earlier is shown again; asking for it returns the existing one.
    const share = live.status?.shared ? await api(`${base}/share`, { method: 'POST' }) : null;
    showResults($('results'), result, { jobId, readOnly: false, chunks: live.chunks, shareToken: share?.token ?? null });
    $('chunks-card').open = false;
  } catch (e) {
    live.resultsShown = false;
    showError(`The results could not be loaded: ${e.message} Trying again…`);
    if (e.status !== 404) setTimeout(refresh, POLL_MS * 2);
  }
}

function wirePage() {
  const link = window.location.href.split('#')[0];
  $('job-link').value = link;
  $('copy-job-link').addEventListener('click', async () => {
    const ok = await copyText(link, $('job-link'));
    $('copy-job-link').textContent = ok ? 'Copied' : 'Copy';
  });
  $('delete-job').addEventListener('click', async () => {
    if (!window.confirm('Delete this video, its chunks and its results? This cannot be undone.')) return;
    try {
      await api(base, { method: 'DELETE' });
      stopLive();
      window.location.assign('/');
    } catch (e) {
      showError(`The video could not be deleted: ${e.message}`);
    }
  });
}

if (!jobId) {
  showMissing();
} else {
  wirePage();
  api('/api/config').then((config) => {
    limits.maxChunkBytes = config.maxChunkBytes;
    limits.chunksAtOnce = config.chunksAtOnce;
    renderChunks(live.chunks);
  }).catch(() => { /* the note keeps its general wording */ });
  refresh().then((ok) => {
    if (ok && !isFinished(live.status?.status)) {
      wireNotify();
      connectEvents();
    }
  });
}
