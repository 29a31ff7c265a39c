// Formatting for people. Times are seconds (numbers) everywhere; these strings are only ever displayed.

const MIB = 1024 * 1024;

/** 1536 -> "1.5 KB", 5 GiB -> "5.00 GB" (binary units, as the limits are). */
export function bytes(n) {
  if (n == null || Number.isNaN(n)) return '–';
  if (n < 1024) return `${n} B`;
  if (n < MIB) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * MIB) return `${(n / MIB).toFixed(n < 10 * MIB ? 1 : 0)} MB`;
  return `${(n / (1024 * MIB)).toFixed(2)} GB`;
}

/** 3725.4 -> "1:02:05", 65 -> "1:05", 4.25 -> "4.3 s". */
export function duration(seconds) {
  if (seconds == null || Number.isNaN(seconds)) return '–';
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** 12.345 -> "00:00:12.345". */
export function timecode(seconds) {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3600000);
  const m = Math.floor((ms % 3600000) / 60000);
  const s = Math.floor((ms % 60000) / 1000);
  const rest = ms % 1000;
  const two = (v) => String(v).padStart(2, '0');
  return `${two(h)}:${two(m)}:${two(s)}.${String(rest).padStart(3, '0')}`;
}

/** 12.345 -> "0:12.3": short, for lists. */
export function clock(seconds) {
  const tenths = Math.max(0, Math.round(seconds * 10));
  const h = Math.floor(tenths / 36000);
  const m = Math.floor((tenths % 36000) / 600);
  const s = (tenths % 600) / 10;
  const ss = s.toFixed(1).padStart(4, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export function dateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Category ids as people read them. Unknown ids are shown as they are. */
const CATEGORY_NAMES = {
  pause: 'Pause',
  dead_air: 'Dead air',
  filler_words: 'Filler words',
  false_start: 'False start',
  technical: 'Technical',
  redundant: 'Repeated take',
};
export const CATEGORIES = Object.keys(CATEGORY_NAMES);

export function categoryName(id) {
  return CATEGORY_NAMES[id] ?? String(id ?? 'other').replaceAll('_', ' ');
}

/** The CSS class that colours a category; unknown ones fall back to the neutral colour. */
export function categoryClass(id) {
  return CATEGORY_NAMES[id] ? `cat-${id}` : 'cat-other';
}

const STATE_NAMES = {
  uploading: 'Uploading',
  queued: 'Queued',
  preparing: 'Preparing',
  analyzing: 'Analysing',
  aggregating: 'Merging results',
  complete: 'Complete',
  partial: 'Partly complete',
  failed: 'Failed',
};

export function stateName(state) {
  return STATE_NAMES[state] ?? String(state ?? '');
}

/** The badge class for a job state. */
export function stateClass(state) {
  switch (state) {
    case 'complete': return 'state-complete';
    case 'partial': return 'state-partial';
    case 'failed': return 'state-failed';
    default: return 'state-busy';
  }
}

export function isFinished(state) {
  return state === 'complete' || state === 'partial' || state === 'failed';
}

/** How the recording became MP4, as a phrase; null when it already was one. */
export function normalizationText(normalization) {
  switch (normalization) {
    case 'remux': return 'remuxed to MP4 (no re-encoding)';
    case 'audio-transcode': return 'audio converted to AAC';
    case 'transcode': return 'converted to MP4';
    default: return null; // 'as-is', 'none', or not known yet
  }
}
