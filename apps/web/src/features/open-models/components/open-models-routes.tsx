// The open-model catalog's pages, loaded when someone opens /models.
import '../i18n/models-messages';
import '../open-model-cards.css';
import '../open-models.css';
export { ComparePage } from './ComparePage';
export { ModelCatalogPage } from './ModelCatalogPage';
export { ModelEditorPage } from './ModelEditorPage';
export { ModelPage } from './ModelPage';
