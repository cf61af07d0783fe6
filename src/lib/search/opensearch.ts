/** Builds an OpenSearch 1.1 description document. */
function escapeXml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

export function buildOpenSearchDescription(options: {
  shortName: string;
  description: string;
  searchUrl: string;
  iconUrl: string;
}): string {
  const template = `${options.searchUrl}?q={searchTerms}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(options.shortName)}</ShortName>
  <Description>${escapeXml(options.description.slice(0, 1024))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image type="image/svg+xml">${escapeXml(options.iconUrl)}</Image>
  <Url type="text/html" method="get" template="${escapeXml(template)}"/>
</OpenSearchDescription>
`;
}
