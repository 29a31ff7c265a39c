// "Analyse again with other settings" on a finished job's page: the settings it ran with, to change, and the
// request that starts the analysis again from the job's chunks (POST /api/videos/{id}/reanalyze).

import { api } from './api.js';

const $ = (id) => document.getElementById(id);

/** Shows the form for a finished job analysed locally; Gemini's analyses are not offered again (they cost). */
export function offerReanalysis(status, base) {
  const box = $('reanalyse');
  const finished = status.status === 'complete' || status.status === 'partial';
  const usesGemini = status.analyzer === 'gemini' || status.analyzer === 'hybrid';
  const wasHidden = box.hidden;
  box.hidden = !finished || usesGemini || !status.options;
  if (box.hidden || !wasHidden) return;
  $('again-min-pause').value = String(status.options.minPauseSeconds);
  $('again-margin').value = String(status.options.marginSeconds);
  $('again-picture-checks').value = status.options.pictureChecks;
  $('reanalyse-form').onsubmit = async (e) => {
    e.preventDefault();
    $('reanalyse-error').hidden = true;
    $('reanalyse-start').disabled = true;
    try {
      await api(`${base}/reanalyze`, {
        method: 'POST',
        body: {
          minPauseSeconds: Number($('again-min-pause').value),
          marginSeconds: Number($('again-margin').value),
          pictureChecks: $('again-picture-checks').value,
        },
      });
      // The page follows a job under way from its start: progress, chunks, then the new results.
      window.location.reload();
    } catch (error) {
      $('reanalyse-error').textContent = `It could not be analysed again: ${error.message}`;
      $('reanalyse-error').hidden = false;
      $('reanalyse-start').disabled = false;
    }
  };
}
