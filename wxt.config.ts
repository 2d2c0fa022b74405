import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT_FILE } from './utils/custom-domains/patterns';
import { SUPPORTED_MATCH_PATTERNS } from './utils/hosts/catalogue';

/**
 * The demo build (`wxt build --mode demo`, used by `npm start` and the end-to-end tests) also runs on
 * the bundled demo pages served from 127.0.0.1. The production build names only the supported hosts.
 */
const DEMO_MATCH_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Custom helpdesk domains (utils/custom-domains): the options page asks for one site at a time at run
 * time, and the panel must be allowed to load on it. https only: utils/custom-domains asks for
 * `https://<host>/*` and nothing else, so an http pattern here was never used (README, "Permissions").
 */
const CUSTOM_DOMAIN_ORIGINS = ['https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // terser with two compress passes instead of Vite's default esbuild minifier: 700–800 B gzip less
  // per host content script, which every host page loads (goal ≤ 20 KiB; README, "The content script
  // stays small").
  vite: () => ({ build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } } }),
  manifest: ({ mode, manifestVersion, browser }) => {
    const pagePatterns = mode === 'demo' ? [...SUPPORTED_MATCH_PATTERNS, ...DEMO_MATCH_PATTERNS] : SUPPORTED_MATCH_PATTERNS;
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // Firefox refuses storage to an add-on without an explicit id.
      // data_collection_permissions: Firefox asks every add-on to declare what it sends away; this one
      // sends nothing anywhere ('none'). The key exists from Firefox 140 (ESR 140) and Firefox for
      // Android 142, hence the minimum versions.
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'commitment-keeper@commitment-keeper.dev',
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
      // Each one is used; README "Permissions" says where. storage: settings and small items;
      // scripting: the custom-domain content script; alarms + notifications: reminders and the badge
      // (utils/reminders); contextMenus: "Add selection as commitment"; activeTab: the popup reads the
      // URL of the tab it was opened on, to offer "Run on this site".
      // Host access to the supported pages (the same patterns the content script already runs on, so no
      // wider access): after an install or update the background injects the new content script into
      // tabs already open there (utils/page-session/reinject.ts); content_scripts matches alone do not
      // let scripting.executeScript in (Chromium: "must request permission to access the respective host").
      permissions: [
        'storage',
        'scripting',
        'alarms',
        'notifications',
        'contextMenus',
        'activeTab',
        ...(manifestVersion === 2 ? pagePatterns : []),
      ],
      ...(manifestVersion === 3 ? { host_permissions: pagePatterns } : {}),
      // MV2 (Firefox's default build) has no optional_host_permissions; origins go in optional_permissions.
      ...(manifestVersion === 2 ? { optional_permissions: CUSTOM_DOMAIN_ORIGINS } : { optional_host_permissions: CUSTOM_DOMAIN_ORIGINS }),
      commands: {
        'toggle-panel': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandTogglePanel__' },
        'focus-entry': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandFocusEntry__' },
        'insert-summary': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandInsertSummary__' },
      },
      web_accessible_resources: [
        // The panel is an extension page shown in an iframe on the host page. use_dynamic_url keeps
        // sites from fingerprinting the extension by probing a fixed chrome-extension:// URL.
        // Custom domains can be any https site, so the panel is loadable from any; the dynamic URL still
        // keeps it from being probed.
        { resources: ['panel.html'], matches: [...pagePatterns, 'https://*/*'], use_dynamic_url: true },
      ],
    };
  },
  hooks: {
    // The demo pages get the generic content script (every adapter, tried by markup), which the
    // production manifest leaves out: there the background registers it for custom domains only.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'demo') return;
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: DEMO_MATCH_PATTERNS, js: [CONTENT_SCRIPT_FILE], run_at: 'document_idle' },
      ];
    },
  },
});
