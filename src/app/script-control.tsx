import { ChoiceGroup } from '../ui/choice-group';
import { type Script, scriptChoice, scriptOf } from '../reading/script';
import { useScriptChoice } from '../reading/use-converted';

const OPTIONS = [
  { value: 'hant', label: '繁體', lang: 'zh-Hant' },
  { value: 'hans', label: '简体', lang: 'zh-Hans' },
] as const;

/** 繁體 / 简体: shows the news in the reader's script; a feed's own script is the default. */
export function ScriptControl({ feedLanguage }: { feedLanguage: string | undefined }) {
  const choice = useScriptChoice();
  const current: Script = choice === 'auto' ? (scriptOf(feedLanguage) ?? 'hant') : choice;
  return (
    <ChoiceGroup
      legend="繁簡"
      name="script"
      options={OPTIONS}
      value={current}
      onChange={scriptChoice.write}
    />
  );
}
