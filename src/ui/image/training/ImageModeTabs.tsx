import { useImageLab } from '../../../store/imageLabStore';

/** Attack | Train switch at the top of the image lab's sidebar. */
export function ImageModeTabs() {
  const mode = useImageLab((s) => s.mode);
  const tab = (m: 'attack' | 'train', label: string, help: string) => (
    <button
      role="tab"
      aria-selected={mode === m}
      className={mode === m ? 'active' : ''}
      onClick={() => useImageLab.setState({ mode: m })}
      title={help}
      data-testid={`image-mode-${m}`}
    >
      {label}
    </button>
  );
  return (
    <div className="view-tabs image-mode-tabs" role="tablist">
      {tab('attack', 'Attack', "Attack digits with the lab's classifier: the seven-image row, the 3-D slice, Experiments A+B")}
      {tab(
        'train',
        'Train',
        'Train an MLP or CNN on the images in the browser and watch the boundary slice and the DMM metrics move epoch by epoch',
      )}
    </div>
  );
}
