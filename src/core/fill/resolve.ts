// Settles derivations into a plan. Derived cells are visited inputs first, so a total of subtotals sees the
// subtotals as they will be once the plan is applied: written ones with their formula's value, kept or
// conflicting ones with what they hold now. Per cell:
//   nothing derivable (qualitative, unreadable input) → manual;
//   no figures among the inputs and an empty cell   → left alone (nothing to derive yet);
//   empty                                          → written (unless locked: protected conflict);
//   an equivalent formula, or an agreeing value    → kept;
//   a total within the 尾数 of its shown parts      → kept as typed (the figure other tables quote), even with `overwrite`;
//   a disagreeing value, or a formula never computed → conflict, written only with `overwrite` and never when locked.

import Decimal from "decimal.js";
import { CellRef, cellA1, cellKey, qualifiedA1 } from "../grid/address";
import { Grid, GridSheet } from "../grid/grid";
import { Num, numFromCell, parseNumberText, radius, UNCOMPUTED_NUM } from "../numbers/parse";
import { gridCell, isVoid, stateOf } from "./cells";
import { equivalentFormula } from "./equivalent";
import { agrees, presentation, roundedValue, shownValue } from "./present";
import { CellState, Derivation, DeriveContext, FillConflict, FillOptions, FillPlan, FillWrite, KeptCell, ManualCell } from "./types";

/**
 * The 尾数 a typed total may differ by from the sum of its parts: half a unit of the last shown digit of each
 * figure, as the checker's interval reasoning allows (domain.md §2). Blanks and dashes carry none.
 */
function roundingAllowance(shown: Num, inputs: readonly CellState[]): Decimal {
  let allowed = radius(shown);
  for (const s of inputs) allowed = allowed.plus(radius(parseNumberText(s.text)));
  return allowed;
}

export function resolveDerivations(grid: Grid, derivations: readonly Derivation[], options: FillOptions & { profile: string }): FillPlan {
  const sheets = new Map<string, GridSheet>(grid.sheets.map((s) => [s.name, s]));
  const byCell = new Map<string, Derivation>();
  for (const d of derivations) if (!byCell.has(cellKey(d.cell))) byCell.set(cellKey(d.cell), d);

  const states = new Map<string, CellState>();
  const state = (ref: CellRef): CellState => {
    const key = cellKey(ref);
    let s = states.get(key);
    if (!s) {
      s = stateOf(gridCell(sheets.get(ref.sheet), ref));
      states.set(key, s);
    }
    return s;
  };

  const writes: FillWrite[] = [];
  const conflicts: FillConflict[] = [];
  const manual: ManualCell[] = [];
  const kept: KeptCell[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();

  const settle = (d: Derivation): void => {
    const key = cellKey(d.cell);
    if (done.has(key) || visiting.has(key)) return; // a cycle reads the cell as it is
    visiting.add(key);
    for (const input of d.inputs) {
      const dep = byCell.get(cellKey(input));
      if (dep) settle(dep);
    }
    visiting.delete(key);
    done.add(key);
    decide(d);
  };

  const decide = (d: Derivation): void => {
    const sheet = d.cell.sheet;
    const ctx: DeriveContext = {
      sheet,
      a1: (ref) => (ref.sheet === sheet ? cellA1(ref) : qualifiedA1(ref.sheet, cellA1(ref))),
      state,
    };
    const cell = gridCell(sheets.get(sheet), d.cell);
    const current = state(d.cell);
    const empty = current.kind === "blank" && !cell.formula;
    const base = { cell: d.cell, table: d.table, what: d.what };
    if (empty && (d.figures ?? d.inputs).every((i) => isVoid(state(i)))) return;

    const derived = d.derive(ctx);
    if ("manual" in derived) {
      manual.push({ ...base, reason: derived.manual, existing: current.text });
      return;
    }
    const p = presentation(d.kind, cell.format);
    const value = roundedValue(derived.value, p);
    const write = (replaced?: string) => {
      writes.push({ ...base, kind: d.kind, formula: derived.formula, value, numberFormat: p.numberFormat, ...(replaced !== undefined ? { replaced } : {}) });
      const v = derived.value;
      states.set(cellKey(d.cell), typeof v === "string" ? { kind: "text", text: v, percent: false, written: true } : { kind: "number", value: v, text: value, percent: d.kind === "rate", written: true });
    };
    const locked = options.isLocked?.(d.cell) ?? false;
    const shown = shownValue(derived.value, d.kind, p);
    const conflict = (reason: FillConflict["reason"]) => {
      states.set(cellKey(d.cell), { ...current, disputed: true });
      const where = `${d.what}（${cellA1(d.cell)}）`;
      const now = current.text === "" ? "空白" : current.text;
      const message =
        reason === "protected"
          ? `${where}：工作表受保护且单元格已锁定，未写入；按公式 ${derived.formula} 应为 ${shown}，现为 ${now}`
          : `${where}：现为 ${now}，按公式 ${derived.formula} 应为 ${shown}；未改动，确认后可替换`;
      conflicts.push({
        ...base,
        kind: d.kind,
        reason,
        formula: derived.formula,
        value,
        existing: current.text,
        ...(cell.formula ? { existingFormula: cell.formula } : {}),
        message,
      });
    };

    if (empty) {
      if (locked) conflict("protected");
      else write();
      return;
    }
    if (cell.formula && equivalentFormula(cell.formula, derived.formula, sheet)) {
      kept.push({ ...base, because: "equivalent-formula" });
      // A formula never computed will compute what the engine does: its dependents may count on that value.
      if (current.kind === "uncomputed" && typeof derived.value !== "string") {
        states.set(cellKey(d.cell), { kind: "number", value: derived.value, text: value, percent: d.kind === "rate", written: false });
      }
      return;
    }
    const shownNum = current.kind === "uncomputed" ? UNCOMPUTED_NUM : numFromCell(cell.value, cell.format);
    if (agrees(derived.value, d.kind, shownNum, p)) {
      kept.push({ ...base, because: "agrees" });
      return;
    }
    if (d.kind === "amount" && typeof derived.value !== "string" && shownNum.kind === "number" && shownNum.value !== undefined) {
      const allowed = roundingAllowance(shownNum, d.inputs.map(state));
      if (derived.value.minus(shownNum.value).abs().lte(allowed)) {
        const message = `${d.what}（${cellA1(d.cell)}）：现为 ${current.text}，按公式 ${derived.formula} 应为 ${shown}，差异在尾数误差 ±${allowed.toString()} 以内；保留原值（其他表引用的是这个数）`;
        kept.push({ ...base, because: "within-rounding", existing: current.text, value, message });
        return;
      }
    }
    if (locked) {
      conflict("protected");
      return;
    }
    if (options.overwrite) {
      write(current.text);
      return;
    }
    conflict("differs");
  };

  for (const d of byCell.values()) settle(d);

  const sheetIndex = new Map(grid.sheets.map((s, i) => [s.name, i]));
  const order = <T extends { cell: CellRef }>(list: T[]): T[] =>
    list.sort((a, b) => (sheetIndex.get(a.cell.sheet) ?? 0) - (sheetIndex.get(b.cell.sheet) ?? 0) || a.cell.row - b.cell.row || a.cell.col - b.cell.col);
  return { profile: options.profile, writes: order(writes), conflicts: order(conflicts), manual: order(manual), kept: order(kept) };
}
