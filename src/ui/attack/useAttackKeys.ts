import { useEffect } from 'react';
import { rerunLast } from '../../store/attackActions';

/** 'a' attacks the last clicked point again with the current attack and parameters. */
export function useAttackKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
      if (e.ctrlKey || e.metaKey || e.altKey || e.key !== 'a') return;
      rerunLast();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
