import { availableParallelism } from 'node:os';
import { InvalidConfigError, loadConfig } from './koers-config';

describe('loadConfig', () => {
  it('should default to the embedded database and the documented ports when nothing is set', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ mode: 'embedded' });
    expect(config.api.port).toBe(3000);
    expect(config.dashboard.port).toBe(4200);
    expect(config.dashboard.apiUrl).toBe('http://127.0.0.1:3000');
    expect(config.api.corsOrigins).toEqual(['http://localhost:4200', 'http://127.0.0.1:4200']);
    expect(config.regions).toEqual({ municipality: 'GM0106', peers: ['GM0114', 'GM0118', 'GM0119', 'GM0014'], province: 'PV22' });
    expect(config.etl.scheduleEnabled).toBe(true);
    expect(config.etl.cbsCron).toBe('0 2 * * *');
    expect(config.home.endsWith('.koers')).toBe(true);
  });

  it('should use the given server when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://koers:secret@db:5432/koers' });
    expect(config.database).toEqual({ mode: 'url', url: 'postgres://koers:secret@db:5432/koers' });
  });

  it('should follow API_PORT in the dashboard API address when only the port is changed', () => {
    const config = loadConfig({ API_PORT: '3100', PORT: '4300' });
    expect(config.dashboard.apiUrl).toBe('http://127.0.0.1:3100');
    expect(config.api.corsOrigins[0]).toBe('http://localhost:4300');
  });

  it('should switch the schedule off when ETL_SCHEDULE=off', () => {
    expect(loadConfig({ ETL_SCHEDULE: 'off' }).etl.scheduleEnabled).toBe(false);
  });

  it('should seed the voorbeelddata files by default and leave them out when KOERS_DEMO_FILES=off', () => {
    expect(loadConfig({}).etl.demoFiles).toBe(true);
    expect(loadConfig({ KOERS_DEMO_FILES: 'off' }).etl.demoFiles).toBe(false);
    expect(loadConfig({ KOERS_DEMO_FILES: 'on' }).etl.demoFiles).toBe(true);
    expect(() => loadConfig({ KOERS_DEMO_FILES: 'sometimes' })).toThrow('KOERS_DEMO_FILES="sometimes" must be on or off');
  });

  it('should default the API to 300 requests per 10 s, trusting the loopback proxy, caching, and 10 MB uploads', () => {
    const config = loadConfig({});
    expect(config.api).toMatchObject({
      rateLimit: { limit: 300, windowMs: 10_000 },
      trustProxy: 'loopback',
      cache: true,
      dataVersionCheckMs: 1000,
    });
    expect(config.uploads.maxBytes).toBe(10 * 1024 * 1024);
  });

  it('should allow 50,000 rows per file and two checks at once when nothing is set, and read UPLOAD_MAX_ROWS and UPLOAD_CONCURRENT_CHECKS', () => {
    expect(loadConfig({}).uploads).toMatchObject({ maxRows: 50_000, concurrentChecks: 2 });
    expect(loadConfig({ UPLOAD_MAX_ROWS: '1000', UPLOAD_CONCURRENT_CHECKS: '4' }).uploads).toMatchObject({
      maxRows: 1000,
      concurrentChecks: 4,
    });
    expect(() => loadConfig({ UPLOAD_MAX_ROWS: '0' })).toThrow('UPLOAD_MAX_ROWS="0" must be a whole number of at least 1');
  });

  it.each([
    ['off', false],
    ['2', 2],
    ['loopback, 10.0.0.0/8', 'loopback,10.0.0.0/8'],
    ['fd00::/8', 'fd00::/8'],
  ])('should read API_TRUST_PROXY=%s as %p', (value, expected) => {
    expect(loadConfig({ API_TRUST_PROXY: value }).api.trustProxy).toEqual(expected);
  });

  it('should run one API process when API_WORKERS is unset, one per core when it is auto, and the number given otherwise', () => {
    expect(loadConfig({}).api.workers).toBe(1);
    expect(loadConfig({ API_WORKERS: 'auto' }).api.workers).toBe(availableParallelism());
    expect(loadConfig({ API_WORKERS: '3' }).api.workers).toBe(3);
    expect(() => loadConfig({ API_WORKERS: '0' })).toThrow('API_WORKERS="0" must be auto or a whole number of at least 1');
  });

  it('should believe no proxy in front of the dashboard, send no HSTS, and cache pages checking the data every second when nothing is set', () => {
    expect(loadConfig({}).dashboard).toMatchObject({ trustProxy: { kind: 'off' }, https: false, pageCache: true, dataCheckMs: 1000 });
    expect(loadConfig({ DASHBOARD_PAGE_CACHE: 'off', DASHBOARD_DATA_CHECK_MS: '250' }).dashboard).toMatchObject({
      pageCache: false,
      dataCheckMs: 250,
    });
  });

  it.each([
    ['off', { kind: 'off' }],
    ['0', { kind: 'off' }],
    ['1', { kind: 'hops', hops: 1 }],
    ['loopback, 10.0.0.0/8', { kind: 'addresses', entries: ['loopback', '10.0.0.0/8'] }],
    ['192.0.2.7,fd00::/8', { kind: 'addresses', entries: ['192.0.2.7', 'fd00::/8'] }],
  ])('should read DASHBOARD_TRUST_PROXY=%s as %p', (value, expected) => {
    expect(loadConfig({ DASHBOARD_TRUST_PROXY: value }).dashboard.trustProxy).toEqual(expected);
  });

  it('should send HSTS when DASHBOARD_HTTPS=on', () => {
    expect(loadConfig({ DASHBOARD_HTTPS: 'on' }).dashboard.https).toBe(true);
  });

  it('should refuse dashboard settings that are not what they must be, naming each', () => {
    expect(() => loadConfig({ DASHBOARD_TRUST_PROXY: '10.0.0.0/33', DASHBOARD_HTTPS: 'tls' })).toThrow(
      new InvalidConfigError([
        'DASHBOARD_TRUST_PROXY="10.0.0.0/33" must be off, a number of proxy hops, or a comma-separated list of loopback, linklocal, uniquelocal, addresses and subnets',
        'DASHBOARD_HTTPS="tls" must be on or off',
      ]),
    );
    expect(() => loadConfig({ DASHBOARD_TRUST_PROXY: 'proxy.example' })).toThrow('DASHBOARD_TRUST_PROXY="proxy.example"');
  });

  it('should refuse API settings that are not what they must be, naming each', () => {
    expect(() => loadConfig({ API_TRUST_PROXY: 'everyone', API_RATE_LIMIT: '0', UPLOAD_MAX_MB: 'ten', API_CACHE: 'maybe' })).toThrow(
      new InvalidConfigError([
        'API_RATE_LIMIT="0" must be a whole number of at least 1',
        'API_TRUST_PROXY="everyone" must be off, a number of proxy hops, or a comma-separated list of loopback, linklocal, uniquelocal, addresses and subnets',
        'API_CACHE="maybe" must be on or off',
        'UPLOAD_MAX_MB="ten" must be a whole number of at least 1',
      ]),
    );
  });

  it('should name Gemeente Assen as contact and publisher, by its TOOI identifier, when nothing is set', () => {
    expect(loadConfig({}).publication).toEqual({
      contact: { name: 'Gemeente Assen', email: 'info@assen.nl', url: 'https://www.assen.nl' },
      publisher: { name: 'Gemeente Assen', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0106' },
      publicUrl: 'http://localhost:4200',
    });
  });

  it('should follow the configured municipality and public address when they are set', () => {
    const { publication } = loadConfig({
      KOERS_MUNICIPALITY: 'GM0014',
      KOERS_PUBLISHER_NAME: 'Gemeente Groningen',
      KOERS_PUBLIC_URL: 'https://koers.example.nl/',
      KOERS_CONTACT_EMAIL: 'info@groningen.nl',
      KOERS_CONTACT_URL: 'https://gemeente.groningen.nl',
    });
    expect(publication.publisher).toEqual({ name: 'Gemeente Groningen', uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0014' });
    expect(publication.contact).toEqual({ name: null, email: 'info@groningen.nl', url: 'https://gemeente.groningen.nl' });
    expect(publication.publicUrl).toBe('https://koers.example.nl');
  });

  it('should leave the names to the region list when another municipality sets only its addresses', () => {
    const { publication } = loadConfig({
      KOERS_MUNICIPALITY: 'GM0114',
      KOERS_CONTACT_EMAIL: 'info@emmen.nl',
      KOERS_CONTACT_URL: 'https://www.emmen.nl',
    });
    expect(publication.contact.name).toBeNull();
    expect(publication.publisher).toEqual({ name: null, uri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0114' });
  });

  it('should leave the bundled voorbeelddata out when another municipality is set, unless asked for', () => {
    const emmen = { KOERS_MUNICIPALITY: 'GM0114', KOERS_CONTACT_EMAIL: 'info@emmen.nl', KOERS_CONTACT_URL: 'https://www.emmen.nl' };
    expect(loadConfig({}).etl.demoFiles).toBe(true);
    expect(loadConfig(emmen).etl.demoFiles).toBe(false);
    expect(loadConfig({ ...emmen, KOERS_DEMO_FILES: 'on' }).etl.demoFiles).toBe(true);
  });

  it("should refuse the default municipality's e-mail and web address when another municipality is set, naming both", () => {
    expect(() => loadConfig({ KOERS_MUNICIPALITY: 'GM0114' })).toThrow(
      new InvalidConfigError([
        'KOERS_CONTACT_EMAIL must be set when KOERS_MUNICIPALITY is GM0114: its default is the address of GM0106',
        'KOERS_CONTACT_URL must be set when KOERS_MUNICIPALITY is GM0114: its default is the address of GM0106',
      ]),
    );
  });

  it('should refuse a contact that is no e-mail address or web address, naming each', () => {
    expect(() => loadConfig({ KOERS_CONTACT_EMAIL: 'assen.nl', KOERS_CONTACT_URL: 'ftp://assen.nl' })).toThrow(
      new InvalidConfigError([
        'KOERS_CONTACT_EMAIL="assen.nl" is not an e-mail address',
        'KOERS_CONTACT_URL must use http: or https: (got "ftp:")',
      ]),
    );
  });

  it('should list every wrong variable at once when several are invalid', () => {
    const attempt = () =>
      loadConfig({
        API_PORT: '70000',
        DATABASE_URL: 'mysql://x',
        ETL_SCHEDULE: 'sometimes',
        KOERS_PEERS: 'GM0114,Emmen',
        ETL_CRON_CBS: 'nightly',
      });
    expect(attempt).toThrow(InvalidConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as InvalidConfigError).problems;
      expect(problems).toEqual([
        'DATABASE_URL must use postgres: or postgresql: (got "mysql:")',
        'API_PORT="70000" is not a TCP port (a whole number from 1 to 65535)',
        'KOERS_PEERS contains "Emmen", which is not a CBS municipality code',
        'ETL_SCHEDULE="sometimes" must be on or off',
        'ETL_CRON_CBS="nightly" is not a cron expression of 5 or 6 fields',
      ]);
    }
  });
});
