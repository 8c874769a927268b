import type { ReportFile } from '../../../shared/report/report-file';

let lastUrl: string | null = null;

/**
 * Saves text the page made as a file: a download, which a browser puts in its downloads and the
 * window hands to Windows' save dialog under the suggested name. The previous file's object URL is
 * released here rather than on a timer: by now its download has long started.
 */
export function saveDownload(file: ReportFile): void {
  if (lastUrl !== null) URL.revokeObjectURL(lastUrl);
  lastUrl = URL.createObjectURL(new Blob([file.text], { type: `${file.mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = lastUrl;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
