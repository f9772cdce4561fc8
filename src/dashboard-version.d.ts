/** package.json's version, inlined by vite.config.ts (`define`): what "Copy diagnostics" reports. */
declare const __DASHBOARD_VERSION__: string;
