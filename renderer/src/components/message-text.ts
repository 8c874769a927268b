import type { Message } from '../../../shared/fixes/fix-plan';
import type { Translate } from '../../../shared/i18n/translate';

/** A message the main process chose by key, in the user's language. */
export function messageText(message: Message, t: Translate): string {
  return t(message.key, message.params);
}
