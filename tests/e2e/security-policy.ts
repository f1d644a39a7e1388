/** What every response must carry, shared by the unit test of the host configs and the e2e test of `npm start`. */

export type HeaderMap = Readonly<Record<string, string | undefined>>;

export function parseCsp(value: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of value.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function header(headers: HeaderMap, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** Everything wrong with a response's security headers; empty when it follows the policy. */
export function policyProblems(headers: HeaderMap, frameable: boolean): string[] {
  const problems: string[] = [];
  const expectExactly = (name: string, value: string) => {
    const actual = header(headers, name);
    if (actual !== value) problems.push(`${name} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
  };
  expectExactly("X-Content-Type-Options", "nosniff");
  expectExactly("Referrer-Policy", "strict-origin-when-cross-origin");

  const permissions = header(headers, "Permissions-Policy") ?? "";
  for (const feature of ["camera", "microphone", "geolocation"]) {
    if (!permissions.includes(`${feature}=()`)) problems.push(`Permissions-Policy does not disable ${feature}`);
  }

  const csp = parseCsp(header(headers, "Content-Security-Policy") ?? "");
  const expectDirective = (name: string, sources: string[]) => {
    const actual = csp.get(name);
    if (actual?.join(" ") !== sources.join(" ")) problems.push(`CSP ${name} is ${JSON.stringify(actual)}, expected ${sources.join(" ")}`);
  };
  expectDirective("default-src", ["'self'"]);
  expectDirective("object-src", ["'none'"]);
  expectDirective("base-uri", ["'self'"]);
  expectDirective("connect-src", ["'self'"]);
  expectDirective("script-src-attr", ["'none'"]);
  expectDirective("frame-ancestors", frameable ? ["*"] : ["'none'"]);
  const xfo = header(headers, "X-Frame-Options");
  if (frameable && xfo !== undefined) problems.push(`X-Frame-Options is ${xfo} on a frameable page`);
  if (!frameable && xfo !== "DENY") problems.push(`X-Frame-Options is ${JSON.stringify(xfo)}, expected DENY`);
  return problems;
}

/** Open data answers any origin's fetch; every other response keeps the browser's same-origin default. */
export function corsProblems(headers: HeaderMap, openData: boolean): string[] {
  const actual = header(headers, "Access-Control-Allow-Origin");
  const expected = openData ? "*" : undefined;
  return actual === expected ? [] : [`Access-Control-Allow-Origin is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`];
}
