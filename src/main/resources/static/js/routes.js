// The pages' addresses. /jobs/{id} and /s/{token} are forwarded by the server to job.html and shared.html;
// the query forms (?id=, ?token=) work too, for static hosting without the forward.

export function jobUrl(jobId) {
  return `/jobs/${encodeURIComponent(jobId)}`;
}

export function sharedUrl(token) {
  return `/s/${encodeURIComponent(token)}`;
}

/** The last path segment after `prefix` (such as "/jobs/"), or the `param` query parameter. */
export function idFromLocation(prefix, param) {
  const path = window.location.pathname;
  if (path.startsWith(prefix) && path.length > prefix.length) {
    return decodeURIComponent(path.slice(prefix.length).split('/')[0]);
  }
  return new URLSearchParams(window.location.search).get(param);
}
