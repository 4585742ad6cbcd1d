// Severity icons (16 px, currentColor), so that severity is carried by a shape and a word, never by colour alone.
// Built with createElementNS from constant path data: no markup is parsed.

import { Severity } from "../../core/findings/finding";

const SVG = "http://www.w3.org/2000/svg";

const PATHS: Readonly<Record<Severity, readonly string[]>> = {
  // a circle with a cross
  error: ["M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z", "M5.5 5.5l5 5M10.5 5.5l-5 5"],
  // a triangle with an exclamation mark
  warning: ["M8 1.8L15 14H1z", "M8 6v4M8 11.6v.9"],
  // a circle with an i
  info: ["M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z", "M8 7v4.5M8 4.6v.9"],
};

export function severityIcon(severity: Severity): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("width", "14");
  svg.setAttribute("height", "14");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", `icon icon-${severity}`);
  for (const d of PATHS[severity]) {
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}
