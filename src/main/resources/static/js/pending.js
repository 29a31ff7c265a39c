// Unfinished uploads, remembered in localStorage so a reload or a closed tab does not lose them. Keyed by
// the file's name, size and date: choosing the same file again finds its upload URL.

const KEY_PREFIX = 'roughcut.upload:';

function keyOf(file) {
  return `${KEY_PREFIX}${file.name}:${file.size}:${file.lastModified}`;
}

function read(key) {
  try {
    const value = localStorage.getItem(key);
    return value ? JSON.parse(value) : null;
  } catch {
    return null; // no storage (private mode), or an entry this version cannot read
  }
}

/** {url, name, size} of this file's unfinished upload, or null. */
export function pendingUpload(file) {
  return read(keyOf(file));
}

export function rememberUpload(file, url) {
  try {
    localStorage.setItem(keyOf(file), JSON.stringify({ url, name: file.name, size: file.size }));
  } catch {
    // without storage the upload still works; it just cannot resume after a reload
  }
}

export function forgetUpload(file) {
  forgetKey(keyOf(file));
}

export function forgetKey(key) {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing stored, nothing to forget
  }
}

/** Every unfinished upload of this browser: [{key, url, name, size}]. */
export function pendingUploads() {
  const found = [];
  try {
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      const entry = key?.startsWith(KEY_PREFIX) ? read(key) : null;
      if (entry?.url) found.push({ key, ...entry });
    }
  } catch {
    // no storage: nothing pending
  }
  return found;
}
