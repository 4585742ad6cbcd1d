// A tiny element tree on top of saxes (already installed with exceljs): strict, namespace-aware parsing that
// throws on anything that is not well-formed XML.
import { SaxesParser } from "saxes";

export interface XmlElement {
  /** Qualified name as written ("bt:Image"). */
  readonly name: string;
  readonly local: string;
  readonly uri: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const [name, a] of Object.entries(tag.attributes)) attrs[name] = typeof a === "string" ? a : a.value;
    const el: XmlElement = { name: tag.name, local: tag.local ?? tag.name, uri: tag.uri ?? "", attrs, children: [], text: "" };
    if (stack.length) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on("text", (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

export function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

export function find(el: XmlElement, local: string): XmlElement[] {
  return [...walk(el)].filter((e) => e.local === local);
}
