// Home page: choose or drop a video, check it, upload it with tus, then go to its job page.
// Also lists this session's videos ("My videos").

import { api } from './api.js';
import { checkFile } from './checks.js';
import { fill, h, icon, ICONS, setBar } from './dom.js';
import { bytes, dateTime, duration, stateClass, stateName, isFinished } from './format.js';
import { forgetKey, pendingUpload, pendingUploads } from './pending.js';
import { TusUpload, terminateUpload, uploadProgress } from './tus.js';
import { jobUrl } from './routes.js';

const $ = (id) => document.getElementById(id);

const state = { file: null, upload: null, videosTimer: null, analyzers: [], fileSeconds: null };

function showError(message) {
  $('upload-error').textContent = message;
  $('upload-error').hidden = !message;
}

function choose(file) {
  showError('');
  if (state.upload) return;
  if (!file) return;
  const check = checkFile(file);
  if (!check.ok) {
    state.file = null;
    $('file-panel').hidden = true;
    showError(check.error);
    return;
  }
  state.file = file;
  $('file-name').textContent = file.name;
  $('file-meta').textContent = bytes(file.size);
  const badges = $('file-badges');
  fill(badges, 
    check.needsConversion ? h('span', { class: 'badge warn' }, 'Needs conversion') : null,
    h('span', { class: 'badge', title: 'Estimated from the size: chunks are at most 500 MB' },
      `~${check.estimatedChunks} chunk${check.estimatedChunks === 1 ? '' : 's'}`),
  );
  $('conversion-note').hidden = !check.needsConversion;
  const resumable = pendingUpload(file);
  $('resume-note').hidden = !resumable;
  $('resume-note').textContent = resumable
    ? 'An earlier upload of this file did not finish. Starting again continues from where it stopped.'
    : '';
  $('start-button').textContent = resumable ? 'Resume upload' : 'Start processing';
  $('file-panel').hidden = false;
  $('dropzone').hidden = false;
  state.fileSeconds = null;
  renderAnalyzers();
  readDuration(file);
}

/** Offers the server's analysers when there is more than local (that is, when it has a Gemini key). */
async function loadConfig() {
  try {
    const config = await api('/api/config');
    state.analyzers = config.analyzers;
    state.defaultAnalyzer = config.defaultAnalyzer;
    // Only an analyser that calls Gemini hears words; the page promises filler words only then.
    $('gemini-findings').hidden = !state.analyzers.some((a) => a.id === 'gemini' || a.id === 'hybrid');
    showSettings(config.settings);
  } catch {
    state.analyzers = []; // the upload still works with the server's default
  }
  renderAnalyzers();
}

/** The server's defaults and ranges for the analysis settings, shown next to each one. */
function showSettings(settings) {
  if (!settings) return;
  for (const [id, setting] of [['min-pause', settings.minPauseSeconds], ['margin', settings.marginSeconds]]) {
    const input = $(id);
    input.value = String(setting.defaultValue);
    input.min = String(setting.minimum);
    input.max = String(setting.maximum);
    $(`${id}-hint`).textContent = `${setting.description} Default ${setting.defaultValue} s.`;
  }
  const modes = settings.pictureChecks;
  $('picture-checks').replaceChildren(...modes.modes.map((m) => h('option', { value: m, selected: m === modes.defaultValue },
    m === modes.defaultValue ? `${m} (default)` : m)));
  $('picture-checks-hint').textContent = modes.description;
}

/** The settings as tus metadata, under the names the server takes (see /api/config). */
function chosenSettings() {
  return {
    minPauseSeconds: $('min-pause').value.trim(),
    marginSeconds: $('margin').value.trim(),
    pictureChecks: $('picture-checks').value,
  };
}

function chosenAnalyzer() {
  return document.querySelector('input[name="analyzer"]:checked')?.value ?? null;
}

function renderAnalyzers() {
  const offered = state.analyzers;
  $('analyzer-choice').hidden = offered.length < 2;
  if (offered.length < 2) return;
  const chosen = chosenAnalyzer() ?? state.defaultAnalyzer;
  $('analyzer-options').replaceChildren(...offered.map((a) => h('label', {},
    h('input', { type: 'radio', name: 'analyzer', value: a.id, checked: a.id === chosen }),
    h('span', {}, h('strong', {}, a.id), ' ', h('span', { class: 'lede' }, a.description, costNote(a))))));
}

function costNote(a) {
  const perHour = a.estimatedUsdPerHour;
  if (!perHour) return '';
  if (state.fileSeconds) {
    const cost = perHour * state.fileSeconds / 3600;
    return cost < 0.01 ? ' Under $0.01 for this video.' : ` About $${cost.toFixed(2)} for this video.`;
  }
  return ` About $${perHour.toFixed(2)} per video hour.`;
}

/** The browser's idea of the file's duration, for the cost estimate; formats it cannot play stay per hour. */
function readDuration(file) {
  const video = document.createElement('video');
  video.preload = 'metadata';
  const url = URL.createObjectURL(file);
  video.onloadedmetadata = () => {
    if (state.file === file && Number.isFinite(video.duration)) {
      state.fileSeconds = video.duration;
      renderAnalyzers();
    }
    URL.revokeObjectURL(url);
  };
  video.onerror = () => URL.revokeObjectURL(url);
  video.src = url;
}

async function startUpload() {
  const file = state.file;
  if (!file || state.upload) return;
  showError('');
  $('file-panel').hidden = true;
  $('dropzone').hidden = true;
  $('upload-panel').hidden = false;
  $('upload-label').textContent = 'Uploading…';
  $('pause-button').textContent = 'Pause';
  const started = { time: performance.now(), offset: null };
  const upload = new TusUpload(file, {
    metadata: { analyzer: chosenAnalyzer(), ...chosenSettings() },
    onResume: (offset) => { $('upload-label').textContent = `Resuming at ${bytes(offset)}…`; },
    onProgress: (sent, total) => {
      if (started.offset == null) started.offset = sent;
      setBar($('upload-bar'), total ? sent / total : 1);
      $('upload-percent').textContent = `${Math.floor((sent / total) * 100)} %`;
      $('upload-bytes').textContent = `${bytes(sent)} of ${bytes(total)}`;
      const seconds = (performance.now() - started.time) / 1000;
      const rate = (sent - started.offset) / Math.max(seconds, 0.001);
      $('upload-rate').textContent = seconds > 2 && rate > 0
        ? `${bytes(rate)}/s · about ${duration((total - sent) / rate)} left` : '';
    },
  });
  state.upload = upload;
  try {
    const { jobId } = await upload.start();
    $('upload-label').textContent = 'Upload complete. Opening the job…';
    if (jobId) {
      window.location.assign(jobUrl(jobId));
    } else {
      // The server did not name the job: it is the newest in this session's list.
      const newest = (await loadVideos())?.[0];
      if (newest) window.location.assign(jobUrl(newest.jobId));
    }
  } catch (e) {
    state.upload = null;
    $('dropzone').hidden = false;
    $('upload-panel').hidden = e.code !== 'aborted';
    choose(file);
    if (e.code === 'aborted') {
      $('upload-label').textContent = 'Paused. Press “Resume upload” to continue.';
    } else {
      showError(`The upload failed: ${e.message}`);
    }
  } finally {
    state.upload = null;
  }
}

function wireDropzone() {
  const zone = $('dropzone');
  const input = $('file-input');
  $('drop-icon').append(icon(ICONS.upload, ''));
  input.addEventListener('change', () => choose(input.files[0]));
  for (const type of ['dragenter', 'dragover']) {
    zone.addEventListener(type, (e) => { e.preventDefault(); zone.classList.add('over'); });
  }
  for (const type of ['dragleave', 'drop']) {
    zone.addEventListener(type, () => zone.classList.remove('over'));
  }
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    const files = e.dataTransfer?.files;
    if (files?.length > 1) showError('Please drop one video at a time.');
    else choose(files?.[0]);
  });
  // A file dropped outside the zone would otherwise open in the tab and end the page.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
  $('start-button').addEventListener('click', startUpload);
  $('clear-button').addEventListener('click', () => {
    state.file = null;
    input.value = '';
    $('file-panel').hidden = true;
    showError('');
    input.click();
  });
  $('pause-button').addEventListener('click', () => state.upload?.abort());
}

async function loadVideos() {
  $('videos-error').hidden = true;
  try {
    const videos = await api('/api/sessions/current/videos');
    renderVideos(videos);
    // While a job runs, its state here follows it (slowly: the job page is where to watch closely).
    clearTimeout(state.videosTimer);
    if (videos.some((v) => !isFinished(v.status))) state.videosTimer = setTimeout(loadVideos, 5000);
    return videos;
  } catch (e) {
    $('videos-error').textContent = `Your videos could not be loaded: ${e.message}`;
    $('videos-error').hidden = false;
    return null;
  }
}

function renderVideos(videos) {
  $('videos-empty').hidden = videos.length > 0;
  $('video-list').replaceChildren(...videos.map((v) => {
    const id = v.jobId;
    const status = v.status;
    const busy = !isFinished(status);
    const meta = [bytes(v.fileSize), dateTime(v.createdAt)];
    if (busy && v.progress != null) meta.push(`${v.progress} %`);
    return h('li', {},
      h('a', { class: 'name', href: jobUrl(id) }, v.fileName ?? 'Untitled video'),
      h('span', { class: 'meta' }, meta.filter(Boolean).join(' · ')),
      h('span', { class: 'side' },
        h('span', { class: `badge ${stateClass(status)}` }, stateName(status)),
        h('button', {
          class: 'small danger', type: 'button', 'aria-label': `Delete ${v.fileName ?? 'this video'}`,
          onclick: () => deleteVideo(id, v.fileName),
        }, 'Delete')));
  }));
}

async function deleteVideo(id, name) {
  if (!window.confirm(`Delete “${name ?? 'this video'}” and its results? This cannot be undone.`)) return;
  try {
    await api(`/api/videos/${encodeURIComponent(id)}`, { method: 'DELETE' });
  } catch (e) {
    $('videos-error').textContent = `The video could not be deleted: ${e.message}`;
    $('videos-error').hidden = false;
  }
  loadVideos();
}

/** Lists uploads that stopped (a reload, a closed tab), with how far they got, so the person can resume. */
async function showPendingUploads() {
  const rows = [];
  for (const entry of pendingUploads()) {
    let progress = null;
    try {
      progress = await uploadProgress(entry.url);
    } catch {
      continue; // the server is unreachable now; keep the entry for later
    }
    if (!progress || progress.offset >= progress.length) {
      forgetKey(entry.key);
      continue;
    }
    const li = h('li', {},
      h('span', { class: 'name' }, entry.name),
      h('span', { class: 'meta' }, `${Math.floor((progress.offset / progress.length) * 100)} % · `
        + `${bytes(progress.offset)} of ${bytes(progress.length)} sent`),
      h('span', { class: 'side' }, h('button', {
        class: 'small', type: 'button', 'aria-label': `Forget the unfinished upload of ${entry.name}`,
        onclick: async () => {
          forgetKey(entry.key);
          li.remove();
          $('pending-uploads').hidden = $('pending-list').children.length === 0;
          try {
            await terminateUpload(entry.url);
          } catch {
            // the server drops expired uploads by itself
          }
        },
      }, 'Forget')));
    rows.push(li);
  }
  $('pending-list').replaceChildren(...rows);
  $('pending-uploads').hidden = rows.length === 0;
}

wireDropzone();
$('refresh-videos').addEventListener('click', loadVideos);
loadConfig();
loadVideos().then(showPendingUploads);
