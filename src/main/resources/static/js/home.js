import { api, bytes, el, FINISHED } from './api.js';
import { upload, unfinishedUploads, hasUnfinished } from './tus.js';

const MAX = 5 * 1024 * 1024 * 1024;
const FORMATS = ['mp4', 'mov', 'm4v', 'mkv', 'webm', 'avi'];
const CHUNK_BUDGET = 524288000 * 0.95;

const drop = document.getElementById('drop');
const input = document.getElementById('file');
const error = document.getElementById('error');
let chosen = null;

drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  if (e.dataTransfer.files.length) pick(e.dataTransfer.files[0]);
});
input.addEventListener('change', () => { if (input.files.length) pick(input.files[0]); });
document.getElementById('start').addEventListener('click', start);

function pick(file) {
  error.textContent = '';
  const ext = (file.name.split('.').pop() || '').toLowerCase();
  const formatOk = FORMATS.includes(ext);
  const sizeOk = file.size > 0 && file.size <= MAX;
  const chunks = Math.max(1, Math.ceil(file.size / CHUNK_BUDGET));
  const checks = document.getElementById('checks');
  checks.replaceChildren(
    el('li', {}, `${file.name} (${bytes(file.size)})`),
    el('li', { class: sizeOk ? '' : 'bad' }, sizeOk ? 'Within the 5 GB limit' : 'Over the 5 GB limit (or empty)'),
    el('li', { class: formatOk ? '' : 'bad' }, formatOk ? `Supported format (.${ext}) ` : `.${ext || '?'} is not a supported format`,
      formatOk ? el('span', { class: ext === 'mp4' ? 'badge ok' : 'badge warn' },
        ext === 'mp4' ? 'ready as MP4' : 'needs conversion to MP4') : null),
    el('li', {}, `About ${chunks} chunk${chunks === 1 ? '' : 's'} of at most 500 MB, analysed in parallel`),
  );
  document.getElementById('resume-note').textContent = hasUnfinished(file) ? 'An earlier upload of this file will resume.' : '';
  document.getElementById('picked').hidden = false;
  document.getElementById('start').disabled = !(formatOk && sizeOk);
  chosen = file;
}

async function start() {
  if (!chosen) return;
  document.getElementById('start').disabled = true;
  document.getElementById('uploading').hidden = false;
  const bar = document.getElementById('upload-bar');
  const text = document.getElementById('upload-text');
  try {
    const jobId = await upload(chosen, (sent, total) => {
      const pct = total ? Math.floor((sent / total) * 100) : 100;
      bar.style.width = `${pct}%`;
      text.textContent = `${bytes(sent)} of ${bytes(total)} (${pct}%)`;
    });
    location.href = `/jobs/${jobId}`;
  } catch (e) {
    error.textContent = e.message;
    document.getElementById('start').disabled = false;
  }
}

async function videos() {
  const box = document.getElementById('videos');
  try {
    const list = await api('/api/sessions/current/videos');
    const pending = unfinishedUploads();
    if (!list.length && !pending.length) {
      box.textContent = 'No videos yet. Uploads you make in this browser appear here.';
      return;
    }
    box.replaceChildren(
      ...pending.map((u) => el('p', {}, el('span', { class: 'badge warn' }, 'upload unfinished'), ` ${u.name} — choose it again to resume`)),
      el('table', {}, el('tbody', {}, ...list.map((v) => el('tr', {},
        el('td', {}, el('a', { href: `/jobs/${v.jobId}` }, v.fileName)),
        el('td', {}, el('span', { class: `badge ${v.status === 'complete' ? 'ok' : v.status === 'failed' ? 'bad' : FINISHED.includes(v.status) ? 'warn' : ''}` }, v.status)),
        el('td', { class: 'muted' }, bytes(v.fileSize)),
        el('td', { class: 'muted' }, new Date(v.createdAt).toLocaleString()),
      )))),
    );
  } catch (e) {
    box.textContent = e.message;
  }
}

videos();
