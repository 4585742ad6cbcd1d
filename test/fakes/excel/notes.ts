// Worksheet.notes (ExcelApi 1.18): every call fails with ApiNotFound on an older host, as the real API does.

import { parseA1, toA1 } from "../../../src/core/grid/address";
import { HostNote, HostNoteCollection } from "../../../src/excel/host";
import { FakeContext } from "./context";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { FakeClientResult, FakeProxy, propList } from "./proxy";
import { FakeSheet } from "./state";

const NOTES_API = "1.18";

interface NoteTarget {
  readonly sheet: FakeSheet;
  readonly key: string;
}

/** "Sheet1!$B$3" / "B3" → "B3"; anything but a single cell is invalid. */
function cellKeyOf(sheet: FakeSheet, address: string): string {
  const bang = address.lastIndexOf("!");
  const body = bang >= 0 ? address.slice(bang + 1) : address;
  const at = parseA1(body);
  if (!at) throw new FakeOfficeError("InvalidArgument", `InvalidCellAddress: ${address} on ${sheet.name}`);
  return toA1(at.row, at.col);
}

export class FakeNote extends FakeProxy<NoteTarget> implements HostNote {
  load(names: string | string[]): FakeNote {
    const props = propList(names);
    for (const p of props) if (p !== "content") throw invalidArgument(`fake note cannot load ${p}`);
    this.queueLoad(props, (t) => t.sheet.notes.get(t.key));
    return this;
  }

  get content(): string { return this.read("content"); }
  set content(text: string) {
    this.queueWrite("Note.content", text, (t) => {
      this.ctx.requireApi(NOTES_API, "Note.content");
      if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", "protected sheet");
      t.sheet.notes.set(t.key, text);
    });
  }

  delete(): void {
    this.queueWrite("Note.delete", null, (t) => {
      this.ctx.requireApi(NOTES_API, "Note.delete");
      if (t.sheet.protected) throw new FakeOfficeError("AccessDenied", "protected sheet");
      t.sheet.notes.delete(t.key);
    });
  }
}

export class FakeNoteCollection implements HostNoteCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolveSheet: () => FakeSheet,
  ) {}

  add(cellAddress: string, content: string): FakeNote {
    const note = new FakeNote(this.ctx, () => {
      const sheet = this.resolveSheet();
      return { sheet, key: cellKeyOf(sheet, cellAddress) };
    }, undefined);
    this.ctx.enqueue("write", "NoteCollection.add", [cellAddress, content], () => {
      this.ctx.requireApi(NOTES_API, "NoteCollection.add");
      const sheet = this.resolveSheet();
      const key = cellKeyOf(sheet, cellAddress);
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", "protected sheet");
      // Unverified in real Excel; the fake refuses so the adapter never relies on add() replacing a note.
      if (sheet.notes.has(key)) throw new FakeOfficeError("InvalidArgument", `fake: ${key} already has a note`);
      sheet.notes.set(key, content);
    });
    return note;
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.ctx, "NoteCollection.getCount", null, () => {
      this.ctx.requireApi(NOTES_API, "NoteCollection.getCount");
      return this.resolveSheet().notes.size;
    });
  }

  getItem(key: string): FakeNote {
    return this.item(key, false);
  }

  getItemOrNullObject(key: string): FakeNote {
    return this.item(key, true);
  }

  private item(address: string, orNull: boolean): FakeNote {
    return new FakeNote(this.ctx, () => {
      this.ctx.requireApi(NOTES_API, "NoteCollection.getItem");
      const sheet = this.resolveSheet();
      const key = cellKeyOf(sheet, address);
      if (sheet.notes.has(key)) return { sheet, key };
      if (orNull) return null;
      throw itemNotFound(`note ${address}`);
    }, orNull ? "NoteCollection.getItemOrNullObject" : "NoteCollection.getItem", address);
  }
}
