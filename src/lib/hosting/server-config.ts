/**
 * Generators for the self-hosting kit: an IIS web.config written into the
 * build output and an nginx server block printed in the README and on the
 * hosting page. Both are built from the same header and MIME tables.
 */
import { IMMUTABLE_FOLDER, MIME_TYPES, SECURITY_HEADERS } from './headers';

function escapeXmlAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Normalises a base path to `/` or `/kb/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

/**
 * web.config for IIS 10. MIME maps use remove-then-add so the file also
 * works on servers that already map an extension. The 404 page is served
 * with ExecuteURL so the status stays 404.
 */
export function buildWebConfig(base: string): string {
  const root = normaliseBase(base);
  const mimeMaps = MIME_TYPES.map(
    ([ext, type]) =>
      `      <remove fileExtension="${ext}" />\n      <mimeMap fileExtension="${ext}" mimeType="${escapeXmlAttribute(type)}" />`,
  ).join('\n');
  const headers = SECURITY_HEADERS.map(
    ([name, value]) => `        <remove name="${name}" />\n        <add name="${name}" value="${escapeXmlAttribute(value)}" />`,
  ).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Always On VPN Field Guide: IIS configuration, generated at build time for base path ${root} -->
<configuration>
  <system.webServer>
    <staticContent>
${mimeMaps}
    </staticContent>
    <defaultDocument enabled="true">
      <files>
        <clear />
        <add value="index.html" />
      </files>
    </defaultDocument>
    <httpErrors errorMode="Custom" existingResponse="Replace">
      <remove statusCode="404" subStatusCode="-1" />
      <error statusCode="404" path="${root}404.html" responseMode="ExecuteURL" />
    </httpErrors>
    <httpProtocol>
      <customHeaders>
        <remove name="X-Powered-By" />
${headers}
      </customHeaders>
    </httpProtocol>
    <urlCompression doStaticCompression="true" doDynamicCompression="false" />
  </system.webServer>
  <location path="${IMMUTABLE_FOLDER}">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />
      </staticContent>
    </system.webServer>
  </location>
</configuration>
`;
}

/**
 * An nginx `server` block. The build output is copied to `<webRoot><base>`
 * (for example /var/www/aovpn-guide/kb/), so one `root` serves every path
 * and no `alias` quirks apply.
 */
export function buildNginxServerBlock(options: { base: string; webRoot: string; serverName: string }): string {
  const base = normaliseBase(options.base);
  const headers = (indent: string) => SECURITY_HEADERS.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`).join('\n');
  return `server {
  listen 80;
  server_name ${options.serverName};
  root ${options.webRoot};
  index index.html;
  # Do not name the nginx version in headers and error pages.
  server_tokens off;

  # Pagefind's index files (.pagefind, .pf_meta, .pf_index, .pf_fragment,
  # .pf_filter) are not in mime.types; nginx serves them with default_type,
  # which is fine: Pagefind fetches and unpacks them itself.

  gzip on;
  gzip_types text/css text/javascript application/json application/xml image/svg+xml;

  location ${base} {
    try_files $uri $uri/ =404;
    error_page 404 ${base}404.html;
${headers('    ')}
  }

  location ${base}${IMMUTABLE_FOLDER}/ {
    try_files $uri =404;
    error_page 404 ${base}404.html;
    add_header Cache-Control "public, max-age=31536000, immutable" always;
${headers('    ')}
  }

  # The IIS configuration travels with the build; it is not content.
  location ~* /web\\.config$ {
    return 404;
  }
}
`;
}
