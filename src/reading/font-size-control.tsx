import { useEffect, useSyncExternalStore } from 'react';
import { ChoiceGroup } from '../ui/choice-group';
import { FONT_SIZES, fontSize } from './font-size';

export function FontSizeControl() {
  const current = useSyncExternalStore(fontSize.subscribe, fontSize.read);

  useEffect(() => {
    document.documentElement.dataset.fontSize = current;
  }, [current]);

  return (
    <ChoiceGroup
      legend="字級"
      name="font-size"
      options={FONT_SIZES}
      value={current}
      onChange={fontSize.write}
    />
  );
}
