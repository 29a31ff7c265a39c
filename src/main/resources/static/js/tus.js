// A small tus 1.0.0 client: create (POST), send (PATCH) in chunks, resume (HEAD). The upload URL is kept in
// localStorage under the file's fingerprint, so after a reload the same file continues from the server's offset.

const CHUNK = 8 * 1024 * 1024;
const STORE = 'roughcut.uploads';

function fingerprint(file) {
  return `${file.name}|${file.size}|${file.lastModified}`;
}

function stored() {
  try { return JSON.parse(localStorage.getItem(STORE) || '{}'); } catch { return {}; }
}

function remember(file, url) {
  const all = stored();
  if (url) all[fingerprint(file)] = { url, name: file.name, size: file.size };
  else delete all[fingerprint(file)];
  localStorage.setItem(STORE, JSON.stringify(all));
}

/** Unfinished uploads this browser knows of, for the "resume" hint. */
export function unfinishedUploads() {
  return Object.values(stored());
}

export function hasUnfinished(file) {
  return Boolean(stored()[fingerprint(file)]);
}

function base64(text) {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

function request(method, url, headers, body, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.setRequestHeader('Tus-Resumable', '1.0.0');
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    if (onProgress) xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => resolve(xhr);
    xhr.onerror = () => reject(new Error('The connection broke. Choose the file again to continue.'));
    xhr.send(body ?? null);
  });
}

function failure(xhr) {
  try { return new Error(JSON.parse(xhr.responseText).message); } catch { return new Error(`Upload failed (${xhr.status}).`); }
}

/**
 * Uploads the file, resuming a known upload. Calls onProgress(sentBytes, totalBytes). Resolves with the job id.
 */
export async function upload(file, onProgress) {
  let url = stored()[fingerprint(file)]?.url;
  let offset = 0;
  if (url) {
    const head = await request('HEAD', url, {});
    if (head.status === 200) {
      offset = Number(head.getResponseHeader('Upload-Offset'));
      const job = head.getResponseHeader('Roughcut-Job-Id');
      if (job) { remember(file, null); return job; }
    } else {
      url = null;
    }
  }
  if (!url) {
    const created = await request('POST', '/api/uploads', {
      'Upload-Length': String(file.size),
      'Upload-Metadata': `filename ${base64(file.name)},filetype ${base64(file.type || 'video/mp4')}`,
    });
    if (created.status !== 201) throw failure(created);
    url = created.getResponseHeader('Location');
    remember(file, url);
  }
  onProgress(offset, file.size);
  while (true) {
    const end = Math.min(file.size, offset + CHUNK);
    const response = await request('PATCH', url, {
      'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream',
    }, file.slice(offset, end), (loaded) => onProgress(offset + loaded, file.size));
    if (response.status === 409) {
      // The server has a different offset (an earlier request got further than we knew): ask and go on.
      const head = await request('HEAD', url, {});
      offset = Number(head.getResponseHeader('Upload-Offset'));
      continue;
    }
    if (response.status !== 204) {
      if (response.status >= 400 && response.status < 500 && response.status !== 423) remember(file, null);
      throw failure(response);
    }
    offset = Number(response.getResponseHeader('Upload-Offset'));
    onProgress(offset, file.size);
    const job = response.getResponseHeader('Roughcut-Job-Id');
    if (job) { remember(file, null); return job; }
    if (offset >= file.size) throw new Error('The upload finished but no job was created.');
  }
}
