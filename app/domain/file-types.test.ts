import { describe, expect, it } from "vitest";
import { elfBytes, mzBytes, tinyDocx, tinyPdf, tinyPng, tinyXlsx, zipOf } from "../../tests/support/files";
import { centralDirectoryNames, findCentralDirectory, officeKind, safeFileName, sniffHead } from "./file-types";

function zipNames(zip: Uint8Array): string[] {
  const directory = findCentralDirectory(zip, zip.byteLength);
  if (!directory) throw new Error("no central directory");
  return centralDirectoryNames(zip.subarray(directory.offset, directory.offset + directory.size));
}

describe("file types from content", () => {
  it("recognises PDF, PNG, JPEG and zip signatures and nothing else", () => {
    expect(sniffHead(tinyPdf())).toBe("pdf");
    expect(sniffHead(tinyPng())).toBe("png");
    expect(sniffHead(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("jpeg");
    expect(sniffHead(tinyDocx())).toBe("zip");
    expect(sniffHead(elfBytes())).toBeNull();
    expect(sniffHead(mzBytes())).toBeNull();
    expect(sniffHead(new TextEncoder().encode("%PD"))).toBeNull();
    expect(sniffHead(new Uint8Array())).toBeNull();
  });

  it("tells DOCX from XLSX by the part names in the central directory", () => {
    expect(zipNames(tinyDocx())).toEqual(["[Content_Types].xml", "word/document.xml"]);
    expect(officeKind(zipNames(tinyDocx()))).toBe("docx");
    expect(officeKind(zipNames(tinyXlsx()))).toBe("xlsx");
    expect(officeKind(zipNames(zipOf({ "word/document.xml": "x" })))).toBeNull();
    expect(officeKind(zipNames(zipOf({ "[Content_Types].xml": "x", "word/a.xml": "x", "xl/b.xml": "x" })))).toBeNull();
    expect(officeKind(zipNames(zipOf({ "[Content_Types].xml": "x", "payload.exe": "x" })))).toBeNull();
  });

  it("finds no central directory in a truncated zip", () => {
    const zip = tinyDocx();
    expect(findCentralDirectory(zip.subarray(0, zip.byteLength - 10), zip.byteLength - 10)).toBeNull();
  });

  it("makes stored file names safe and true to the detected kind", () => {
    expect(safeFileName("../../etc/passwd.pdf", "pdf")).toBe("passwd.pdf");
    expect(safeFileName("C:\\\\Users\\\\x\\\\rapport.PDF", "pdf")).toBe("rapport.pdf");
    expect(safeFileName("cijfers.pdf", "xlsx")).toBe("cijfers.xlsx");
    expect(safeFileName('a%22b"c\u0000d:e.png', "png")).toBe("abcde.png");
    expect(safeFileName(".pdf", "pdf")).toBe("bijlage.pdf");
    expect(safeFileName("x".repeat(500) + ".jpg", "jpeg")).toHaveLength(124);
  });
});
