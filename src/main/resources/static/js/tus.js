// A small tus 1.0.0 client: POST to create, PATCH in slices with Upload-Offset, HEAD to resume.
// The upload URL is remembered (pending.js), so choosing the same file again after a reload or a lost
// connection continues from the offset the server reports.

import { ApiError, describeStatus } from './api.js';
import { forgetUpload, pendingUpload, rememberUpload } from './pending.js';

const TUS_VERSION = '1.0.0';
const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000];

export const SLICE_BYTES = 8 * 1024 * 1024;

function base64(text) {
  const utf8 = new TextEncoder().encode(text);
  let binary = '';
  for (const b of utf8) binary += String.fromCharCode(b);
  return btoa(binary);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One file's resumable upload. Call start(); it resolves with {url, jobId} once every byte is stored. */
export class TusUpload {
  /**
   * @param {File} file
   * @param {{endpoint?: string, sliceBytes?: number, onProgress?: (sent:number,total:number)=>void,
   *          onResume?: (offset:number)=>void, metadata?: Object<string,string>}} options
   *        metadata: more Upload-Metadata pairs sent at creation, such as {analyzer: 'gemini'}
   */
  constructor(file, { endpoint = '/api/uploads', sliceBytes = SLICE_BYTES, onProgress = () => {}, onResume = () => {},
    metadata = {} } = {}) {
    this.file = file;
    this.metadata = metadata;
    this.endpoint = endpoint;
    this.sliceBytes = sliceBytes;
    this.onProgress = onProgress;
    this.onResume = onResume;
    this.xhr = null;
    this.aborted = false;
    this.jobId = null;
  }

  async start() {
    let url = pendingUpload(this.file)?.url ?? null;
    let offset = null;
    if (url) {
      offset = await this.#offsetAt(url);
      if (offset == null) {
        forgetUpload(this.file);
        url = null;
      } else if (offset > 0) {
        this.onResume(offset);
      }
    }
    if (!url) {
      url = await this.#create();
      rememberUpload(this.file, url);
      offset = 0;
    }
    this.onProgress(offset, this.file.size);
    let failures = 0;
    while (offset < this.file.size) {
      this.#checkAborted();
      try {
        offset = await this.#patch(url, offset);
        failures = 0;
      } catch (e) {
        // The server refused the bytes for good (such as a file that is not a video): start afresh next time.
        if (refused(e)) forgetUpload(this.file);
        if (this.aborted || !retryable(e) || failures >= RETRY_DELAYS_MS.length) throw e;
        await sleep(RETRY_DELAYS_MS[failures++]);
        this.#checkAborted();
        const serverOffset = await this.#offsetAt(url);
        if (serverOffset == null) {
          forgetUpload(this.file);
          throw new ApiError(410, 'upload_gone', 'The server no longer has this upload. Please choose the file again to start over.');
        }
        offset = serverOffset;
      }
    }
    if (!this.jobId) this.jobId = await this.#jobIdAt(url);
    forgetUpload(this.file);
    return { url, jobId: this.jobId };
  }

  /** Stops sending. The upload stays resumable: choosing the same file again continues it. */
  abort() {
    this.aborted = true;
    this.xhr?.abort();
  }

  #checkAborted() {
    if (this.aborted) throw new ApiError(0, 'aborted', 'The upload was paused.');
  }

  async #create() {
    const metadata = [`filename ${base64(this.file.name)}`];
    if (this.file.type) metadata.push(`filetype ${base64(this.file.type)}`);
    for (const [key, value] of Object.entries(this.metadata)) {
      if (value) metadata.push(`${key} ${base64(value)}`);
    }
    const response = await this.#fetch(this.endpoint, {
      method: 'POST',
      headers: { 'Upload-Length': String(this.file.size), 'Upload-Metadata': metadata.join(',') },
    });
    if (response.status !== 201) throw await tusError(response);
    const location = response.headers.get('Location');
    if (!location) throw new ApiError(response.status, 'tus', 'The server did not say where to upload (no Location header).');
    this.#readJobId(response.headers);
    return new URL(location, new URL(this.endpoint, window.location.href)).toString();
  }

  /** The server's offset for the upload, or null when it no longer knows it. */
  async #offsetAt(url) {
    const response = await this.#fetch(url, { method: 'HEAD', cache: 'no-store' });
    if ([403, 404, 410].includes(response.status)) return null;
    if (!response.ok) throw await tusError(response);
    this.#readJobId(response.headers);
    const offset = Number(response.headers.get('Upload-Offset'));
    return Number.isFinite(offset) ? offset : null;
  }

  /** Asks for the job id once more if neither the last PATCH nor HEAD carried it. */
  async #jobIdAt(url) {
    await this.#offsetAt(url);
    return this.jobId;
  }

  #readJobId(headers) {
    const id = headers.get('Roughcut-Job-Id');
    if (id) this.jobId = id;
  }

  async #fetch(url, init) {
    try {
      return await fetch(url, {
        ...init,
        credentials: 'same-origin',
        headers: { 'Tus-Resumable': TUS_VERSION, ...(init.headers ?? {}) },
      });
    } catch {
      throw new ApiError(0, 'network', describeStatus(0));
    }
  }

  /** Sends one slice from offset; resolves with the server's new offset. XHR, for progress within a slice. */
  #patch(url, offset) {
    const end = Math.min(offset + this.sliceBytes, this.file.size);
    const slice = this.file.slice(offset, end);
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      this.xhr = xhr;
      xhr.open('PATCH', url);
      xhr.withCredentials = true;
      xhr.setRequestHeader('Tus-Resumable', TUS_VERSION);
      xhr.setRequestHeader('Upload-Offset', String(offset));
      xhr.setRequestHeader('Content-Type', 'application/offset+octet-stream');
      xhr.upload.onprogress = (e) => this.onProgress(offset + e.loaded, this.file.size);
      xhr.onerror = () => reject(new ApiError(0, 'network', describeStatus(0)));
      xhr.onabort = () => reject(new ApiError(0, 'aborted', 'The upload was paused.'));
      xhr.onload = () => {
        if (xhr.status === 204 || xhr.status === 200) {
          const id = xhr.getResponseHeader('Roughcut-Job-Id');
          if (id) this.jobId = id;
          const next = Number(xhr.getResponseHeader('Upload-Offset'));
          const newOffset = Number.isFinite(next) && xhr.getResponseHeader('Upload-Offset') !== null ? next : end;
          this.onProgress(newOffset, this.file.size);
          resolve(newOffset);
        } else {
          reject(xhrError(xhr));
        }
      };
      xhr.send(slice);
    });
  }
}

/** {offset, length} of an upload on the server, or null when the server no longer has it. */
export async function uploadProgress(url) {
  const response = await fetch(url, { method: 'HEAD', cache: 'no-store', headers: { 'Tus-Resumable': TUS_VERSION } });
  if (!response.ok) return null;
  return { offset: Number(response.headers.get('Upload-Offset')), length: Number(response.headers.get('Upload-Length')) };
}

/** Asks the server to drop an unfinished upload (tus termination). */
export async function terminateUpload(url) {
  await fetch(url, { method: 'DELETE', headers: { 'Tus-Resumable': TUS_VERSION } });
}

/** Network trouble, server errors and an offset conflict (409) are worth a HEAD and another try. */
function retryable(e) {
  return e instanceof ApiError && e.code !== 'aborted' && (e.status === 0 || e.status === 409 || e.status >= 500);
}

function refused(e) {
  return e instanceof ApiError && e.status >= 400 && e.status < 500 && ![409, 423, 429].includes(e.status);
}

async function tusError(response) {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // keep the status only
  }
  return errorFromBody(response.status, text);
}

function xhrError(xhr) {
  return errorFromBody(xhr.status, xhr.responseText);
}

function errorFromBody(status, text) {
  try {
    const body = JSON.parse(text);
    return new ApiError(status, body.error ?? 'tus', body.message ?? describeStatus(status));
  } catch {
    return new ApiError(status, 'tus', describeStatus(status));
  }
}
