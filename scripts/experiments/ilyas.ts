/**
 * `--exp ilyas` entry: --dataset mnist14|fmnist14 runs ilyas-mnist.ts, any toy manifold
 * (plane3d, planeRn, ...; default plane3d) runs ilyas-toy.ts with the rest of the flags.
 */
import { isEntry, routeByDataset } from './advtrain-ilyas-shared';
import { main as image } from './ilyas-mnist';
import { main as toy } from './ilyas-toy';

export const main = (argv: string[]): Promise<void> => routeByDataset(argv, image, toy);

if (isEntry(import.meta.url)) main(process.argv.slice(2)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
