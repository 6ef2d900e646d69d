// A PostgreSQL URL's sslmode, read as psql (libpq) reads it. The driver (pg 8) takes 'prefer',
// 'require' and 'verify-ca' as 'verify-full' and prints a nine-line "SECURITY WARNING" that this will
// change (newuser12 finding 11); its `uselibpqcompat=true` reads them as libpq does now, with no
// warning: require encrypts without checking the certificate (unless sslrootcert names a CA, as
// verify-ca), verify-ca checks it against sslrootcert, verify-full also checks the host's name.
// libpq ignores sslmode on a Unix socket; the driver would ask the socket for SSL, which the server
// refuses ("The server does not support SSL connections"), so the socket is used without it here too.

/**
 * The URL the driver is given for `url` (the URL shown to the user stays `url`): unchanged without
 * sslmode or when it names `uselibpqcompat` itself.
 * @example
 * driverUrl('postgres://lab@db.example/news?sslmode=require') // '…?sslmode=require&uselibpqcompat=true'
 * driverUrl('postgres://lab@/news?host=/run/postgresql&sslmode=require') // '…&sslmode=disable'
 */
export function driverUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const params = new URLSearchParams(url.slice(query + 1));
  const mode = params.get('sslmode');
  if (mode === null || params.has('uselibpqcompat')) return url;
  // the driver reads the last of a repeated parameter
  if (onSocket(url, params)) return mode === 'disable' ? url : `${url}&sslmode=disable`;
  return `${url}&uselibpqcompat=true`;
}

// Whether the driver would connect through a Unix socket: its host (the `host` parameter, else the
// URL's, else $PGHOST) is a folder's path.
function onSocket(url: string, params: URLSearchParams): boolean {
  const named = /^[a-z]+:\/\/(?:[^@/]*@)?([^/?:]*)/i.exec(url)?.[1];
  const host = params.get('host') || named || process.env.PGHOST || '';
  try {
    return decodeURIComponent(host).startsWith('/');
  } catch {
    return false; // a host the driver cannot read either: it says so
  }
}
