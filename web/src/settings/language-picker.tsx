import {
  chooseLanguage,
  i18n,
  type LanguageChoice,
  languageNames,
  languages,
  useI18n,
  useLanguageChoice,
} from '../i18n/index.ts';
import { toast } from '../ui/toasts.tsx';

/**
 * Language: Automatic (the browser's first language the client speaks, else English) or one of
 * them, kept on this device (the server's profile has no language: the assistant answers in the
 * language a message is written in). The page changes at once, `<html lang>` with it.
 */
export function LanguagePicker() {
  const { m } = useI18n();
  const chosen = useLanguageChoice();
  const options: LanguageChoice[] = ['auto', ...languages];
  const pick = (choice: LanguageChoice) => {
    chooseLanguage(choice);
    // Said in the language just chosen.
    const now = i18n();
    toast(now.fill(now.m.settings.languageSaved, { name: languageNames[now.lang] }), 'success');
  };
  return (
    <fieldset>
      <legend>{m.settings.language}</legend>
      {options.map((choice) => (
        <label key={choice} class="choice">
          <input
            type="radio"
            name="language"
            value={choice}
            checked={chosen === choice}
            onChange={() => pick(choice)}
          />
          {choice === 'auto' ? m.settings.automatic : <span lang={choice}>{languageNames[choice]}</span>}
        </label>
      ))}
      <p class="hint">{m.settings.languageHint}</p>
    </fieldset>
  );
}
