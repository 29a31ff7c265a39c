import { api, bytes, el, seconds, FINISHED } from './api.js';
import { renderReview } from './review.js';

const jobId = location.pathname.split('/').pop();
const base = `/api/videos/${jobId}`;
const error = document.getElementById('error');
let reviewShown = false;
let refreshing = null;

document.getElementById('job-url').textContent = location.href;
document.getElementById('job-url').href = location.href;

const ICONS = { pending: '…', processing: '↻', complete: '✓', failed: '✗' };

async function refresh() {
  if (refreshing) return refreshing;
  refreshing = (async () => {
    try {
      const [status, chunks] = await Promise.all([api(`${base}/status`), api(`${base}/chunks`)]);
      showStatus(status);
      showChunks(status, chunks);
      if (document.getElementById('log-box').open) showLog(await api(`${base}/logs`));
      if (FINISHED.includes(status.status) && !reviewShown && status.status !== 'failed') {
        reviewShown = true;
        await showReview();
      }
      return status;
    } catch (e) {
      error.textContent = e.status === 404 ? 'This job does not exist in this browser\'s session (or was deleted).' : e.message;
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

function showStatus(s) {
  document.title = `Roughcut — ${s.fileName}`;
  document.getElementById('title').textContent = s.fileName;
  const state = document.getElementById('state');
  state.textContent = s.status;
  state.className = `badge ${s.status === 'complete' ? 'ok' : s.status === 'failed' ? 'bad' : s.status === 'partial' ? 'warn' : ''}`;
  document.getElementById('progress-bar').style.width = `${s.progress}%`;
  document.getElementById('eta').textContent = s.estimatedCompletion && !FINISHED.includes(s.status)
    ? `about ${Math.max(1, Math.round((new Date(s.estimatedCompletion) - Date.now()) / 1000))} s left` : `${s.progress}%`;
  document.getElementById('close-note').hidden = FINISHED.includes(s.status);
  if (s.status === 'failed' && s.error) error.textContent = s.error;
}

function showChunks(status, chunks) {
  const c = status.chunks;
  document.getElementById('counts').replaceChildren(
    el('span', { class: 'badge' }, `${c.pending} pending`),
    el('span', { class: 'badge' }, `${c.processing} processing`),
    el('span', { class: 'badge ok' }, `${c.complete} complete`),
    el('span', { class: c.failed ? 'badge bad' : 'badge' }, `${c.failed} failed`),
  );
  const grid = document.getElementById('chunks');
  if (!chunks.length) {
    grid.replaceChildren(el('p', { class: 'muted' }, status.status === 'queued' ? 'Waiting for a worker…' : 'Preparing: probing, converting and cutting into chunks…'));
    return;
  }
  grid.replaceChildren(...chunks.map((k) => el('div', { class: `chunk ${k.status}`, 'data-status': k.status, title: k.error || '' },
    el('span', { class: 'icon' }, ICONS[k.status] || ''),
    el('b', {}, `#${k.index + 1}`),
    el('div', {}, `${seconds(k.start)} – ${seconds(k.end)}`),
    el('div', { class: 'muted' }, `${k.duration.toFixed(1)} s · ${bytes(k.sizeBytes)}`),
    el('div', {}, k.cutsFound == null ? '' : `${k.cutsFound} cut${k.cutsFound === 1 ? '' : 's'}`),
  )));
}

function showLog(lines) {
  document.getElementById('log').replaceChildren(...lines.map((l) => el('li', { class: l.level === 'error' ? 'error' : '' },
    `${new Date(l.at).toLocaleTimeString()} ${l.chunkIndex == null ? '' : `chunk ${l.chunkIndex + 1}: `}${l.message}`)));
}

document.getElementById('log-box').addEventListener('toggle', async (e) => {
  if (e.target.open) showLog(await api(`${base}/logs`));
});

async function showReview() {
  const result = await api(`${base}/results`);
  renderReview(document.getElementById('review'), result, {
    readOnly: false,
    mediaUrl: `${base}/media`,
    onDecision: async (cutId, decision) => {
      await api(`${base}/segments/${encodeURIComponent(cutId)}`, {
        method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ decision }),
      });
      return api(`${base}/results`);
    },
  });
  document.getElementById('actions').hidden = false;
  document.getElementById('exports').replaceChildren(...['json', 'csv', 'edl'].map((f) =>
    el('a', { class: 'button', href: `/api/export/${jobId}/${f}`, download: '', 'data-format': f }, `Export ${f.toUpperCase()}`)));
}

function listen() {
  if (!('EventSource' in window)) { poll(); return; }
  const source = new EventSource(`${base}/events`);
  // Chunk events can come in bursts; one refresh per burst is enough.
  let timer = null;
  const update = () => {
    clearTimeout(timer);
    timer = setTimeout(() => refresh(), 150);
  };
  source.addEventListener('status', update);
  source.addEventListener('state', update);
  source.addEventListener('chunk', update);
  source.onerror = async () => {
    source.close();
    const status = await refresh();
    if (status && !FINISHED.includes(status.status)) poll();
  };
}

function poll() {
  const timer = setInterval(async () => {
    const status = await refresh();
    if (!status || FINISHED.includes(status.status)) clearInterval(timer);
  }, 2000);
}

document.getElementById('share').addEventListener('click', async () => {
  const share = await api(`${base}/share`, { method: 'POST' });
  const field = document.getElementById('share-url');
  field.value = new URL(share.url, location.origin).href;
  field.hidden = false;
  document.getElementById('unshare').hidden = false;
  field.select();
});
document.getElementById('unshare').addEventListener('click', async () => {
  await api(`${base}/share`, { method: 'DELETE' });
  document.getElementById('share-url').hidden = true;
  document.getElementById('unshare').hidden = true;
});
document.getElementById('delete').addEventListener('click', async () => {
  if (!confirm('Delete this job, its video and its results?')) return;
  await api(base, { method: 'DELETE' });
  location.href = '/';
});

refresh().then((status) => { if (status && !FINISHED.includes(status.status)) listen(); });
