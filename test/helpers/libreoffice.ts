// The tests' LibreOffice recalculation is the product's own driver (src/cli/libreoffice.ts, used by
// `juesuan check|fill --recalc`): a throw-away profile with OOXMLRecalcMode = 0, serialised calls, a timeout.
export { libreOfficeAvailable, recalculate } from "../../src/cli/libreoffice";
