import { useEffect, useSyncExternalStore } from 'react';
import { useHydrated } from '../lib/hydration';
import type { StoredSetting } from '../lib/stored-setting';
import { ChoiceGroup } from '../ui/choice-group';

interface Props<T extends string> {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  setting: StoredSetting<T>;
  /** The `data-*` attribute on <html> (camelCase) that styles read; pre-paint sets it first. */
  attribute: 'fontSize' | 'writingMode' | 'colorScheme';
}

/** A stored reader setting as a row of choices, mirrored onto <html> for the styles. */
export function SettingControl<T extends string>({
  legend,
  name,
  options,
  setting,
  attribute,
}: Props<T>) {
  const current = useSyncExternalStore(setting.subscribe, setting.read, () => setting.fallback);
  // While a prerendered page hydrates, `current` is the default: <html> keeps what pre-paint set.
  const hydrated = useHydrated();

  useEffect(() => {
    if (hydrated) document.documentElement.dataset[attribute] = current;
  }, [attribute, current, hydrated]);

  return (
    <ChoiceGroup
      legend={legend}
      name={name}
      options={options}
      value={current}
      onChange={setting.write}
    />
  );
}
