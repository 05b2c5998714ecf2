/** One request as raw as it goes over the wire, for the fuzzer. */
export interface RawRequest {
  label: string;
  body: string;
  headers: Record<string, string>;
  /** The one status this request must get, when only one is right. */
  expectedStatus?: number;
}

export interface RawAnswer {
  /** 0: no answer within the time limit, or the connection broke. */
  status: number;
  text: string;
}

/** POSTs the request; a hang or a broken connection is an answer too (status 0), not an exception. */
export async function postRaw(url: string, request: RawRequest, timeoutMs = 5000): Promise<RawAnswer> {
  try {
    const response = await fetch(url, { method: "POST", headers: request.headers, body: request.body, signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, text: await response.text() };
  } catch (error) {
    return { status: 0, text: String(error) };
  }
}
