// Where a cut's edge lands when the reviewer moves it: on a frame of the video (as an editor counts them), or
// on the edge of a measured silence when the pointer is close to one.

/** Pixels within which an edge snaps to a silence's edge. */
export const SNAP_PIXELS = 8;

/** The frame rate as the result gives it ("30000/1001", "25", {numerator, denominator}); 25/1 when unknown. */
export function frameRate(rate) {
  if (rate && typeof rate === 'object' && rate.numerator > 0 && rate.denominator > 0) {
    return { numerator: rate.numerator, denominator: rate.denominator };
  }
  if (typeof rate === 'string' || typeof rate === 'number') {
    const [n, d = '1'] = String(rate).split('/');
    const numerator = Number(n);
    const denominator = Number(d);
    if (numerator > 0 && denominator > 0) return { numerator, denominator };
  }
  return { numerator: 25, denominator: 1 };
}

/** Seconds per frame. */
export function frameSeconds(rate) {
  return rate.denominator / rate.numerator;
}

/** The time of the frame nearest to t, to the millisecond (the precision of every time in a result). */
export function onFrame(t, rate) {
  const frame = Math.round((t * rate.numerator) / rate.denominator);
  return Math.round(((frame * rate.denominator) / rate.numerator) * 1000) / 1000;
}

/**
 * Where an edge dragged to t lands: the nearest silence edge within SNAP_PIXELS at this zoom (unless
 * `free`), else the nearest frame. Returns {t, silence}: silence is true when it snapped to one.
 */
export function snapEdge(t, { rate, silences = [], pixelsPerSecond, free = false }) {
  if (!free && silences.length) {
    const reach = SNAP_PIXELS / pixelsPerSecond;
    let best = null;
    for (const edge of edgesNear(silences, t, reach)) {
      if (best == null || Math.abs(edge - t) < Math.abs(best - t)) best = edge;
    }
    if (best != null) return { t: onFrame(best, rate), silence: true };
  }
  return { t: onFrame(t, rate), silence: false };
}

/** Silence edges within `reach` seconds of t; silences are sorted by start, so a binary search finds them. */
function* edgesNear(silences, t, reach) {
  let lo = 0;
  let hi = silences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (silences[mid].end < t - reach) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < silences.length && silences[i].start <= t + reach; i++) {
    for (const edge of [silences[i].start, silences[i].end]) {
      if (Math.abs(edge - t) <= reach) yield edge;
    }
  }
}
