// Errors shaped like OfficeExtension.Error: a code from Excel.ErrorCodes (or Office.js' own PropertyNotLoaded)
// and a message.

import { HostErrorLike } from "../../../src/excel/host";

export class FakeOfficeError extends Error implements HostErrorLike {
  override readonly name = "OfficeExtension.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function propertyNotLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the ` +
      `containing object and call "context.sync()" on the associated request context.`,
  );
}

export function notSynced(): FakeOfficeError {
  return new FakeOfficeError("PropertyNotLoaded", "isNullObject is not available before context.sync()");
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`);
}

export function invalidArgument(what: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${what})`);
}
