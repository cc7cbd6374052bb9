import { marked } from 'marked';
import scienceMarkdown from '../../../docs/science.md?raw';

/**
 * docs/science.md rendered (marked), each numbered section with the anchor `science-N` that
 * ScienceRef links open. Loaded lazily with the help's science section.
 */
const html = (marked.parse(scienceMarkdown, { async: false }) as string).replace(
  /<h2>(\d+)\. /g,
  (_m, n: string) => `<h2 id="science-${n}">${n}. `,
);

export default function ScienceHelp() {
  return <div className="science-doc" data-testid="science-doc" dangerouslySetInnerHTML={{ __html: html }} />;
}
