/**
 * The package's manifest (SCORM 1.2 or SCORM 2004 4th Edition) and its launch page.
 */
import type { PackageCatalog } from '~/scorm/catalog';
import { CATALOG_ELEMENT_ID } from '~/scorm/catalog';
import type { ScormVersion } from '~/scorm/interactions';

/** Escapes text for XML attributes and elements. */
export const xml = (s: string | number) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** What a manifest says. */
export interface ManifestInput {
  identifier: string;
  title: string;
  /** The launch page (the SCO's href). */
  launch: string;
  /** Every file of the package but the manifest itself. */
  files: readonly string[];
  /** The pass mark in percent, for a package whose scored activity is the whole package. */
  masteryScore?: number;
}

/**
 * The SCORM 1.2 manifest: ADL namespaces and schemaversion 1.2, one organization with one item
 * (with `adlcp:masteryscore` when given), one `webcontent` SCO resource listing every file.
 */
export function buildManifest12({
  identifier,
  title,
  launch,
  files,
  masteryScore,
}: ManifestInput): string {
  const fileList = files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${xml(title)}</title>
      <item identifier="item-1" identifierref="res-1" isvisible="true">
        <title>${xml(title)}</title>${masteryScore === undefined ? '' : `\n        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>`}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-1" type="webcontent" adlcp:scormtype="sco" href="${xml(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * The SCORM 2004 4th Edition manifest: one organization, one item whose sequencing lets the
 * content set completion and success (`deliveryControls`), with the pass mark as the primary
 * objective's `minNormalizedMeasure` when given, and one SCO resource listing every file.
 */
export function buildManifest2004({
  identifier,
  title,
  launch,
  files,
  masteryScore,
}: ManifestInput): string {
  const fileList = files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  const objectives =
    masteryScore === undefined
      ? ''
      : `
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="pass-mark" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${masteryScore / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(identifier)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${xml(title)}</title>
      <item identifier="item-1" identifierref="res-1" isvisible="true">
        <title>${xml(title)}</title>
        <imsss:sequencing>${objectives}
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-1" type="webcontent" adlcp:scormType="sco" href="${xml(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

/** The manifest of `version`. */
export const buildManifest = (version: ScormVersion, input: ManifestInput) =>
  version == '2004' ? buildManifest2004(input) : buildManifest12(input);

/** The launch page's script and style files. */
export const LAUNCH_PAGE = 'scorm-launch.html';
export const LAUNCH_JS = 'scorm-launch.js';
export const LAUNCH_CSS = 'scorm-launch.css';
export const LAUNCH_STYLES = `html,body{height:100%;margin:0}
body{display:flex;flex-direction:column;font:16px/1.4 system-ui,sans-serif;color:#1b1f24;background:#fff}
.lms-bar{display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline;padding:.35rem 1rem;border-bottom:1px solid #c8ced6;background:#f3f5f8}
.lms-bar p{margin:0}
.lms-bar [data-lms-status] p{margin:.25rem 0;padding-left:.5rem;border-left:4px solid #9a6700}
iframe{display:block;flex:1;width:100%;border:0}
@media (prefers-color-scheme:dark){body{color:#e6e9ee;background:#15181d}.lms-bar{background:#1d2127;border-color:#3a414b}.lms-bar [data-lms-status] p{border-color:#d9a53a}}
`;

/**
 * The package's launch page, the SCO: a bar with the course's title and the learner's name (as
 * the LMS gives it) and a polite status region for LMS problems, then the course in a frame.
 * The catalog travels as JSON (not run, so the strict CSP needs no hash).
 */
export function launchHtml(catalog: PackageCatalog): string {
  const t = xml(catalog.title);
  const json = JSON.stringify(catalog).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'">
    <title>${t}</title>
    <link rel="stylesheet" href="${LAUNCH_CSS}">
    <script type="application/json" id="${CATALOG_ELEMENT_ID}">${json}</script>
    <script type="module" src="${LAUNCH_JS}"></script>
  </head>
  <body>
    <header class="lms-bar">
      <p><strong>${t}</strong></p>
      <p data-lms-learner></p>
      <div role="status" data-lms-status></div>
    </header>
    <iframe title="${t}" data-src="${xml(catalog.start)}"></iframe>
    <noscript><p>This course needs JavaScript. <a href="${xml(catalog.start)}">Open it without the LMS connection</a>.</p></noscript>
  </body>
</html>
`;
}
