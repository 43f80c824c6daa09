/**
 * Importing a JSON file that ships with the package (the schema, package.json) without `fs`, so
 * that bundlers and browsers can follow it. Node ≥ 20.10 takes import attributes (`with`);
 * Node 20.0–20.9 knew only the older import assertions (`assert`), tried second.
 */
export async function importJson<T>(url: URL): Promise<T> {
  try {
    return ((await import(url.href, { with: { type: 'json' } })) as { default: T }).default;
  } catch (first) {
    try {
      return ((await import(url.href, { assert: { type: 'json' } } as ImportCallOptions)) as { default: T }).default;
    } catch {
      throw first;
    }
  }
}
