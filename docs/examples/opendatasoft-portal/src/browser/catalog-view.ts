import { jar } from './jar.js';

/** How the dataset catalogue is laid out. */
export type CatalogView = 'cards' | 'table';

/** Remembers the layout the visitor picked, for their next visit (localStorage, as declared). */
export function saveCatalogView(view: CatalogView): void {
  jar.set('ods-catalog-view', view);
}

/** The layout picked earlier; cards until the visitor picks one. */
export function readCatalogView(): CatalogView {
  return jar.get('ods-catalog-view') === 'table' ? 'table' : 'cards';
}
