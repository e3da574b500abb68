import { Dialog } from './Dialog';
import { galleryItems, type GalleryItem } from './samples';

/** The starting points: a blank PodCliqueSet, the starting example and Grove's samples. */
export function Gallery({ onPick, onClose }: { onPick: (item: GalleryItem) => void; onClose: () => void }) {
  return (
    <Dialog title="Start from an example" onClose={onClose} wide>
      <ul className="gallery" aria-label="Examples">
        {galleryItems.map((item) => (
          <li key={item.id}>
            <button type="button" className="gallery-item" onClick={() => onPick(item)}>
              <span className="gallery-title">{item.title}</span>
              <span className="gallery-description">{item.description}</span>
              {item.id !== 'blank' && <span className="gallery-path mono">grove/samples/{item.id}</span>}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
