/**
 * Writes a JSON array one element at a time, as each input is checked, so that a run stopped half
 * way (Ctrl-C, a killed job) keeps what it checked. The text is exactly JSON.stringify(array, null, 2)
 * plus a newline: the elements are indented by two spaces (a string in JSON never holds a raw newline,
 * so indenting line by line is safe).
 * @example const w = new JsonArrayWriter(print); w.push({ a: 1 }); w.end() // prints '[\n  {\n    "a": 1\n  }\n]\n'
 */
export class JsonArrayWriter {
  #count = 0;

  constructor(private readonly write: (text: string) => void) {}

  push(value: unknown): void {
    const body = JSON.stringify(value, null, 2).replace(/^/gm, '  ');
    this.write((this.#count++ === 0 ? '[\n' : ',\n') + body);
  }

  end(): void {
    this.write(this.#count === 0 ? '[]\n' : '\n]\n');
  }
}
