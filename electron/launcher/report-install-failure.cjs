// Loaded into Electron's own installer (node -r … node_modules/electron/install.js). On failure the
// installer prints only a stack trace ("TypeError: fetch failed"), which says neither what it tried
// to download nor why that failed. This file sends the launcher both, as JSON lines on file
// descriptor 3, and keeps the stack trace off the user's terminal. The progress bar is untouched.
'use strict';
const fs = require('node:fs');

function report(fields) {
  try {
    fs.writeSync(3, `${JSON.stringify(fields)}\n`);
  } catch {
    // Started without descriptor 3 (by hand): there is nobody to tell.
  }
}

const fetchOriginal = globalThis.fetch;
globalThis.fetch = async function fetchReportingFailures(resource, options) {
  const url = String(resource instanceof Request ? resource.url : resource);
  try {
    const response = await fetchOriginal(resource, options);
    if (!response.ok) report({ url, status: response.status });
    return response;
  } catch (error) {
    const cause = error && error.cause;
    report({
      url,
      error: String(error && error.message),
      cause: cause ? String(cause.code || cause.message) : null,
      detail: cause ? String(cause.message) : null,
    });
    throw error;
  }
};

console.error = (...parts) => report({ message: parts.map(String).join(' ').split('\n')[0] });
