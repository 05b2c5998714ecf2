type RawHeaders = Record<string, string>;

/** The header collection the SDK's compatibility layer expects on a response (core-http's shape). */
export class ResponseHeaders {
  private readonly byKey = new Map<string, { name: string; value: string }>();

  static from(headers: Record<string, string | string[] | undefined>): ResponseHeaders {
    const result = new ResponseHeaders();
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) result.set(name, Array.isArray(value) ? value.join(", ") : value);
    return result;
  }

  set(name: string, value: string | number): void {
    this.byKey.set(name.toLowerCase(), { name, value: String(value) });
  }
  get(name: string): string | undefined {
    return this.byKey.get(name.toLowerCase())?.value;
  }
  contains(name: string): boolean {
    return this.byKey.has(name.toLowerCase());
  }
  remove(name: string): boolean {
    return this.byKey.delete(name.toLowerCase());
  }
  rawHeaders(): RawHeaders {
    return this.toJson({ preserveCase: true });
  }
  headersArray(): { name: string; value: string }[] {
    return [...this.byKey.values()];
  }
  headerNames(): string[] {
    return this.headersArray().map((header) => header.name);
  }
  headerValues(): string[] {
    return this.headersArray().map((header) => header.value);
  }
  clone(): ResponseHeaders {
    const copy = new ResponseHeaders();
    for (const header of this.byKey.values()) copy.set(header.name, header.value);
    return copy;
  }
  toJson(options: { preserveCase?: boolean } = {}): RawHeaders {
    const result: RawHeaders = {};
    for (const [key, header] of this.byKey) result[options.preserveCase ? header.name : key] = header.value;
    return result;
  }
}
