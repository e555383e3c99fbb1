import { catalogView } from '../cookies.js';

/** How the dataset catalogue is laid out. */
export type CatalogView = 'cards' | 'table';

/** Remembers the layout the visitor picked, for their next visit. */
export function saveCatalogView(view: CatalogView): void {
  localStorage.setItem(catalogView.name, view);
}

/** The layout picked earlier; cards until the visitor picks one. */
export function readCatalogView(): CatalogView {
  return localStorage.getItem(catalogView.name) === 'table' ? 'table' : 'cards';
}
