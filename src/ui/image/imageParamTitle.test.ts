import { describe, expect, it } from 'vitest';
import { ATTACKS } from '../../core/attacks/registry';
import { IMAGE_PARAM_DEFAULTS } from '../../store/imageLabStore';
import { imageParamTitle } from './ImageAttackPanel';

describe('imageParamTitle', () => {
  const pgd = ATTACKS.find((a) => a.id === 'pgdL2')!;
  it("states the image lab's default (the field's starting value) and the toys' when it differs", () => {
    for (const spec of pgd.params) {
      const lab = IMAGE_PARAM_DEFAULTS.pgdL2![spec.key] ?? spec.default;
      const title = imageParamTitle('pgdL2', spec);
      expect(title).toContain(`Image lab default ${String(lab)}`);
      if (lab !== spec.default) expect(title).toContain(`toy scenes: ${String(spec.default)}`);
      else expect(title).not.toContain('toy scenes');
    }
    expect(
      imageParamTitle(
        'pgdL2',
        pgd.params.find((p) => p.key === 'eps')!,
      ),
    ).toContain('Image lab default 2');
  });
});
