import type { AttackName } from '../core/attacks/types';

/**
 * One colour per attack, for its path and its row in the comparison table; chosen so that every
 * two of them, the δ arrows, the two class colours and the background differ by CIE76 ΔE ≥ 25
 * (colorContrast.test.ts).
 */
export const ATTACK_COLORS: Record<AttackName, string> = {
  fgsm: '#6a1b9a',
  fgm: '#00bcd4',
  pgdLinf: '#b3446c',
  pgdL2: '#111827',
  deepFool: '#e6007e',
  cwL2: '#795548',
  pgdOnManifold: '#8db600',
  pgdOffManifold: '#604e97',
  exactManifold: '#2b3d26',
};

/** The arrows of δ's parts (tangent green, normal orange, as in the issue). */
export const TANGENT_COLOR = '#1e9e3e';
export const NORMAL_COLOR = '#f28e2b';
