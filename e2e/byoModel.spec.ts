import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import * as tf from '@tensorflow/tfjs';
import { parseImageSet } from '../src/core/datasets/mnist14';
import { openApp, watchErrors } from './helpers';

// Bring your own model: the test trains a small tfjs classifier itself (ending in a softmax
// layer, as Keras models usually do), imports it as files the way a user picks them, runs
// Experiments A+B on it; broken models are refused with their reason and the lab keeps going.

type Upload = { name: string; mimeType: string; buffer: Buffer };

async function filesOf(model: tf.LayersModel, corrupt?: (w: Float32Array) => void): Promise<Upload[]> {
  let out: Upload[] = [];
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      const data = new Float32Array((a.weightData as ArrayBuffer).slice(0));
      corrupt?.(data);
      const json = {
        format: 'layers-model',
        generatedBy: 'e2e',
        convertedBy: null,
        modelTopology: a.modelTopology,
        weightsManifest: [{ paths: ['group1-shard1of1.bin'], weights: a.weightSpecs }],
      };
      out = [
        { name: 'model.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) },
        { name: 'group1-shard1of1.bin', mimeType: 'application/octet-stream', buffer: Buffer.from(data.buffer) },
      ];
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  return out;
}

/** 196-32-10 relu MLP + softmax, 4 epochs of Adam on 2000 shipped MNIST-14 training digits. */
async function trainedModel(): Promise<tf.Sequential> {
  const train = parseImageSet(readFileSync('public/data/mnist14-train.bin'), 'mnist14-train');
  const m = 2000;
  const model = tf.sequential({ name: 'e2e_user_mlp' });
  model.add(
    tf.layers.dense({ units: 32, activation: 'relu', inputShape: [196], kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }),
  );
  model.add(tf.layers.dense({ units: 10, kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }));
  model.add(tf.layers.softmax());
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
  const x = tf.tensor2d(train.images.subarray(0, m * 196), [m, 196]);
  const y = tf.oneHot(tf.tensor1d(Array.from(train.labels.subarray(0, m)), 'int32'), 10);
  await model.fit(x, y, { epochs: 4, batchSize: 64, shuffle: false, verbose: 0 });
  tf.dispose([x, y]);
  return model;
}

/** 196-64-8-64-196 autoencoder (elu, linear latent, softplus, sigmoid), 3 epochs on the same digits. */
async function trainedAutoencoder(): Promise<tf.Sequential> {
  const train = parseImageSet(readFileSync('public/data/mnist14-train.bin'), 'mnist14-train');
  const m = 2000;
  const seed = (s: number) => tf.initializers.glorotUniform({ seed: s });
  const ae = tf.sequential({
    name: 'e2e_user_ae',
    layers: [
      tf.layers.dense({ units: 64, activation: 'elu', inputShape: [196], kernelInitializer: seed(11) }),
      tf.layers.dense({ units: 8, name: 'latent', kernelInitializer: seed(12) }),
      tf.layers.dense({ units: 64, activation: 'softplus', kernelInitializer: seed(13) }),
      tf.layers.dense({ units: 196, activation: 'sigmoid', kernelInitializer: seed(14) }),
    ],
  });
  ae.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  const x = tf.tensor2d(train.images.subarray(0, m * 196), [m, 196]);
  await ae.fit(x, x, { epochs: 3, batchSize: 64, shuffle: false, verbose: 0 });
  x.dispose();
  return ae;
}

async function importFiles(page: Page, files: Upload[]): Promise<void> {
  await page.setInputFiles('[data-testid=import-model-files]', files);
}

test('bring your own model: a broken one is refused, a trained one runs A+B, the lab keeps working', async ({ page }) => {
  const errors = watchErrors(page);
  await tf.setBackend('cpu');
  const model = await trainedModel();
  const good = await filesOf(model);
  const nanWeight = await filesOf(model, (w) => (w[3] = NaN));
  const wrongInput = tf.sequential({ layers: [tf.layers.dense({ units: 10, inputShape: [100] })] });
  const wrongInputFiles = await filesOf(wrongInput);

  await openApp(page);
  await page.click('[data-testid=tab-image]');
  const status = page.locator('[data-testid=image-status]');
  await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(status).toContainText('mnist14-mlp: test accuracy 97.6 %');

  // A NaN weight and a missing shard: refused with the reason, the shipped model stays.
  await importFiles(page, nanWeight);
  const error = page.locator('[data-testid=import-model-error]');
  await expect(error).toContainText('has 1 non-finite value (NaN or ±Infinity; first at flat index 3)');
  await expect(error).toContainText('The previous classifier is still active');
  await importFiles(page, good.slice(0, 1));
  await expect(error).toContainText('the weights file group1-shard1of1.bin named in model.json was not chosen');
  await expect(status).toContainText('mnist14-mlp: test accuracy 97.6 %');

  // The trained model: imported, its softmax removed, measured on the test set.
  await importFiles(page, good);
  await expect(page.locator('[data-testid=import-model-info]')).toContainText('Imported e2e_user_mlp, input [196], final softmax removed', {
    timeout: 30_000,
  });
  await expect(error).toHaveCount(0);
  await expect(status).toContainText('e2e_user_mlp (imported): test accuracy');
  const accuracy = Number((await status.textContent())!.match(/e2e_user_mlp \(imported\): test accuracy ([\d.]+) %/)![1]);
  expect(accuracy).toBeGreaterThan(60);

  // Experiments A+B on 5 digits with the imported classifier.
  await page.fill('[data-testid=ab-count]', '5');
  await page.click('[data-testid=ab-run]');
  await expect(page.locator('[data-testid=ab-progress]')).toBeVisible();
  await expect(page.locator('[data-testid=ab-run]')).toBeVisible({ timeout: 150_000 });
  await expect(page.locator('[data-testid=ab-progress]')).toHaveAttribute('value', '5');
  await expect(page.locator('[data-testid=ab-table]')).toContainText('r_on');

  // An autoencoder without a latent layer is refused; a trained one becomes the manifold estimate.
  const ae = await trainedAutoencoder();
  const noLatent = tf.sequential({
    layers: [tf.layers.dense({ units: 8, inputShape: [196], name: 'code' }), tf.layers.dense({ units: 196 })],
  });
  await page.setInputFiles('[data-testid=import-ae-files]', await filesOf(noLatent));
  await expect(page.locator('[data-testid=import-ae-error]')).toContainText('the autoencoder has no layer named "latent"');
  await expect(status).toContainText('mnist14-ae-k16: test MSE');
  await page.setInputFiles('[data-testid=import-ae-files]', await filesOf(ae));
  await expect(page.locator('[data-testid=import-ae-info]')).toContainText('Imported autoencoder e2e_user_ae, k = 8', { timeout: 30_000 });
  await expect(status).toContainText('e2e_user_ae (imported): test MSE');
  await expect(status).toContainText('k = 8');
  await page.fill('[data-testid=ab-count]', '5');
  await page.click('[data-testid=ab-run]');
  await expect(page.locator('[data-testid=ab-run]')).toBeVisible({ timeout: 150_000 });
  await expect(page.locator('[data-testid=ab-progress]')).toHaveAttribute('value', '5');
  await expect(page.locator('[data-testid=ab-table]')).toContainText('null k/n = 0.041');

  // A model of the wrong input size: refused, the imported model stays and still attacks.
  await importFiles(page, wrongInputFiles);
  await expect(error).toContainText("the model takes [null, 100] = 100 values per image, but the lab's images are 14×14 = 196 pixels");
  await expect(status).toContainText('e2e_user_mlp (imported)');
  await page.click('[data-testid=thumb-4]');
  const row = page.locator('[data-testid=seven-row]');
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toHaveAttribute('data-flipped', 'true');
  await expect(page.locator('[data-testid=image-slice]')).not.toHaveAttribute('data-triangles', '0', { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/byo-model.png' });

  // The model as one file: saved, back to the shipped model, then the file alone restores it.
  const info = page.locator('[data-testid=import-model-info]');
  const hash = await info.getAttribute('title');
  const download = page.waitForEvent('download');
  await page.click('[data-testid=import-model-save]');
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('e2e_user_mlp.dml-model.json');
  const bundle = readFileSync((await saved.path())!);
  await page.click('[data-testid=import-model-reset]');
  await expect(status).toContainText('mnist14-mlp: test accuracy 97.6 %');
  await importFiles(page, [{ name: saved.suggestedFilename(), mimeType: 'application/json', buffer: bundle }]);
  await expect(status).toContainText(`e2e_user_mlp (imported): test accuracy ${accuracy.toFixed(1)} %`);
  await expect(info).toHaveAttribute('title', hash!);
  model.dispose();
  wrongInput.dispose();
  ae.dispose();
  noLatent.dispose();
  expect(errors).toEqual([]);
});
