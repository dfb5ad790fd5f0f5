import type { LabelLanguage } from '../map/localLabels';
import { parseLabelLanguage } from './hash';
import { APP_KEY_PREFIX, type SafeLocalStore } from './safeLocalStore';

/** Where the reader's label language is saved. */
export const LABEL_LANGUAGE_KEY = `${APP_KEY_PREFIX}labels:v1`;

/** The saved label language; English where none is saved or what is saved is not one. */
export const savedLabelLanguage = (store: SafeLocalStore): LabelLanguage => store.read(LABEL_LANGUAGE_KEY, parseLabelLanguage, 'en');

export const saveLabelLanguage = (store: SafeLocalStore, language: LabelLanguage): boolean => store.write(LABEL_LANGUAGE_KEY, language);
