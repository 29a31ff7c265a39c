// JSON over fetch, with the service's error bodies ({error, message}) turned into readable errors.

/** An HTTP failure, carrying the server's own message when it sent one. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Reads the {error, message, status} body of a failed response, or describes the status when there is none. */
export async function errorOf(response) {
  let code = null;
  let message = null;
  try {
    const text = await response.text();
    try {
      const body = JSON.parse(text);
      code = body.error ?? null;
      message = body.message ?? null;
    } catch {
      message = text && text.length < 300 && !text.trimStart().startsWith('<') ? text.trim() : null;
    }
  } catch {
    // the body could not be read; the status alone has to do
  }
  return new ApiError(response.status, code, message || describeStatus(response.status));
}

export function describeStatus(status) {
  switch (status) {
    case 404: return 'Not found. It may have been deleted, or it belongs to another browser session.';
    case 413: return 'The file is too large. The limit is 5 GB.';
    case 415: return 'This file type is not supported.';
    case 429: return 'Too many requests. Please wait a little and try again.';
    case 0: return 'The server could not be reached. Check your connection and try again.';
    default: return status >= 500
      ? `The server had a problem (HTTP ${status}). Please try again in a moment.`
      : `The request failed (HTTP ${status}).`;
  }
}

/** Fetches JSON; throws ApiError for non-2xx answers and for network failures (status 0). */
export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'network', describeStatus(0));
  }
  if (!response.ok) throw await errorOf(response);
  if (response.status === 204) return null;
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}
