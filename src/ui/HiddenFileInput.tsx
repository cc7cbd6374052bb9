import type { Ref } from 'react';

export interface HiddenFileInputProps {
  /** The page opens the picker with `ref.current.click()` from its own button. */
  ref: Ref<HTMLInputElement>;
  accept: string;
  testId: string;
  /** The chosen files (at least one). */
  onFiles: (files: File[]) => void;
  multiple?: boolean;
}

/**
 * A hidden file input behind a visible button. It clears itself after each choice, so choosing
 * the same file again (after fixing it, say) fires again.
 */
export function HiddenFileInput({ ref, accept, testId, onFiles, multiple }: HiddenFileInputProps) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      multiple={multiple}
      hidden
      data-testid={testId}
      onChange={(e) => {
        const files = e.target.files ? Array.from(e.target.files) : [];
        e.target.value = '';
        if (files.length) onFiles(files);
      }}
    />
  );
}
