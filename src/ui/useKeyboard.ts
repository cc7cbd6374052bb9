import { useEffect } from 'react';
import { bindingFor } from './keyBindings';

/** Global shortcuts from the one table in keyBindings.ts (ignored while typing in a field). */
export function useKeyboard(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
      const binding = bindingFor(e);
      if (!binding) return;
      e.preventDefault();
      binding.run(e.key);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
