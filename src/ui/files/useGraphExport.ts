import { useCallback } from 'react';
import { downloadName } from '../../core/files/open';
import { useDesignerContext } from '../DesignerContext';
import { download } from './download';
import { dataUrlBlob, graphImage } from './graph-image';
import type { Notify } from './Notices';

/** Downloads the whole graph as PNG or SVG; tells the user when no graph is on the page. */
export function useGraphExport(notify: Notify): (format: 'png' | 'svg') => void {
  const { core } = useDesignerContext();
  return useCallback(
    (format) => {
      const flow = document.querySelector<HTMLElement>('.react-flow');
      if (!flow) {
        notify('error', 'Open the graph first: the image is made from it.');
        return;
      }
      const name = downloadName(core.getState().lastGood?.active?.design.name || undefined).replace(
        /\.yaml$/,
        '',
      );
      void graphImage({ flow, format })
        .then((url) => {
          if (!url) {
            notify('error', 'The graph has no nodes to draw yet.');
            return;
          }
          download(`${name}.${format}`, dataUrlBlob(url));
        })
        .catch((error: unknown) => notify('error', `The image could not be made: ${String(error)}`));
    },
    [core, notify],
  );
}
