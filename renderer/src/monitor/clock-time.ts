/** A time of day the user's way ("14:05:30", "2:05:30 PM"), for the chart's axis, the list and the summary. */
export function clockTimeFormat(locale: string): (time: number) => string {
  const format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (time) => format.format(time);
}
