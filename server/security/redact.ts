/** Replaces every secret in a text meant for a log or an error message. */
export function createRedactor(secrets: readonly string[]): (text: string) => string {
  const present = secrets.filter((secret) => secret.length > 0);
  return (text) => present.reduce((result, secret) => result.split(secret).join('[redacted]'), text);
}
