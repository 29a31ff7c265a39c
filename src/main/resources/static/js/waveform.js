// The timeline's picture: the measured sound of the video (GET .../waveform, one level every 10 ms, kept on
// the server after it is measured once), its silences, and a ruler, drawn on a canvas for the part of the
// video in view.

import { api } from './api.js';
import { clock } from './format.js';

/** Loads a job's waveform: {frameSeconds, levels: Uint8Array, silences: [{start, end}], durationSeconds}. */
export async function loadWaveform(url) {
  const w = await api(url);
  const raw = atob(w.levels ?? '');
  const levels = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) levels[i] = raw.charCodeAt(i);
  return { frameSeconds: w.frameSeconds || 0.01, levels, silences: w.silences ?? [], durationSeconds: w.durationSeconds };
}

// Ruler steps in seconds; the first that leaves this many pixels between ticks is used.
const STEPS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200];
const MIN_TICK_PIXELS = 90;

/**
 * Draws the view [t0, t0 + width / pps) into the canvas: ruler in the top `ruler` pixels, then the silences
 * and the waveform (mirrored around the middle of the lane). `wave` may be null while it loads.
 */
export function drawView(canvas, { wave, t0, pps, duration, ruler }) {
  const dpr = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
  }
  const ctx = canvas.getContext('2d');
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const end = Math.min(duration, t0 + width / pps);
  const x = (t) => (t - t0) * pps;
  ctx.fillStyle = '#f3f5f8';
  ctx.fillRect(0, ruler, Math.max(0, x(end)), height - ruler);
  if (wave) {
    ctx.fillStyle = '#e3e8ef';
    for (const s of wave.silences) {
      if (s.end < t0) continue;
      if (s.start > end) break;
      ctx.fillRect(x(s.start), ruler, Math.max(1, (s.end - s.start) * pps), height - ruler);
    }
    drawLevels(ctx, wave, { t0, pps, width: Math.min(width, x(end)), top: ruler + 4, height: height - ruler - 8 });
  }
  drawRuler(ctx, { t0, end, pps, width, ruler });
}

function drawLevels(ctx, wave, { t0, pps, width, top, height }) {
  const { levels, frameSeconds } = wave;
  const mid = top + height / 2;
  const half = height / 2;
  ctx.fillStyle = '#64748b';
  for (let px = 0; px < width; px++) {
    const a = Math.max(0, Math.floor((t0 + px / pps) / frameSeconds));
    const b = Math.min(levels.length, Math.max(a + 1, Math.floor((t0 + (px + 1) / pps) / frameSeconds)));
    if (a >= levels.length) break;
    let max = 0;
    for (let i = a; i < b; i++) if (levels[i] > max) max = levels[i];
    const h = (max / 255) * half;
    if (h >= 0.5) ctx.fillRect(px, mid - h, 1, 2 * h);
  }
}

function drawRuler(ctx, { t0, end, pps, width, ruler }) {
  const step = STEPS.find((s) => s * pps >= MIN_TICK_PIXELS) ?? STEPS.at(-1);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, ruler);
  ctx.strokeStyle = '#b9c1cc';
  ctx.fillStyle = '#5f6b7a';
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  ctx.beginPath();
  const minor = step / 5;
  for (let k = Math.floor(t0 / minor); k * minor <= end + 1e-9; k++) {
    const t = k * minor;
    const px = Math.round((t - t0) * pps) + 0.5;
    const major = k % 5 === 0;
    ctx.moveTo(px, major ? ruler - 9 : ruler - 4);
    ctx.lineTo(px, ruler);
    if (major) ctx.fillText(label(t, step), px + 3, ruler / 2 - 1);
  }
  ctx.stroke();
}

function label(t, step) {
  const text = clock(Math.max(0, t));
  return step >= 1 ? text.replace(/\.\d$/, '') : text;
}
