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
  // The answer is the result itself, or the result wrapped with the job's name and state.
  const result = body.result ?? body;
  const name = body.fileName ?? result.source?.fileName ?? 'Shared video';
  document.title = `${name} · Roughcut`;
  $('shared-title').textContent = name;
  const state = body.status ?? body.state ?? (result.processing?.failedChunks ? 'partial' : 'complete');
  $('shared-state').textContent = stateName(state);
  $('shared-state').className = `badge ${stateClass(state)}`;
  showResults($('results'), result, {
    jobId: result.jobId ?? body.jobId,
    readOnly: true,
    mediaUrl: body.mediaUrl ?? `/api/shared/${encodeURIComponent(token)}/media`,
  });
}

load().catch((e) => {
  $('shared-title').textContent = 'Shared cut list';
  $('shared-error').textContent = e.status === 404
    ? 'This share link does not work any more. Its owner may have stopped sharing it, or the video was deleted.'
    : `The shared results could not be loaded: ${e.message}`;
  $('shared-error').hidden = false;
});
