/**
 * The page may load its own scripts and styles and nothing else: no inline script, no eval, no
 * remote content, no framing. The window and browser mode send it alike; the same policy is also in
 * renderer/index.html (a test keeps the two equal) because a file:// page gets no response headers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
