import { lazy, Suspense, useLayoutEffect, useState } from 'react';
import { OPEN_SEARCH_EVENT } from '../search/open-search-event';
import { isShortcut, nextStoryLink, SAVE_TOGGLE } from './keys';

// Loaded on the first `?`: nothing of the dialog is in the entry bundle.
const KeyHelpDialog = lazy(() =>
  import('./key-help-dialog').then((module) => ({ default: module.KeyHelpDialog })),
);

/**
 * j / k move between the stories of a list, s saves the story on its page, / goes to the search
 * field, ? shows the keys.
 */
export function KeyboardShortcuts() {
  const [helpOpen, setHelpOpen] = useState(false);

  // From the commit, not after the paint: keys pressed as soon as the page shows act.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      if (event.key === '?') {
        event.preventDefault();
        setHelpOpen(true);
        return;
      }
      if (event.key === '/') {
        event.preventDefault();
        document.dispatchEvent(new Event(OPEN_SEARCH_EVENT));
        return;
      }
      // Shift is a modifier for letters (J is not j), unlike for ?, which needs it.
      if (event.shiftKey) return;
      if (event.key === 's') {
        const toggle = document.querySelector<HTMLButtonElement>(SAVE_TOGGLE);
        if (!toggle || toggle.disabled) return;
        event.preventDefault();
        toggle.click();
        return;
      }
      if (event.key !== 'j' && event.key !== 'k') return;
      const link = nextStoryLink(event.key === 'j' ? 1 : -1);
      if (!link) return;
      event.preventDefault();
      link.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  return (
    <Suspense fallback={null}>
      {helpOpen && (
        <KeyHelpDialog
          onClose={() => {
            setHelpOpen(false);
          }}
        />
      )}
    </Suspense>
  );
}
