/**
 * `--exp align` entry: --dataset mnist14|fmnist14 runs align-mnist.ts (autoencoder tangent
 * space); otherwise align-toy.ts on the plane-in-R^n toy (--n, --k; exact tangent space).
 */
import { isEntry, routeByDataset } from './advtrain-ilyas-shared';
import { main as image } from './align-mnist';
import { main as toy } from './align-toy';

export const main = (argv: string[]): Promise<void> =>
  routeByDataset(argv, image, (rest) => {
    const i = rest.indexOf('--manifold');
    if (i >= 0 && rest[i + 1] !== 'planeRn') throw new Error(`--exp align runs on planeRn or mnist14/fmnist14 (got ${rest[i + 1]})`);
    return toy(i >= 0 ? [...rest.slice(0, i), ...rest.slice(i + 2)] : rest);
  });

if (isEntry(import.meta.url)) main(process.argv.slice(2)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
