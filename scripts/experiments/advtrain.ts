/**
 * `--exp advtrain` entry: --dataset mnist14|fmnist14 runs advtrain-mnist.ts, any toy manifold
 * (plane3d, planeRn, ...; default plane3d) runs advtrain-toy.ts with the rest of the flags.
 */
import { isEntry, routeByDataset } from './advtrain-ilyas-shared';
import { main as image } from './advtrain-mnist';
import { main as toy } from './advtrain-toy';

export const main = (argv: string[]): Promise<void> => routeByDataset(argv, image, toy);

if (isEntry(import.meta.url)) main(process.argv.slice(2)).catch((e) => { console.error(e instanceof Error ? e.message : e); process.exit(1); });
