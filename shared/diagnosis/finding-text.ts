import type { MessageParams, Translate } from '../i18n/translate';
import { findingMessageKeys, type Finding } from './finding';
import { SOURCE_IDS, type SourceId } from './readings';

const isSourceId = (text: string): text is SourceId => (SOURCE_IDS as readonly string[]).includes(text);

/**
 * A finding's title and explanation in the user's words. The diagnosis names the sources a finding is
 * about by id ("net-session, net-file"), which scripts rely on; people read their names instead
 * ("Connected computers (net session) and Open files (net file)"). Every front end words findings here.
 */
export function findingText(finding: Pick<Finding, 'id' | 'variant' | 'params'>, t: Translate): { title: string; explanation: string } {
  const keys = findingMessageKeys(finding);
  const params = wordedParams(finding.params, t);
  return { title: t(keys.title, params), explanation: t(keys.explanation, params) };
}

function wordedParams(params: MessageParams, t: Translate): MessageParams {
  const sources = params.sources;
  if (typeof sources !== 'string') return params;
  const names = sources
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '')
    .map((id) => (isSourceId(id) ? t(`source.${id}`) : id));
  return { ...params, sources: new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(names) };
}
