import { describe, expect, it } from "vitest";
import { withDutchQueryNames } from "./query-params";

const at = (path: string) => withDutchQueryNames(new URL(path, "http://localhost"));

describe("Dutch query parameter names", () => {
  it("renames old English names and keeps everything else in order", () => {
    expect(at("/trajecten?organisation=Enver&status=ACTIVE&lead=Joris&mine=1&sort=deadline-desc&page=2")).toBe(
      "/trajecten?organisatie=Enver&status=ACTIVE&inspecteur=Joris&mijn=1&volgorde=deadline-desc&pagina=2",
    );
    expect(at("/inloggen?redirectTo=%2Ftrajecten%3Fpage%3D2")).toBe("/inloggen?naar=%2Ftrajecten%3Fpage%3D2");
  });

  it("leaves an address with only Dutch or neutral names alone", () => {
    expect(at("/trajecten?organisatie=Enver&q=VT&pagina=2")).toBeNull();
    expect(at("/trajecten")).toBeNull();
  });

  it("lets the Dutch name win when a link has both", () => {
    expect(at("/trajecten?page=3&pagina=2")).toBe("/trajecten?pagina=2");
  });
});
