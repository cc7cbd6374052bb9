/** What the import section says for each kind of model a user can bring. */
export interface ImportTexts {
  /** data-testid prefix: `${id}`, `${id}-button`, `${id}-files`, `${id}-reset`, `${id}-error`, `${id}-info`. */
  readonly id: string;
  readonly label: string;
  /** The import button's tooltip: which files, and what the model must compute. */
  readonly help: string;
  readonly resetLabel: string;
  readonly resetTitle: string;
  /** Shown with a spinner while the chosen files are checked. */
  readonly checking: string;
}

export type ImportKind = 'classifier' | 'autoencoder';

export const IMPORT_TEXTS: Record<ImportKind, ImportTexts> = {
  classifier: {
    id: 'import-model',
    label: 'Import classifier…',
    help:
      'Choose a tfjs layers model: its model.json and all its .bin weight files together ' +
      '(e.g. from tensorflowjs_converter --output_format tfjs_layers_model). It must take one ' +
      'image of the loaded size with pixels in [0, 1] (shape [n], [side, side] or [side, side, 1]) ' +
      'and give one value per class; a final softmax is removed, the lab works from logits. ' +
      'A model file saved here (.dml-model.json) can be chosen on its own.',
    resetLabel: 'Use shipped model',
    resetTitle: 'Drop the imported model and use the shipped classifier again',
    checking: 'Checking the model on the test set…',
  },
  autoencoder: {
    id: 'import-ae',
    label: 'Import autoencoder…',
    help:
      'Choose a tfjs layers autoencoder (model.json + .bin files) mapping an image of the loaded ' +
      'size, pixels in [0, 1], to its reconstruction. Its layer named "latent" ends the encoder E; ' +
      'the layers after it are the decoder D, whose Jacobian dD/dz at z = E(x) spans the tangent ' +
      'space used by every ρ, the on/off-manifold attacks and the slices.',
    resetLabel: 'Use shipped autoencoder',
    resetTitle: 'Drop the imported autoencoder and use the shipped one again',
    checking: 'Checking the autoencoder on test images…',
  },
};
