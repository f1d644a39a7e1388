import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";

/** A data file that is not valid JSON: the message names the file, the line and column, and the cause. */
export class DataFileError extends Error {
  readonly file: string;
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = "DataFileError";
    this.file = file;
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  return { line, column: position - before.lastIndexOf("\n") };
}

const HINTS: Record<string, string> = {
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  CommaExpected: "expected a comma (or the end of the list or object)",
  ColonExpected: "expected a colon after the property name",
  CloseBraceExpected: "expected } to close the object",
  CloseBracketExpected: "expected ] to close the list",
  EndOfFileExpected: "expected the end of the file after the closing bracket",
  InvalidSymbol: "unexpected character",
  UnexpectedEndOfString: "a string is not closed",
  InvalidCommentToken: "comments are not allowed in JSON",
};

/** The first syntax error of a JSON text, located by jsonc-parser (strict: no comments, no trailing commas). */
function firstSyntaxError(text: string): { offset: number; cause: string } | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const before = text.slice(0, first.offset).trimEnd();
  const after = text.slice(first.offset);
  const code = printParseErrorCode(first.error);
  let cause = HINTS[code] ?? code;
  if (before.endsWith(",") && /^[\]}]/.test(after)) cause = "a trailing comma before the closing bracket: remove the comma";
  else if ((code === "CommaExpected" || code === "InvalidSymbol") && before.endsWith('"'))
    cause = 'a string ends too early: is there an unescaped quotation mark inside a string? Write it as \\" (or use “ ”)';
  return { offset: first.offset, cause };
}

/**
 * Parses the text of a data file. The bundler's and Vitest's JSON import fail on a bad edit with messages that name
 * neither the file nor the place, so the dataset is read with this instead.
 */
export function parseDataJson(file: string, text: string): unknown {
  if (text.charCodeAt(0) === 0xfeff)
    throw new DataFileError(file, "starts with a UTF-8 byte order mark (BOM): save the file as UTF-8 without BOM");
  try {
    return JSON.parse(text);
  } catch (error) {
    const found = firstSyntaxError(text);
    const reason = found?.cause ?? (error instanceof Error ? error.message : String(error));
    const at = found ? (({ line, column }) => `line ${line}, column ${column}: `)(lineAndColumn(text, found.offset)) : "";
    throw new DataFileError(file, `${at}invalid JSON: ${reason}. Fix the syntax there and run npm test again.`);
  }
}

/** Reads and parses `data/<name>.json` from the project root (the working directory of next, vitest and the scripts). */
export function readDataFile(name: string, root = process.cwd()): unknown {
  const file = `data/${name}.json`;
  return parseDataJson(file, readFileSync(join(root, file), "utf8"));
}
