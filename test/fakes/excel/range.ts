// Range, RangeAreas and RangeFill proxies of the fake.

import { parseRangeA1, qualifiedA1, RangeRef, rangeA1 } from "../../../src/core/grid/address";
import {
  FillPattern, HostCellProps, HostCellPropsRequest, HostFill, HostFillProps, HostRange, HostRangeAreas,
} from "../../../src/excel/host";
import { apiAtLeast, FakeContext } from "./context";
import { fakeSheetId } from "./events";
import { reportedFormula, reportedText, reportedType, reportedValue, writeEntry } from "./cell-io";
import { FakeOfficeError, invalidArgument } from "./errors";
import { FakeClientResult, FakeProxy, propList, Resolver } from "./proxy";
import { FakeCell, FakeFill, FakeSheet, noFill } from "./state";

export interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly areas: readonly RangeRef[];
}

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly area: RangeRef;
}

/** One area of a sheet from "B3", "A1:C4", "$A$1" or "Sheet1!A1:B2" (the sheet must match). */
export function parseArea(ctx: FakeContext, sheet: FakeSheet, text: string): RangeRef {
  ctx.checkAddressLength(text);
  const r = parseRangeA1(text, sheet.name);
  if (!r || r.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(`address ${text}`);
  return { ...r, sheet: sheet.name };
}

export function parseAreaList(ctx: FakeContext, sheet: FakeSheet, text: string): RangeRef[] {
  ctx.checkAddressLength(text);
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => parseArea(ctx, sheet, p.trim()));
}

function eachCell(t: AreasTarget, fn: (row: number, col: number) => void): void {
  for (const a of t.areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(r, c);
}

function grid<V>(t: RangeTarget, fn: (cell: FakeCell) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    const row: V[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) row.push(fn(t.sheet.cell(r, c)));
    out.push(row);
  }
  return out;
}

function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", `The cell you're trying to change is on a protected sheet (${sheet.name}).`);
}

function normalColor(color: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) throw invalidArgument(`color ${color}`);
  return color.toUpperCase();
}

const FILL_PROPS = ["color", "tintAndShade", "pattern", "patternColor", "patternTintAndShade"] as const;
type FillProp = (typeof FILL_PROPS)[number];

/** Range.format.fill / RangeAreas.format.fill. */
export class FakeFillProxy extends FakeProxy<AreasTarget> implements HostFill {
  constructor(ctx: FakeContext, resolver: Resolver<AreasTarget>) {
    super(ctx, resolver, undefined);
  }

  load(names: string | string[]): FakeFillProxy {
    const props = propList(names);
    for (const p of props) if (!(FILL_PROPS as readonly string[]).includes(p)) throw invalidArgument(`fake fill cannot load ${p}`);
    this.queueLoad(props, (t, p) => {
      // A multi-cell range reports a property only when every cell agrees, else null.
      let value: unknown;
      let first = true;
      eachCell(t, (r, c) => {
        const v = t.sheet.cell(r, c).fill[p as FillProp];
        if (first) value = v;
        else if (value !== v) value = null;
        first = false;
      });
      return value;
    });
    return this;
  }

  get color(): string { return this.read("color"); }
  set color(v: string) { this.set("color", v); }
  get tintAndShade(): number { return this.read("tintAndShade"); }
  set tintAndShade(v: number) { this.set("tintAndShade", v); }
  get pattern(): FillPattern { return this.read("pattern"); }
  set pattern(v: FillPattern) { this.set("pattern", v); }
  get patternColor(): string { return this.read("patternColor"); }
  set patternColor(v: string) { this.set("patternColor", v); }
  get patternTintAndShade(): number { return this.read("patternTintAndShade"); }
  set patternTintAndShade(v: number) { this.set("patternTintAndShade", v); }

  clear(): void {
    this.queueWrite("RangeFill.clear", null, (t) => {
      assertWritable(t.sheet);
      eachCell(t, (r, c) => void (t.sheet.mutableCell(r, c).fill = noFill()));
    });
  }

  private set(prop: FillProp, value: string | number): void {
    this.queueWrite(`RangeFill.${prop}`, value, (t) => {
      assertWritable(t.sheet);
      eachCell(t, (r, c) => applyFill(t.sheet.mutableCell(r, c).fill, prop, value));
    });
  }
}

function applyFill(fill: FakeFill, prop: FillProp, value: string | number): void {
  switch (prop) {
    case "color":
      // Setting a colour gives the cell a solid fill when it had none; tint and pattern colour stay.
      fill.color = normalColor(String(value));
      if (fill.pattern === "None") fill.pattern = "Solid";
      return;
    case "pattern":
      if (value === "None") Object.assign(fill, noFill());
      else fill.pattern = value as FillPattern;
      return;
    case "patternColor":
      fill.patternColor = normalColor(String(value));
      return;
    case "tintAndShade":
    case "patternTintAndShade":
      if (typeof value !== "number" || value < -1 || value > 1) throw invalidArgument(`${prop} ${value}`);
      fill[prop] = value;
      return;
  }
}

const RANGE_PROPS = ["address", "values", "valueTypes", "numberFormat", "formulas", "text", "rowIndex", "columnIndex", "rowCount", "columnCount"];

export class FakeRange extends FakeProxy<RangeTarget> implements HostRange {
  readonly format: { readonly fill: FakeFillProxy };

  constructor(ctx: FakeContext, resolver: Resolver<RangeTarget>, label: string, args: unknown) {
    super(ctx, resolver, label, args);
    this.format = {
      fill: new FakeFillProxy(ctx, () => {
        const t = this.resolve();
        return t && { sheet: t.sheet, areas: [t.area] };
      }),
    };
  }

  load(names: string | string[]): FakeRange {
    const props = propList(names);
    for (const p of props) if (!RANGE_PROPS.includes(p)) throw invalidArgument(`fake range cannot load ${p}`);
    this.queueLoad(props, (t, p) => {
      switch (p) {
        case "address": return qualifiedA1(t.sheet.name, rangeA1(t.area));
        case "values": return grid(t, reportedValue);
        case "valueTypes": return grid(t, reportedType);
        case "numberFormat": return grid(t, (c) => c.numberFormat);
        case "formulas": return grid(t, reportedFormula);
        case "text": return grid(t, reportedText);
        case "rowIndex": return t.area.top;
        case "columnIndex": return t.area.left;
        case "rowCount": return t.area.bottom - t.area.top + 1;
        default: return t.area.right - t.area.left + 1;
      }
    });
    return this;
  }

  get address(): string { return this.read("address"); }
  get values(): unknown[][] { return this.read("values"); }
  set values(v: unknown[][]) { this.write2d("values", v, writeEntry); }
  get valueTypes(): string[][] { return this.read("valueTypes"); }
  get numberFormat(): unknown[][] { return this.read("numberFormat"); }
  set numberFormat(v: unknown[][]) { this.write2d("numberFormat", v, (cell, f) => void (cell.numberFormat = String(f))); }
  get formulas(): unknown[][] { return this.read("formulas"); }
  set formulas(v: unknown[][]) { this.write2d("formulas", v, writeEntry); }
  get text(): string[][] { return this.read("text"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }

  getCellProperties(request: HostCellPropsRequest): FakeClientResult<HostCellProps[][]> {
    const wanted = FILL_PROPS.filter((p) => request.format?.fill?.[p]);
    return new FakeClientResult(this.ctx, "Range.getCellProperties", request, () => {
      this.ctx.requireApi("1.9", "Range.getCellProperties");
      const t = this.target();
      return grid(t, (c) => {
        const fill: HostFillProps = {};
        for (const p of wanted) (fill as Record<string, unknown>)[p] = c.fill[p];
        return { format: { fill } };
      });
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.requireApi("1.13", "Range.getMergedAreasOrNullObject");
      const t = this.target();
      const a = t.area;
      const hits = t.sheet.merges.filter((m) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left);
      return hits.length ? { sheet: t.sheet, areas: hits } : null;
    }, "Range.getMergedAreasOrNullObject", null);
  }

  /** Range.clear (ExcelApi 1.1): "All" (the default) empties the cells and resets their formats; notes stay. */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.queueWrite("Range.clear", applyTo, (t) => {
      assertWritable(t.sheet);
      if (!["All", "Formats", "Contents"].includes(applyTo)) throw invalidArgument(`fake: clear(${applyTo}) is not modelled`);
      for (let r = t.area.top; r <= t.area.bottom; r++) {
        for (let c = t.area.left; c <= t.area.right; c++) {
          const cell = t.sheet.mutableCell(r, c);
          if (applyTo !== "Formats") Object.assign(cell, { value: null, formula: "" });
          if (applyTo !== "Contents") Object.assign(cell, { numberFormat: "General", fill: noFill() });
        }
      }
    });
  }

  select(): void {
    this.queueWrite("Range.select", null, (t) => {
      this.ctx.book.activeSheetId = t.sheet.id;
      this.ctx.book.selection = { sheet: t.sheet.name, address: rangeA1(t.area) };
      this.ctx.book.events.emitSelection({ type: "WorksheetSelectionChanged", worksheetId: fakeSheetId(t.sheet), address: rangeA1(t.area) });
    });
  }

  private write2d(prop: string, rows: unknown[][], apply: (cell: FakeCell, entry: unknown) => void): void {
    const copy = rows.map((r) => [...r]);
    this.queueWrite(`Range.${prop}`, copy, (t) => {
      assertWritable(t.sheet);
      const height = t.area.bottom - t.area.top + 1;
      const width = t.area.right - t.area.left + 1;
      if (copy.length !== height || copy.some((r) => r.length !== width)) throw invalidArgument(`${prop} dimensions`);
      copy.forEach((row, i) => row.forEach((entry, j) => apply(t.sheet.mutableCell(t.area.top + i, t.area.left + j), entry)));
      if (prop !== "numberFormat") {
        const triggerSource = apiAtLeast(this.ctx.host.apiVersion, "1.14") ? "ThisLocalAddin" : undefined;
        this.ctx.book.events.emitChanged({
          type: "WorksheetChanged", worksheetId: fakeSheetId(t.sheet), address: rangeA1(t.area), changeType: "RangeEdited", source: "Local", triggerSource,
        });
      }
    });
  }
}

export class FakeRangeAreas extends FakeProxy<AreasTarget> implements HostRangeAreas {
  readonly format: { readonly fill: FakeFillProxy };

  constructor(ctx: FakeContext, resolver: Resolver<AreasTarget>, label: string, args: unknown) {
    super(ctx, resolver, label, args);
    this.format = { fill: new FakeFillProxy(ctx, () => this.resolve()) };
  }

  load(names: string | string[]): FakeRangeAreas {
    const props = propList(names);
    for (const p of props) if (p !== "address" && p !== "areaCount") throw invalidArgument(`fake range areas cannot load ${p}`);
    this.queueLoad(props, (t, p) =>
      p === "address" ? t.areas.map((a) => qualifiedA1(t.sheet.name, rangeA1(a))).join(",") : t.areas.length);
    return this;
  }

  get address(): string { return this.read("address"); }
  get areaCount(): number { return this.read("areaCount"); }
}
