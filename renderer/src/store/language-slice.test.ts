import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../shared/ipc/contract';
import { LANGUAGE_STORAGE_KEY, rememberedLanguage } from '../i18n/remembered-language';
import { currentLanguage } from './selectors';
import { initialWizardState } from './wizard-state';
import { useWizardStore } from './wizard-store';

const info = (systemLanguages: readonly string[]): AppInfo => ({
  version: '1',
  platform: 'win32',
  mode: 'demo',
  demoReason: 'requested',
  scenarios: [],
  activeScenarioId: null,
  startScanAs: null,
  systemLanguages,
});

afterEach(() => {
  localStorage.clear();
  useWizardStore.setState({ ...initialWizardState, chosenLanguage: null });
});

describe('the language of the wizard', () => {
  it('follows Windows’ display languages until one is picked, English before they are known', () => {
    expect(currentLanguage({ boot: { kind: 'loading' }, chosenLanguage: null })).toBe('en');
    expect(currentLanguage({ boot: { kind: 'ready', info: info(['fr-FR', 'th-TH', 'en-US']) }, chosenLanguage: null })).toBe('th');
    expect(currentLanguage({ boot: { kind: 'ready', info: info(['ja-JP']) }, chosenLanguage: null })).toBe('en');
    expect(currentLanguage({ boot: { kind: 'ready', info: info(['th-TH']) }, chosenLanguage: 'de' })).toBe('de');
  });

  it('remembers the language picked, for the next start', () => {
    useWizardStore.setState({ boot: { kind: 'ready', info: info(['de-DE']) } });
    expect(currentLanguage(useWizardStore.getState())).toBe('de');
    useWizardStore.getState().chooseLanguage('th');
    expect(currentLanguage(useWizardStore.getState())).toBe('th');
    expect(rememberedLanguage()).toBe('th');
  });

  it('ignores a remembered value that is not a language it speaks', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(rememberedLanguage()).toBeNull();
  });
});
