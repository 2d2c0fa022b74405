// What the test injects into a page's isolated world, standing in for the content script.
import './i18n-shim';
import * as editors from '../../../utils/editors';

(globalThis as unknown as { __ckEditors: typeof editors }).__ckEditors = editors;
