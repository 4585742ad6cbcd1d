// The little XML the package readers need: a tag's attributes, text with its entities decoded, a part's name from a
// relationship target. OOXML parts are machine-written and regular, so scanning them as text is enough.

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Attribute name → value of one tag (or of the attribute text inside it). */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], m[2] ?? m[3]);
  return out;
}

/** One attribute of a tag: the usual ` name="value"` found directly, any other spelling through attributes(). */
export function attr(tag: string, name: string): string | undefined {
  const at = tag.indexOf(` ${name}="`);
  if (at >= 0) {
    const start = at + name.length + 3;
    const end = tag.indexOf('"', start);
    if (end >= 0) return tag.slice(start, end);
  }
  if (!tag.includes(`${name}=`) && !tag.includes(`${name} `)) return undefined;
  return attributes(` ${tag}`).get(name);
}

/** Character data as an XML parser gives it: line ends normalised, then entities and character references decoded. */
export function xmlText(s: string): string {
  const text = s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s;
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (m, e: string) => {
    if (e[0] !== "#") return ENTITIES[e] ?? m;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Part name of a relationship target in xl/_rels/workbook.xml.rels: relative to xl/ unless absolute. */
export function partName(target: string): string {
  const parts: string[] = [];
  for (const seg of (target.startsWith("/") ? target.slice(1) : `xl/${target}`).split("/")) {
    if (seg === "..") parts.pop();
    else if (seg && seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}
