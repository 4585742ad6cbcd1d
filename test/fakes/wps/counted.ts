// Every ET member touched through a fake object (a property read or write, a method fetched to be called) is one
// call into WPS; the proxy counts them on the book. Members in lower case are the fake's own and do not count.

import { FakeBookState } from "./state";

export function counted<T extends object>(book: FakeBookState, target: T): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === "string" && /^[A-Z_]/.test(key)) book.count(key);
      return Reflect.get(t, key, receiver);
    },
    set(t, key, value, receiver) {
      if (typeof key === "string" && /^[A-Z_]/.test(key)) book.count(`${key}=`);
      return Reflect.set(t, key, value, receiver);
    },
  });
}
