/**
 * The page may load its own scripts and styles and nothing else: no inline script, no eval, no
 * remote content, no framing. The same policy is in renderer/index.html (a test keeps the two equal)
 * because a file:// page gets no response headers to carry it.
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
