/**
 * The methods the app's routes answer at `path` (its middleware, registered for every method, left
 * out), HEAD with GET: what a 405 answer's `Allow` header lists. Empty when no route has the path.
 */
export function methodsAt(
  routes: readonly { readonly method: string; readonly path: string }[],
  path: string,
): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === 'ALL') continue;
    // a route's ":name" is one segment of the path
    const pattern = route.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+');
    if (!new RegExp(`^${pattern}$`).test(path)) continue;
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD');
  }
  return [...methods];
}
