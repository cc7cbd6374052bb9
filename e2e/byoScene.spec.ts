import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import * as tf from '@tensorflow/tfjs';
import { openApp, watchErrors } from './helpers';
import { filesOf, trainedAutoencoder, trainedModel } from './userModels';

// A scene file embeds the Image lab's imported models: the test trains a small classifier and
// autoencoder itself, imports them, saves the scene, opens a fresh page, loads the file alone
// and runs Experiments A+B on the restored models; a file whose classifier hash was changed
// loads the rest of the scene and says why the classifier was not restored.

async function loadScene(page: Page, text: string): Promise<void> {
  await page.getByTestId('share-menu').click();
  await Promise.all([
    page.waitForEvent('load'),
    page.getByTestId('scene-file').setInputFiles({ name: 'scene.dmlab.json', mimeType: 'application/json', buffer: Buffer.from(text) }),
  ]);
}

test('a saved scene brings back the imported classifier and autoencoder, verified, and A+B runs on them', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await tf.setBackend('cpu');
  const model = await trainedModel();
  const ae = await trainedAutoencoder();
  const status = page.locator('[data-testid=image-status]');
  const clfInfo = page.locator('[data-testid=import-model-info]');
  const aeInfo = page.locator('[data-testid=import-ae-info]');

  await openApp(page);
  await page.click('[data-testid=tab-image]');
  await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await page.setInputFiles('[data-testid=import-model-files]', await filesOf(model));
  await expect(clfInfo).toContainText('Imported e2e_user_mlp', { timeout: 30_000 });
  await page.setInputFiles('[data-testid=import-ae-files]', await filesOf(ae));
  await expect(aeInfo).toContainText('Imported autoencoder e2e_user_ae, k = 8', { timeout: 30_000 });
  const accuracy = (await status.textContent())!.match(/e2e_user_mlp \(imported\): test accuracy ([\d.]+) %/)![1];
  const clfHash = (await clfInfo.getAttribute('title'))!.replace('SHA-256 ', '');
  const aeHash = (await aeInfo.getAttribute('title'))!.replace('SHA-256 ', '');

  // Save: the menu item and the notice say what is embedded and how large it is.
  await page.getByTestId('share-menu').click();
  await expect(page.getByTestId('save-scene')).toHaveAttribute(
    'title',
    /with the imported classifier e2e_user_mlp \(about \d+ kB\) and the imported autoencoder e2e_user_ae \(about \d+ kB\) as base64$/,
  );
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-scene').click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  await expect(page.getByTestId('notice-info').filter({ hasText: 'Saved scene.dmlab.json' })).toContainText(
    /\(\d+ kB\); it embeds the imported classifier e2e_user_mlp \(\d+ kB\) and the imported autoencoder e2e_user_ae \(\d+ kB\), so it loads with nothing else/,
  );
  const file = JSON.parse(text);
  expect([file.models.dataset, file.models.classifier.sha256, file.models.autoencoder.sha256]).toEqual(['mnist14', clfHash, aeHash]);
  expect(file.models.classifier.inputShape).toEqual([196]);

  // A fresh page knows nothing of the imports; the file alone brings both back, verified.
  await page.goto('/');
  await loadScene(page, text);
  await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(clfInfo).toHaveAttribute('title', `SHA-256 ${clfHash}`, { timeout: 60_000 });
  await expect(aeInfo).toHaveAttribute('title', `SHA-256 ${aeHash}`, { timeout: 60_000 });
  await expect(status).toContainText(`e2e_user_mlp (imported): test accuracy ${accuracy} %`);
  await expect(status).toContainText('e2e_user_ae (imported): test MSE');
  await expect(page.getByTestId('notice-info').filter({ hasText: 'Restored from the scene file' })).toContainText(
    `the imported classifier e2e_user_mlp (SHA-256 ${clfHash.slice(0, 12)}… verified); the imported autoencoder e2e_user_ae`,
  );
  await page.fill('[data-testid=ab-count]', '3');
  await page.click('[data-testid=ab-run]');
  await expect(page.locator('[data-testid=ab-run]')).toBeVisible({ timeout: 150_000 });
  await expect(page.locator('[data-testid=ab-progress]')).toHaveAttribute('value', '3');
  await expect(page.locator('[data-testid=ab-table]')).toContainText('null k/n = 0.041');
  await page.screenshot({ path: 'test-results/byo-scene-restored.png' });

  // A changed hash: the classifier is refused with the reason, the autoencoder and the rest load.
  const tampered = JSON.parse(text);
  tampered.models.classifier.sha256 = '0'.repeat(64);
  await page.goto('/');
  await loadScene(page, JSON.stringify(tampered));
  await expect(aeInfo).toHaveAttribute('title', `SHA-256 ${aeHash}`, { timeout: 60_000 });
  await expect(page.getByTestId('notice-error')).toContainText(
    `The scene's imported classifier e2e_user_mlp was not restored: e2e_user_mlp.dml-model.json: content hash ${clfHash.slice(0, 12)}… does not match the recorded 000000000000… (the file was changed). The rest of the scene loaded; the shipped classifier is active.`,
  );
  await expect(status).toContainText('mnist14-mlp: test accuracy 97.6 %');
  await expect(clfInfo).toHaveCount(0);
  model.dispose();
  ae.dispose();
  expect(errors).toEqual([]);
});
