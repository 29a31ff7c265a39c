import { api } from './api.js';
import { renderReview } from './review.js';

const token = location.pathname.split('/').pop();

async function load() {
  try {
    const shared = await api(`/api/shared/${encodeURIComponent(token)}`);
    document.getElementById('title').textContent = shared.status.fileName;
    if (!shared.results) {
      document.getElementById('subtitle').textContent = `Still processing (${shared.status.progress}%). Reload later.`;
      return;
    }
    document.getElementById('subtitle').textContent = 'A read-only view of this cut list.';
    renderReview(document.getElementById('review'), shared.results, {
      readOnly: true, mediaUrl: `/api/shared/${encodeURIComponent(token)}/media`,
    });
  } catch (e) {
    document.getElementById('title').textContent = 'Cut list not available';
    document.getElementById('error').textContent = e.message;
  }
}

load();
