/**
 * Firefox prefs that keep a test profile quiet offline, on top of the ones Puppeteer already sets
 * (see @puppeteer/browsers' firefox.js: safebrowsing lists, newtab, app.update.disabledForTesting, …).
 *
 * Checked here with an HTTP observer and MOZ_LOG: Puppeteer's defaults alone leave Firefox 153 ESR
 * polling Remote Settings (firefox.settings.services.mozilla.com, ~30 requests in 15 s), because
 * release builds ignore `services.settings.server` unless MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 is in
 * the environment. With that variable (launchFirefox sets it) and these prefs: no HTTP request at all
 * from an idle browser.
 */
export const quietFirefoxPrefs: Record<string, string | number | boolean> = {
  // Remote Settings: a dummy server that the client recognises and skips (needs the env variable).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  // Captive portal and connectivity checks.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  // Updates, studies, experiments.
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.staging.enabled': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  // Safe Browsing (lists and lookups).
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.passwords.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  // Telemetry and data reporting.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': 'data:,',
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'browser.ping-centre.telemetry': false,
  // Add-ons: metadata, blocklist, system add-on updates, recommendations.
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'extensions.getAddons.showPane': false,
  // New tab page and its feeds.
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.topsites.contile.enabled': false,
  // Speculative connections, prefetching, DNS over HTTPS.
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.places.speculativeConnect.enabled': false,
  'network.trr.mode': 5,
  // Certificate revocation and intermediate-certificate downloads.
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Region, geolocation, media plugins, accounts, translations.
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'browser.search.geoip.url': '',
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  'identity.fxaccounts.enabled': false,
  'browser.discovery.enabled': false,
  'browser.translations.enable': false,
};
