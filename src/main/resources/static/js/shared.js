// The shared page: a job's results through its share link, read-only, without a session.

import { api } from './api.js';
import { stateClass, stateName } from './format.js';
import { showResults } from './results.js';
import { idFromLocation } from './routes.js';

const $ = (id) => document.getElementById(id);
const token = idFromLocation('/s/', 'token');

async function load() {
  if (!token) throw new Error('This address does not hold a share link.');
  const body = await api(`/api/shared/${encodeURIComponent(token)}`);
  // {status: the job's status, results: the cut list, or null while the job is still running or failed}
  const { status, results: result } = body;
  const name = status.fileName;
  document.title = `${name} · Roughcut`;
  $('shared-title').textContent = name;
  const state = status.status;
  $('shared-state').textContent = stateName(state);
  $('shared-state').className = `badge ${stateClass(state)}`;
  if (!result) {
    $('shared-meta').textContent = state === 'failed'
      ? 'This video could not be processed, so there is no cut list to show.'
      : `This video is still being processed (${status.progress ?? 0} %). Reload the page in a little while.`;
    return;
  }
  showResults($('results'), result, {
    jobId: status.jobId,
    readOnly: true,
    sharedBase: `/api/shared/${encodeURIComponent(token)}`,
  });
}

load().catch((e) => {
  $('shared-title').textContent = 'Shared cut list';
  $('shared-error').textContent = e.status === 404
    ? 'This share link does not work any more. Its owner may have stopped sharing it, or the video was deleted.'
    : `The shared results could not be loaded: ${e.message}`;
  $('shared-error').hidden = false;
});
