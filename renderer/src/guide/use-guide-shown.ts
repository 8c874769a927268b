import { isDemo } from '../store/selectors';
import { useWizardStore } from '../store/wizard-store';

/** Whether the guide is shown: as the user chose, else on in demo mode (a trainer's class) and off otherwise. */
export function useGuideShown(): boolean {
  const choice = useWizardStore((s) => s.guideShown);
  const demo = useWizardStore(isDemo);
  return choice ?? demo;
}
