import { BLANK_PODCLIQUESET, GALLERY, type GalleryEntry } from '../../core/files/gallery';

/** Grove's samples, bundled into the page as text (about 30 KB), by their path under grove/samples. */
const files = import.meta.glob<string>('../../../grove/samples/**/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const PREFIX = '../../../grove/samples/';

const byPath = new Map(Object.entries(files).map(([path, text]) => [path.slice(PREFIX.length), text]));

export interface GalleryItem extends GalleryEntry {
  readonly text: string;
}

/** The gallery with each entry's text. */
export const galleryItems: readonly GalleryItem[] = GALLERY.map((entry) => ({
  ...entry,
  text: entry.id === 'blank' ? BLANK_PODCLIQUESET : (byPath.get(entry.id) ?? ''),
}));
