/** Hands text to the browser (or the window) as a file to save: a download, so the user picks where. */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; the address is not needed any more.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** workgroup-doctor-connections-2026-11-30-08-00.csv: when the watch began, in the file's name. */
export function csvFileName(startedAt: number): string {
  return `workgroup-doctor-connections-${new Date(startedAt).toISOString().slice(0, 16).replace(/[:T]/g, '-')}.csv`;
}
