// Base of every fake proxy: Office.js' load-before-read discipline. A proxy knows how to find its target when
// a sync runs; values it loaded become readable only after that sync succeeds; reading anything else throws.

import { FakeContext, LoadResult, utf8Bytes } from "./context";
import { FakeOfficeError, notSynced, propertyNotLoaded } from "./errors";

export type Resolver<T> = () => T | null;

/** Splits "a, b" / ["a", "b"] into property paths. */
export function propList(names: string | string[]): string[] {
  const list = Array.isArray(names) ? names : names.split(",");
  return list.map((n) => n.trim()).filter(Boolean);
}

export abstract class FakeProxy<T> {
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: Resolver<T>,
    label: string | undefined,
    args?: unknown,
  ) {
    // Creating a proxy through a method is itself a queued call (getItem of a missing sheet fails the sync);
    // navigation properties (range.format.fill) are not.
    if (label !== undefined) ctx.enqueue("create", label, args, () => {
      const t = this.resolver();
      return { bytes: 16, apply: () => void (this.nullState = t === null) };
    });
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notSynced();
    return this.nullState;
  }

  /** The target while a sync runs; anything but a load on a null object is an error. */
  target(): T {
    const t = this.resolver();
    if (t === null) throw new FakeOfficeError("InvalidOperation", "fake: call on a null object");
    return t;
  }

  /** The target or null, while a sync runs (for children of *OrNullObject proxies). */
  resolve(): T | null {
    return this.resolver();
  }

  protected read<V>(prop: string): V {
    if (this.nullState === true) throw new FakeOfficeError("InvalidOperation", `fake: read of '${prop}' on a null object`);
    if (!this.loadedValues.has(prop)) throw propertyNotLoaded(prop);
    return this.loadedValues.get(prop) as V;
  }

  /** Queues a load; capture runs during the sync and its values appear after it. */
  protected queueLoad(props: string[], capture: (target: T, prop: string) => unknown): void {
    this.ctx.enqueue("load", `${this.constructor.name}.load`, props, (): LoadResult => {
      const t = this.resolver();
      if (t === null) return { bytes: 16, apply: () => void (this.nullState = true) };
      const got = props.map((p) => [p, capture(t, p)] as const);
      return {
        bytes: utf8Bytes(JSON.stringify(Object.fromEntries(got))),
        apply: () => {
          this.nullState = false;
          for (const [p, v] of got) this.loadedValues.set(p, v);
        },
      };
    });
  }

  /** For collections: values filled in from outside after a sync. */
  protected setLoaded(prop: string, value: unknown): void {
    this.nullState = false;
    this.loadedValues.set(prop, value);
  }

  protected queueWrite(label: string, args: unknown, apply: (target: T) => void): void {
    this.ctx.enqueue("write", label, args, () => apply(this.target()));
  }
}

/** OfficeExtension.ClientResult: value readable after the sync that computed it. */
export class FakeClientResult<V> {
  private state: { value: V } | undefined;

  constructor(ctx: FakeContext, label: string, args: unknown, compute: () => V) {
    ctx.enqueue("load", label, args, () => {
      const value = compute();
      return { bytes: utf8Bytes(JSON.stringify(value) ?? ""), apply: () => void (this.state = { value }) };
    });
  }

  get value(): V {
    if (!this.state) throw propertyNotLoaded("value");
    return this.state.value;
  }
}
