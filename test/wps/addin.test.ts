// The WPS package's glue without a browser: the ribbon's callbacks open one task pane and hand it the action
// through PluginStorage; a fresh pane runs a command posted just before it opened, and not a stale one.

import { COMMAND_TTL_MS, pollCommands, postCommand, readCommand, SharedStorage } from "../../src/wps/addin/channel";
import { BUTTONS, ribbonCallbacks, RibbonHost } from "../../src/wps/addin/ribbon";

function storage(): SharedStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

function host() {
  const panes: { ID: number; Visible: boolean; url: string }[] = [];
  const h: RibbonHost = {
    PluginStorage: storage(),
    CreateTaskPane: (url) => {
      const p = { ID: 40 + panes.length, Visible: false, url };
      panes.push(p);
      return p;
    },
    GetTaskPane: (id) => panes.find((p) => p.ID === id),
  };
  return { h, panes };
}

describe("WPS ribbon callbacks", () => {
  it("every button opens the one task pane; all but 打开任务窗格 post their action for it", () => {
    const { h, panes } = host();
    const ribbon = ribbonCallbacks(h, "http://127.0.0.1/juesuan/taskpane.html");
    expect(ribbon.OnAddinLoad({})).toBe(true);
    expect(ribbon.OnAction({ Id: "btnValidate" })).toBe(true);
    expect(readCommand(h.PluginStorage)).toMatchObject({ seq: 1, action: "validate" });
    expect(ribbon.OnAction({ Id: "btnPane" })).toBe(true);
    expect(readCommand(h.PluginStorage)?.seq).toBe(1);
    expect(ribbon.OnAction({ Id: "btnUndo" })).toBe(true);
    expect(readCommand(h.PluginStorage)).toMatchObject({ seq: 2, action: "undo" });
    expect(panes).toEqual([{ ID: 40, Visible: true, url: "http://127.0.0.1/juesuan/taskpane.html" }]);
    expect(ribbon.OnAction({ Id: "nope" })).toBe(false);
    expect(ribbon.GetImage({ Id: "btnFill" })).toBe("images/fill-32.png");
    expect(Object.values(BUTTONS).map((b) => b.action)).toEqual(["validate", "fill", "insertTemplate", "clearMarks", "undo", undefined]);
  });
});

describe("ribbon → pane channel", () => {
  it("a pane runs the command posted just before it started, then each new one once", () => {
    jest.useFakeTimers();
    try {
      const s = storage();
      postCommand(s, "fill", 1000);
      const ran: string[] = [];
      const stop = pollCommands(s, (a) => ran.push(a), 200, () => 1000 + COMMAND_TTL_MS);
      expect(ran).toEqual(["fill"]);
      jest.advanceTimersByTime(1000);
      expect(ran).toEqual(["fill"]);
      postCommand(s, "clearMarks");
      jest.advanceTimersByTime(200);
      expect(ran).toEqual(["fill", "clearMarks"]);
      stop();
    } finally {
      jest.useRealTimers();
    }
  });

  it("a pane opened long after the last command does not replay it", () => {
    jest.useFakeTimers();
    try {
      const s = storage();
      postCommand(s, "undo", 1000);
      const ran: string[] = [];
      const stop = pollCommands(s, (a) => ran.push(a), 200, () => 1000 + COMMAND_TTL_MS + 1);
      jest.advanceTimersByTime(1000);
      expect(ran).toEqual([]);
      s.setItem("juesuan.command", "not json");
      jest.advanceTimersByTime(400);
      expect(ran).toEqual([]);
      stop();
    } finally {
      jest.useRealTimers();
    }
  });
});
