// The module face of shared/i18n_core.js (the strings from _locales, as text), for the pages' modules.
import './i18n_core.js';

export const { t, localize, element } = globalThis.firsthandI18n;
