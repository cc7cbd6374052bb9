import type { AttackName } from '../core/attacks/types';

/** One colour per attack, for its path and its row in the comparison table. */
export const ATTACK_COLORS: Record<AttackName, string> = {
  fgsm: '#8e44ad',
  fgm: '#b5651d',
  pgdLinf: '#00838f',
  pgdL2: '#111827',
  deepFool: '#e6007e',
  cwL2: '#5d4037',
  pgdOnManifold: '#1e8e3e',
  pgdOffManifold: '#e8710a',
  exactManifold: '#0b8043',
};

/** The arrows of δ's parts (tangent green, normal orange, as in the issue). */
export const TANGENT_COLOR = '#1e9e3e';
export const NORMAL_COLOR = '#f28e2b';
