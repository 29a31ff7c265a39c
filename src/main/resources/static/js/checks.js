// The up-front checks of a chosen file, before a byte is sent (the server checks again).

export const MAX_BYTES = 5 * 1024 * 1024 * 1024;
export const FORMATS = ['mp4', 'mov', 'm4v', 'mkv', 'webm', 'avi'];
/** Chunks are at most 500 MiB, planned with a 95 % safety margin. */
const CHUNK_BYTES = 500 * 1024 * 1024 * 0.95;

export function extensionOf(name) {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * {ok: true, needsConversion, estimatedChunks} or {ok: false, error}. Only MP4 is analysed as it is;
 * everything else becomes MP4 first (a quick remux when the streams allow it).
 */
export function checkFile(file) {
  const extension = extensionOf(file.name);
  if (!FORMATS.includes(extension)) {
    const what = extension ? `“.${extension}” files are` : 'Files without an extension are';
    return { ok: false, error: `${what} not supported. Choose an MP4, MOV, M4V, MKV, WEBM or AVI video.` };
  }
  if (file.size > MAX_BYTES) {
    const gb = (file.size / (1024 ** 3)).toFixed(2);
    return { ok: false, error: `This file is ${gb} GB, over the 5 GB limit. Trim or compress it and try again.` };
  }
  if (file.size === 0) {
    return { ok: false, error: 'This file is empty. Choose a video file.' };
  }
  return {
    ok: true,
    needsConversion: extension !== 'mp4',
    estimatedChunks: Math.max(1, Math.ceil(file.size / CHUNK_BYTES)),
  };
}
