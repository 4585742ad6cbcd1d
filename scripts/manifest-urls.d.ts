export declare const DEV_URL: string;
export declare function normalizeBaseUrl(url: string): string;
export declare function rewriteManifest(xml: string, productionUrl: string): string;
