// The Office theme in the pane: Office.context.officeTheme gives the host's colours (Excel's 白色, 深灰, 黑色 …);
// a dark body background switches the pane's Fluent tokens to their dark values, and the body and control colours
// are taken as they are. WPS gives no theme: the light tokens are the default. Windows high contrast is CSS's
// forced-colors (taskpane.css).

export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
}

/** Relative luminance of "#RRGGBB" (WCAG), or undefined for anything else. */
export function luminance(hex: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex ?? "");
  if (!m) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1].slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDark(theme: OfficeThemeColors | undefined): boolean {
  const l = luminance(theme?.bodyBackgroundColor);
  return l !== undefined && l < 0.2;
}

/** The CSS variables a theme sets (only valid colours). */
export function themeVariables(theme: OfficeThemeColors | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (name: string, colour: string | undefined) => {
    if (luminance(colour) !== undefined) out[name] = colour!.startsWith("#") ? colour! : `#${colour}`;
  };
  put("--bg", theme?.bodyBackgroundColor);
  put("--fg", theme?.bodyForegroundColor);
  return out;
}

export function applyTheme(theme: OfficeThemeColors | undefined, body: HTMLElement = document.body): void {
  body.classList.toggle("theme-dark", isDark(theme));
  for (const [k, v] of Object.entries(themeVariables(theme))) body.style.setProperty(k, v);
}
