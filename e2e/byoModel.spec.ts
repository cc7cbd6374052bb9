import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import * as tf from '@tensorflow/tfjs';
import { openApp, watchErrors } from './helpers';
import { filesOf, trainedAutoencoder, trainedModel, type Upload } from './userModels';

// Bring your own model: the test trains a small tfjs classifier itself (ending in a softmax
// layer, as Keras models usually do), imports it as files the way a user picks them, runs
// Experiments A+B on it; broken models are refused with their reason and the lab keeps going.

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
